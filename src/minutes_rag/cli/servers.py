"""The commands that serve the library to other programs: ``serve`` (HTTP) and ``mcp`` (Model Context Protocol)."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import ChromaUrlOpt, EmbedderOpt, IndexOpt, extra, run, settings


def serve(
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to listen on (not loopback: API keys "
                                      "required).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", help="Port to listen on.")] = 8000,
    index: IndexOpt = None,
    chroma_url: ChromaUrlOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """Serve the HTTP API (search, ask, reports, documents, ingest; OpenAPI at /openapi.json); keys:
    MINUTES_RAG_API_KEYS."""
    def start() -> None:
        with extra("server"):
            from ..server.app import serve as serve_http

            serve_http(settings(index, embedder, chroma_url=chroma_url), host=host, port=port)

    run(start)


def mcp_stdio(index: IndexOpt = None, chroma_url: ChromaUrlOpt = None, embedder: EmbedderOpt = None) -> None:
    """Serve the index to an MCP client (Claude Desktop...) over stdio.

    Tools: search_minutes, ask_minutes, summarise_across_authorities, decision_register, member_briefing,
    topic_timeline and list_documents (read-only)."""
    def start() -> None:
        with extra("mcp"):
            from ..mcp_server import run as run_mcp

            run_mcp(settings(index, embedder, chroma_url=chroma_url))

    run(start)

"""The Model Context Protocol server (``minutes-rag mcp``): the library's read verbs as MCP tools.

Tools: ``search_minutes``, ``ask_minutes`` and ``list_documents``, each returning the JSON the CLI
prints with ``--json`` (citations included), as structured content and as text. It speaks stdio,
the transport desktop assistants launch local servers with, using the official ``mcp`` SDK
(``MCPServer``, the v2 name of FastMCP). It never writes to the index. A library error becomes a tool
error whose message says what to do next.
"""

# no `from __future__ import annotations`: the SDK reads the tool signatures at run time

import threading
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import Field

from . import api
from .errors import MinutesRagError
from .index.store import open_store
from .settings import Settings, get_settings

INSTRUCTIONS = (
    "Search and question local-government meeting minutes, agendas and reports. Every hit and every "
    "citation names its source document, page(s), authority, committee, meeting date and agenda item: "
    "quote them when you answer. ask_minutes answers extractively and abstains when the minutes hold no "
    "answer; list_documents shows what is indexed (authority names to filter by)."
)

Authority = Annotated[
    list[str] | None, Field(description="Only these authorities: case-insensitive, a unique part of a name.")
]
Committee = Annotated[str | None, Field(description="Only this committee.")]
Since = Annotated[str | None, Field(description="Meetings on or after this date, YYYY-MM-DD.")]
Until = Annotated[str | None, Field(description="Meetings on or before this date, YYYY-MM-DD.")]


def build_server(settings: Settings | None = None, ready: threading.Event | None = None) -> Any:
    """An ``MCPServer`` over the index of ``settings`` (read once, here).

    Tool calls wait for ``ready``, when given, to be set (see :func:`run`).
    """
    try:
        from mcp.server.mcpserver import MCPServer
        from mcp.server.mcpserver.exceptions import ToolError
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the install
        raise ModuleNotFoundError(
            f"the MCP server needs the mcp SDK, version 2 ({exc.name} is missing): "
            "pip install 'minutes-rag[mcp]'",
            name=exc.name,
        ) from exc

    settings = settings or get_settings()
    server = MCPServer("minutes-rag", instructions=INSTRUCTIONS, log_level="WARNING")

    def call(verb: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if ready is not None:
            ready.wait()
        try:
            return verb()
        except MinutesRagError as exc:
            raise ToolError(str(exc)) from None

    @server.tool()
    def search_minutes(
        query: Annotated[str, Field(min_length=1, max_length=api.MAX_QUERY_CHARS,
                                    description="What to look for, in your own words or exact phrases.")],
        k: Annotated[int, Field(ge=1, le=50, description="Number of hits.")] = 10,
        authority: Authority = None,
        committee: Committee = None,
        since: Since = None,
        until: Until = None,
    ) -> dict[str, Any]:
        """Ranked passages from council minutes and reports, each with its citation fields."""
        return call(lambda: api.search(query, k=k, authority=authority, committee=committee, since=since,
                                       until=until, settings=settings).to_dict())

    @server.tool()
    def ask_minutes(
        question: Annotated[str, Field(min_length=1, max_length=api.MAX_QUERY_CHARS,
                                       description="A question in your own words.")],
        k: Annotated[int, Field(ge=1, le=50, description="Passages to draw the answer from.")] = 8,
        authority: Authority = None,
        committee: Committee = None,
        since: Since = None,
        until: Until = None,
    ) -> dict[str, Any]:
        """An answer from the minutes whose every claim cites a numbered source, or an abstention."""
        return call(lambda: api.ask(question, k=k, authority=authority, committee=committee, since=since,
                                    until=until, settings=settings).to_dict())

    @server.tool()
    def summarise_across_authorities(
        topic: Annotated[str, Field(min_length=1, max_length=500,
                                    description="What to compare, e.g. 'children's services and Ofsted'.")],
        authority: Authority = None,
        since: Since = None,
        until: Until = None,
        k: Annotated[int, Field(ge=1, le=30, description="Passages retrieved per authority.")] = 8,
    ) -> dict[str, Any]:
        """One cited section per authority, a coverage table ("no evidence found" where none), a comparison."""
        return call(lambda: api.summarise(topic, by="authority", authority=authority, since=since, until=until,
                                          k=k, settings=settings).to_dict())

    @server.tool()
    def list_documents() -> dict[str, Any]:
        """Every indexed document: status, authority, committee, meeting date, kind, pages and id."""
        return call(lambda: {"documents": [d.to_dict() for d in api.documents(settings=settings)]})

    return server


def run(settings: Settings | None = None) -> None:
    """Serve the tools over stdio until the client closes the connection."""
    settings = settings or get_settings()
    ready = threading.Event()
    server = build_server(settings, ready)
    # open the index and load the model beside the handshake, so the client is answered at once; tool
    # calls wait for it (one thread importing torch and chromadb: concurrent first imports can fail)
    threading.Thread(target=_warm_up, args=(settings, ready), daemon=True).start()
    server.run("stdio")


def _warm_up(settings: Settings, ready: threading.Event) -> None:
    try:
        _store, embedder = open_store(settings)
        embedder.embed(["warm up"])
    except MinutesRagError:
        pass  # the first tool call meets the same error and reports it
    finally:
        ready.set()

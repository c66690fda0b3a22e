"""The Model Context Protocol server (``minutes-rag mcp``): the library's read verbs as MCP tools.

Tools: ``search_minutes``, ``ask_minutes``, ``summarise_across_authorities``, ``decision_register``,
``member_briefing``, ``topic_timeline`` and ``list_documents``, each returning the JSON the CLI prints with
``--json`` (citations included), as structured content and as text. It speaks stdio,
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
    "answer; decision_register lists decisions and votes as printed; member_briefing and topic_timeline are "
    "cited reports on one body or one topic; list_documents shows what is indexed (authority names to filter by)."
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
    def decision_register(
        authority: Authority = None,
        committee: Committee = None,
        since: Since = None,
        until: Until = None,
        topic: Annotated[str | None, Field(min_length=1, max_length=500, description="Only decisions whose text "
                                           "or agenda item names this, e.g. 'parking levy'.")] = None,
        limit: Annotated[int, Field(ge=1, le=500, description="At most this many decisions, oldest first.")] = 100,
    ) -> dict[str, Any]:
        """Decisions recorded in the minutes (RESOLVED / AGREED / carried), as printed, with the recorded vote,
        meeting date, body, agenda item, source and page. No model involved."""
        def run() -> dict[str, Any]:
            data = api.decisions(authority=authority, committee=committee, since=since, until=until, topic=topic,
                                 settings=settings).to_dict()
            total = len(data["decisions"])
            data["total"] = total
            if total > limit:
                data["decisions"] = data["decisions"][:limit]
                data["warnings"] = [*data["warnings"], f"showing the first {limit} of {total} decisions: narrow "
                                    "them with authority, committee, since, until or topic"]
            return data

        return call(run)

    @server.tool()
    def member_briefing(
        authority: Annotated[str, Field(min_length=1, max_length=200,
                                        description="The member's authority, e.g. 'bristol'.")],
        committee: Committee = None,
        topic: Annotated[str | None, Field(min_length=1, max_length=500, description="Narrow the decisions, "
                                           "figures and actions to this topic.")] = None,
        since: Since = None,
        until: Until = None,
    ) -> dict[str, Any]:
        """A briefing pack on one body for a newly elected member: its remit, meetings, main decisions and votes,
        recurring issues, key figures and open actions, every point cited; the sources are the appendix."""
        return call(lambda: api.brief(authority=authority, committee=committee, topic=topic, since=since,
                                      until=until, settings=settings).to_dict())

    @server.tool()
    def topic_timeline(
        topic: Annotated[str, Field(min_length=1, max_length=500,
                                    description="The topic to follow, e.g. 'workplace parking levy'.")],
        authority: Authority = None,
        committee: Committee = None,
        since: Since = None,
        until: Until = None,
    ) -> dict[str, Any]:
        """What happened to a topic at each meeting, oldest first: the items, the decisions with their votes,
        and the most telling sentences, each cited."""
        return call(lambda: api.timeline(topic, authority=authority, committee=committee, since=since, until=until,
                                         settings=settings).to_dict())

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

"""The `minutes-rag` command: a thin shell over :mod:`minutes_rag.api`.

Each command parses its options, calls one library function, renders the result, and turns a
MinutesRagError into a one-line message and exit code 1 (2 for bad usage, from Typer).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

app = typer.Typer(name="minutes-rag", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Ask questions across council meeting minutes and reports, with every claim cited.")

IndexOpt = Annotated[Path | None, typer.Option(
    "--index", help="Index folder (default ./index, or MINUTES_RAG_INDEX).", show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of tables.")]
EmbedderOpt = Annotated[
    str | None,
    typer.Option("--embedder", help="Embedding model: 'minilm' (the bundled model, default for a new index), "
                 "'minilm-int8' (the same model in int8: faster ingest, slightly different vectors), "
                 "'st:/path/to/model'. An existing index is read with the one it was built with."),
]

T = TypeVar("T")


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=True)


def _fail(message: object, code: int = 1) -> typer.Exit:
    """Print a one-line error (its text escaped: it may quote a document) and give the exit to raise."""
    from .render.escape import markup

    _console(stderr=True).print(f"[red]Error:[/] {markup(message)}", highlight=False)
    return typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    from .errors import MinutesRagError, NothingIngestedError

    try:
        yield
    except NothingIngestedError:
        raise
    except MinutesRagError as exc:
        raise _fail(exc) from None


def _run(fn: Callable[[], T]) -> T:
    with _errors():
        return fn()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of minutes, agendas and reports.")],
    index: IndexOpt = None,
    authority: Annotated[str | None, typer.Option(help="Authority of every file, e.g. 'Kent County Council'.")] = None,
    committee: Annotated[str | None, typer.Option(help="Committee or meeting body of every file.")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Meeting date of every file (YYYY-MM-DD).")] = None,
    manifest: Annotated[
        list[Path] | None, typer.Option(help="CSV manifest of per-file or per-folder metadata (repeatable).")
    ] = None,
    follow_symlinks: Annotated[bool, typer.Option(help="Follow symbolic links inside folders.")] = False,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Ingest PDF, text, Markdown, HTML and JSON documents into the index (idempotent)."""
    from . import api
    from .errors import NothingIngestedError
    from .render.terminal import file_line, ingest_summary, print_json
    from .types import IngestReport

    console = _console(stderr=as_json)
    with _progress(console, enabled=not as_json) as on_file:
        try:
            report = _run(lambda: api.ingest(
                paths, index=index, authority=authority, committee=committee, meeting_date=date,
                manifests=manifest or [], follow_symlinks=follow_symlinks, embedder=embedder,
                progress=on_file,
            ))
        except NothingIngestedError as exc:
            failed = exc.report if isinstance(exc.report, IngestReport) else IngestReport()
            if as_json:
                print_json({**failed.to_dict(), "error": str(exc)})
            else:
                ingest_summary(console, failed)
                raise _fail(exc) from None
            raise typer.Exit(1) from None
    if as_json:
        print_json(report.to_dict())
        return
    for f in report.files:
        if f.status.value not in ("ok", "unchanged"):
            console.print(file_line(f), highlight=False)
    ingest_summary(console, report)


@contextmanager
def _progress(console: Any, enabled: bool) -> Iterator[Any]:
    """A Rich progress bar over files; yields the callback the library calls after each file."""
    if not enabled or not sys.stderr.isatty() and not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def on_file(result: Any, done: int, total: int) -> None:
            from .render.escape import markup

            bar.update(task, completed=done, total=total, description=f"ingesting {markup(Path(result.path).name[:40])}")

        yield on_file


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in your own words or exact phrases.")],
    k: Annotated[int, typer.Option("-k", "--k", help="Number of hits.")] = 10,
    authority: Annotated[
        list[str] | None, typer.Option(help="Only this authority (repeatable; case-insensitive).")
    ] = None,
    committee: Annotated[str | None, typer.Option(help="Only this committee.")] = None,
    since: Annotated[str | None, typer.Option(help="Meetings on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Meetings on or before YYYY-MM-DD.")] = None,
    mode: Annotated[str, typer.Option(help="hybrid (keyword + vector, fused), vector or keyword.")] = "hybrid",
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Search the index; every hit carries its source, page, meeting and agenda item."""
    from . import api
    from .render.terminal import print_json, search_hits

    result = _run(lambda: api.search(query, k=k, authority=authority or None, committee=committee,
                                     since=since, until=until, index=index, embedder=embedder, mode=mode))
    if as_json:
        print_json(result.to_dict())
    else:
        search_hits(_console(), result)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in your own words.")],
    k: Annotated[int, typer.Option("-k", "--k", help="Passages to draw the answer from.")] = 8,
    authority: Annotated[
        list[str] | None, typer.Option(help="Only this authority (repeatable; case-insensitive).")
    ] = None,
    committee: Annotated[str | None, typer.Option(help="Only this committee.")] = None,
    since: Annotated[str | None, typer.Option(help="Meetings on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Meetings on or before YYYY-MM-DD.")] = None,
    llm: Annotated[str | None, typer.Option(
        help="Chat model: 'openai-compatible' (with --llm-base-url), PROVIDER:MODEL ('openai:MODEL', "
        "'anthropic:MODEL', 'ollama:MODEL', ...), or 'fake' (offline demo). Default: offline extractive answers "
        "(env MINUTES_RAG_LLM).")] = None,
    llm_base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
    explain: Annotated[bool, typer.Option("--explain", help="Also show the candidate passages and sentences, "
                                          "their scores and why each was taken or dropped.")] = False,
) -> None:
    """Answer a question with every claim cited (document, meeting, item, page), or say there is no answer."""
    from . import api
    from .render.terminal import answer_text, explain_text, print_json

    ans = _run(lambda: api.ask(question, k=k, authority=authority or None, committee=committee, since=since,
                               until=until, llm=llm, llm_base_url=llm_base_url, explain=explain,
                               settings=_settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    if as_json:
        print_json(ans.to_dict())
    else:
        answer_text(_console(), ans)
        if ans.explain is not None:
            explain_text(_console(), ans.explain)


@app.command("eval")
def eval_(
    questions: Annotated[Path, typer.Argument(help="Questions JSONL (the format of ../shared/eval).")],
    corpus_root: Annotated[Path | None, typer.Option(help="Folder the gold paths are relative to.")] = None,
    k: Annotated[int, typer.Option("-k", "--k", help="Hits scored for recall.")] = 10,
    llm: Annotated[str | None, typer.Option(help="Chat model spec; default: extractive.")] = None,
    llm_base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL.")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Score retrieval (recall, MRR) and answers (key coverage, citation precision, refusals)."""
    from . import api
    from .render.terminal import eval_table, print_json

    report = _run(lambda: api.evaluate(questions, corpus_root=corpus_root, k=k, llm=llm, llm_base_url=llm_base_url,
                                       settings=_settings(index, embedder)))
    if as_json:
        print_json(report.to_dict())
    else:
        eval_table(_console(), report)


@app.command()
def documents(index: IndexOpt = None, as_json: JsonOpt = False, embedder: EmbedderOpt = None) -> None:
    """List what is indexed, with status, metadata and where each field came from."""
    from . import api
    from .render.terminal import documents_table, print_json

    docs = _run(lambda: api.documents(index=index, settings=_settings(index, embedder)))
    if as_json:
        print_json({"documents": [d.to_dict() for d in docs]})
    else:
        documents_table(_console(), docs)


def _settings(index: Path | None, embedder: str | None, **more: Any) -> Any:
    from .settings import get_settings

    return get_settings(index=index, embedder=embedder, **more)


fetch_app = typer.Typer(help="Fetch meetings from a council's web service into the index.", no_args_is_help=True)
app.add_typer(fetch_app, name="fetch")


@fetch_app.command("moderngov")
def fetch_moderngov(
    site: Annotated[str, typer.Argument(help="The council's ModernGov site, e.g. https://democracy.bristol.gov.uk.")],
    committee: Annotated[list[str] | None, typer.Option(help="Committee id or name (repeatable; default: all).")] = None,
    since: Annotated[str | None, typer.Option(help="Meetings on or after YYYY-MM-DD (default: a year ago).")] = None,
    until: Annotated[str | None, typer.Option(help="Meetings on or before YYYY-MM-DD (default: today).")] = None,
    authority: Annotated[str | None, typer.Option(help="Authority name, e.g. 'Bristol City Council'.")] = None,
    include_reports: Annotated[bool, typer.Option(help="Also download and ingest linked public PDFs.")] = False,
    list_committees: Annotated[bool, typer.Option(help="Only list the site's committees.")] = False,
    delay: Annotated[float, typer.Option(help="Seconds between requests (be polite).")] = 1.0,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Fetch meetings (minutes, decisions, and with --include-reports their PDFs) from ModernGov and ingest them."""
    from . import api
    from .render.fetch import committees_table, fetch_progress, fetch_summary
    from .render.terminal import print_json

    if list_committees:
        found = _run(lambda: api.list_committees(site, delay=delay))
        if as_json:
            print_json({"committees": [c.to_dict() for c in found]})
        else:
            committees_table(_console(), found)
        return
    console = _console(stderr=as_json)
    with fetch_progress(console, enabled=not as_json) as on_meeting:
        report = _run(lambda: api.fetch_moderngov(
            site, committees=committee or (), since=since, until=until, authority=authority,
            include_reports=include_reports, index=index, delay=delay, progress=on_meeting))
    if as_json:
        print_json(report.to_dict())
    else:
        fetch_summary(console, report)


ChromaUrlOpt = Annotated[
    str | None,
    typer.Option("--chroma-url", help="Use a Chroma server (http://host:port, from `chroma run`) instead of a "
                 "local index; the index folder then holds only a keyword cache (env MINUTES_RAG_CHROMA_URL).",
                 show_default=False),
]


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (not loopback: API keys required).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    index: IndexOpt = None,
    chroma_url: ChromaUrlOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """Serve the HTTP API (search, ask, documents, ingest; OpenAPI at /openapi.json); keys: MINUTES_RAG_API_KEYS."""
    def start() -> None:
        with _extra("server"):
            from .server.app import serve as serve_http

            serve_http(_settings(index, embedder, chroma_url=chroma_url), host=host, port=port)

    _run(start)


@contextmanager
def _extra(name: str) -> Iterator[None]:
    """A missing optional dependency (the `server` or `mcp` extra) as the usual one-line error."""
    try:
        yield
    except ModuleNotFoundError as exc:
        hint = "" if "pip install" in str(exc) else f": pip install 'minutes-rag[{name}]'"
        raise _fail(f"{exc}{hint}") from None


@app.command("mcp")
def mcp_stdio(index: IndexOpt = None, chroma_url: ChromaUrlOpt = None, embedder: EmbedderOpt = None) -> None:
    """Serve search_minutes, ask_minutes and list_documents to an MCP client (Claude Desktop...) over stdio."""
    def start() -> None:
        with _extra("mcp"):
            from .mcp_server import run

            run(_settings(index, embedder, chroma_url=chroma_url))

    _run(start)


# ---- reports: summarise, brief, decisions, timeline ------------------------------------------------------

AuthorityOpt = Annotated[list[str] | None, typer.Option(help="Only this authority (repeatable; case-insensitive).")]
CommitteeOpt = Annotated[str | None, typer.Option(help="Only this committee (a unique part of its name).")]
SinceOpt = Annotated[str | None, typer.Option(help="Meetings on or after YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option(help="Meetings on or before YYYY-MM-DD.")]
LlmOpt = Annotated[str | None, typer.Option(
    help="Chat model ('openai-compatible' with --llm-base-url, 'openai:MODEL', ..., 'fake'). Default: offline, quoted.")]
LlmUrlOpt = Annotated[str | None, typer.Option(help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.")]
OutputOpt = Annotated[Path | None, typer.Option("-o", "--output", help="Write to FILE instead of the terminal.")]
LinkFilesOpt = Annotated[bool, typer.Option("--link-files", help="Link sources with no public address to the "
                                            "local files (for your own use: dead links on another machine).")]


def _format_opt(choices: str, default: str) -> Any:
    return typer.Option("--format", help=f"Output format: {choices} (default {default}).")


def _emit(result: Any, fmt: str, output: Path | None, allowed: tuple[str, ...], link_files: bool = False) -> None:
    """Render a report in ``fmt`` to ``output`` (or stdout); a bad format exits 2."""
    from .render.reports import render
    from .render.terminal import write_out

    if fmt not in allowed:
        raise _fail(f"--format {fmt!r}: use one of {', '.join(allowed)}", 2)
    text = render(result, fmt, link_files)
    if output is None:
        write_out(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror}") from None
    _console(stderr=True).print(f"Wrote {output}", highlight=False, markup=False)


@app.command()
def summarise(
    topic: Annotated[str, typer.Argument(help="What to summarise, e.g. \"children's services and Ofsted\".")],
    by: Annotated[str, typer.Option(help="One section per authority, committee or meeting.")] = "authority",
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    k: Annotated[int, typer.Option("-k", "--k", help="Passages retrieved per group.")] = 8,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    fmt: Annotated[str, _format_opt("md, json, html", "md")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """Summarise a topic per authority (or committee, or meeting): cited points, coverage table, comparison."""
    from . import api

    result = _run(lambda: api.summarise(
        topic, by=by, authority=authority or None, committee=committee, since=since, until=until, k=k, llm=llm,
        llm_base_url=llm_base_url, settings=_settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    _emit(result, fmt, output, ("md", "json", "html"), link_files)


@app.command()
def brief(
    authority: Annotated[str, typer.Option(help="The authority (required), e.g. 'bristol'.")],
    committee: CommitteeOpt = None,
    topic: Annotated[str | None, typer.Option(help="Narrow decisions, figures and actions to a topic.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    fmt: Annotated[str, _format_opt("md, json, html", "md")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """A briefing pack for a new member: remit, meetings, decisions, recurring issues, figures, actions, sources."""
    from . import api

    result = _run(lambda: api.brief(
        authority=authority, committee=committee, topic=topic, since=since, until=until, llm=llm,
        llm_base_url=llm_base_url, settings=_settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    _emit(result, fmt, output, ("md", "json", "html"), link_files)


@app.command()
def decisions(
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    topic: Annotated[str | None, typer.Option(help="Only decisions whose text or item names the topic.")] = None,
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV (one row per decision).")] = False,
    fmt: Annotated[str, _format_opt("md, json, csv, html", "md")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """The decision register: RESOLVED / AGREED / carried decisions and recorded votes, with source and page."""
    from . import api

    result = _run(lambda: api.decisions(authority=authority or None, committee=committee, since=since, until=until,
                                        topic=topic, settings=_settings(index, embedder)))
    _emit(result, "json" if as_json else "csv" if as_csv else fmt, output, ("md", "json", "csv", "html"), link_files)


@app.command()
def timeline(
    topic: Annotated[str, typer.Argument(help="The topic to follow, e.g. 'workplace parking levy'.")],
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    as_json: JsonOpt = False,
    fmt: Annotated[str, _format_opt("md, json, html", "md")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """What happened to a topic at each meeting, oldest first, each statement cited."""
    from . import api

    result = _run(lambda: api.timeline(
        topic, authority=authority or None, committee=committee, since=since, until=until, llm=llm,
        llm_base_url=llm_base_url, settings=_settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    _emit(result, "json" if as_json else fmt, output, ("md", "json", "html"), link_files)


@app.command()
def doctor(
    repair: Annotated[bool, typer.Option("--repair", help="Fix what is found (re-ingests from source files).")] = False,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Check the index against its own record of documents (after a crash, say); --repair fixes it.

    Exits 1 when the index is inconsistent or holds unfinished (pending) documents."""
    from . import api
    from .render.escape import clean
    from .render.terminal import print_json

    report = _run(lambda: api.doctor(repair=repair, settings=_settings(index, embedder)))
    if as_json:
        print_json(report.to_dict())
    else:
        console = _console()
        state = "consistent" if report.consistent else "NOT consistent"
        if report.pending:
            state += f"; {len(report.pending)} unfinished (re-run the ingest, or --repair)"
        console.print(f"{report.documents} documents, {report.chunks} chunks ({report.keyword_chunks} in the "
                      f"keyword index); {state}", highlight=False)
        for label, items in (("pending", report.pending), ("missing chunks", report.short)):
            for source in items:
                console.print(f"  {label}: {clean(source)}", highlight=False, markup=False)
        if report.orphan_chunks:
            console.print(f"  orphan chunks: {report.orphan_chunks}")
        for action in report.actions:
            console.print(f"  {clean(action)}", highlight=False, markup=False)
    if not (report.consistent and report.finished):
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the `minutes-rag` script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

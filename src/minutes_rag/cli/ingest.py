"""The commands that write to the index: ``ingest`` and ``fetch moderngov``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import EXIT_INTERRUPTED, STATE, Command, EmbedderOpt, IndexOpt, JsonOpt, console, fail, run


def ingest(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help="Files or folders of minutes, agendas and "
                                                "reports.")],
    index: IndexOpt = None,
    authority: Annotated[str | None, typer.Option(
        metavar="NAME", help="Authority of every file, e.g. 'Kent County Council'.")] = None,
    committee: Annotated[str | None, typer.Option(metavar="NAME", help="Committee or meeting body of every file.")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE", help="Meeting date of every file "
                                             "(YYYY-MM-DD).")] = None,
    manifest: Annotated[list[Path] | None, typer.Option(
        metavar="FILE", help="CSV manifest of per-file or per-folder metadata (repeatable).")] = None,
    follow_symlinks: Annotated[bool, typer.Option(help="Follow symbolic links inside folders.")] = False,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Ingest PDF, text, Markdown, HTML and JSON documents into the index (idempotent).

    Ctrl-C stops the run: what was ingested stays indexed, and the same command run again finishes the job."""
    from .. import api
    from ..errors import IngestInterrupted, NothingIngestedError
    from ..render.terminal import file_line, ingest_summary, print_json
    from ..types import INDEXED_STATUSES, DocStatus, IngestReport

    out = console(stderr=as_json)
    try:
        with progress(out, enabled=not as_json and not STATE.quiet) as on_file:
            report = run(lambda: api.ingest(
                paths, index=index, authority=authority, committee=committee, meeting_date=date,
                manifests=manifest or [], follow_symlinks=follow_symlinks, embedder=embedder, progress=on_file,
            ))
    except NothingIngestedError as exc:
        failed = exc.report if isinstance(exc.report, IngestReport) else IngestReport()
        if as_json:
            print_json({**failed.to_dict(), "error": str(exc)})
            raise typer.Exit(1) from None
        ingest_summary(out, failed)
        raise fail(exc) from None
    except KeyboardInterrupt as exc:
        done = f"after {exc.done} of {exc.total} files" if isinstance(exc, IngestInterrupted) else "before any file"
        message = f"interrupted {done}; run the same command again to finish"
        if as_json and isinstance(exc, IngestInterrupted) and isinstance(exc.report, IngestReport):
            print_json({**exc.report.to_dict(), "error": message})
        console(stderr=True).print(message, highlight=False, markup=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if as_json:
        print_json(report.to_dict())
        return
    if STATE.quiet:  # only what went wrong
        for f in report.files:
            if f.status not in INDEXED_STATUSES:
                console(stderr=True).print(file_line(f), highlight=False, soft_wrap=False)
        return
    for f in report.files:  # files not indexed are listed in the summary's own table
        if f.status is DocStatus.DUPLICATE:
            out.print(file_line(f), highlight=False, soft_wrap=False)
    ingest_summary(out, report)


@contextmanager
def progress(out: Any, enabled: bool) -> Iterator[Any]:
    """A Rich progress bar over files; yields the callback the library calls after each file."""
    if not enabled or not sys.stderr.isatty() and not out.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=out, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def on_file(result: Any, done: int, total: int) -> None:
            from ..render.escape import markup

            bar.update(task, completed=done, total=total, description=f"ingesting {markup(Path(result.path).name[:30])}")

        yield on_file


fetch_app = typer.Typer(help="Fetch meetings from a council's web service into the index.", no_args_is_help=True,
                        rich_markup_mode=None)


@fetch_app.command("moderngov", cls=Command)
def fetch_moderngov(
    site: Annotated[str, typer.Argument(metavar="SITE_URL", help="The council's ModernGov site, e.g. "
                                        "https://democracy.bristol.gov.uk.")],
    committee: Annotated[list[str] | None, typer.Option(
        metavar="NAME_OR_ID", help="Committee id or name (repeatable; default: all).")] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Meetings on or after YYYY-MM-DD (default: a "
                                              "year ago).")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Meetings on or before YYYY-MM-DD (default: "
                                              "today).")] = None,
    authority: Annotated[str | None, typer.Option(metavar="NAME", help="Authority name, e.g. 'Bristol City "
                                                  "Council'.")] = None,
    include_reports: Annotated[bool, typer.Option(help="Also download and ingest linked public PDFs.")] = False,
    list_committees: Annotated[bool, typer.Option(help="Only list the site's committees.")] = False,
    delay: Annotated[float, typer.Option(metavar="SECONDS", help="Seconds between requests (be polite).")] = 1.0,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Fetch meetings (minutes, decisions, and with --include-reports their PDFs) from ModernGov and ingest them."""
    from .. import api
    from ..render.fetch import committees_table, fetch_progress, fetch_summary
    from ..render.terminal import print_json

    if list_committees:
        found = run(lambda: api.list_committees(site, delay=delay))
        if as_json:
            print_json({"committees": [c.to_dict() for c in found]})
        else:
            committees_table(console(), found)
        return
    out = console(stderr=as_json)
    with fetch_progress(out, enabled=not as_json and not STATE.quiet) as on_meeting:
        report = run(lambda: api.fetch_moderngov(
            site, committees=committee or (), since=since, until=until, authority=authority,
            include_reports=include_reports, index=index, delay=delay, progress=on_meeting))
    if as_json:
        print_json(report.to_dict())
    elif not STATE.quiet:
        fetch_summary(out, report)

"""Terminal rendering of fetch results: the progress bar, the end summary, the committee list.

What the site states (committee titles, document titles, urls, messages quoting them) is escaped on its
way to Rich (:mod:`.escape`)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.table import Table

from ..sources.moderngov import Committee, FetchProgress, FetchReport
from .escape import markup, text


@contextmanager
def fetch_progress(console: Console, enabled: bool) -> Iterator[FetchProgress | None]:
    """A Rich progress bar over meetings; yields the callback the library calls after each one."""
    if not enabled or not sys.stderr.isatty() and not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("listing meetings", total=None)

        def on_meeting(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=f"fetching {markup(what)}")

        yield on_meeting


def fetch_summary(console: Console, report: FetchReport) -> None:
    """Problems first (failed meetings and documents), then notes, then the summary table."""
    problems = [(m.status, f"meeting {m.meeting_id} ({m.committee}, {m.meeting_date})", m.message)
                for m in report.meetings if m.status == "failed"]
    problems += [(d.status, f"{d.title}: {d.url}", d.message) for d in report.documents
                 if d.status in ("failed", "off_site")]  # off the site: not followed, and said so
    if problems:
        t = Table(title="Not fetched or not indexed")
        for col in ("status", "what", "why"):
            t.add_column(col)
        for row in problems:
            t.add_row(text(row[0], "red"), text(row[1]), text(row[2]))
        console.print(t)
    for note in report.notes:
        console.print(f"[dim]{markup(note)}[/]", highlight=False)
    s = report.summary()
    t = Table(title=f"Fetch summary ({markup(report.site)}, {report.since} to {report.until})")
    t.add_column("")
    t.add_column("count", justify="right")
    rows = [("meetings fetched", "meetings"), ("meetings unchanged", "unchanged_meetings"),
            ("meetings without minutes yet", "meetings_without_minutes"), ("items", "items"),
            ("documents downloaded", "documents"), ("documents fetched before", "documents_already_fetched"),
            ("skipped restricted", "skipped_restricted"), ("failed", "failed"), ("chunks added", "chunks_added"),
            ("requests", "requests"), ("seconds", "seconds")]
    for label, key in rows:
        t.add_row(label, f"[red]{s[key]}[/]" if key == "failed" and s[key] else str(s[key]))
    console.print(t)
    if s["chunks_added"] == 0 and not s["failed"]:
        console.print("Nothing new to index (0 chunks added).")


def committees_table(console: Console, committees: list[Committee]) -> None:
    """The committees of a site: id (for --committee), title, and whether deleted or expired."""
    t = Table(title=f"{len(committees)} committees")
    for col in ("id", "title", "state"):
        t.add_column(col)
    for c in committees:
        t.add_row(text(c.id), text(c.title), "deleted" if c.deleted else "expired" if c.expired else "")
    console.print(t)

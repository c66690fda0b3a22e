"""One record published in several formats: its renderings.

A meeting's page saved both as JSON and as Markdown (eScribe minutes converted to both, each naming the page it
came from) is one record in two files. Their texts differ (the JSON carries the by-law list, the Markdown the
recorded votes), so each is indexed and searched as itself; but a citation of one names the other too, the way a
near-duplicate's copies are named, so that a reader (or a checker holding the other file) finds the same record.

Files are renderings of one record when they state the same web address, meeting date and title and are of
different formats (file suffixes): papers of one meeting that a manifest gives one meeting-page address share the
address and date but are of one format or differ in title, and stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from ..types import DocStatus, DocumentRecord

__all__ = ["renderings"]


def _title(title: str | None) -> str:
    return " ".join((title or "").lower().split())


def renderings(docs: Iterable[DocumentRecord]) -> dict[str, list[str]]:
    """By document id, the sources of the other renderings of its record (see the module's text); only
    documents indexed as themselves (status ok) with a web address, a meeting date and a title are grouped."""
    groups: dict[tuple[str, str, str], list[DocumentRecord]] = {}
    for d in docs:
        if d.status == DocStatus.OK.value and d.url and d.meeting_date and _title(d.title):
            groups.setdefault((d.url, d.meeting_date, _title(d.title)), []).append(d)
    out: dict[str, list[str]] = {}
    for group in groups.values():
        if len(group) < 2 or len({PurePath(d.source).suffix.lower() for d in group}) < len(group):
            continue
        for d in group:
            out[d.doc_id] = [o.source for o in group if o is not d]
    return out

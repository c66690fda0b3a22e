"""Self-contained HTML pages for reports: one file, no scripts, no external assets, print-friendly CSS.

The pages are Jinja2 templates (``render/templates``: a page, the pieces every report shares, one template per
report) rendered with autoescaping on, so every piece of text from the minutes or a model is HTML-escaped.
Citation markers ``[n]`` link to the item's or document's public web page where one is known, else to the
numbered sources list at the end, which names the file and page as text (``file://`` links to the file at
its page only with ``--link-files``). Only ``http``, ``https`` and ``file`` links are ever written.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..reports.basis import STATED, marked
from ..reports.types import Brief, DecisionRegister, Summary, Timeline
from ..types import Citation, Decision
from .labels import Report, cite_url, file_name, group_label, meeting_label, offsite_note, page_label
from .markdown import decision_rows

__all__ = ["html_page"]


def _escaped(value: object) -> object:
    """What ``{{ value }}`` prints: markup a template made (a macro's output) as it is; None as nothing; any
    other value as text, escaped as the standard library escapes it (``&quot;``, ``&#x27;``), so pages read
    the same as before the templates. Autoescaping stays on behind this: nothing reaches a page unescaped."""
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape("" if value is None else str(value), quote=True))


def _href(c: Citation) -> str:
    """The citation's link if it is one a report may hold (http, https, or file with ``--link-files``)."""
    url = cite_url(c)
    return url if url.lower().startswith(("http://", "https://", "file://")) else ""


def _joined(sep: str, parts: Iterable[str | None]) -> str:
    """The parts that are not empty, joined (as text: the page escapes it)."""
    return sep.join(p for p in parts if p)


def _point_group(group: str, bases: dict[str, tuple[str | None, str]]) -> str:
    """The group a comparison point speaks for, its authority marked where a manifest inferred it."""
    authority, basis = bases.get(group, (None, STATED))
    return group_label(group, authority, basis)


@cache
def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("minutes_rag.render", "templates"),
        autoescape=True,
        finalize=_escaped,
        undefined=StrictUndefined,  # a misspelt name in a template fails, rather than printing nothing
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(href=_href, joined=_joined, point_group=_point_group, marked=marked, group_label=group_label,
                       file_name=file_name, page_label=page_label, meeting_label=meeting_label,
                       offsite_note=offsite_note)
    return env


@dataclass
class _Row:
    """One decision as its register row shows it."""

    item: str | None
    text: str
    vote: str
    document: str  # the document's kind and page: "minutes, p. 13"
    citation: Citation  # where the row links


@dataclass
class _Meeting:
    """One meeting's table of the register."""

    date: str | None
    authority: str | None
    committee: str | None
    authority_basis: str
    rows: list[_Row] = field(default_factory=list)


def _meetings(r: DecisionRegister) -> list[_Meeting]:
    """The register's decisions in tables, a new table wherever the meeting changes."""
    rows = zip(decision_rows(r), r.decisions, strict=True)
    meetings = []
    for _, group in groupby(rows, key=lambda pair: _meeting_key(pair[1])):
        pairs = list(group)
        first = pairs[0][1]
        meetings.append(_Meeting(first.meeting_date, first.authority, first.committee, first.authority_basis,
                                 [_row(row, d) for row, d in pairs]))
    return meetings


def _meeting_key(d: Decision) -> tuple[str | None, ...]:
    return d.meeting_date, d.authority, d.committee, d.authority_basis


def _row(row: dict[str, Any], d: Decision) -> _Row:
    vote = "unanimous" if row["unanimous"] else (
        f"{row['for']} for, {row['against'] or 0} against, {row['abstain'] or 0} abstain"
        if row["for"] != "" or row["against"] != "" else "")
    if row["outcome"]:
        vote = f"{vote} ({row['outcome']})".strip()
    c = Citation(0, d.source, d.page, d.pages, d.authority, d.committee, d.meeting_date, d.item, "", url=d.url,
                 site=d.site)
    return _Row(d.item, d.text, vote, (d.doc_kind or "document").replace("_", " ") + page_label(d.page), c)


def html_page(result: Report) -> str:
    """A report as one self-contained, print-friendly HTML page."""
    context: dict[str, Any]
    if isinstance(result, Summary):
        how = ("quoted sentences from the minutes" if result.generator == "extractive"
               else f"written by {result.generator}")
        bases = {sec.group: (sec.authority, sec.authority_basis) for sec in result.sections}
        name, context = "summary.html.j2", {"s": result, "how": how, "bases": bases}
    elif isinstance(result, Brief):
        name, context = "brief.html.j2", {"b": result, "meta": _brief_meta(result)}
    elif isinstance(result, Timeline):
        name, context = "timeline.html.j2", {"t": result}
    else:
        name, context = "register.html.j2", {"r": result, "meetings": _meetings(result)}
    by_n = {c.n: c for c in getattr(result, "citations", [])}
    return _templates().get_template(name).render(by_n=by_n, **context)


def _brief_meta(b: Brief) -> str:
    span = f"{b.first_date} to {b.last_date}" if b.first_date else "no dated meetings"
    aka = f" (also printed as {'; '.join(b.aliases)})" if b.aliases else ""
    return (f"{', '.join(b.committees) or 'all committees'}{aka}; {b.meetings} meeting(s), {b.documents} "
            f"document(s), {span}" + (f"; topic: {b.topic}" if b.topic else "") + ". Every point cited.")

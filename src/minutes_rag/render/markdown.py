"""Markdown, CSV and JSON renderings of the report types (summaries, briefing packs, decision registers,
timelines). No library work happens here: the CLI hands over what the library returned.

Every point ends with its citation numbers ``[n]``; the sources list maps each number to the file, page,
meeting and item (and links to the file's page).
"""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..reports.basis import STATED, marked
from ..reports.types import Brief, DecisionRegister, Summary, SummaryPoint, Timeline
from ..types import Citation
from .labels import Report, cite_url, file_name, group_label, meeting_label, offsite_note, page_label


def _marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _point(p: SummaryPoint, group: bool = False, bases: dict[str, tuple[str | None, str]] | None = None) -> str:
    shown = group_label(p.group or "", *(bases or {}).get(p.group or "", (None, STATED)))
    who = f"**{_md(shown)}**: " if group and p.group else ""
    label = f" _({_md(p.label)})_" if p.label and p.label.startswith(("decision", "vote")) else ""
    flag = " _(not supported by the cited source)_" if not p.supported else ""
    cites = f" {_marks(p.citations)}" if p.citations else " _(uncited)_"
    return f"- {who}{_md(p.text)}{cites}{label}{flag}"


def _md(text: str | None) -> str:
    """Plain text made safe for Markdown: no raw HTML, no accidental emphasis or links."""
    t = (text or "").replace("\n", " ")
    for ch in ("\\", "<", ">", "*", "_", "`", "[", "]", "|"):
        t = t.replace(ch, "\\" + ch)
    return t


def _destination(url: str) -> str:
    """A link destination that cannot end early or smuggle markup: whitespace, control characters, quotes,
    brackets, parentheses and angle brackets are percent-encoded, so a ``)`` in a document's url stays in it."""
    return urllib.parse.quote(url, safe=":/?#@!$&*+,;=%~")


def sources_markdown(citations: list[Citation]) -> list[str]:
    lines = ["## Sources", ""]
    for c in citations:
        url = cite_url(c)
        name = f"[{_md(file_name(c))}]({_destination(url)})" if url else _md(file_name(c))
        note = offsite_note(c)
        mark = f" _({_md(note)})_" if note else ""
        lines.append(f"{c.n}. {name}{mark}{page_label(c.page)} ({_md(meeting_label(c))}) — “{_md(c.quote[:300])}”")
    return lines


def _tail(warnings: list[str], unsupported: list[str]) -> list[str]:
    out = []
    if unsupported:
        out += ["", "## Unsupported claims", ""] + [f"- {_md(u)}" for u in unsupported]
    if warnings:
        out += ["", "## Warnings", ""] + [f"- {_md(w)}" for w in warnings]
    return out


def summary_markdown(s: Summary) -> str:
    lines = [f"# Summary: {_md(s.topic)}", "",
             f"_One section per {s.by}; {'quoted sentences' if s.generator == 'extractive' else 'written by ' + _md(s.generator)}"
             f"; every point cited._", "", "## Coverage", "",
             "| Authority | Evidence | Documents searched | Sources cited | Dates |", "| --- | --- | --- | --- | --- |"]
    for c in s.coverage:
        dates = (c.first_date if c.first_date == c.last_date else f"{c.first_date} to {c.last_date}") if c.first_date else "not stated"
        lines.append(f"| {_md(marked(c.authority, c.authority_basis))} | {_md(c.status)} | {c.documents_searched} "
                     f"| {c.sources} | {dates} |")
    bases = {sec.group: (sec.authority, sec.authority_basis) for sec in s.sections}
    for sec in s.sections:
        lines += ["", f"## {_md(group_label(sec.group, sec.authority, sec.authority_basis))}", ""]
        lines += [_point(p) for p in sec.points]
        if sec.note:
            lines.append(f"_{_md(sec.note)}_")
    if s.comparison:
        lines += ["", "## Comparison", ""]
        for row in s.comparison:
            lines += [f"### {_md(row.aspect)}", "", _md(row.finding), ""]
            lines += [_point(p, group=True, bases=bases) for p in row.points]
            if row.not_mentioned:
                lines.append(f"- _Not mentioned in the evidence for: {_md(', '.join(row.not_mentioned))}_")
            lines.append("")
    lines += ["", *sources_markdown(s.citations), *_tail(s.warnings, s.unsupported)]
    return "\n".join(lines) + "\n"


def brief_markdown(b: Brief) -> str:
    body = (", ".join(b.committees) or "all committees") + (f" (also printed as {'; '.join(b.aliases)})"
                                                              if b.aliases else "")
    span = f"{b.first_date} to {b.last_date}" if b.first_date else "no dated meetings"
    lines = [f"# Briefing pack: {_md(marked(b.authority, b.authority_basis))}", "",
             f"_{_md(body)}; {b.meetings} meeting(s), {b.documents} document(s), {span}"
             + (f"; topic: {_md(b.topic)}" if b.topic else "") + ". Every point cited._"]
    for sec in b.sections:
        lines += ["", f"## {_md(sec.title)}", ""]
        lines += [_point(p) for p in sec.points]
        if sec.note:
            lines.append(f"_{_md(sec.note)}_")
    lines += ["", *sources_markdown(b.citations), *_tail(b.warnings, b.unsupported)]
    return "\n".join(lines) + "\n"


def timeline_markdown(t: Timeline) -> str:
    lines = [f"# Timeline: {_md(t.topic)}", ""]
    if not t.entries:
        lines.append("_No meeting in scope has evidence on this topic._")
    for e in t.entries:
        where = ", ".join(x for x in (marked(e.authority or "", e.authority_basis), e.committee) if x)
        lines += ["", f"## {e.meeting_date} — {_md(where)}", ""]
        if e.items:
            lines.append(f"_Items: {_md('; '.join(e.items))}_")
            lines.append("")
        lines += [_point(p) for p in e.points]
    lines += ["", *sources_markdown(t.citations), *_tail(t.warnings, t.unsupported)]
    return "\n".join(lines) + "\n"


DECISION_COLUMNS = ("meeting_date", "authority", "authority_basis", "committee", "item", "kind", "decision", "for", "against",
                    "abstain", "unanimous", "outcome", "source", "page", "also_in")


def decision_rows(r: DecisionRegister) -> list[dict[str, Any]]:
    rows = []
    for d in r.decisions:
        v = d.votes
        rows.append({
            "meeting_date": d.meeting_date or "", "authority": d.authority or "",
            "authority_basis": d.authority_basis if d.authority else "", "committee": d.committee or "",
            "item": d.item or "", "kind": d.kind, "decision": d.text,
            "for": "" if v is None or v.for_ is None else v.for_,
            "against": "" if v is None or v.against is None else v.against,
            "abstain": "" if v is None or v.abstain is None else v.abstain,
            "unanimous": "yes" if v is not None and v.unanimous else "",
            "outcome": (v.outcome if v else "") or "", "source": d.source, "page": d.page or "",
            "also_in": "; ".join(d.also_in),
        })
    return rows


def decisions_csv(r: DecisionRegister) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(DECISION_COLUMNS))
    w.writeheader()
    for row in decision_rows(r):
        # a cell starting with = + - @ (or TAB or CR, which some spreadsheets skip) would run as a formula
        w.writerow({k: (f"'{v}" if isinstance(v, str) and v[:1] and v[:1] in "=+-@\t\r" else v)
                    for k, v in row.items()})
    return buf.getvalue()


def decisions_markdown(r: DecisionRegister) -> str:
    lines = ["# Decision register", "", f"_{len(r.decisions)} decision(s) from {r.documents_searched} document(s)._",
             "", "| Date | Authority / body | Item | Decision | Vote | Source |", "| --- | --- | --- | --- | --- | --- |"]
    for row, d in zip(decision_rows(r), r.decisions, strict=True):
        vote = ""
        if row["unanimous"]:
            vote = "unanimous"
        elif row["for"] != "" or row["against"] != "":
            vote = f"{row['for']} for, {row['against'] or 0} against, {row['abstain'] or 0} abstain"
        if row["outcome"]:
            vote = f"{vote} ({row['outcome']})".strip()
        body = " / ".join(x for x in (marked(d.authority or "", d.authority_basis), d.committee) if x)
        text = d.text.replace("\n", " ")
        text = text if len(text) <= 400 else text[:399] + "…"
        src = f"{Path(d.source).name}" + (f" p. {d.page}" if d.page else "")
        lines.append(f"| {d.meeting_date or ''} | {_md(body)} | {_md(d.item)} | {_md(text)} | {vote} | {_md(src)} |")
    lines += _tail(r.warnings, [])
    return "\n".join(lines) + "\n"


def to_json(result: Report) -> str:
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str)


MARKDOWN: dict[type, Callable[[Any], str]] = {
    Summary: summary_markdown, Brief: brief_markdown, Timeline: timeline_markdown, DecisionRegister: decisions_markdown,
}

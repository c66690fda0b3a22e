"""Self-contained HTML pages for reports: one file, no scripts, no external assets, print-friendly CSS.

Every piece of text from the minutes or a model is HTML-escaped. Citation markers ``[n]`` link to the
item's or document's public web page where one is known, else to the numbered sources list at the end, which
names the file and page as text (``file://`` links to the file at its page only with ``--link-files``). Only
``http``, ``https`` and ``file`` links are ever written.
"""

from __future__ import annotations

from html import escape

from ..reports.basis import STATED, marked
from ..reports.types import Brief, DecisionRegister, Summary, SummaryPoint, Timeline
from ..types import Citation
from .labels import Report, cite_url, file_name, group_label, meeting_label, offsite_note, page_label
from .markdown import decision_rows

CSS = """
:root { color-scheme: light; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #fff;
       max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.9rem; margin-bottom: .2rem; } h2 { font-size: 1.35rem; margin-top: 2rem;
  border-bottom: 2px solid #d9d9d9; padding-bottom: .2rem; } h3 { font-size: 1.1rem; margin-bottom: .3rem; }
.meta { color: #555; font-style: italic; margin-top: 0; }
ul.points { padding-left: 1.2rem; } ul.points li { margin: .35rem 0; }
a.cite { text-decoration: none; font-size: .8em; vertical-align: super; color: #0b5394; padding: 0 .05em; }
.label { display: inline-block; font: .75rem/1.4 system-ui, sans-serif; background: #eef3f8; color: #234;
         border-radius: 3px; padding: 0 .35rem; margin-left: .3rem; }
.note { color: #6b4e00; background: #fff8e1; padding: .3rem .6rem; border-left: 3px solid #e0b000; }
.unsupported { color: #9c1c1c; }
table { border-collapse: collapse; width: 100%; font: .9rem/1.4 system-ui, sans-serif; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } tr.none td { color: #8a1f11; } td.src, th.src { white-space: nowrap; }
ol.sources { font-size: .9rem; } ol.sources li { margin: .4rem 0; } .quote { color: #444; }
.finding { margin: .2rem 0 .4rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; } a { color: #000; }
  h2 { break-after: avoid; } li, tr { break-inside: avoid; } .label { border: 1px solid #999; }
}
"""


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _href(c: Citation) -> str:
    url = cite_url(c)
    return url if url.lower().startswith(("http://", "https://", "file://")) else ""


def _offsite(c: Citation) -> str:
    note = offsite_note(c)
    return f' <span class="label">{_e(note)}</span>' if note else ""


def _cites(numbers: list[int], by_n: dict[int, Citation]) -> str:
    out = []
    for n in numbers:
        c = by_n.get(n)
        if c is None:
            continue
        where = f"{file_name(c)}{page_label(c.page)}" + (f" ({offsite_note(c)})" if offsite_note(c) else "")
        href = _href(c) or f"#src-{n}"
        out.append(f'<a class="cite" href="{_e(href)}" title="{_e(where)}">[{n}]</a>')
    return "".join(out)


def _point(p: SummaryPoint, by_n: dict[int, Citation], group: bool = False,
           bases: dict[str, tuple[str | None, str]] | None = None) -> str:
    shown = group_label(p.group or "", *(bases or {}).get(p.group or "", (None, STATED)))
    who = f"<strong>{_e(shown)}</strong>: " if group and p.group else ""
    label = f'<span class="label">{_e(p.label)}</span>' if p.label and not p.label[:1].isdigit() else ""
    flag = ' <span class="unsupported">(not supported by the cited source)</span>' if not p.supported else ""
    cites = _cites(p.citations, by_n) if p.citations else ' <span class="unsupported">(uncited)</span>'
    return f"<li>{who}{_e(p.text)} {cites}{label}{flag}</li>"


def _points(points: list[SummaryPoint], by_n: dict[int, Citation], group: bool = False,
            bases: dict[str, tuple[str | None, str]] | None = None) -> str:
    if not points:
        return ""
    return '<ul class="points">' + "".join(_point(p, by_n, group, bases) for p in points) + "</ul>"


def _sources(citations: list[Citation]) -> str:
    items = []
    for c in citations:
        href = _href(c)
        name = (f'<a href="{_e(href)}" rel="noopener noreferrer nofollow">{_e(file_name(c))}</a>{_offsite(c)}'
                if href else _e(file_name(c)))
        quote = f' <span class="quote">“{_e(c.quote[:400])}”</span>' if c.quote else ""
        items.append(f'<li id="src-{c.n}">{name}{_e(page_label(c.page))} ({_e(meeting_label(c))}).{quote}</li>')
    return '<h2>Sources</h2><ol class="sources">' + "".join(items) + "</ol>" if items else ""


def _tail(warnings: list[str], unsupported: list[str]) -> str:
    out = ""
    if unsupported:
        out += "<h2>Unsupported claims</h2><ul>" + "".join(f"<li>{_e(u)}</li>" for u in unsupported) + "</ul>"
    if warnings:
        out += "<h2>Warnings</h2><ul>" + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>"
    return out


def _note(note: str | None) -> str:
    return f'<p class="note">{_e(note)}</p>' if note else ""


def _summary(s: Summary) -> tuple[str, str]:
    by_n = {c.n: c for c in s.citations}
    how = "quoted sentences from the minutes" if s.generator == "extractive" else f"written by {s.generator}"
    body = [f"<h1>Summary: {_e(s.topic)}</h1>",
            f'<p class="meta">One section per {_e(s.by)}; {_e(how)}; every point cited.</p>',
            "<h2>Coverage</h2><table><tr><th>Authority</th><th>Evidence</th><th>Documents searched</th>"
            "<th>Sources cited</th><th>Dates</th></tr>"]
    for c in s.coverage:
        dates = (c.first_date if c.first_date == c.last_date else f"{c.first_date} to {c.last_date}") if c.first_date else "not stated"
        body.append(f'<tr class="{"found" if c.found else "none"}"><td>{_e(marked(c.authority, c.authority_basis))}</td><td>{_e(c.status)}</td>'
                    f"<td>{c.documents_searched}</td><td>{c.sources}</td><td>{_e(dates)}</td></tr>")
    body.append("</table>")
    bases = {sec.group: (sec.authority, sec.authority_basis) for sec in s.sections}
    for sec in s.sections:
        heading = group_label(sec.group, sec.authority, sec.authority_basis)
        body.append(f"<section><h2>{_e(heading)}</h2>{_points(sec.points, by_n)}{_note(sec.note)}</section>")
    if s.comparison:
        body.append("<h2>Comparison</h2>")
        for row in s.comparison:
            silent = (f'<p class="meta">Not mentioned in the evidence for: {_e(", ".join(row.not_mentioned))}</p>'
                      if row.not_mentioned else "")
            body.append(f'<h3>{_e(row.aspect)}</h3><p class="finding">{_e(row.finding)}</p>'
                        f"{_points(row.points, by_n, group=True, bases=bases)}{silent}")
    body += [_sources(s.citations), _tail(s.warnings, s.unsupported)]
    return f"Summary: {s.topic}", "".join(body)


def _brief(b: Brief) -> tuple[str, str]:
    by_n = {c.n: c for c in b.citations}
    span = f"{b.first_date} to {b.last_date}" if b.first_date else "no dated meetings"
    aka = f" (also printed as {'; '.join(b.aliases)})" if b.aliases else ""
    meta = (f"{', '.join(b.committees) or 'all committees'}{aka}; {b.meetings} meeting(s), {b.documents} document(s), "
            f"{span}" + (f"; topic: {b.topic}" if b.topic else "") + ". Every point cited.")
    body = [f"<h1>Briefing pack: {_e(marked(b.authority, b.authority_basis))}</h1>", f'<p class="meta">{_e(meta)}</p>']
    for sec in b.sections:
        body.append(f"<section><h2>{_e(sec.title)}</h2>{_points(sec.points, by_n)}{_note(sec.note)}</section>")
    body += [_sources(b.citations), _tail(b.warnings, b.unsupported)]
    return f"Briefing pack: {marked(b.authority, b.authority_basis)}", "".join(body)


def _timeline(t: Timeline) -> tuple[str, str]:
    by_n = {c.n: c for c in t.citations}
    body = [f"<h1>Timeline: {_e(t.topic)}</h1>"]
    if not t.entries:
        body.append(_note("No meeting in scope has evidence on this topic."))
    for e in t.entries:
        where = ", ".join(x for x in (marked(e.authority or "", e.authority_basis), e.committee) if x)
        items = f'<p class="meta">Items: {_e("; ".join(e.items))}</p>' if e.items else ""
        body.append(f"<section><h2>{_e(e.meeting_date)} — {_e(where)}</h2>{items}{_points(e.points, by_n)}</section>")
    body += [_sources(t.citations), _tail(t.warnings, t.unsupported)]
    return f"Timeline: {t.topic}", "".join(body)


def _register(r: DecisionRegister) -> tuple[str, str]:
    """One table per meeting (its date, authority and body said once, in its heading); each row names the
    document by its kind and page, the file name linked (or shown on hover)."""
    body = ["<h1>Decision register</h1>",
            f'<p class="meta">{len(r.decisions)} decision(s) from {r.documents_searched} document(s).</p>']
    meeting: tuple[str | None, ...] | None = None
    for row, d in zip(decision_rows(r), r.decisions, strict=True):
        key = (d.meeting_date, d.authority, d.committee, d.authority_basis)
        if key != meeting:
            if meeting is not None:
                body.append("</table>")
            where = " / ".join(x for x in (marked(d.authority or "", d.authority_basis), d.committee) if x)
            body.append(f"<h2>{_e(d.meeting_date or 'undated')} — {_e(where)}</h2><table><tr><th>Item</th>"
                        '<th>Decision</th><th>Vote</th><th class="src">Source</th></tr>')
            meeting = key
        vote = "unanimous" if row["unanimous"] else (
            f"{row['for']} for, {row['against'] or 0} against, {row['abstain'] or 0} abstain"
            if row["for"] != "" or row["against"] != "" else "")
        if row["outcome"]:
            vote = f"{vote} ({row['outcome']})".strip()
        c = Citation(0, d.source, d.page, d.pages, d.authority, d.committee, d.meeting_date, d.item, "", url=d.url,
                     site=d.site)
        href = _href(c)
        src = _e((d.doc_kind or "document").replace("_", " ") + page_label(d.page))
        name = _e(file_name(c))
        link = f'<a href="{_e(href)}" title="{name}">{src}</a>' if href else f'<span title="{name}">{src}</span>'
        text = "<br>".join(_e(line) for line in d.text.splitlines())
        body.append(f"<tr><td>{_e(d.item)}</td><td>{text}</td><td>{_e(vote)}</td><td class=\"src\">{link}</td></tr>")
    if meeting is not None:
        body.append("</table>")
    body.append(_tail(r.warnings, []))
    return "Decision register", "".join(body)


def html_page(result: Report) -> str:
    """A report as one self-contained, print-friendly HTML page."""
    if isinstance(result, Summary):
        title, body = _summary(result)
    elif isinstance(result, Brief):
        title, body = _brief(result)
    elif isinstance(result, Timeline):
        title, body = _timeline(result)
    else:
        title, body = _register(result)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="minutes-rag"><title>{_e(title)}</title>'
            f"<style>{CSS}</style></head><body>{body}</body></html>\n")

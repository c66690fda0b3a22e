"""Terminal rendering of library results (Rich tables and plain text). No library work happens here.

Every value that does not come from the program itself (sources, authorities, committees, item titles,
passages, messages, urls) goes through :mod:`.escape` on its way to Rich: markup escaped, terminal
escapes and control characters removed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ..evaluate import EvalReport
from ..links import web_url
from ..reports.basis import basis_of, marked
from ..types import INDEXED_STATUSES, Answer, Citation, DocumentRecord, FileResult, Hit, IngestReport, SearchResult
from .escape import clean, markup, text
from .labels import meeting_label, offsite_note, page_label

_STATUS_STYLE = {
    "ok": "green", "unchanged": "dim", "duplicate": "cyan", "no_text_layer": "yellow",
    "encrypted": "red", "unreadable": "red", "unsupported": "yellow", "empty": "yellow", "too_large": "red",
    "timeout": "red", "parse_error": "red",
}


def print_json(data: Any) -> None:
    write_out(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def write_out(text: str) -> None:
    """Write a rendering (JSON, Markdown, CSV, HTML) to stdout; on a terminal, without the escapes and
    control characters a document may hold (a file or a pipe gets it as it is)."""
    sys.stdout.write(clean(text) if sys.stdout.isatty() else text)


def file_line(res: FileResult) -> str:
    style = _STATUS_STYLE.get(res.status.value, "white")
    extra = f" ({res.chunks} chunks, {res.pages} pages)" if res.chunks else ""
    msg = f": {markup(res.message)}" if res.message else ""
    return f"[{style}]{res.status.value:>13}[/] {markup(res.path)}{extra}{msg}"


def ingest_summary(console: Console, report: IngestReport) -> None:
    problems = [f for f in report.files if f.status not in INDEXED_STATUSES]
    if problems:
        t = Table(title="Files not indexed", show_lines=False)
        for col in ("status", "file", "what to do"):
            t.add_column(col)
        for f in problems:
            t.add_row(text(f.status.value, _STATUS_STYLE.get(f.status.value, "white")), text(f.path), text(f.message))
        console.print(t)
    s = report.summary()
    # one row per figure, as the fetch summary: nine columns of figures did not fit 80 columns
    t = Table(title="Ingest summary")
    t.add_column("")
    t.add_column("count", justify="right")
    for label, key in (("files", "files"), ("ingested", "ingested"), ("unchanged", "unchanged"),
                       ("duplicates", "duplicates"), ("skipped or failed", "failed"), ("pages", "pages"),
                       ("chunks added", "chunks_added"), ("chunks truncated", "truncated_chunks"),
                       ("seconds", "seconds")):
        t.add_row(label, f"[red]{s[key]}[/]" if key == "failed" and s[key] else str(s[key]))
    console.print(t)
    console.print(f"index: {markup(report.index)}", highlight=False, soft_wrap=False)
    if s["ingested"] == 0 and s["unchanged"] + s["duplicates"] > 0:
        console.print("Nothing new: every file was already indexed (0 chunks added).")


def _pages(pages: list[int]) -> str:
    """p4, pp4-5 (a run), pp4, 13 (the same text on two pages)."""
    if not pages:
        return ""
    if len(pages) == 1:
        return f"p{pages[0]}"
    if pages == list(range(pages[0], pages[-1] + 1)):
        return f"pp{pages[0]}-{pages[-1]}"
    return "pp" + ", ".join(map(str, pages))


def _link(url: str | None, site: str | None) -> str:
    """A web link as a plain line: http(s) only, marked when it leads off the document's own site."""
    link = web_url(url)
    if not link:
        return ""
    note = offsite_note(Citation(0, "", None, [], None, None, None, None, "", url=link, site=site))
    return clean(link) + (f" ({note})" if note else "")


def search_hits(console: Console, result: SearchResult, width: int = 400) -> None:
    if not result.hits:
        filters = f" with filters {result.filters}" if result.filters else ""
        console.print(f"No matches for {clean(result.query)!r}{clean(filters)}", markup=False)
        return
    for h in result.hits:
        console.print(f"[bold]{h.rank}.[/] [cyan]{markup(h.source)}[/] {_pages(h.pages)}  [dim]score {h.score:.3f}[/]")
        where = _where(h)
        if where:
            console.print(f"   {where}", highlight=False, markup=False)
        body = " ".join(clean(h.text).split())
        console.print(f"   {body[:width]}{'…' if len(body) > width else ''}", highlight=False, markup=False)
        link = _link(h.url, h.site)
        if link:
            console.print(f"   {link}", highlight=False, markup=False)
        if h.copies:
            console.print(f"   [dim]also in: {markup('; '.join(_also(c, h.copy_pages) for c in h.copies))}[/]")


def _also(copy: str, own_pages: dict[str, list[int]]) -> str:
    """A copy's name, with its own pages where they are not the hit's ("pack.pdf p7")."""
    return f"{copy} {_pages(own_pages[copy])}" if own_pages.get(copy) else copy


def _where(h: Hit) -> str:
    item = f"item {h.item_number}" + (f" {h.item_title}" if h.item_title else "") if h.item_number else ""
    authority = marked(h.authority or "", basis_of([h]))
    return clean(", ".join(x for x in (authority, h.committee, h.meeting_date, item) if x))


def documents_table(console: Console, docs: list[DocumentRecord]) -> None:
    t = Table(title=f"{len(docs)} documents")
    for col in ("status", "source", "authority", "committee", "date", "kind", "pages", "chunks"):
        t.add_column(col, overflow="fold")
    for d in docs:
        t.add_row(text(d.status, _STATUS_STYLE.get(d.status, "white")), text(d.source),
                  text(marked(d.authority or "", basis_of([d])) or None),
                  text(d.committee), text(d.meeting_date), text(d.kind), str(d.pages), str(d.chunks))
    console.print(t)


def answer_text(console: Console, ans: Answer) -> None:
    """The answer, then a numbered source list a councillor can follow back (file, page, meeting, item)."""
    if ans.abstained:
        console.print(f"[yellow]{markup(ans.answer)}[/]", highlight=False)
        if ans.closest:
            console.print("\nClosest sources found:")
            for h in ans.closest:
                authority = marked(h.authority or "", basis_of([h]))
                meeting = ", ".join(x for x in (authority, h.committee, h.meeting_date) if x)
                console.print(clean(f"  - {h.source} {_pages(h.pages)} ({meeting})"), highlight=False, markup=False)
    else:
        console.print(clean(ans.answer), highlight=False, markup=False)
        console.print("\n[bold]Sources[/]")
        for c in ans.citations:
            console.print(clean(f"  [{c.n}] {c.source}{page_label(c.page)} ({meeting_label(c)})"), highlight=False,
                          markup=False)
            link = _link(c.url, c.site)
            if link:
                console.print(f"      {link}", highlight=False, markup=False)
            for copy in c.copies:
                console.print(f"      also in: {clean(_also(copy, c.copy_pages))}", highlight=False, markup=False)
    for claim in ans.unsupported:
        console.print(f"[red]unsupported:[/] {markup(claim)}", highlight=False)
    for w in ans.warnings:
        console.print(f"[dim]warning: {markup(w)}[/]", highlight=False)


def explain_text(console: Console, explain: dict[str, Any]) -> None:
    """What ``ask --explain`` shows: the passages searched and the best sentences, scored, with reasons."""
    parts = explain.get("parts") or []
    if len(parts) > 1:
        console.print("\n[bold]Question parts[/]: " + " | ".join(markup(p) for p in parts), highlight=False)
    chunks = Table(title="Passages", title_justify="left", show_lines=False)
    for col in ("#", "score", "source", "page", "meeting", "from"):
        chunks.add_column(col, overflow="fold")
    for c in explain.get("chunks", []):
        chunks.add_row(str(c["n"]), f"{c['score']:.3f}", markup(Path(c["source"]).name), _pages(c["pages"]),
                       markup(", ".join(x for x in (c.get("authority"), c.get("meeting_date")) if x)),
                       markup(c.get("from", "")))
    console.print(chunks)
    sents = Table(title="Sentences (best first)", title_justify="left")
    for col in ("passage", "score", "words", "meaning", "taken", "sentence", "why"):
        sents.add_column(col, overflow="fold")
    for s in explain.get("sentences", []):
        sents.add_row(str(s["chunk"]), f"{s['score']:.2f}", f"{s['words']:.2f}", f"{s['similarity']:.2f}",
                      "yes" if s["taken"] else "", markup(s["text"][:160]), markup(s["why"]))
    console.print(sents)
    if explain.get("abstained_because"):
        console.print(f"abstained: {markup(explain['abstained_because'])}", highlight=False)


def eval_table(console: Console, report: EvalReport) -> None:
    data = report.to_dict()
    cols = ["recall@1", "recall@5", "recall@10", "mrr@10", "answer_key_coverage", "citation_precision",
            "refusal_accuracy", "false_refusal_rate"]
    short = ["R@1", "R@5", "R@10", "MRR", "keys", "cite P", "refusal", "false ref"]
    t = Table(title=f"Evaluation ({len(report.results)} questions, {data['seconds']} s)")
    t.add_column("slice")
    t.add_column("n", justify="right")
    for c in short:
        t.add_column(c, justify="right")
    rows = [("overall", data["overall"])] + [(f"type: {k}", v) for k, v in data["by_type"].items()] + [
        (f"folder: {k}", v) for k, v in data["by_folder"].items()]
    for name, m in rows:
        t.add_row(text(name), str(m["questions"]), *(f"{m[c]:.2f}" if c in m else "" for c in cols))
    console.print(t)
    console.print("R@k: recall@k; MRR: MRR@10; keys: answer key coverage; cite P: citation precision; "
                  "refusal: refusal accuracy (unanswerable); false ref: false-refusal rate (answerable)")
    for r in report.results:
        if r.error:
            console.print(f"[red]{markup(r.id)}: {markup(r.error)}[/]", highlight=False)

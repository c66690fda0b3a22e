"""One record published in two formats (a meeting's page saved as JSON and, converted, as Markdown linking the
page it came from): each file is searched as itself, and a hit or citation from one names the other among its
copies. Synthetic: the Markdown's link, the grouping rule and a two-file index; real: London's council minutes,
whose Markdown and JSON copies of one eScribe page differ in text."""

from __future__ import annotations

import json
from pathlib import Path

from minutes_rag import api
from minutes_rag.index.renderings import renderings
from minutes_rag.parse.load import load_file
from minutes_rag.types import DocStatus, DocumentRecord

from .conftest import corpus, needs_corpus

PAGE = "https://meetings.example.org/Meeting.aspx?Id=4f2a&Agenda=PostMinutes"

MARKDOWN = f"""---
title: 3rd Meeting of the Harbour Committee
date: 2025-02-11
---
February 11, 2025, at  4:00 PM

[Original link]({PAGE})

# 2.&nbsp;&nbsp;&nbsp;Consent

That the tender for dredging the east basin BE AWARDED to Tidewater Marine Ltd. at $412,600.

Motion Passed (7 to 1)
"""

JSON_PAGE = {"title": "3rd Meeting of the Harbour Committee", "datetime": "2025-02-11 16:00:00", "url": PAGE,
             "meeting_type": "Harbour Committee",
             "items": {"2. Consent": {"content": ["That the tender for dredging the east basin BE AWARDED to "
                                                  "Tidewater Marine Ltd. at the tendered price of $412,600."]}}}


def _record(doc_id: str, source: str, url: str | None = PAGE, date: str | None = "2025-02-11",
            title: str | None = "3rd Meeting of the Harbour Committee", status: str = "ok") -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, source=source, status=status, content_hash="", text_hash="",
                          authority="Port Town", committee="Harbour Committee", meeting_date=date, kind="minutes",
                          title=title, pages=0, chunks=1, items=1, url=url)


def test_renderings_synthetic_a_markdown_files_original_link_is_its_address(tmp_path: Path) -> None:
    md = tmp_path / "minutes.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    assert load_file(md).document.url == PAGE  # type: ignore[union-attr]
    front = tmp_path / "front.md"  # the front matter may name it instead
    front.write_text(f"---\ntitle: Harbour Committee\nurl: {PAGE}\n---\nThe tender was awarded.\n", encoding="utf-8")
    assert load_file(front).document.url == PAGE  # type: ignore[union-attr]
    for text in ("[Original link](javascript:alert(1))\n\nThe tender was awarded.\n",  # not a web address
                 "The tender was awarded.\n\nSee [the agenda](https://x.example.org/a) for the report.\n",  # a link
                 "# Minutes\nThe tender was awarded.\n[Source](https://news.example.org/story)\n"):  # a reference
        other = tmp_path / "other.md"
        other.write_text(text, encoding="utf-8")
        assert load_file(other).document.url is None  # type: ignore[union-attr]
    # the link's other forms: in angle brackets, with a title, after a link that is no web address
    for text in (f"[Original link](<{PAGE}>)\n\nThe tender was awarded.\n",
                 f'[Original link]({PAGE} "the meeting\'s page")\n\nThe tender was awarded.\n',
                 f"[Original link](javascript:x)\n[View original]({PAGE})\n\nThe tender was awarded.\n"):
        other = tmp_path / "other.md"
        other.write_text(text, encoding="utf-8")
        assert load_file(other).document.url == PAGE, text  # type: ignore[union-attr]


def test_renderings_synthetic_one_address_date_and_title_in_two_formats() -> None:
    md, js = _record("a", "/m/3rd.md"), _record("b", "/j/3rd.json")
    assert renderings([md, js]) == {"a": ["/j/3rd.json"], "b": ["/m/3rd.md"]}
    # two PDFs of one meeting page (a manifest gives every paper the page's address): different papers
    assert renderings([_record("a", "/p/minutes.pdf"), _record("b", "/p/report.pdf")]) == {}
    assert renderings([md, _record("b", "/j/3rd.json", title="Harbour Committee Agenda")]) == {}
    assert renderings([md, _record("b", "/j/3rd.json", date="2025-03-11")]) == {}
    assert renderings([md, _record("b", "/j/3rd.json", url=None)]) == {}
    assert renderings([md, _record("b", "/j/3rd.json", status=DocStatus.DUPLICATE.value)]) == {}
    assert renderings([_record("a", "/m/3rd.md", date=None), _record("b", "/j/3rd.json", date=None)]) == {}


def test_renderings_synthetic_a_hit_from_one_format_names_the_other(tmp_path: Path) -> None:
    (tmp_path / "md").mkdir()
    (tmp_path / "json").mkdir()
    (tmp_path / "md" / "3rd Harbour.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "json" / "3rd Harbour.json").write_text(json.dumps(JSON_PAGE), encoding="utf-8")
    index = tmp_path / "index"
    api.ingest([tmp_path / "md", tmp_path / "json"], index=index)
    hits = api.search("dredging tender east basin Tidewater Marine", k=4, index=index).hits
    assert hits
    for h in hits:
        other = "json" if h.source.endswith(".md") else "md"
        assert any(c.endswith(f"3rd Harbour.{other}") for c in h.copies), (h.source, h.copies)
    ans = api.ask("Who was awarded the tender for dredging the east basin?", index=index)
    assert not ans.abstained and "Tidewater" in ans.answer, ans.answer
    assert all(len(c.copies) == 1 for c in ans.citations), [(c.source, c.copies) for c in ans.citations]


@needs_corpus
def test_renderings_real_a_councils_markdown_and_json_minutes_name_each_other(tmp_path: Path) -> None:
    name = "2025-03-04 4th Meeting of City Council"
    files = [corpus(f"london-ontario/md/{name}.md"), corpus(f"london-ontario/json/{name}.json"),
             corpus("london-ontario/md/2025-04-01 6th Council Meeting.md")]
    index = tmp_path / "index"
    api.ingest(files, index=index)
    ans = api.ask("What by-law number did London's council pass on March 4, 2025 to increase the Municipal "
                  "Accommodation Tax?", index=index)
    assert not ans.abstained, ans.answer
    cited = [c for c in ans.citations if name in c.source]
    assert cited, ans.answer
    for c in cited:
        other = ".json" if c.source.endswith(".md") else ".md"
        assert [Path(s).name for s in c.copies] == [name + other], (c.source, c.copies)
    # another meeting's Markdown has its own page: nothing is its copy
    assert all(not c.copies for c in ans.citations if "6th Council" in c.source)
    # the JSON's by-law list is its own text (the Markdown has none), still named with the Markdown
    hits = api.search("Bill No. 79 by-law delegate authority Honk Mobile program fees", k=5, index=index).hits
    bills = [h for h in hits if h.source.endswith(f"{name}.json")]
    assert bills, [h.source for h in hits]
    assert all(any(c.endswith(f"{name}.md") for c in h.copies) for h in bills), [h.copies for h in bills]

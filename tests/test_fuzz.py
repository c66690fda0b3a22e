"""Fuzzing the text and HTML parsers: any input yields text and chunks or a typed status, never a crash."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_rag.chunk import chunk_sections
from minutes_rag.parse.load import html_to_text, load_file
from minutes_rag.parse.structure import recover_structure
from minutes_rag.types import DocStatus, PageText

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _count(texts: list[str]) -> list[int]:
    return [len(t.split()) for t in texts]


HTMLISH = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(["<p>", "</p>", "<div id='mgHeader'>", "</div>", "<h2>1. Apologies</h2>", "<script>x",
                         "<br>", "<table><tr><td>", "&amp;amp;", "<!--", "-->", "<nav>", "RESOLVED that", "\x00",
                         "<li>2 Water Charges</li>", "<title>Minutes</title>", "</", "<<>>", "&#0;", "\ud7ff"]),
    ),
    max_size=40,
).map("".join)


@SETTINGS
@given(html=HTMLISH)
def test_html_parser_never_crashes(html: str) -> None:
    text, title = html_to_text(html)
    assert isinstance(text, str) and (title is None or isinstance(title, str))
    structure = recover_structure([PageText(None, text)], "page.html")
    chunks = chunk_sections("d", structure.sections, _count, budget=50)
    assert all(c.text.strip() for c in chunks)


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".pdf"]))
def test_any_bytes_give_a_typed_status(tmp_path_factory: object, data: bytes, suffix: str) -> None:
    folder = Path(__import__("tempfile").mkdtemp())
    path = folder / f"fuzz{suffix}"
    path.write_bytes(data)
    res = load_file(path)
    assert isinstance(res.status, DocStatus)
    if res.status == DocStatus.OK:
        assert res.document is not None and res.document.pages
        structure = recover_structure(res.document.pages, path.name)
        chunk_sections("d", structure.sections, _count, budget=50)
    else:
        assert res.message


@SETTINGS
@given(pages=st.lists(st.text(max_size=300), min_size=1, max_size=5))
def test_structure_and_chunking_keep_all_words(pages: list[str]) -> None:
    page_texts = [PageText(i + 1, t) for i, t in enumerate(pages)]
    structure = recover_structure(page_texts, "minutes.pdf")
    chunks = chunk_sections("d", structure.sections, _count, budget=40)
    words_in = sum(len(t.split()) for t in pages)
    words_out = sum(len(c.text.split()) for c in chunks)
    assert words_out >= words_in * 0.9 - 2  # hyphen re-joins may merge words; nothing is dropped
    for c in chunks:
        assert c.page_start is None or 1 <= c.page_start <= (c.page_end or c.page_start) <= len(pages)

"""A passage printed in two documents (a committee's minutes, and the council agenda pack that prints them again) is
one hit and one citation naming both, each with its own page: the pack's copy of the minutes' page 2 is its page 4,
and "also in" says so instead of implying the same page number. The evaluator matches a copy on its own pages."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.evaluate import GoldMatcher
from minutes_rag.server.public import PublicPaths

from .conftest import corpus, needs_corpus, pdf_bytes

PASSAGE = [
    "4. Harbour Wall Repairs",
    "The engineer reported that the north harbour wall had been surveyed in March.",
    "Seventeen sections of the wall needed repointing and two needed rebuilding before the winter storms.",
    "The estimated cost of the repairs was 418,000 pounds, to be met from the coastal protection reserve.",
    "Members asked whether the works would close the slipway; the engineer said it would stay open.",
]


def _text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages carry the given lines in Helvetica (text that pypdf reads back)."""
    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)]
    font = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    for i, lines in enumerate(pages):
        body = b"BT /F1 10 Tf 40 760 Td " + b" ".join(b"(%s) Tj 0 -14 Td" % ln.encode() for ln in lines) + b" ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources %s >>"
                       % (4 + 2 * i, font))
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    return pdf_bytes(objects)


def test_copy_pages_synthetic_a_pack_prints_the_minutes_on_its_own_page(tmp_path: Path) -> None:
    minutes = tmp_path / "harbour-committee-minutes.pdf"
    pack = tmp_path / "agenda-pack.pdf"
    minutes.write_bytes(_text_pdf([["Minutes of the Harbour Committee", "1. Apologies", "None were received.",
                                             "2. Minutes", "The minutes of the last meeting were agreed.",
                                             "3. Play Areas", "The committee noted the play area inspections."],
                                            PASSAGE]))
    pack.write_bytes(_text_pdf([["Council agenda pack", "Minutes of the Harbour Committee", "1. Apologies", "None were received."],
                                ["2. Minutes", "The minutes of the last meeting were agreed."],
                                ["3. Play Areas", "The committee noted the play area inspections."], PASSAGE]))
    api.ingest([minutes, pack], index=tmp_path / "index")
    hits = api.search("how much would the north harbour wall repairs cost", index=tmp_path / "index", k=3).hits
    top = hits[0]
    other = pack if top.source == str(minutes) else minutes
    assert top.copies == [str(other)], (top.source, top.copies)
    assert top.copy_pages == {str(other): [4 if other == pack else 2]}, top.copy_pages
    from minutes_rag.langchain import MinutesRetriever  # (and a LangChain document's metadata carries them)

    doc = MinutesRetriever(index=tmp_path / "index", k=3).invoke("how much would the north harbour wall repairs cost")[0]
    assert doc.metadata["copy_pages"] == top.copy_pages, doc.metadata
    ans = api.ask("How much would the north harbour wall repairs cost?", index=tmp_path / "index")
    cite = ans.citations[0]
    assert "418,000" in ans.answer and cite.copy_pages == top.copy_pages, (ans.answer, cite)
    # the evaluator matches a copy on its own pages: the pack's page 4 is the minutes' page 2, not the pack's 2
    m = GoldMatcher(tmp_path)
    sources = [cite.source, *cite.copies]
    assert m.matches([{"file": "harbour-committee-minutes.pdf", "pages": [2]}], sources, cite.pages, cite.copy_pages)
    assert m.matches([{"file": "agenda-pack.pdf", "pages": [4]}], sources, cite.pages, cite.copy_pages)
    assert not m.matches([{"file": other.name, "pages": [cite.pages[0]]}], sources, cite.pages, cite.copy_pages)
    # and the HTTP API names the copy by a path of no server folder, in the map's key too
    public = PublicPaths(tmp_path / "index", tmp_path / "index" / "uploads")
    shown = public({"citations": [cite.to_dict()]})["citations"][0]["copy_pages"]
    assert shown == {other.name: cite.copy_pages[str(other)]}, shown


@needs_corpus
def test_copy_pages_real_kents_answers_in_the_public_pack(tmp_path: Path) -> None:
    from pypdf import PdfReader
    from typer.testing import CliRunner

    from minutes_rag.cli import app

    day = "kent-county-council/full_council/2025-03-13/"
    own = corpus(day + "Questions put and answers given - March 2025.pdf")
    packed = corpus(day + "public_packs/Questions put and answers given 13th-Mar-2025 10.00 County Council.pdf")
    api.ingest([own, packed], index=tmp_path / "index")
    question = "Since Blackburn Lodge closed, how many Sheppey residents have moved into residential care homes?"
    ans = api.ask(question, index=tmp_path / "index")
    cite = ans.citations[0]
    assert "57 Sheppey residents" in ans.answer, ans.answer
    copy = cite.copies[0]
    assert {cite.source, copy} == {str(own), str(packed)} and list(cite.copy_pages) == [copy], cite
    # each file's page holds the passage: the page cited in the one, the copy's own page in the other
    for path, pages in ((cite.source, cite.pages), (copy, cite.copy_pages[copy])):
        text = " ".join(" ".join((PdfReader(path).pages[p - 1].extract_text() or "").split()) for p in pages)
        assert "57 Sheppey residents" in text, (path, pages)
    assert cite.pages != cite.copy_pages[copy]
    out = CliRunner().invoke(app, ["ask", question, "--index", str(tmp_path / "index")])
    assert out.exit_code == 0 and f"also in: {copy} p{cite.copy_pages[copy][0]}" in " ".join(out.output.split()), out.output


def test_copy_pages_synthetic_a_quote_on_one_page_names_the_copys_page_of_it() -> None:
    from dataclasses import replace

    from minutes_rag.answer.cite import citation_for

    from .test_answer_parts import _hit

    text = "The wall was surveyed in March. The repairs would cost 418,000 pounds."
    hit = replace(_hit(text), source="minutes.pdf", pages=[2, 3], page_map="0:2;32:3",
                  copies=["pack.pdf"], copy_pages={"pack.pdf": [4, 5]})
    cite = citation_for(1, hit, [(32, "The repairs would cost 418,000 pounds.")])
    assert cite.pages == [3] and cite.copy_pages == {"pack.pdf": [5]}, cite  # (page for page: not pp4-5)
    # a copy of another length than the hit's pages: all of its pages
    other = citation_for(1, replace(hit, copy_pages={"pack.pdf": [7]}), [(32, "The repairs would cost 418,000 pounds.")])
    assert other.copy_pages == {"pack.pdf": [7]}, other


def test_copy_pages_synthetic_a_copy_printing_the_passage_twice_names_both_pages() -> None:
    from dataclasses import replace

    from minutes_rag.retrieve import _add_copy

    from .test_answer_parts import _hit

    hit = replace(_hit("The repairs would cost 418,000 pounds."), source="minutes.pdf", pages=[2])
    _add_copy(hit, "pack.pdf", [3])  # (the committee's papers in the pack)
    _add_copy(hit, "pack.pdf", [5])  # (and the council's, printing them again)
    assert hit.copies == ["pack.pdf"] and hit.copy_pages == {"pack.pdf": [3, 5]}, hit
    # a first copy on the hit's own page number, then one on another: both pages
    same = replace(_hit("The repairs would cost 418,000 pounds."), source="minutes.pdf", pages=[2])
    _add_copy(same, "pack.pdf", [2])
    assert same.copy_pages == {}, same.copy_pages
    _add_copy(same, "pack.pdf", [6])
    assert same.copies == ["pack.pdf"] and same.copy_pages == {"pack.pdf": [2, 6]}, same


def test_copy_pages_synthetic_two_copies_of_one_name_keep_both_pages_over_http() -> None:
    public = PublicPaths(Path("/srv/index"), Path("/srv/index/uploads"))
    shown = public({"hits": [{"copies": ["/data/2024/pack.pdf", "/data/2025/pack.pdf"],
                              "copy_pages": {"/data/2024/pack.pdf": [4], "/data/2025/pack.pdf": [9]}}]})
    assert shown["hits"][0]["copy_pages"] == {"pack.pdf": [4, 9]}, shown

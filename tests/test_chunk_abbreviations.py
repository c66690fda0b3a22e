"""A chunk never ends on an abbreviation's full stop. A long paragraph is split into sentences to be packed into
chunks; "Mr." before a name or "No." before a number ends no sentence, so "By-law No. Z.-1-253313" and "Mr. Williams
assumed the chair" stay whole in one chunk, and a quote is never cut after "Mr.". A school committee's minutes headed
"X Minutes for 9/4/25" name their committee."""

from __future__ import annotations

from minutes_rag.chunk import chunk_sections
from minutes_rag.parse.header import meeting_body
from minutes_rag.parse.load import load_file
from minutes_rag.parse.structure import recover_structure
from minutes_rag.text import ends_abbreviation
from minutes_rag.types import PageText, Section

from .conftest import corpus, needs_corpus


def _words(texts: list[str]) -> list[int]:  # a word a piece: enough to pack by
    return [len(t.split()) for t in texts]


def test_split_synthetic_no_chunk_ends_on_mr_or_no() -> None:
    para = ("The board met at the library. CHAIR: Mr. Ota nominated Ms. Lee for chair. Mr. Williams assumed the "
            "chair after the vote. The board adopted By-law No. 2025-14 on the hall. Reports were received.")
    chunks = chunk_sections("d", [Section("1", "Reorganisation", [PageText(1, para)])], _words, budget=12)
    assert len(chunks) > 3
    assert not [c.text for c in chunks if ends_abbreviation(c.text)], [c.text for c in chunks]
    body = " ".join(" ".join(c.text.split()) for c in chunks)
    assert "Mr. Ota nominated Ms. Lee for chair." in body and "By-law No. 2025-14" in body
    # a sentence too long for a chunk is still cut where it says "No." rather than at any word
    long = "The clerk read By-law No. 12 " + " ".join(["amending the schedule"] * 6) + " as printed."
    cut = chunk_sections("d", [Section("1", "By-laws", [PageText(1, long)])], _words, budget=12)
    assert cut[0].text.rstrip().endswith("No.")


@needs_corpus
def test_split_real_london_bill_numbers_stay_with_their_label() -> None:
    path = corpus("london-ontario/md/2025-04-22 7th Council Meeting.md")
    doc = load_file(path).document
    assert doc is not None
    structure = recover_structure(doc.pages, path.name)
    chunks = chunk_sections("d", structure.sections, _words, budget=200)
    cut = [c.text[-60:] for c in chunks if c.text.rstrip().endswith("No.")]
    assert not cut, cut  # (before: "... > > **Bill No." ended chunks, their numbers opening the next)
    assert any("**Bill No. 132**" in " ".join(c.text.split()) for c in chunks)


def test_committee_synthetic_a_title_line_with_minutes_for_a_date() -> None:
    page = ("Eastvale School Committee Minutes for 9/4/25\n\nDate: 9/4/25\nTime: 6:00 PM\nLocation: High School "
            "Library\nMembers Present: A. Lee, B. Ota\n\nCall to Order\nMs. Lee called the meeting to order.")
    assert meeting_body([PageText(1, page)], "minutes") == "Eastvale School Committee"


def test_split_synthetic_a_cheque_number_is_no_sentence_end() -> None:
    from minutes_rag.text import sentences

    rows = ("Merlin Environmental Services - £84.50 (Ch. No. 300426) Village Hall Room Hire - £56.00 (Ch. No. 300427). "
            "All approved.")
    assert [s for _, s in sentences(rows)] == [rows[:-len(" All approved.")], "All approved."]

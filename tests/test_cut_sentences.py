"""A sentence that a chunk boundary cuts in two is weighed whole: the end of a chunk's last sentence is read on from
the next chunk ("... the approval of the Council be and is hereby given to the disposal of property at" | "Main
Street, Abbeyfeale, Co. Limerick, to Syed Haider, for the sum of €52,000 ..."), so the half that names what it is
about and the half that names whom it concerns answer together. A chunk that ends with a heading, a table's row or
a list's line is not read on into the next."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

RESOLUTION_START = ("Circulated, copy of Statutory Notice dated 9th May, 2024, concerning disposal of property at Mill "
                    "Lane, Ballyvale.\n\nProposed by Councillor Ryan;\nSeconded by Councillor Walsh;\nAnd Resolved: "
                    "“That the approval of the Council be and is hereby given to the disposal of property at")
RESOLUTION_END = ("Mill Lane, Ballyvale, to Jane Rowe, for the sum of €40,000, subject to the conditions in the "
                  "notice.”\n\nCirculated, copy of Statutory Notice concerning disposal of property at Church Road.")


def _two_chunks(first: str, second: str) -> tuple[object, object, object]:
    lead = _hit(first)
    nxt = replace(lead, chunk_id="d1:00002", text=second)
    stats = replace(_stats(), next_chunk=lambda h: nxt if h.chunk_id == lead.chunk_id else None)
    return lead, nxt, stats


def test_cut_sentences_synthetic_a_resolution_cut_by_a_chunk_boundary_answers_whole() -> None:
    lead, _, stats = _two_chunks(RESOLUTION_START, RESOLUTION_END)
    other = replace(_hit("The approval of the Council is hereby given to the disposal of property at Church Road, "
                         "Ballyvale, to John Doe, for the sum of €20,000."), chunk_id="d2:00001", doc_id="d2")
    ans = answer_extractive("To whom did the council approve the disposal of the property at Mill Lane, Ballyvale?",
                            [lead, other], stats)
    assert not ans.abstained and "Jane Rowe" in ans.answer, ans.answer
    assert "John Doe" not in ans.answer, ans.answer


def test_cut_sentences_synthetic_only_a_cut_sentence_is_read_on() -> None:
    from minutes_rag.answer.around import mended

    cases = [  # (chunk's end, next chunk's start, read on?)
        ("The Committee noted the grant of £5,000 from the", "Lottery fund for the new play area.", True),  # "... the"
        ("The grant for the play area was reported by the clerk, who noted it came to", "£5,000 in all.", True),
        ("Moved by A. Hopkins Seconded by J.", "Pribil That the report be received.", True),  # (an initial)
        ("The scheme is set out in the report (as", "amended), and takes effect in May.", True),  # (a small letter)
        ("The parking review was considered.\n\n7. Planning Applications", "The applications were noted.", False),
        ("% of pothole repairs completed within 28 days GREEN", "Latest: 94% Target: 90%.", False),  # (a row)
        ("a) the report BE RECEIVED; and", "b) the Civic Administration BE DIRECTED to report back.", False),
        ("The clerk reported the grant had been received.", "The meeting closed at 9pm.", False),
    ]
    for end, start, read_on in cases:
        lead, _, stats = _two_chunks(end, start)
        out = mended([lead], stats)[0]
        assert (out.text != lead.text) == read_on, (end, start, out.text)
        if read_on:
            assert out.text == f"{end} {start}"


def test_cut_sentences_synthetic_the_read_on_end_keeps_its_page() -> None:
    from minutes_rag.answer.around import mended

    lead, nxt, stats = _two_chunks("The Committee noted the grant of £5,000 from the", "Lottery fund for the play area.")
    lead = replace(lead, pages=[3], page_map="")
    nxt = replace(nxt, pages=[4])
    stats = replace(stats, next_chunk=lambda h: nxt if h.chunk_id == lead.chunk_id else None)
    out = mended([lead], stats)[0]
    assert out.pages == [3, 4] and out.page_map.endswith(f"{len(lead.text) + 1}:4"), (out.pages, out.page_map)
    # (and the answer does not read the next chunk's first sentence on a second time)
    ans = answer_extractive("Which fund did the grant for the play area come from?", [lead], stats)
    assert not ans.abstained and ans.answer.count("Lottery fund") == 1, ans.answer


@needs_corpus
def test_cut_sentences_real_a_tender_award_split_between_chunks(tmp_path: Path) -> None:
    # (London's committee minutes, January 2025: the award of the East London Link Phase 4 tender is cut by a chunk
    # boundary after "the bid ... was the lowest of"; "4 bids received ..." opens the next chunk. Read on whole, the
    # sentence is quoted once, not again as a fragment with a second citation)
    doc = corpus("london-ontario/json/2025-01-13 2nd Meeting of the Infrastructure and Corporate Services "
                 "Committee.json")
    api.ingest([doc], index=tmp_path / "index")
    ans = api.ask("How many bids did London receive for Phase 4 of the East London Link on Oxford Street East, and "
                  "whose bid was accepted?", index=tmp_path / "index")
    assert not ans.abstained and "Bre-Ex Construction" in ans.answer, ans.answer
    assert ans.answer.count("4 bids received") == 1, ans.answer

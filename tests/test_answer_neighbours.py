"""The answer to a part may be printed in the chunk just before or after the best hit (the debate runs on over a
chunk's end) when that chunk was not retrieved: the best hit's neighbours are weighed with the hits, and so is the
chunk after the second best (a report's discussion ends one chunk, what the change does opens the next)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.asking import answer_from_hits, stats_of
from minutes_rag.settings import get_settings

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

QUESTION = ("What did the Mayor say he had asked the rail company to do about the branch line, and which body had he "
            "built monthly meetings with into the programme?")
LEAD = ("The Mayor presented the draft programme to the Members. He said he had asked the rail company to carry out "
        "a feasibility study on reopening the branch line.")
BEFORE = ("Members welcomed the draft programme. The Mayor indicated that he has included monthly meetings with the "
          "Harbour Development Agency in the programme.")


def _around(h, text: str, step: int):  # type: ignore[no-untyped-def]
    return replace(h, chunk_id=f"{h.doc_id}:{int(h.chunk_id.split(':')[1]) + step:05d}", text=text)


def test_neighbours_synthetic_the_part_answered_in_the_chunk_before_the_best_hit() -> None:
    lead = replace(_hit(LEAD), chunk_id="d1:00005")
    stats = replace(_stats(), prev_chunk=lambda h: _around(h, BEFORE, -1),
                    next_chunk=lambda h: _around(h, "The meeting closed at 6pm.", 1))
    ans = answer_extractive(QUESTION, [lead], stats)
    assert not ans.abstained and "Harbour Development Agency" in ans.answer, ans.answer
    assert "feasibility study" in ans.answer, ans.answer
    # the quote cites the chunk it is in
    assert any(c.chunk_id == "d1:00004" and "Harbour" in c.quote for c in ans.citations), ans.citations
    # without the index to ask for a hit's neighbours, only the hits are evidence
    alone = answer_extractive(QUESTION, [lead], _stats())
    assert "Harbour" not in alone.answer, alone.answer


@needs_corpus
def test_neighbours_real_the_mayors_monthly_meetings_in_the_chunk_before(tmp_path: Path) -> None:
    rel = ("limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Adjourned Ordinary Meeting "
           "of Limerick City and County Council - 4th October 2024.md")
    api.ingest([corpus(rel)], index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    question = ("During the October 2024 debate on Limerick's Mayoral Programme, what did Mayor John Moran say he had "
                "asked Irish Rail to do about extending the rail line, and which body had he built monthly meetings "
                "with into the programme?")
    # the one hit retrieved: the chunk with the rail line (the monthly meetings are in the chunk before it)
    found = api.search("Mayor requested Irish Rail feasibility study on cost of extending the rail line",
                       index=tmp_path / "index", k=10).hits
    top = next(h for h in found if "feasibility study" in h.text and "Land Development Agency" not in h.text)
    ans = answer_from_hits(question, [top], None, None, stats_of(store, emb))
    assert not ans.abstained and "feasibility study" in ans.answer, ans.answer
    assert "Land Development Agency" in ans.answer, ans.answer


ORDERS_Q = ("How was Standing Order 12 changed in March, and how many questions may a member ask under the May "
            "review of Standing Orders?")
ORDERS_MAY = ("Standing Orders review. The council agreed that Standing Order 20 be amended so that a member may ask up "
              "to six questions at each meeting.")
ORDERS_MARCH = ("Standing Orders. The Meetings Administrator introduced her March report on the standing orders for "
                "district motions. Members discussed the report at length.")
ORDERS_RESOLVED = ("Councillor Walsh spoke in support of rural districts. Under the change to Standing Order 12, every "
                   "Member of the District must sign a District motion. Housing allocations. The report on allocations "
                   "was noted.")


def test_neighbours_synthetic_the_change_in_the_chunk_after_the_second_hit() -> None:
    may = replace(_hit(ORDERS_MAY), chunk_id="d2:00003", doc_id="d2")
    march = replace(_hit(ORDERS_MARCH), chunk_id="d1:00007")
    stats = replace(_stats(), prev_chunk=lambda h: _around(h, "Apologies were received.", -1),
                    next_chunk=lambda h: _around(h, ORDERS_RESOLVED if h.doc_id == "d1" else "The meeting closed.", 1))
    ans = answer_extractive(ORDERS_Q, [may, march], stats)
    assert not ans.abstained and "every Member of the District must sign" in ans.answer, ans.answer


@needs_corpus
def test_neighbours_real_limericks_standing_order_53_resolved_in_the_next_chunk(tmp_path: Path) -> None:
    api.ingest([corpus("limerick")], index=tmp_path / "index")
    ans = api.ask("How did Limerick City and County Council change Standing Order 53 in March 2024, and what further "
                  "change to it came when the council made new Standing Orders in November 2024?",
                  index=tmp_path / "index")
    assert not ans.abstained and "all Members of the District must sign" in ans.answer, ans.answer
    assert "8 Questions" in ans.answer, ans.answer


def test_window_synthetic_a_clause_cut_from_its_sentence_is_read_with_it() -> None:
    # speech written down: a subordinate clause stopped short of the clause it leans on ("While ... since 2010.")
    text = ("Staff prepare estimates of the population by ward and bring them to the planning board before any review "
            "of ward boundaries. While there have been some changes in population since 2010. Those are "
            "insufficient to warrant it. The next review follows the 2020 census.")
    ans = answer_extractive("What did staff tell the planning board about the population estimates for a review of "
                            "ward boundaries?", [_hit(text)], _stats())
    assert not ans.abstained and "insufficient to warrant it" in ans.answer, ans.answer

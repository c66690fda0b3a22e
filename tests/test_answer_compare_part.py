"""A part asking how a figure compares with another time ("..., and how did that compare with a year earlier?") is
answered already by a quote that states the change ("4,798 pupils ..., 26% up on the same point last year"): no other
paper's comparison of something else ("casualties ... up by 35 overall compared to the previous year") is added."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from minutes_rag.answer.parts import cover_parts, part_type
from minutes_rag.answer.scoring import score_sentences
from minutes_rag.text import question_parts
from minutes_rag.types import Hit

from .conftest import corpus, needs_corpus
from .test_answer_parts import _stats

ANSWERS = "kent-county-council/full_council/2025-03-13/Questions put and answers given - March 2025.pdf"
QPR = "kent-county-council/cabinet/2025-03-04/QPR Q3 Cabinet appendix 1.pdf"
QUESTION = ("How many children in Kent were being monitored as electively home educated as of March 2025, and how did "
            "that compare with a year earlier?")


def _hit(text: str, n: int, source: str, page: int, date: str) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"d{n}:00000", doc_id=f"d{n}", source=source, pages=[page],
               authority="Kent County Council", committee="County Council", meeting_date=date, item_number=None,
               item_title=None, kind="questions", text=text)


@pytest.mark.parametrize(("text", "states"), [
    ("KCC currently monitors 4,798 pupils, 26% up on the same point last year.", True),
    ("There have been 17 planning applications (32 2016/17).", True),
    ("Spending was £2m lower than budgeted.", True),
    ("The council monitors home educated pupils.", False),
])
def test_compare_synthetic_a_change_stated(text: str, states: bool) -> None:
    compares = part_type("how did that compare with a year earlier")
    assert compares is not None and compares(text) is states


@needs_corpus
def test_compare_real_the_written_answer_states_the_change() -> None:
    hits = [_hit(PdfReader(corpus(ANSWERS)).pages[0].extract_text(), 1, ANSWERS, 1, "2025-03-13"),
            _hit(PdfReader(corpus(QPR)).pages[23].extract_text(), 2, QPR, 24, "2025-03-04")]
    stats = _stats()
    ranked, weights = score_sentences(QUESTION, hits, stats)
    chosen = [next(c for c in ranked if "4,798" in c.text)]
    out = cover_parts(QUESTION, question_parts(QUESTION), ranked, weights, chosen, stats.embed, 6, hits)
    assert all(hits[c.hit].source == ANSWERS for c in out), [(hits[c.hit].source, c.text[:80]) for c in out]

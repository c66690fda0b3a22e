"""A question after an explanation ("what explanation did the operator give for scrapping the route?") asks why:
"explanation" is the kind of answer asked, not a word the evidence must hold, and a sentence giving a reason answers
it. On synthetic evidence and on real public questions with the Mayor's answers."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import WHY_Q
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats


def test_explanation_synthetic_is_a_question_after_a_reason() -> None:
    assert WHY_Q.search("What explanation did the operator give?")
    assert WHY_Q.search("What justification was offered for the closure?")
    assert not WHY_Q.search("What did the explanatory note say about fees?")


def test_explanation_synthetic_the_reason_given_answers() -> None:
    hits = [_hit("Question 4 from a resident of Northgate about the town's buses.", 1),
            _hit("Answer. Officers asked the operator about the change. The withdrawal of the 9 was instigated by the "
                 "operator to reduce duplication with the 12, which still serves Northgate.", 2)]
    # (in an index where "explanation" and "scrapping" are rare words, as they are in minutes)
    rare = Stats(n_chunks=100, doc_freq=lambda w: 1 if w.startswith(("explan", "scrap")) else 5, embed=_stats().embed)
    ans = answer_extractive("What explanation did the operator give for scrapping the 9 bus route through Northgate?",
                            hits, rare)
    assert not ans.abstained and "to reduce duplication" in ans.answer, ans.answer


@needs_corpus
def test_explanation_real_why_the_73_bus_was_withdrawn(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["west-of-england-ca/src-weca-0025_joint-meeting-2026-06-05-public-questions-mayor-"
                               "responses.pdf"], "What explanation did First Bus give for the removal of the 73?")
    assert not ans.abstained and "south of Keynsham" in ans.answer, ans.answer

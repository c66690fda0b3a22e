"""A part that asks how long something lasts or has lasted ("and how long has that policy been in place?") is
answered by a span of time or the date it runs from ("adopted more than 10 years ago, in December 2014"), not by
another sentence about the same subject ("The policy explicitly states that we oppose a second runway")."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.parts import DURATION_S, HOW_LONG_Q, part_type

from .conftest import needs_corpus
from .test_answer_parts import _hit, _stats


def test_how_long_synthetic_what_a_span_of_time_is() -> None:
    assert HOW_LONG_Q.search("and how long has that policy been in place?")
    assert HOW_LONG_Q.search("and how old is the policy it relies on?")  # (its age: the date it runs from)
    for span in ("14 days", "more than 10 years ago", "a two-year term", "six months", "30 working days"):
        assert DURATION_S.search(span), span
    assert not DURATION_S.search("The policy explicitly states that we oppose a second runway.")


def test_how_long_synthetic_the_date_a_span_runs_from_answers_it() -> None:
    fits = part_type("and how long has that policy been in place?")
    assert fits is not None
    assert fits("The policy was adopted by the council in December 2014.")  # (the date it runs from)
    assert fits("Footage is kept for 14 days.")
    assert not fits("The policy explicitly states that we oppose a second runway.")


def test_how_long_synthetic_the_part_is_answered_by_the_span() -> None:
    stance = ("While at the time of adopting this policy it responded to the proposals for a second runway, we consider "
              "the current proposals to use the northern runway routinely as a second runway by another means. "
              "Therefore, we continue to strongly oppose the proposals to bring the northern runway into routine use. "
              "The policy explicitly states that we oppose a second runway at Northport Airport.")
    answer = ("Answer: Our position remains in line with the longstanding policy, adopted more than 10 years ago, in "
              "December 2014.")
    ans = answer_extractive("What is the council's stance on Northport Airport using its northern runway routinely, "
                            "and how long has that policy been in place?",
                            [_hit(stance, 1, "2025-03-13"), _hit(answer, 2, "2025-03-13", doc="q")], _stats())
    assert not ans.abstained and "December 2014" in ans.answer, ans.answer
    ans = answer_extractive("What is the council's stance on Northport Airport using its northern runway routinely, "
                            "and how old is the policy it relies on?",
                            [_hit(stance, 1, "2025-03-13"), _hit(answer, 2, "2025-03-13", doc="q")], _stats())
    assert not ans.abstained and "December 2014" in ans.answer, ans.answer


@needs_corpus
def test_how_long_real_kents_gatwick_policy(session_index: tuple[Path, object]) -> None:
    # (the corpus passage: the runway stance and the date the policy runs from, "adopted ... in December 2014")
    index, _ = session_index
    ans = api.ask("What is Kent County Council's stance on Gatwick using its northern runway routinely, and how long "
                  "has that policy been in place?", index=index, authority="Kent County Council")
    assert not ans.abstained and "oppose" in ans.answer, ans.answer
    assert "December 2014" in ans.answer, ans.answer

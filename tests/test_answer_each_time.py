"""A question may set out the times it asks about in a statement before it and then ask of "each time" ("Councillors
approved a study tour in September 2024 and revisited it in November. How many were approved to go each time?"):
both meetings answer, not only the meeting of the best evidence."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.spanning import answers_across
from minutes_rag.text import question_parts

from .conftest import needs_corpus
from .test_answer_parts import _ask_real

QUESTION = ("Limerick councillors approved a cycling study tour to Copenhagen in September 2024 and revisited it in "
            "November. How many councillors were approved to go each time?")


def test_each_time_synthetic() -> None:
    q = "The board set the harbour dues in March and revisited them in July. What were they on each occasion?"
    assert answers_across(q, question_parts(q))
    # (a statement before the question names a time the question does not ask of each: one meeting answers)
    q = "The harbour dues were due for review in March and July. What did the board set them at in March?"
    assert not answers_across(q, question_parts(q))


@needs_corpus
def test_each_time_real_limerick_study_tour(tmp_path: Path) -> None:
    # 23 September 2024: "attendance by six Councillors at a Cycling Study Tour in Copenhagen"; the special meeting of
    # 1 November 2024: "attendance by seven Councillors", after "an extra invite was received"
    folder = "limerick/2024/11/25-Full Meeting of Limerick City and County Council/"
    ans = _ask_real(tmp_path, [folder + "Minutes - Ordinary Meeting of Limerick City and County Council - 23rd "
                               "September 2024.md",
                               folder + "Minutes - Special Meeting of Limerick City and County Council - 1st November "
                               "2024.md"], QUESTION)
    assert not ans.abstained and "attendance by six" in ans.answer and "attendance by seven" in ans.answer, ans.answer


# ---- things set out one to a time ("one in December 2023 and one in August 2024") ----------------------------------


def test_one_to_a_time_synthetic() -> None:
    q = "The board heard two appeals, one in March 2024 and one in July 2024. Who brought them?"
    assert answers_across(q, question_parts(q))
    q = "The board heard two appeals, one on 3 March 2024 and another on 9 July 2024. Who brought them?"
    assert answers_across(q, question_parts(q))
    for q in ("The board heard two appeals, one in March 2024 and the second in July 2024. Who brought them?",
              "The board heard two appeals, one held in March 2024, one held in July 2024. Who brought them?",
              "The board heard two appeals, one in March 2024 and then one in July 2024. Who brought them?"):
        assert answers_across(q, question_parts(q)), q
    # (one thing in one month, with "one" in another sense: one meeting answers)
    q = "The board heard one appeal in March 2024. Who brought it, and what was decided?"
    assert not answers_across(q, question_parts(q))
    q = "One in five residents answered the survey. What did the council decide about it in May 2024?"
    assert not answers_across(q, question_parts(q))


@needs_corpus
def test_one_to_a_time_real_limerick_votes_of_sympathy(tmp_path: Path) -> None:
    # 29 December 2023: a special meeting "to pass a vote of sympathy on the death of Patrick (Paddy) Madden"; 26 August
    # 2024: "a Vote of Sympathy was extended to the family of the late Denis McCarthy"
    ans = _ask_real(tmp_path, [
        "limerick/2024/01/22-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick "
        "City and County Council - 29th December 2023.md",
        "limerick/2024/09/23-Full Meeting of Limerick City and County Council/Minutes - Meeting of Limerick City and "
        "County Council - 26th August 2024.md"],
        "Limerick City and County Council held votes of sympathy for two former office-holders, one in December 2023 "
        "and one in August 2024. Who were they?")
    assert not ans.abstained and "MADDEN" in ans.answer.upper() and "Denis McCarthy" in ans.answer, ans.answer

"""A part of a question that asks who attended a meeting of a month it names ("..., and who was attending beside
the treasurer by January 2021?") gets that month's minutes' list of those there ("In attendance: ..."), when no
quote from them gives it; a question about who attends a conference does not. Synthetic (checked to fail without
it) and real (Nipissing's minutes of two months, where the list was found before too; ext4's North Star minutes,
outside the corpus, are the real case the rule was written for)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

QUESTION = ("Who did the Town of Northstar approve as deputy treasurer in March 2020, and who was attending alongside "
            "Ray Barnes as a treasurer by January 2021?")


def test_attendance_synthetic_a_part_asking_who_attended_gets_the_list() -> None:
    march = _hit("Motion by Gary Mantay, second by Dick Dillon to approve Jennifer Maciewski as deputy treasurer for "
                 "the township.", 1, "2020-03-16", authority="Town of Northstar")
    opening = _hit("Janet Keough called the meeting to order. In attendance: Supervisors Janet Keough, Dick Dillon and "
                   "Gary Mantay, Treasurers Ray Barnes, Towanna Rovenko, Town Clerks Linda Britton and Carrie Landman, "
                   "Weed Inspector Deb Pomroy and Fire Chief Rory Blazevic", 3, "2021-01-19", doc="d2",
                   authority="Town of Northstar")
    comments = _hit("COMMENTS FROM CLERK OR TREASURER Ray Barnes noted that training with Towanna is pending. Janet "
                    "Keough confirms that Towanna will have a Township laptop and printer by 2/1/2021.", 2,
                    "2021-01-19", doc="d2", authority="Town of Northstar")
    ans = answer_extractive(QUESTION, [march, comments, opening], _stats())
    assert "Maciewski" in ans.answer and "Rovenko" in ans.answer, ans.answer


@needs_corpus
def test_attendance_real_the_months_minutes_list_those_present(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-November-18-2025.pdf",
                               "nipissing-township/minutes/Minutes-October-28-2025.pdf"],
                    "Which conference did the Township of Nipissing authorize staff and councillors to attend in "
                    "November 2025, and who was present at the council meeting in November 2025?")
    assert not ans.abstained and "Good Roads" in ans.answer and "Present" in ans.answer, ans.answer

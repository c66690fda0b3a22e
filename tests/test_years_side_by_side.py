"""A question that sets years side by side as the times of what it asks ("On what dates did the Govan Music Festival
start in 2024 and in 2025?") is answered from each year's meeting, as one naming two months already was: the
answerer no longer keeps only the meeting of its best evidence, which quoted 2025's dates alone. Not for the period
one thing is for ("its audit plan for 2025 and 2026"), a financial year ("2024-25 and 2025-26") or a year in doubt
("in 2023 or 2024"). And "on what dates" asks when, as "on what date" did. Synthetic: made-up minutes; real: Govan
Community Council's minutes of 4 March 2024 and 3 March 2025, from outside ``../shared/corpus``, held here as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.spanning import answers_across
from minutes_rag.text import question_parts

from .conftest import ask_texts
from .govan_minutes import JUNE_2024, MARCH_2024, MARCH_2025, OCTOBER_2024


@pytest.mark.parametrize(("question", "across"), [
    ("On what dates did the Govan Music Festival start in 2024 and in 2025?", True),
    ("Trace what the board did about its members' pay in 2017, 2024 and 2025.", True),
    ("How many applications were there in 2023 compared with 2024?", True),
    ("What did the 2024 budget allocate, as approved in March 2025?", False),
    ("What carbon target did the council adopt in 2021 to reach net zero by 2030?", False),
    ("What did the council decide in 2023 about the building erected in 1965?", False),
    ("Which firm brought the committee its audit plan for 2025 and 2026 in February 2025?", False),
    ("What was spent in 2024-25 and 2025-26?", False),
    ("What did the fence cost in 2023 or 2024?", False),
    ("Who won the award in 2019?", False),
])
def test_years_side_by_side_ask_across_meetings(question: str, across: bool) -> None:
    assert answers_across(question, question_parts(question)) is across


def _minutes(day: int, month: str, year: int, festival: str) -> str:
    items = "\n\n".join(f"{n}. ITEM {n}\n\nMembers discussed {topic} and agreed to return to it at the next meeting."
                        for n, topic in enumerate(["street lighting", "bus shelters", "litter picking"], 3))
    return (f"RIVERSIDE COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY {day} {month} {year}\n\nHeld in the Village Hall at "
            f"7 p.m. Present: A. Brown (Chair), C. Dunn, E. Fox.\n\n1. APOLOGIES\n\nNone.\n\n2. SPEAKERS\n\n{festival}"
            f"\n\n{items}\n")


SYNTH = {
    "riverside-community-council/minutes/2024-03-04 minutes.md": _minutes(
        4, "MARCH", 2024, "Sam Kerr spoke on the second Riverside Arts Festival, which would start on Wednesday 13 March "
                          "and run to Friday 15 March. The Festival would open with the school choirs in the Town Hall at 1 p.m. on the Wednesday "
                          "and the Riverside Arts Festival would close with a ceilidh."),
    "riverside-community-council/minutes/2025-03-03 minutes.md": _minutes(
        3, "MARCH", 2025, "Sam Kerr introduced the 2025 Riverside Arts Festival lasting from Wednesday 26 March to "
                          "Saturday 29 March. The Riverside Arts Festival will finish with a world music night in the "
                          "parish church at 7.30 pm, and the Riverside Arts Festival programme gives further details "
                          "and prices."),
}


def test_years_side_by_side_synthetic_each_years_dates(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, SYNTH, "On what dates did the Riverside Arts Festival start in 2024 and in 2025?")
    assert not ans.abstained
    assert "13 March" in ans.answer and "26 March" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2024-03-04", "2025-03-03"}


def test_years_side_by_side_real_govan_festival(tmp_path: Path) -> None:
    docs = {f"govan-community-council/minutes/{name}.md": text for name, text in [
        ("2024-03-04 general meeting minutes", MARCH_2024), ("2024-06-03 general meeting minutes", JUNE_2024),
        ("2024-10-07 annual general meeting minutes", OCTOBER_2024), ("2025-03-03 general meeting minutes", MARCH_2025)]}
    ans = ask_texts(tmp_path, docs, "On what dates did the Govan Music Festival start in 2024 and in 2025?")
    assert not ans.abstained
    assert "13 March" in ans.answer and "26 March" in ans.answer, ans.answer
    assert {"2024-03-04", "2025-03-03"} <= {c.meeting_date for c in ans.citations}


@pytest.mark.parametrize("question", [
    "On what dates did the Govan Music Festival start in 2024 and in 2025?",
    "Which dates were set for the hearings?",
    "On what date was the budget meeting held?",
])
def test_what_dates_asks_when(question: str) -> None:
    from minutes_rag.answer.cues import asked_cue
    from minutes_rag.answer.when import ASKS_WHEN

    cue = asked_cue(question)
    assert cue is not None and cue("from Wednesday 26 March to Saturday 29 March") and not cue("The Festival was a success.")
    assert ASKS_WHEN.search(question)


def test_which_dates_from_asks_no_date() -> None:
    from minutes_rag.answer.cues import asked_cue

    assert asked_cue("What repairs were approved for the barn, which dates from 1790?") is None

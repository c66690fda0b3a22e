"""A clause that asks with "whose" ("..., and on whose seconding?", "Whose quote was accepted?") asks for a person or a
body, as "who" does: before, "on whose seconding" read as a clause that only sets the question's scope ("on 3 March"),
so nothing answered it and its one word counted half, and "whose" made no question after a name. Not "whose" after
the noun it describes ("for people whose vehicles are affected"). Synthetic: made-up minutes; real: Tintern Community
Council's minutes of January and February 2018, from outside ``../shared/corpus``, held here as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.cues import WHO_Q
from minutes_rag.text import is_scope_clause, question_parts

from .conftest import ask_texts
from .tintern_minutes import FEBRUARY_2018, JANUARY_2018


@pytest.mark.parametrize(("question", "asks_who"), [
    ("Did the council agree to help pay for the floor, and on whose seconding?", True),
    ("Whose quotation for the marquee did the community council approve?", True),
    ("Whose resignation left a vacant seat on the council in April 2024?", True),
    ("Which firm was hired, and whose quote was it?", True),
    ("What did the committee decide for people whose vehicles are affected by the bus gate?", False),
    ("Name the firm whose audit plan the committee received in 2024.", False),
    ("What did Cllr Smith, whose ward includes the site, say about it?", False),
    ("What did the councillor in whose ward the site lies ask for?", False),
    ("What did the council decide about the hall floor?", False),
])
def test_whose_asks_who(question: str, asks_who: bool) -> None:
    assert bool(WHO_Q.search(question)) is asks_who


@pytest.mark.parametrize(("part", "scope"), [
    ("on whose seconding", False),
    ("On whose proposal", False),
    ("On 3 March 2025", True),
    ("According to the 2013 minutes", True),
    ("For residents whose bins were missed", True),
    ("At the meeting whose minutes were approved", True),
])
def test_whose_clause_is_no_scope(part: str, scope: bool) -> None:
    assert is_scope_clause(part) is scope


def test_whose_part_is_its_own_part() -> None:
    parts = question_parts("Did Tintern Community Council agree to help pay for sanding and re-varnishing the village "
                           "hall floor in February 2018, and on whose seconding?")
    assert len(parts) == 2 and not is_scope_clause(parts[1]) and WHO_Q.search(parts[1])


def _minutes(day: int, month: str, items: str) -> str:
    return (f"BROOKFIELD COMMUNITY COUNCIL\nMinutes of a meeting of the above Council held on Monday {day} {month} 2019 "
            "at 7pm in Brookfield Village Hall.\nPresent: Chairman Cllr Mrs Price, Cllrs Okafor, Lund, Barros, Mensah & "
            f"the Clerk.\n{items}\n")


SYNTH = {
    "brookfield-community-council/minutes/2019-02-25 minutes.md": _minutes(25, "February", (
        "301. Public Forum: No members of the public present.\n302. Financial Report: Current account £8,410.22.\n"
        "303. Village Hall: The hall committee reported the pavilion roof had been repaired and the hall floor was in "
        "need of attention. A report will follow next month.\n")),
    "brookfield-community-council/minutes/2019-03-25 minutes.md": _minutes(25, "March", (
        "311. Public Forum: Ms Hale of the Village Hall Committee gave an update on the hall. They wish to refurbish "
        "the floor and have received two quotes of about £3,200 to sand and re-varnish the floor of the village hall. "
        "The Hall are putting £1,000 towards it and asked whether the Council could help pay for the work.\n"
        "312. Financial Report: Current account £8,102.90. Amount spent on revenue £4,210.\n"
        "313. Accounts for payment: Clerk's Salary & Expenses - £372.70; Website Hosting Fee - £59.99. Payment of the "
        "accounts proposed by Cllr Barros, seconded by Cllr Mensah. All approved.\n"
        "314. Village Hall Floor: Following the request under Public Forum for a contribution towards the flooring, "
        "Councillors discussed the possibility. Cllr Okafor proposed the Council give £800 and Cllr Lund seconded "
        "this. All Councillors were in agreement.\n315. Date of next meeting: 29th April 2019.\n")),
}


def test_whose_seconding_synthetic(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, SYNTH, "Did Brookfield Community Council agree to help pay for sanding and re-varnishing "
                                     "the village hall floor in March 2019, and on whose seconding?")
    assert not ans.abstained
    assert "Lund seconded" in ans.answer and "£800" in ans.answer, ans.answer


def test_whose_seconding_real_tintern(tmp_path: Path) -> None:
    docs = {"tintern-community-council/minutes/2018-01-29 TCC minutes.md": JANUARY_2018,
            "tintern-community-council/minutes/2018-02-26 TCC minutes.md": FEBRUARY_2018}
    ans = ask_texts(tmp_path, docs, "Did Tintern Community Council agree to help pay for sanding and re-varnishing the "
                                    "village hall floor in February 2018, and on whose seconding?")
    assert not ans.abstained
    assert "Hayward seconded" in ans.answer and "£1,000" in ans.answer, ans.answer
    assert any(c.meeting_date == "2018-02-26" and "Hayward" in c.quote for c in ans.citations)

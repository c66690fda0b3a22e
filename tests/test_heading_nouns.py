"""A heading's noun after a title ("Councillor Vacancy", "Cllr Surgery", "Councillor Allowance") is no person:
before, "Councillor Vacancy Llandogo Ward: ..." named a councillor "Llandogo", who then counted as a person a quote
names (for who is new to an answer, and who holds a role). Synthetic: made-up lines; real: Wye Valley Community
Council's minutes of 23 May and 27 June 2022, from outside ``../shared/corpus``, held here as text."""

from __future__ import annotations

import pytest

from minutes_rag.answer.cues import PERSON_S
from minutes_rag.answer.holders import titled_people

from .wye_valley_minutes import JUNE_2022, MAY_2022


@pytest.mark.parametrize(("text", "people"), [
    ("Councillor Vacancy Hillside Ward: As one vacancy still exists the Council can now co-opt.", set()),
    ("Cllr Surgery: held on the first Saturday of the month.", set()),
    ("Councillor Allowance Opt-Out Form: This is a mandatory payment.", set()),
    ("Councillor Training will be held in the Village Hall.", set()),
    ("One application received from Mrs Jane Okafor.", {"Okafor"}),
    ("Councillor Dan McSweeney was elected.", {"McSweeney"}),
])
def test_heading_nouns_after_a_title_name_no_one(text: str, people: set[str]) -> None:
    assert titled_people(text) == people
    assert bool(PERSON_S.search(text)) is bool(people)


def test_heading_nouns_real_wye_valley_minutes() -> None:
    may, june = titled_people(MAY_2022), titled_people(JUNE_2022)
    assert "Llandogo" not in may and "Vacancy" not in may  # ("Councillor Vacancy Llandogo Ward:")
    assert {"Shewell", "Evans", "Parker", "Snell", "Webb"} <= may  # (the councillors present)
    assert "Mawdsley" in june  # ("One application received from Mr Ian Mawdsley.")

"""Rules that stand, not events: "how many councillors sit on the council" counts councillors (not "sit"), and "when
are its elections held" is answered by a day that comes round again ("the first Thursday in May"), so neither part
pulls in a weaker sentence from elsewhere in the document."""
from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.counts import counted_things
from minutes_rag.answer.parts import part_type

from .conftest import ask_corpus, needs_corpus


@pytest.mark.parametrize(("question", "things"), [
    ("How many councillors sit on the council under its constitution?", {"councillor"}),
    ("How many members serve on the panel?", {"member"}),
    ("How many residents live in the ward?", {"resid"}),
    ("How many postal votes were counted?", {"vote"}),
    ("How many people spoke at the meeting?", {"peopl"}),
    ("How many bike stands were installed?", {"stand"}),  # (a plural noun, not "stand"'s verb)
    ("How many council tax holds were placed?", {"hold"}),
])
def test_how_many_counts_the_noun_before_its_verb(question: str, things: set[str]) -> None:
    assert counted_things(question) == things


@pytest.mark.parametrize("text", [
    "The regular election of councillors is held on the first Thursday in May every four years.",
    "The committee meets on the second Tuesday of each month.",
    "Meetings take place on the last Friday of the month.",
    "The board meets on the 1st and 3rd Tuesdays of each month.",
    "Council meets on the 2nd Monday of the month.",
])
def test_a_day_that_comes_round_again_answers_when(text: str) -> None:
    when = part_type("when are the regular elections held")
    assert when is not None and when(text)


def test_a_weekday_alone_answers_no_when() -> None:
    when = part_type("when are the regular elections held")
    assert when is not None and not when("The first item on Thursday was the budget.")


@needs_corpus
def test_standing_rules_are_quoted_from_one_place(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["bristol-city-council/src-bcc-0032_part-2-articles-of-the-constitution-june-2024.pdf"],
                     "How many councillors sit on Bristol City Council under its constitution, and when are the "
                     "regular council elections held?")
    assert not ans.abstained
    assert "70" in ans.answer and "first Thursday in May" in ans.answer
    assert [c.pages for c in ans.citations] == [[2]], [(c.pages, c.quote[:60]) for c in ans.citations]

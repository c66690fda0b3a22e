"""A vote's roll printed as fields on one line ("RESULT: FAILED [4-2-1-1] MOTION BY: Allen Fisk SECOND: Mendez AYES:
... ABSENT: Hernandez") ends its sentence at the line's end. Its last field ends in a name with no full stop, and the
line is long, so it was joined to the next line as a printed wrap: the next motion ("Commissioner Allen Fisk made a
motion ... to continue this item to the next Planning Commission Meeting.") became the tail of the roll, and asked
what became of the motion the roll records, the answer never quoted what was done instead. Synthetic: made-up
minutes; real: East Palo Alto's Planning Commission minutes of 27 January 2020 from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.text import sentences

from .conftest import needs_corpus
from .test_answer_parts import _hit, _stats

ROLL = ("Commissioner Ng made a motion, seconded by Commissioner Ortiz, to postpone the hearing to June, and the "
        "motion failed as reflected:\nRESULT: FAILED [3-2-1-0] MOTION BY: Ng SECOND: Ortiz AYES: Ng, Ortiz NAYS: Park, "
        "Quinn, Reyes ABSTAIN: Santos\nCommissioner Quinn made a motion, seconded by Commissioner Reyes to continue "
        "this item to the next regular meeting. Motion approved.")


@pytest.mark.parametrize(("label", "split"), [
    ("ABSENT: Hernandez", True),
    ("ABSTAIN: Santos", True),
    ("NAYS: Park, Quinn, Reyes", True),
    ("the members who were absent: Hernandez and", False),  # (an open end carries on)
])
def test_roll_field_ends_its_line(label: str, split: bool) -> None:
    text = f"RESULT: CARRIED MOTION BY: Ng SECOND: Ortiz AYES: Ng, Ortiz {label}\nCommissioner Quinn left the meeting."
    assert (len(sentences(text)) == 2) is split, sentences(text)


@pytest.mark.parametrize("text", [
    "AYES: Sherrard, Allen Fisk, Bello,\nMendez NAYS: Brown",  # (a name list wrapped after a comma)
    # (or not: the next line goes on with the roll)
    "RESULT: ADOPTED AYES: Councillors Wilson, Abernathy, Castellanos, Thompson\nNguyen and Mayor Park NOES: None",
    # (a roll ended by a full stop earlier in the block: the wrap after "Ms" is a wrap)
    "AYES: Bello, Lee. ABSENT: Hernandez. The Council then discussed the\nproposed budget amendments presented by "
    "the Finance Director Ms\nGarcia who explained the changes.",
])
def test_roll_line_end_keeps_wraps(text: str) -> None:
    assert len([s for _, s in sentences(text) if "ABSENT: Hernandez." not in s or s.startswith("AYES")]) == (
        2 if "The Council" in text else 1), sentences(text)


def test_roll_line_end_splits_the_next_motion() -> None:
    said = [s for _, s in sentences(ROLL)]
    assert said[-2] == ("Commissioner Quinn made a motion, seconded by Commissioner Reyes to continue this item to the "
                        "next regular meeting."), said
    assert said[-3].endswith("ABSTAIN: Santos"), said


def test_roll_line_end_synthetic_answer() -> None:
    # (a PDF's chunk keeps its printed lines; a text file's paragraphs are joined when chunked)
    hits = [_hit("4. Hearing on the Bay Street Rezoning\n" + ROLL, 1, date="2020-02-10", doc="m"),
            _hit("5. ADJOURNMENT\nThe meeting was adjourned at 8:10 p.m.", 2, date="2020-02-10", doc="m")]
    ans = answer_extractive("What became of the motion to postpone the Bay Street rezoning hearing to June at the "
                            "planning commission in February 2020?", hits, _stats())
    assert not ans.abstained, ans.answer
    assert "FAILED" in ans.answer and "continue this item to the next regular meeting" in ans.answer, ans.answer


@needs_corpus
def test_roll_line_end_real_east_palo_alto_officers_election(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("At the East Palo Alto Planning Commission on 27 January 2020, what became of the motion to postpone "
                  "electing a Chair and Vice Chair until July 2020?", index=index)
    assert not ans.abstained, ans.answer
    assert "FAILED [4-2-1-1]" in ans.answer, ans.answer
    assert "continue this item to the next Planning Commission Meeting" in ans.answer, ans.answer

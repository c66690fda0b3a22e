"""One place name that two indexed bodies share ("Dublin's school board", with the City of Dublin and the Dublin
Unified School District indexed) names one body: the one whose other words the question says as well ("school").
Both were taken as asked, so a question about the school district ended "No evidence found in the indexed minutes of
City of Dublin." Bodies named apart ("Kent and Bristol councils") are each asked. Synthetic: made-up bodies; real:
the two Dublin bodies' names as their own sites give them, with a question on the school board's minutes of
24 September 2024 (outside ``../shared/corpus``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.across import asked_authorities
from minutes_rag.answer.scoring import Stats

from .conftest import ask_texts
from .test_answer_parts import _hit


def _asked(question: str, known: tuple[str, ...]) -> list[str]:
    hits = [_hit("The board met.", i + 1, authority=a) for i, a in enumerate(known)]
    return asked_authorities(question, hits, Stats(n_chunks=100, doc_freq=lambda w: 5, authorities=known))


DUBLIN = ("City of Dublin", "Dublin Unified School District")


@pytest.mark.parametrize(("question", "asked"), [
    ("Did Dublin's school board adopt the resolution backing the Proposition 2 school facilities bond at its "
     "September 24, 2024 meeting?", ["Dublin Unified School District"]),
    ("What did the City of Dublin decide about the library, and what did the Dublin Unified School District decide "
     "about the bond?", ["City of Dublin", "Dublin Unified School District"]),
    # (a word of the city's name besides the place's: the city is asked, though the question names the district's
    # words as its subject)
    ("What did Dublin's city council say about the school district's bond measure?",
     ["City of Dublin", "Dublin Unified School District"]),
])
def test_shared_place_name_real_dublin_bodies(question: str, asked: list[str]) -> None:
    assert _asked(question, DUBLIN) == asked


@pytest.mark.parametrize(("question", "asked"), [
    ("What did Harbury's school board decide about the new gym?", ["Harbury Unified School District"]),
    ("What did Harbury's city council decide about the new gym?", ["City of Harbury"]),
    ("Compare Kent and Bristol councils on parking.", ["Kent County Council", "Bristol City Council"]),
    ("What did Kent County Council and Bristol decide on parking?", ["Kent County Council", "Bristol City Council"]),
])
def test_shared_place_name_synthetic(question: str, asked: list[str]) -> None:
    known = ("City of Harbury", "Harbury Unified School District", "Kent County Council", "Bristol City Council")
    assert _asked(question, known) == asked


def test_shared_place_name_synthetic_answer(tmp_path: Path) -> None:
    docs = {"harbury-unified-school-district/minutes/2024-09-24 board minutes.md": (
                "Harbury Unified School District\nMinutes of the Regular Meeting of the Board of Trustees, "
                "September 24, 2024\n\nG.1 New Gymnasium\nThe board approved the design of the new gymnasium at "
                "Harbury High School, 5-0.\n"),
            "city-of-harbury/minutes/2024-09-17 council minutes.md": (
                "City of Harbury\nMinutes of the City Council meeting, September 17, 2024\n\n4. Street Lighting\n"
                "The council approved new street lighting on Main Street.\n")}
    ans = ask_texts(tmp_path, docs, "What did Harbury's school board decide about the new gymnasium in September 2024?")
    assert not ans.abstained, ans.answer
    assert "gymnasium" in ans.answer and "No evidence found" not in ans.answer, ans.answer

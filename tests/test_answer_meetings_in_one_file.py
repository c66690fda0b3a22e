"""One document's parts dated as different meetings (a year's minutes in one JSON file, each meeting with its date)
are different meetings. ``same_meeting`` took any two hits of one document as one meeting, so asked what a council
decided in April 2022, the answer kept December's "Resolution 1325 establishing the Boulder Public Library District"
beside April's vote to form it. Papers named side by side by their numbers ("Ordinances 8466 and 8513") may each be
of another meeting, and are all answered. Synthetic: made-up hits; real: Boulder City Council's minutes data for 5 April and
1 December 2022, from outside ``../shared/corpus``, held as text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from minutes_rag.answer.extractive import PAPERS_BY_NUMBER, answer_extractive
from minutes_rag.answer.parts import same_meeting

from .boulder_minutes import APRIL_AND_DECEMBER_2022, JUNE_AND_NOVEMBER_2021
from .conftest import ask_texts
from .test_answer_parts import _hit, _stats


def test_same_meeting_by_date_within_a_document() -> None:
    april, december = _hit("a", 1, date="2022-04-05", doc="year"), _hit("b", 2, date="2022-12-01", doc="year")
    assert not same_meeting(april, december)
    assert same_meeting(april, replace(december, meeting_date="2022-04-05"))
    assert not same_meeting(april, replace(december, meeting_date=None))  # (nor an undated part: a year file's head)
    assert same_meeting(replace(april, meeting_date=None), replace(december, meeting_date=None))
    assert same_meeting(april, _hit("c", 3, date="2022-04-05", doc="notice"))  # (another document, same meeting)


def test_meetings_in_one_file_synthetic() -> None:
    hits = [_hit("Resolution 1411 establishing the Harbury Swimming Pool Trust, and appoint two members to its board.",
                 1, date="2022-12-01", doc="year"),
            _hit("Resolution to form the Harbury Swimming Pool Trust. Yeas (6): Adams, Baker, Cole, Dunn, Evans, Ford. "
                 "Nays (3): Gray, Hart, Irwin.", 2, date="2022-04-05", doc="year")]
    ans = answer_extractive("What did the council decide about forming a swimming pool trust in April 2022, and which "
                            "members voted against?", hits, _stats())
    assert not ans.abstained, ans.answer
    assert "Gray, Hart, Irwin" in ans.answer and "Resolution 1411" not in ans.answer, ans.answer


def test_meetings_in_one_file_real_boulder_library_district(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"boulder-city-council/minutes.json": APRIL_AND_DECEMBER_2022},
                    "What did Boulder City Council decide about forming a library district in April 2022, and which "
                    "members voted against?")
    assert not ans.abstained, ans.answer
    assert "Wallach" in ans.answer and "Resolution 1325" not in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "side_by_side"), [
    ("Which Boulder properties were landmarked by Ordinances 8466 and 8513?", True),
    ("What did by-laws A.-8290-69 and A.-8291-70 change?", True),
    ("What did Resolutions 1305, and 1325 do?", True),
    ("What did Ordinance Nos. 8466 and 8513 designate?", True),
    ("Which properties did Ordinances 8466, 8513 and 8600 designate?", True),
    ("What did Ordinance 8466 designate?", False),
    ("What did Town Meeting vote on Articles 25 and 26 in 2023?", False),  # (a warrant's articles, each meeting's)
    ("How many ordinances were adopted in 2021 and 2022?", False),
])
def test_papers_by_number(question: str, side_by_side: bool) -> None:
    assert bool(PAPERS_BY_NUMBER.search(question)) is side_by_side


def test_papers_by_number_synthetic_two_meetings_of_one_file() -> None:
    hits = [_hit("Motion to ADOPT Ordinance 9120 designating the property at 12 Elm St. as an individual landmark.", 1,
                 date="2021-11-16", doc="year"),
            _hit("Motion to ADOPT Ordinance 9101 designating the Old Mill at 4 River Rd. as an individual landmark.", 2,
                 date="2021-06-15", doc="year")]
    ans = answer_extractive("Which properties were landmarked by Ordinances 9101 and 9120?", hits, _stats())
    assert not ans.abstained, ans.answer
    assert "12 Elm St." in ans.answer and "Old Mill" in ans.answer, ans.answer


def test_papers_by_number_real_boulder_landmarks(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"boulder-city-council/minutes.json": JUNE_AND_NOVEMBER_2021},
                    "Which Boulder properties were landmarked by Ordinances 8466 and 8513?")
    assert not ans.abstained, ans.answer
    assert "963 7th St" in ans.answer and "Nuzum" in ans.answer, ans.answer

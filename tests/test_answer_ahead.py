"""Asked what was arranged ahead of a time ("where was the September meeting to be held?", "at what guide price was
the land auctioned in July?"), the minutes of the meeting before it answer: they say what the next month holds ("our
September meeting will be held there", "by public auction on July 7th"), and are not set aside as evidence dated
before the time asked. Asked what happened then, a forward reference still says nothing of it."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.timing import AHEAD_Q, ahead_month, speaks_of

from .conftest import ask_texts
from .outside_records import GARELOCHHEAD_2021_06_15, GARELOCHHEAD_2021_08_17
from .test_answer_parts import _hit

SEPTEMBER = ("2025-09-01", "September 2025")


def test_ahead_month_synthetic() -> None:
    assert ahead_month(9, "2025-08-19") == "2025-09"
    assert ahead_month(1, "2025-11-18") == "2026-01"  # (a month already past is next year's)
    assert ahead_month(11, "2025-11-18") == "2025-11"


def test_speaks_of_ahead_synthetic() -> None:
    ahead = "Where was the trust's September 2025 meeting to be held?"
    said = "The library is now open again, so our September meeting will be held there."
    assert speaks_of(said, SEPTEMBER, ahead, "2025-08-19")
    assert not speaks_of(said, SEPTEMBER, ahead, "2024-08-20")  # (that September was another year's)
    assert not speaks_of(said, SEPTEMBER, ahead)  # (with no meeting date, a month without a year is of no year)
    assert not speaks_of("Our next meeting will be held in the library.", SEPTEMBER, ahead, "2025-08-19")
    # asked what happened then, a month looked ahead to says nothing of it
    assert not speaks_of(said, SEPTEMBER, "What did the trust decide at its September 2025 meeting?", "2025-08-19")
    assert speaks_of("The plot goes to auction on 7 September 2025.", SEPTEMBER,
                     "At what guide price was the plot sold at auction in September 2025?")
    # (a month just gone, a person's name, "May I", a month with its year: none is the month looked ahead to)
    assert not speaks_of("The minutes of the September meeting were approved.", SEPTEMBER, ahead, "2024-10-14")
    assert not speaks_of("Cllr May Jones will chair the next meeting.", ("2025-05-01", "May 2025"),
                         "Where was the May 2025 meeting to be held?", "2025-02-10")
    assert not speaks_of("May I remind members that the hall will be closed.", ("2025-05-01", "May 2025"),
                         "Where was the May 2025 meeting to be held?", "2025-02-10")
    assert not speaks_of("The survey to be repeated was done in September of 2024.", SEPTEMBER, ahead, "2025-08-19")
    # (asked who was elected to an office, or what was expected, is no question about an arrangement ahead)
    assert not AHEAD_Q.search("Who was elected to be chair in May 2024?")
    assert not AHEAD_Q.search("What were the expected costs in June 2024?")


def test_ahead_synthetic_answer() -> None:
    august = _hit("Members noted that the hall has reopened, so the September meeting will be held in the Pavilion.",
                  date="2025-08-19")
    ans = answer_extractive("Where was the trust's September 2025 meeting to be held?", [august])
    assert not ans.abstained and "Pavilion" in ans.answer, ans.answer
    ans = answer_extractive("What did the trust decide at its September 2025 meeting?", [august])
    assert ans.abstained, ans.answer


def test_ahead_real_garelochhead_meeting_place(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"garelochhead-cc/minutes/2021-08-17 GCC meeting minutes.md": GARELOCHHEAD_2021_08_17},
                    "Where was the community council's September 2021 meeting to be held, now that face-to-face "
                    "meetings were possible again?")
    assert not ans.abstained and "Church Hall" in ans.answer, ans.answer


def test_ahead_real_garelochhead_auction_price(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"garelochhead-cc/minutes/2021-06-15 GCC meeting minutes.md": GARELOCHHEAD_2021_06_15},
                    "At what guide price was the Defence Infrastructure Organisation auctioning the land north and "
                    "east of Garelochhead in July 2021?")
    assert not ans.abstained and "£70k" in ans.answer, ans.answer

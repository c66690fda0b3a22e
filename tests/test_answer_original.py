"""Asked what something was originally and what it became ("what was the original date, and what was it moved
to?"), the question spans meetings: the one that set the first date and the one that moved it are both quoted, not
only the meeting of the best evidence."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.spanning import spans_meetings

from .conftest import ask_texts
from .outside_records import GARELOCHHEAD_2021_05_25, GARELOCHHEAD_2021_08_17_P4


def test_original_spans_meetings_synthetic() -> None:
    assert spans_meetings("The harbour forum was rescheduled. What was the original date and what was it moved to?")
    assert spans_meetings("What was the originally agreed price?")
    assert not spans_meetings("What date was the harbour forum moved to?")
    # (the original motion, against its amendment, is one meeting's)
    assert not spans_meetings("Who seconded the original motion on the bypass, and how many voted for it?")


def test_original_synthetic_answer(tmp_path: Path) -> None:
    may = ("Minutes of the Northshire Harbour Users' Group meeting held on 25th May 2025\n\n4. Chair's report\n"
           "The Harbour Forum meeting is taking place on July 20th at 2.30pm in Rhu. Two members will attend.\n\n"
           "5. Moorings\nThe moorings list was reviewed and six new moorings were let.\n")
    august = ("Minutes of the Northshire Harbour Users' Group meeting held on 17th August 2025\n\n4. Chair's report\n"
              "The Harbour Forum meeting date has been changed to 7th September.\n\n"
              "5. Slipway\nThe slipway repairs are still awaited.\n")
    ans = ask_texts(tmp_path, {"harbour-users/2025-05-25 minutes.md": may, "harbour-users/2025-08-17 minutes.md": august},
                    "The Harbour Forum meeting in Rhu was rescheduled. What was the "
                    "original date and what was it moved to?")
    assert not ans.abstained and "7th September" in ans.answer and "July 20th" in ans.answer, ans.answer


def test_original_real_garelochhead_liaison_meeting(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"garelochhead-cc/minutes/2021-05-25 GCC meeting minutes.md": GARELOCHHEAD_2021_05_25,
                               "garelochhead-cc/minutes/2021-08-17 GCC meeting minutes.md": GARELOCHHEAD_2021_08_17_P4},
                    "The Clyde Local Liaison Committee meeting that the convenor and secretary planned to attend was "
                    "rescheduled. What was the original date and what was it moved to?")
    assert not ans.abstained and "July 20th" in ans.answer and "7th September" in ans.answer, ans.answer

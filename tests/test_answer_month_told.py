"""A report minuted a month late says which month its figures are for: "510 runs year to date ... for November
2025" in the December minutes, "428 runs ... for October" in the November minutes. Asked about November 2025, the
sentence that names November is of that month, wherever it was minuted; the one that names October is not, though
its meeting was held in November."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.timing import of_month

from .conftest import ask_texts
from .outside_records import LINCOLN_2025_11_10, LINCOLN_2025_12_08
from .test_answer_parts import _hit


def test_of_month_synthetic() -> None:
    assert of_month("The chief reported 45 rescues for November 2025, and 510 runs year to date.", "2025-11") is True
    assert of_month("There were 428 runs year to date, 32 rescues and 2 fires for October.", "2025-11") is False
    assert of_month("Figures for November 2024 were lower.", "2025-11") is False
    # (a month looked ahead or back to is not what a sentence's figures are for)
    assert of_month("Elections to the new authority will be held in May 2026.", "2025-11") is None
    assert of_month("The chief reported 510 runs year to date.", "2025-11") is None
    assert of_month("The public hearing was continued for December 9, 2025.", "2025-11") is None  # (a day ahead)
    # (a month without its year is of the meeting's year, or the year before for a later month)
    assert of_month("Call volumes for December rose to 510.", "2025-12", held="2026-01-12") is True
    assert of_month("Call volumes for December rose to 510.", "2026-12", held="2026-01-12") is False


def test_month_told_synthetic_answer() -> None:
    november = _hit("The harbour master reported 212 moorings let year to date, and 9 new ones for October.",
                    n=1, date="2025-11-12", doc="nov")
    december = _hit("The harbour master reported 230 moorings let year to date, 18 of them let for November 2025.",
                    n=2, date="2025-12-10", doc="dec")
    ans = answer_extractive("By the end of November 2025, how many moorings had the Northshire harbour let that year?",
                            [november, december])
    assert not ans.abstained and ans.answer.startswith("The harbour master reported 230"), ans.answer


def test_month_told_real_lincoln_township_fire_runs(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"lincoln-township/minutes/2025-11-10 board meeting minutes.md": LINCOLN_2025_11_10,
                               "lincoln-township/minutes/2025-12-08 board meeting minutes.md": LINCOLN_2025_12_08},
                    "How many runs had Lincoln Township's fire department made that year by the end of November 2025?")
    assert not ans.abstained and "510 runs" in ans.answer, ans.answer
    assert ans.answer.index("510 runs") < ans.answer.find("428 runs") or "428 runs" not in ans.answer, ans.answer

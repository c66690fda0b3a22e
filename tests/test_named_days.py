"""A question about two or more meetings it names by their days ("at its January 21 and July 15, 2025 meetings")
is answered from each of them: a day that no quote is from gets the best sentence of that day's meeting. A day
named without its year takes the question's one year, and a number that opens with a year ("Zoning By-Law
2020-20", "Policy No. 2025-02") is not a second year that leaves the day undated."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import asked_days

from .conftest import needs_corpus


def test_named_days_synthetic_a_serial_number_is_not_a_year() -> None:
    from minutes_rag.text import named_years

    assert named_years("amendments to Zoning By-Law 2020-20 at its January 21 and July 15, 2025 meetings") == {"2025"}
    assert named_years("the 2024-25 budget and Policy No. 2025-02") == {"2024"}  # (a financial year stays a year)
    assert asked_days("Which by-laws amending Zoning By-Law 2020-20 did the council pass at its January 21 and "
                      "July 15, 2025 meetings?") == ["2025-01-21", "2025-07-15"]


def test_named_days_synthetic_each_named_meeting_is_quoted(tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    for day, month, law, extra in (("21", "January", "2025-06", ""), ("15", "July", "2025-21", ""),
                                   ("11", "March", "2025-09", "The road grading contract was awarded. "),
                                   ("9", "September", "2025-30", "The fire hall roof was repaired. ")):
        number = {"January": "01", "July": "07", "March": "03", "September": "09"}[month]
        (folder / f"2025-{number}-{int(day):02d} council minutes.txt").write_text(
            f"Township of Millbrook\n\nMinutes of the regular meeting of Council held on {month} {day}, 2025\n\n"
            f"{extra}A public meeting was held on an application to amend Zoning By-Law 2020-20.\n\n"
            f"R2025-{law[-2:]} A. Avery, B. Byrne: That we pass By-Law Number {law}, being a By-Law to amend Zoning "
            f"By-Law 2020-20, as amended. Carried.\n", encoding="utf-8")
    api.ingest([folder], index=tmp_path / "index")
    ans = api.ask("Which by-laws amending Zoning By-Law 2020-20 did Millbrook council pass at its January 21 and "
                  "July 15, 2025 meetings?", index=tmp_path / "index")
    assert not ans.abstained and "2025-06" in ans.answer and "2025-21" in ans.answer, ans.answer


@needs_corpus
def test_named_days_real_two_zoning_amendments(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Which by-laws amending Zoning By-Law 2020-20 did Nipissing council pass at its January 21 and "
                  "July 15, 2025 meetings?", index=index)
    assert not ans.abstained, ans.answer
    # Minutes-January-21-2025-1.pdf p2 (R2025-019: By-Law 2025-06) and Minutes-July-15-2025.pdf p1 (By-Law 2025-21)
    assert "2025-06" in ans.answer and "2025-21" in ans.answer, ans.answer

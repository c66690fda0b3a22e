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


def test_named_days_synthetic_a_stray_quote_of_a_day_does_not_stand_for_its_best() -> None:
    # (a named day's only quote is a stray sentence of its meeting, chosen for a word it shares with the question;
    # the sentence of that meeting that answers, scoring far above it, is quoted too)
    from minutes_rag.answer.days import cover_days
    from minutes_rag.answer.scoring import Cand

    from .test_answer_parts import _hit

    hits = [_hit("R1 That the meeting be closed under Section 239(2)(i).", 1, date="2025-08-12"),
            _hit("R2 That the meeting be closed under Section 239(2)(b). Council to receive information.", 2,
                 date="2024-10-01")]
    lead = Cand(hit=0, offset=0, text=hits[0].text, stems=set(), score=0.91)
    stray = Cand(hit=1, offset=56, text="Council to receive information.", stems=set(), score=0.54)
    best = Cand(hit=1, offset=0, text="R2 That the meeting be closed under Section 239(2)(b).", stems=set(), score=0.89)
    question = ("Under which clause did the council close its meetings of October 1, 2024 and August 12, 2025 to the "
                "public?")
    out = cover_days(question, hits, [lead, best, stray], [lead, stray])
    assert best in out and best.for_part, out
    # (a day whose quote is its meeting's best, or near it, gets nothing more)
    near = Cand(hit=1, offset=0, text=best.text, stems=set(), score=0.62)
    assert cover_days(question, hits, [lead, near, stray], [lead, stray]) == [lead, stray]


@needs_corpus
def test_named_days_real_the_clause_each_closed_session_was_held_under(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Under which clause of section 239(2) of the Municipal Act did Nipissing council close its meetings "
                  "of October 1, 2024 and August 12, 2025 to the public?", index=index)
    assert not ans.abstained, ans.answer
    # Minutes-October-1-2024.pdf p2 (R2024-202: 239(2)(b)) and Minutes-August-12-2025.pdf p2 (R2025-144: 239(2)(i))
    assert "239(2)(b)" in ans.answer and "239(2)(i)" in ans.answer, ans.answer

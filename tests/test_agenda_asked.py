"""A question about what was decided is answered from a meeting's minutes before its agenda, but a part asking
about the agenda or summons itself ("on what date was the summons to the meeting issued") is answered from the
agenda: its sentences are not set aside because the same meeting's minutes are at hand."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _hit


def test_agenda_asked_synthetic_which_questions_read_minutes_first() -> None:
    from minutes_rag.answer.cues import outcome_asked

    assert outcome_asked("What did the council decide about the harbour wall?")
    assert not outcome_asked("On what date was the summons to the meeting issued, and what did members vote?")
    assert not outcome_asked("Which items on the agenda did the council approve?")


def test_agenda_asked_synthetic_the_summons_date_comes_from_the_agenda() -> None:
    agenda = replace(_hit("Summons to and Agenda for a Meeting on Thursday, 12th March, 2026 at 10.00 am\n\nDEMOCRATIC "
                          "SERVICES, COUNTY HALL\n\nThis summons was issued on Wednesday, 4 March 2026 to all Members of the "
                          "County Council. A meeting of the County Council will be held in the Council Chamber.", 1,
                          date="2026-03-12"),
                     kind="agenda")
    minutes = _hit("The Chairman proposed that the Council resolve to extend the meeting beyond 4.30pm with business "
                   "to conclude no later than 5.30pm. On being put to the vote the motion was agreed.", 2, date="2026-03-12")
    ans = answer_extractive("For the county council meeting of 12 March 2026, on what date was the summons to the "
                            "meeting issued, and until what time did members vote to extend it?", [agenda, minutes])
    assert not ans.abstained and "4 March 2026" in ans.answer and "5.30pm" in ans.answer, ans.answer


@needs_corpus
def test_agenda_asked_real_kent_summons_and_extension(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("For Kent County Council's meeting of 13 March 2025, on what date was the summons to the meeting "
                  "issued, and until what time did members vote to extend the meeting?", index=index)
    # (Agenda frontsheet 13th-Mar-2025 10.00 County Council.pdf p1: "Wednesday, 5 March 2025"; Printed minutes
    # 13th-Mar-2025 p13: "... conclude no later than 5.30pm")
    assert not ans.abstained and "5 March 2025" in ans.answer and "5.30pm" in ans.answer, ans.answer

"""Who to contact about a meeting's papers: an agenda's front sheet names its officer by a field ("Ask for:
Georgina Little"), in the block that states the meeting's date and place. Asked "which officer was named as the
contact", that field answers, though it says neither "officer" nor "contact"; and a part of a question that names
one day is answered from that day's meeting even where the best quote at first was another day's (the quotes of
other days are dropped after the parts are answered). Synthetic: the field's words and the part's meeting; real:
Kent's Cabinet agenda of 30 January 2025 beside a later report listing other agendas and their contacts."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import CONTACT_STEMS, _candidates

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

QUESTION = ("On what date was the agenda for the council's Cabinet meeting of 30 January 2025 issued, and which "
            "officer was named as the contact for it?")


def test_contact_synthetic_a_front_sheets_ask_for_field_names_the_contact() -> None:
    (cand,) = [c for c in _candidates([_hit("Thursday, 30th January, 2025, at 10.00 am Ask for: Georgina Little "
                                            "Council Chamber, County Hall Telephone: 03000 414043")]) if "Ask" in c.text]
    assert CONTACT_STEMS <= cand.stems
    (plain,) = _candidates([_hit("The officers asked for more time to prepare the report on the bus contract.")])
    assert not CONTACT_STEMS <= plain.stems  # (a request is no contact field)


def test_contact_synthetic_the_part_is_answered_from_the_day_asked() -> None:
    later = _hit("Background documents: d) Agenda for Cabinet on Thursday, 30th January, 2025, 10.00 am Contact "
                 "Details Anna Taylor - Scrutiny Research Officer anna.taylor@example.gov.uk 03000 416478", 1,
                 date="2025-03-13", doc="report")
    front = _hit("Dated: Wednesday, 22 January 2025\n\nThursday, 30th January, 2025, at 10.00 am Ask for: Georgina "
                 "Little Council Chamber, County Hall Telephone: 03000 414043\n\nUNRESTRICTED ITEMS (During these items "
                 "the meeting is likely to be open to the public)", 2, date="2025-01-30", doc="agenda")
    ans = answer_extractive(QUESTION, [later, front], _stats())
    assert "Georgina Little" in ans.answer and "Anna Taylor" not in ans.answer, ans.answer


@needs_corpus
def test_contact_real_the_cabinet_agendas_ask_for_officer(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-01-30/Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf",
                               "kent-county-council/full_council/2025-03-13/Scrutiny Committee - call-in Family Hubs "
                               "Report to County Council - Final.pdf",
                               "kent-county-council/cabinet/2025-01-30/24-00108 - Finance Monitoring Report - Q3 - "
                               "November 2024-25.pdf"],
                    "On what date was the agenda for Kent County Council's Cabinet meeting of 30 January 2025 issued, "
                    "and which officer was named as the contact for it?")
    assert "22 January 2025" in ans.answer and "Georgina Little" in ans.answer, ans.answer

"""Asked when a paper was issued ("On what date was the agenda for the Cabinet meeting of 4 March 2025 issued?"), the
answer is the paper's date line, under its signature at the foot of its first page: it shares no word with the
question, and the agenda's items come between it and the title block. On a synthetic agenda and on Kent County
Council's Cabinet agenda frontsheet of 4 March 2025."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.roles import DATED, ISSUED_Q

from .conftest import ask_corpus, ask_texts, needs_corpus


def test_issued_question_and_date_line() -> None:
    assert ISSUED_Q.search("On what date was the agenda for the Cabinet meeting of 4 March 2025 issued?")
    assert ISSUED_Q.search("When was the report to the Harbour Committee published?")
    assert not ISSUED_Q.search("When did the Cabinet meet to consider the agenda?")
    assert not ISSUED_Q.search("What did the report say about the issues raised?")
    assert DATED.search("Monday, 24 February 2025") and DATED.search("Date of issue: 3 March 2025")
    assert not DATED.search("Minutes of the Meeting held on 3 February 2025")
    assert not DATED.search("Tuesday, 4th March, 2025, at 10.00 am Ask for: Jane Smith")


ITEMS = "\n".join(f"{n}. {title}" for n, title in enumerate(
    ["Apologies", "Declarations of Interest", "Minutes of the Meeting held on 3 February 2025",
     "Harbour Dues Review", "Breakwater Repairs - Tender Award", "Lighthouse Cottages Lettings"], start=1))


def test_issued_synthetic_agenda_date_line(tmp_path: Path) -> None:
    agenda = ("AGENDA\nHARBOUR COMMITTEE\nMonday, 10th March, 2025, at 10.00 am Ask for: Jane Smith\n"
              "Council Chamber, Harbour House\n\n" + ITEMS + "\n\nPeter Jones\nHead of Legal Services\n"
              "Friday, 28 February 2025\n")
    report = ("Harbour Committee 10 March 2025. Harbour Dues Review. The agenda item on harbour dues was deferred "
              "from the January meeting, when the agenda was issued late; the committee asked that agendas be "
              "issued a week before each meeting.\n")
    answer = ask_texts(tmp_path, {"2025-03-10 Harbour Committee agenda.txt": agenda,
                                  "2025-03-10 Harbour dues report.txt": report},
                       "On what date was the agenda for the Harbour Committee meeting of 10 March 2025 issued?")
    assert "28 February 2025" in answer.answer, answer.answer


@needs_corpus
def test_issued_real_kent_cabinet_frontsheet(tmp_path: Path) -> None:
    cabinet = "kent-county-council/cabinet/2025-03-04/"
    answer = ask_corpus(tmp_path, [cabinet + "Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf",
                                   cabinet + "Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf",
                                   "kent-county-council/cabinet/2025-03-13/Agenda frontsheet 13th-Mar-2025 15.00 Cabinet.pdf"],
                        "On what date was the agenda for Kent County Council's Cabinet meeting of 4 March 2025 issued?")
    assert "24 February 2025" in answer.answer, answer.answer
    assert "Agenda frontsheet 04th-Mar-2025" in answer.citations[0].source

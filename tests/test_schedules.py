"""A question about what was scheduled for a time ("what date was its second January 2026 meeting first scheduled
for?") is answered by the minutes that set the schedule, though they are older than that time: they name dates in
the month asked. A forward reference ("a list of options will be presented at the May 22 meeting") still does not
say what happened then. A lead-in that ends its chunk ("... will be as follows:") is answered by the next chunk's
first line however long it is (a year's meeting dates run together), when it fits the list's budget. A
motion quoted is read with the short sentence that seconds it ("Trustee Richardson seconded.")."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.timing import speaks_of

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats
from .test_answer_scope_votes import _chunks

DATES = ("January 6, 2026 January 27, 2026 February 10, 2026 February 24, 2026 March 10, 2026 March 24, 2026 "
         "April 7, 2026 April 21, 2026 May 5, 2026 May 19, 2026 June 9, 2026 June 23, 2026 July 14, 2026 August 11, "
         "2026 September 1, 2026 September 15, 2026 October 6, 2026 October 20, 2026 Carried.")


def test_speaks_of_synthetic_a_date_in_the_month_asked_of_a_schedule() -> None:
    january = ("2026-01-01", "January 2026")
    assert speaks_of(DATES, january, "When was the second January 2026 meeting scheduled for?")
    assert not speaks_of(DATES, ("2026-11-01", "November 2026"), "When was the November 2026 meeting scheduled for?")
    # (a question about what happened then is not answered by a date named ahead of it)
    assert not speaks_of(DATES, january, "What did the council decide at its second January 2026 meeting?")
    assert speaks_of("the 2026 spring clean", ("2026-01-01", "2026"), "What happened in 2026?")


def test_schedule_synthetic_the_minutes_that_set_it_answer() -> None:
    schedule = _hit(f"R2025-192 THAT the 2026 Council Meeting Schedule will be as follows. {DATES}", 1, "2025-10-28")
    ans = answer_extractive("What date was Northshire's second council meeting of January 2026 first scheduled for?",
                            [schedule], _stats())
    assert not ans.abstained and "January 27, 2026" in ans.answer, ans.answer
    later = _hit("A preliminary list of budget reduction options will be presented at the January 27, 2026 Budget "
                 "Committee meeting.", 1, "2025-10-28")
    assert answer_extractive("Which budget reduction options were presented to the Budget Committee on January 27, "
                             "2026?", [later], _stats()).abstained


def test_lead_in_synthetic_the_next_chunks_long_first_line_is_its_list() -> None:
    hits, stats = _chunks("The minutes of the last meeting were adopted. R2025-238 THAT we amend the 2026 Council "
                          "Meeting Schedule, will be as follows:",
                          DATES.replace("January 27", "January 20") + "\nR2025-239 THAT we appoint two firefighters.")
    ans = answer_extractive("What was Northshire's 2026 Council Meeting Schedule amended to?", hits[:1], stats)
    assert "January 20, 2026" in ans.answer and "firefighters" not in ans.answer, ans.answer


@needs_corpus
def test_schedule_real_the_january_meetings_as_set_and_as_amended(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-October-28-2025.pdf",
                               "nipissing-township/minutes/Minutes-December-16-2025.pdf"],
                    "On what dates were Nipissing Township's council meetings in January 2026 scheduled, and what "
                    "were they changed to when council amended the schedule?")
    assert not ans.abstained and "January 27, 2026" in ans.answer and "January 20, 2026" in ans.answer, ans.answer


def test_seconder_synthetic_a_short_seconding_sentence_completes_the_motion() -> None:
    hit = _hit("Agenda\na. Approve Working Budget for Fiscal Year 2021\nMOTION: Trustee Ash moved to approve the Working "
               "Budget for Fiscal Year 2021. Trustee Birch seconded.", 1, "2020-06-17")
    ans = answer_extractive("Who moved and who seconded approval of the library's working budget for fiscal year "
                            "2021?", [hit], _stats())
    assert not ans.abstained and "Ash" in ans.answer and "Trustee Birch seconded." in ans.answer, ans.answer
    # (a short sentence that seconds nothing is still no window of its own)
    hit = _hit("MOTION: Trustee Ash moved to approve the Working Budget for Fiscal Year 2021. Thanks were given.", 1,
               "2020-06-17")
    assert "Thanks" not in answer_extractive("Who moved approval of the working budget for fiscal year 2021?", [hit],
                                             _stats()).answer

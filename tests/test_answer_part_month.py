"""A part that names a month without its year ("..., and what by-law number did council give the change in April?")
is answered from that month's meetings: the month takes its year from the question's dated month (the next year when
it comes earlier in the calendar). A by-law line answers it when it shares two of the first part's words, though not
its most specific ("the contribution to the Unfunded Liability Reserve Fund cut" for a by-law "to amend ... the
Surplus/Deficit Policy"). And "what by-law did council pass ...?" asks for a numbered by-law as "what by-law number"
does. On synthetic minutes and on the City of London (Ontario)'s committee and council minutes of 2025."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.bodies import NUMBER_OF_Q
from minutes_rag.answer.cues import part_period

from .conftest import ask_corpus, ask_texts, corpus, needs_corpus


def test_bare_month_takes_the_questions_year() -> None:
    question = ("The Budget Committee amended the Reserve Policy in March 2025. What share was cut, and what by-law "
                "number did council give the change in April?")
    assert part_period("what by-law number did council give the change in April", question) == ("2025-04-01", "April 2025")
    # a month earlier in the calendar than the dated one before it is the next year's; after it, the year before
    assert part_period("what was decided in January", "It was adopted in December 2024; what was decided in January?") \
        == ("2025-01-01", "January 2025")
    assert part_period("What was proposed in December",
                       "What was proposed in December, and what was decided in February 2025?") == ("2024-12-01",
                                                                                                     "December 2024")
    # only a year named: that year; no year named, or a month that is a name: none
    assert part_period("what happened in May", "In 2019, what happened in May?") == ("2019-05-01", "May 2019")
    assert part_period("what happened in May", "What happened in May?") is None
    assert part_period("what did Cllr May say", "In 2019, what did Cllr May say?") is None


def test_which_bylaw_did_council_pass_asks_its_number() -> None:
    assert NUMBER_OF_Q.search("what by-law did council pass in March 2025 delegating authority")
    assert NUMBER_OF_Q.search("Which bylaw was enacted to close the road?")
    assert not NUMBER_OF_Q.search("what did the by-law say about fences?")
    assert not NUMBER_OF_Q.search("What resolution did council pass on the harbour?")


COMMITTEE = """# 1st Meeting of the Finance Committee, March 19, 2025

## 2.2 Harbour Dues Policy Update

That, on the recommendation of the Treasurer, the proposed revised by-law BE INTRODUCED at the Municipal Council
meeting to be held on April 1, 2025, to amend By-law No. HP.-12-101 being the "Harbour Dues Policy" by reducing the
contribution to the Breakwater Repair Reserve Fund to 17% and dedicating 3% to the Lighthouse Restoration Reserve Fund.

Motion Passed (5 to 1)
"""

COUNCIL = """# 6th Meeting of Municipal Council, April 1, 2025

## 12. By-laws

By-law No. A.-7001-1 - A by-law to amend the Parking By-law, as amended.
By-law No. A.-7002-2 - A by-law to amend the Noise By-law, as amended.
By-law No. A.-7003-3 - A by-law to amend the Fences By-law, as amended.
By-law No. HP.-12(b)-44 - A by-law to amend By-law No. HP.-12-101 being the Harbour Dues Policy by deleting and
replacing Schedule "A".
By-law No. A.-7004-4 - A by-law to amend the Waste Collection By-law, as amended.

Motion Passed (14 to 0)
"""


def test_bare_month_part_answered_from_that_months_bylaw_synthetic(tmp_path: Path) -> None:
    answer = ask_texts(tmp_path, {"2025-03-19 Finance Committee.md": COMMITTEE, "2025-04-01 Council.md": COUNCIL},
                       "The Finance Committee amended the Harbour Dues Policy in March 2025. To what share was the "
                       "contribution to the Breakwater Repair Reserve Fund cut, which fund got the freed-up share, and "
                       "what by-law number did council give the change in April?")
    assert "17%" in answer.answer and "Lighthouse Restoration Reserve Fund" in answer.answer, answer.answer
    assert "HP.-12(b)-44" in answer.answer, answer.answer


MD = "london-ontario/md/"


@needs_corpus
@pytest.mark.parametrize(("files", "question", "keys"), [
    # a part's bare month ("in April") answered from that month's by-law line
    ([MD + "2025-03-19 1st Meeting of the Budget Committee.md", MD + "2025-04-01 6th Council Meeting.md"],
     "In March 2025 the Budget Committee amended London's Surplus/Deficit Policy. What share of the surplus did it "
     "leave for the Unfunded Liability Reserve Fund, and what by-law number did council give the amendment in April?",
     ["17%", "CPOL.-46(d)-88"]),
    # "what by-law did council pass" asks the by-law's number and title
    ([MD + "2025-02-18 4th Meeting of the Community and Protective Services Committee.md",
      MD + "2025-03-04 4th Meeting of City Council.md"],
     "What transaction fee did London's Community and Protective Services Committee back for Honk Mobile in February "
     "2025, and what by-law did council pass in March 2025 to delegate approval of Honk Mobile's amending agreements?",
     ["$0.35", "A.-8579-65"]),
], ids=["bare-month-bylaw", "which-bylaw-passed"])
def test_part_month_real_london(tmp_path: Path, files: list[str], question: str, keys: list[str]) -> None:
    answer = ask_corpus(tmp_path, files, question)
    assert all(k in answer.answer for k in keys), answer.answer


def test_short_month_names_date_a_question() -> None:
    from minutes_rag.answer.cues import asked_days, named_months

    question = ("At East Riding's Planning Commission (27 Jan 2020) and Westshire's council (21 Sept. 2025), a motion "
                "failed. What were the recorded results?")
    assert named_months(question) == ["2020-01", "2025-09"]
    assert asked_days(question) == ["2020-01-27", "2025-09-21"]
    assert named_months("Did the Mar 2025 report say?") == ["2025-03"]
    assert named_months("Will the council mar its 2025 record?") == []  # (a verb, lower case, is no month)


def _harbour(day: str, fee: str, extra: str) -> str:
    return (f"MINUTES of a meeting of the Harbour Committee held on {day}.\n\n1. Mooring Fees\n{extra}"
            f"RESOLVED that the annual mooring fee for visiting yachts be set at {fee}.\n")


def test_short_month_picks_the_meeting_synthetic(tmp_path: Path) -> None:
    docs = {"2025-03-03 Harbour Committee minutes.txt": _harbour(
                "3 March 2025", "£410", "Members discussed the annual mooring fee for visiting yachts at length, "
                "comparing the mooring fee with other harbours' fees for visiting yachts.\n"),
            "2025-04-07 Harbour Committee minutes.txt": _harbour("7 April 2025", "£385", "")}
    answer = ask_texts(tmp_path, docs, "What annual mooring fee for visiting yachts did the Harbour Committee set on "
                                       "7 Apr 2025?")
    assert "£385" in answer.answer and "£410" not in answer.answer, answer.answer


@needs_corpus
def test_short_month_in_real_forward_plan_text() -> None:
    from pypdf import PdfReader

    from minutes_rag.answer.cues import named_dates

    plan = corpus("bristol-city-council/src-bcc-0016_transport-connectivity-policy-committee-forward-plan-2026-01-21.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(plan).pages)
    assert ("2026", 3, "19") in named_dates(text)  # ("19 Mar 2026 Transport & Connectivity Policy Committee")


def test_bare_month_review_cases() -> None:
    from minutes_rag.answer.cues import month_number
    from minutes_rag.text import question_parts

    def periods(question: str) -> list[tuple[str, str] | None]:
        return [part_period(p, question) for p in question_parts(question)]

    # the month just before the dated one is the same year's; six months or less apart never rolls the year
    assert periods("What did council approve in December 2024, and what did the committee recommend in November?")[1] \
        == ("2024-11-01", "November 2024")
    assert periods("What by-law did council pass in June 2025, and which by-law did it repeal by May?")[1] \
        == ("2025-05-01", "May 2025")
    # a name after the month is no month ("May Street", "May Chen")
    assert periods("What did council decide in January 2025, and did staff confirm that May Street would close?")[1] \
        is None
    # a part the splitter rewrote is placed by its month ("between the forecast in April and the December 2024 report")
    assert periods("How did the deficit estimate change between the forecast in April and the December 2024 report?")[0] \
        == ("2024-04-01", "April 2024")
    assert month_number("Sept.") == 9 and month_number("June") == 6
    with pytest.raises(ValueError):
        month_number("Xyz")
    assert not NUMBER_OF_Q.search("what by-laws were discussed at the meeting")

"""Asked one thing of each of two bodies, each body's answer comes from one meeting of its own: the one of the time its
clause names ("at Ashby in November 2017"), else the one whose quotes hold what is asked of it. A second meeting's
quotes for the same body were cited beside the answer ("Merlin Waste have raised the monthly bill" from May 2018
beside November 2017's bill), citations a reader checks in vain. A body whose clause names two times keeps both.
Synthetic: made-up minutes of two community councils; real: Souldern's minutes of June 2012 (and of May 2015, which
also speak of broadband) with Limerick's of September 2024, from ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.across import _clauses_of

from .conftest import ask_texts, needs_corpus
from .test_answer_parts import _ask_real


def test_clauses_of_each_body() -> None:
    bodies = ["Brighton and Hove City Council", "Kent County Council"]
    # (a name holding "and" is no break; a time named before any body asks of each)
    assert "May 2019" in _clauses_of("What did Brighton and Hove City Council decide about parking in May 2019 and what "
                                     "did Kent County Council decide?", bodies[0], bodies)
    question = "In November 2017, what did Kent County Council decide about parking and what did Brighton and Hove " \
               "City Council decide about buses?"
    assert "November 2017" in _clauses_of(question, bodies[1], bodies)
    assert "November 2017" in _clauses_of(question, bodies[0], bodies) and "parking" not in _clauses_of(
        question, bodies[0], bodies)


def _minutes(body: str, day: str, items: str) -> str:
    return (f"{body.upper()}\nMinutes of the meeting held on Monday {day} at 7pm in the Village Hall.\n"
            f"Present: Cllrs Price, Okafor, Lund, Barros & the Clerk.\n{items}\n")


SYNTH = {
    "ashby-community-council/minutes/2017-11-27 minutes.md": _minutes("Ashby Community Council", "27th November 2017", (
        "41. Correspondence: Letter from the county council about winter gritting routes.\n"
        "42. Finance: Accounts for payment: Clerk's salary £210.00; Merlin Waste monthly bill for bin emptying £27.12; "
        "hall hire £15.00. All approved.\n43. Date of next meeting: 18th December 2017.")),
    "ashby-community-council/minutes/2018-05-21 minutes.md": _minutes("Ashby Community Council", "21st May 2018", (
        "71. Bins: The Clerk reported that Merlin Waste have raised the monthly bill for emptying the council's bins "
        "from April; the council will be asked to approve the new charge in June.\n72. Finance: Clerk's salary £210.00. All approved.\n"
        "73. Date of next meeting: 18th June 2018.")),
    "brook-valley-community-council/minutes/2022-11-28 minutes.md": _minutes("Brook Valley Community Council",
                                                                             "28th November 2022", (
        "9. Finance: The following payments were approved: Merlin Waste monthly bill for bin emptying £118.30; "
        "website hosting £59.99.\n10. Date of next meeting: 23rd January 2023.")),
}


def test_lead_meeting_each_synthetic_the_meeting_of_the_time_named(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, SYNTH, "What monthly charge for emptying its bins did Ashby Community Council approve for "
                                     "Merlin Waste in November 2017, and what did Brook Valley Community Council "
                                     "approve for Merlin in November 2022?")
    assert not ans.abstained, ans.answer
    assert "£27.12" in ans.answer and "£118.30" in ans.answer, ans.answer
    assert "2018-05-21" not in {c.meeting_date for c in ans.citations}, ans.answer


def test_lead_meeting_each_synthetic_two_times_of_one_body_keep_both(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, SYNTH, "What did Merlin Waste report to Ashby Community Council in November 2017 and "
                                     "in May 2018, and what was Brook Valley Community Council's Merlin bill?")
    assert not ans.abstained, ans.answer
    assert {"2017-11-27", "2018-05-21"} <= {c.meeting_date for c in ans.citations}, ans.answer


@needs_corpus
def test_lead_meeting_each_real_souldern_broadband_and_limerick(tmp_path: Path) -> None:
    # Souldern, 28 June 2012, p5: "Faster Broadband - ... it was resolved that the Parish Council could not be
    # responsible for, or fund the installation of faster broadband as it would not benefit the whole village";
    # its minutes of 14 May 2015 ("whether the village wants superfast broadband delivered by Gigaclear") were cited
    # beside them; Limerick, 23 September 2024: a motion that NBI and Eir "work together"
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2012-06-28 SPC minutes.pdf",
                               "souldern-parish-council/minutes/2015-05-14 SPC minutes.pdf",
                               "limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary "
                               "Meeting of Limerick City and County Council - 23rd September 2024.md"],
                    "Broadband: why did Souldern Parish Council decide in June 2012 that it could not pay for faster "
                    "broadband in the village, and what did Limerick City and County Council ask National Broadband "
                    "Ireland and Eir to do in September 2024?")
    assert not ans.abstained, ans.answer
    assert "whole village" in ans.answer and "work together" in ans.answer, ans.answer
    assert not any("2015-05-14" in c.source for c in ans.citations), [c.source for c in ans.citations]

"""A city record prints each roll call as "Yeas 17. Nays 0." (no colon, a full stop after each count), after the
motion to suspend the rules and again after "Adopted.". Those counts were not read as votes, so "by what vote" went
unanswered. The corpus holds no such record: synthetic, in the layout of an Ohio city's weekly record."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.parse.votes import VOTE_COUNT, votes

RECORD = """City of Eastlake
The City Record, Official Publication of the Council of the City of Eastlake
Council meeting of Monday, September 17, 2018

Res. No. 1160-18.
By Council Member Bishop.
An emergency resolution objecting to the transfer of ownership of a D2 Liquor Permit to 4005 East 131st Street.
Section 1. That Council does hereby record its objection to the transfer of the liquor permit at 4005 East 131st
Street to Drink Bar, and requests the Superintendent of Liquor Control to set a hearing.
Motion to suspend rules, Charter, and statutory provisions and place on final adoption.
The rules were suspended. Yeas 17. Nays 0. Read second time. Read third time in full. Adopted. Yeas 16.
Nays 1.

Res. No. 1161-18.
By Council Member Jones.
An emergency resolution withdrawing objection to the renewal of a liquor permit at 4170 Lee Road.
Adopted. Yeas 15. Nays 2.
"""


def test_yeas_and_nays_without_a_colon_are_counts() -> None:
    assert [m.group(0).strip() for m in VOTE_COUNT.finditer("Adopted. Yeas 17. Nays 0.")] == ["Yeas 17", "Nays 0"]
    assert not list(VOTE_COUNT.finditer("For 2025 the budget rose"))  # (a count needs its colon after "For")
    found = [(v.counts.for_, v.counts.against) for v in votes(RECORD)]
    assert found == [(17, 0), (16, 1), (15, 2)], found


def test_by_what_vote_is_answered_with_the_roll_call(tmp_path: Path) -> None:
    doc = tmp_path / "eastlake" / "2018-09-19 city record.txt"
    doc.parent.mkdir()
    doc.write_text(RECORD, encoding="utf-8")
    api.ingest([doc], index=tmp_path / "index")
    ans = api.ask("What did Eastlake council do about the liquor permit transfer to Drink Bar, and by what vote?",
                  index=tmp_path / "index")
    assert not ans.abstained and "objection" in ans.answer and "Yeas 16" in ans.answer, ans.answer


HDC_CASE = ("APPLICATION: HDCRMI 2019-00783, 1545 ELM DRIVE – ROOF REPLACEMENT [MATERIAL CHANGE]\n"
            "EXISTING CONDITIONS: The subject property is a one-story Bungalow constructed 1999. Existing roof is "
            "asphalt. Proposed roof material is metal.\n"
            "STAFF ANALYSIS: Staff has the following concerns with the proposal: 1. The Commission shall determine if "
            "the proposed roof material is incongruous with the house and the district. 2. Minor revisions may be "
            "reviewed by staff.\nSPEAKERS [FOR | AGAINST]: No one accepted the Chair's invitation to speak for or "
            "against this application.\n"
            "MOTION: CONTINUED 1st: RUMSCH 2nd: WALKER\nMr. Rumsch moved to continue this application, for "
            "additional information showing bungalows with a similar metal roof.\n"
            "VOTE: 5/3 AYES: BARTH, BONAPARTE, HADEN, RUMSCH, WALKER\nNAYS: HINDMAN, PARATI, PHARES\n\n"
            "DECISION:\nAPPLICATION FOR ROOF REPLACEMENT CONTINUED.\n")


def test_votes_synthetic_a_commissions_slash_tally_answers_how_close() -> None:
    # a US commission prints its vote as ayes over nays after its label ("VOTE: 5/3 AYES: ..."); a date is no tally
    from minutes_rag.answer.extractive import answer_extractive
    from minutes_rag.parse.votes import SLASH_TALLY

    from .test_answer_parts import _hit, _stats
    assert SLASH_TALLY.search("VOTE: 5/3 AYES: BARTH") and not SLASH_TALLY.search("VOTE: 5/3/2020 meeting")
    ans = answer_extractive("What happened to the request to swap an asphalt roof for a metal one at 1545 Elm Drive, "
                            "and how close was the vote?", [_hit(HDC_CASE, date="2020-02-12")], _stats())
    assert "5/3" in ans.answer, ans.answer

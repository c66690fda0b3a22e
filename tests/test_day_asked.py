"""A question asked of what one meeting did on its day ("What did the committee decide about Watson Park on 7 April
2025, and how close was the vote on the part dealing with the depot?"), where a later meeting (the council's, two
weeks on) took up the same motion with its own vote. The evidence is the day's meeting's, when it is at hand: its
vote on that part ("Motion Passed (3 to 2)"), not the council's ("Motion Passed (9 to 6)"). Before, the council's
motion, quoted with its vote, outscored the committee's and led the answer.

A question that follows its subject across meetings ("... and what did council do later?") is not held to the day.

The real passages are the City of London (Ontario) Community and Protective Services Committee of 7 April 2025 and
council of 22 April 2025, in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import CORPUS, ask_corpus, ask_texts

COMMITTEE = ("Westvale City\nCommunity Services Committee\nMinutes\n7th Meeting of the Community Services Committee\n"
             "April 7, 2025\n\n2.1 Elm Park\nMotion made by J. Ross\nThat the following actions be taken with respect "
             "to Elm Park:\nb) the Civic Administration BE DIRECTED to close the Elm Park depot and move to the mobile "
             "outreach model;\nYeas (3): J. Ross, K. Shaw, L. Tate\nNays (2): M. Underwood, N. Vance\n"
             "Motion Passed (3 to 2)\n\n2.2 Library Hours\nMotion made by K. Shaw\nThat the library hours report BE "
             "RECEIVED.\nMotion Passed (5 to 0)\n")
COUNCIL = ("Westvale City\nCouncil\nMinutes\n7th Meeting of City Council\nApril 22, 2025\n\n8.1 Elm Park\n"
           "Motion made by J. Ross Seconded by K. Shaw\nThat, as the Community Services Committee decided, the following "
           "actions be taken with respect to Elm Park: b) "
           "the Civic Administration BE DIRECTED to close the Elm Park depot and move to the mobile outreach model as soon "
           "as possible, the depot's resources being reallocated to outreach;\nYeas (9): J. Ross, K. Shaw, L. Tate, "
           "O. West, P. Young, Q. Zane, R. Abel, S. Bell, T. Cole\nNays (6): M. Underwood, N. Vance, U. Dale, V. Ede, "
           "W. Fox, X. Gale\nMotion Passed (9 to 6)\n")


def test_day_asked_synthetic_that_meetings_vote(tmp_path: Path) -> None:
    docs = {"westvale/2025-04-07 community services committee.txt": COMMITTEE,
            "westvale/2025-04-22 council.txt": COUNCIL}
    ans = ask_texts(tmp_path, docs, "What did Westvale's Community Services Committee decide about Elm Park on 7 April "
                                    "2025, and how close was the vote on the part dealing with the depot?")
    assert not ans.abstained, ans.warnings
    assert "3 to 2" in ans.answer and "9 to 6" not in ans.answer, ans.answer
    # (followed across meetings, the later meeting is not set aside)
    later = ask_texts(tmp_path / "later", docs, "Westvale's Community Services Committee voted on the Elm Park depot on "
                                                "7 April 2025. How close was that vote, and how did council later vote "
                                                "on it?")
    assert "3 to 2" in later.answer and "9 to 6" in later.answer, later.answer
    # (nor is a day named in a statement before what is asked, nor as a point of reference: "ahead of ...")
    for n, question in enumerate((
            "The Community Services Committee voted on the Elm Park depot on 7 April 2025. How did council vote on it?",
            "After the Community Services Committee's vote of 7 April 2025 on the Elm Park depot, how did council vote?")):
        told = ask_texts(tmp_path / f"told{n}", docs, question)
        assert "9 to 6" in told.answer, (question, told.answer)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_day_asked_real_london_committee_not_council(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, [
        "london-ontario/json/2025-04-07 7th Meeting of the Community and Protective Services Committee.json",
        "london-ontario/md/2025-04-07 7th Meeting of the Community and Protective Services Committee.md",
        "london-ontario/json/2025-04-22 7th Council Meeting.json"],
        "What did London's Community and Protective Services Committee decide about Watson Park on 7 April 2025, and "
        "how close was the vote on the part dealing with the depot?")
    assert not ans.abstained, ans.warnings
    assert "3 to 2" in ans.answer and "9 to 6" not in ans.answer, ans.answer


ANNUAL = ("Elmvale Parish Council\nMinutes of the Annual Council Meeting held on Thursday 16th May 2019\n\n"
          "1. To elect a Chairman for the forthcoming year: NO proposed and KA seconded that Nora Oak be elected chairman "
          "and she accepted.\n2. To elect a Vice chairman for the forthcoming year: NO proposed and KA seconded that Alan "
          "Smith be elected vice chairman for the forthcoming year and he accepted.\n")
STANDING = ("Elmvale Parish Council Standing Orders\n\n1. The Annual Meeting shall elect a Chairman and a Vice-chairman "
            "for the forthcoming year.\n2. The Vice-chairman may preside in the Chairman's absence.\n")


def test_day_asked_synthetic_a_paper_filed_under_the_day(tmp_path: Path) -> None:
    # the minutes filed under the day asked (their text dates the meeting a week earlier) are that day's evidence;
    # an undated paper is not
    ans = ask_texts(tmp_path, {"elmvale/2019-05-23 minutes.txt": ANNUAL, "elmvale/standing orders.txt": STANDING},
                    "In the annual council meeting minutes filed with Elmvale's 23 May 2019 meeting, who was elected "
                    "vice-chairman?")
    assert not ans.abstained, ans.warnings
    assert "Alan Smith" in ans.answer, ans.answer


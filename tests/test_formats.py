"""Each agenda-item heading format, the decision recogniser and the vote parser on small synthetic
documents written for the test (the real documents each format was taken from are in test_structure.py
and test_decisions.py). No corpus needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.parse.decisions import resolutions
from minutes_rag.parse.formats import (
    item_paren_items,
    markdown_heading_items,
    minute_ref_items,
    moderngov_page_items,
    question_items,
    subject_notice_items,
)
from minutes_rag.parse.lines import split_lines
from minutes_rag.parse.structure import recover_structure
from minutes_rag.parse.votes import votes
from minutes_rag.types import PageText

from .conftest import corpus, needs_corpus


def _items(text: str, name: str = "minutes.txt") -> list[tuple[str | None, str | None]]:
    return [(s.item_number, s.item_title) for s in recover_structure([PageText(None, text)], name).sections]


ITEM_PAREN = """Minutes of the meeting of the Northshire District Council held on 3 March 2022.

41. Apologies and Substitutes
(Item 1)
Apologies were received from Mr A Brown.

42. Library Opening Hours Review
(Item 2)
The Cabinet Member introduced the report. RESOLVED that the hours be extended.
"""

MARKDOWN = """# Westshire Council Minutes

# 1.&nbsp;&nbsp;Call to Order

The meeting was called to order at 4:00 PM.

# 2.&nbsp;&nbsp;Confirmation of the Agenda

## 2.1 Traffic Calming on Elm Street

That the report be received.
"""

SUBJECT_NOTICE = """Decision notice
Deadline for escalation: 20 March 2022
(a) Subject: Street lighting upgrade
(agenda item 7)
(b) Ward: all
(c) Decision: approved
Deadline for escalation: 20 March 2022
(a) Subject: Allotment rents 2023
(agenda item 8)
(b) Ward: Eastfield
"""

QUESTIONS = """Public questions
Question 1 – Jane Smith
Why is the bus stop on Mill Lane closed?
Answer: it is being moved.
Question 2 – John Roe
When will the park reopen?
Answer: in May.
"""

MINUTE_REF = """Eastshire Parish Council minutes of the meeting held on 17 November 2021
11.21.01 Apologies for absence
None received.
11.21.02 Declarations of interest
None.
11.21.03 Planning applications
Two applications were considered and supported.
"""

MODERNGOV_PAGE = """Issue - items at meetings - Parking review
Meeting: 12/09/2024 - Transport Committee (Item 9)
9 Parking review PDF 512 KB
The committee considered the report.
"""


def test_item_paren_format() -> None:
    found = item_paren_items(split_lines(ITEM_PAREN))
    assert [(c.item_number, c.title, c.minute_number) for c in found] == [
        ("1", "Apologies and Substitutes", "41"), ("2", "Library Opening Hours Review", "42")]
    assert ("2", "Library Opening Hours Review") in _items(ITEM_PAREN)


def test_markdown_heading_format() -> None:
    found = markdown_heading_items(split_lines(MARKDOWN))
    assert [(c.item_number, c.title) for c in found] == [
        ("1", "Call to Order"), ("2", "Confirmation of the Agenda"), ("2.1", "Traffic Calming on Elm Street")]


def test_subject_notice_format() -> None:
    found = subject_notice_items(split_lines(SUBJECT_NOTICE))
    assert [(c.item_number, c.title) for c in found] == [("7", "Street lighting upgrade"), ("8", "Allotment rents 2023")]
    # the section starts at the escalation line above the subject, so nothing of the notice is lost
    assert SUBJECT_NOTICE[found[0].start:].startswith("Deadline for escalation")


def test_question_format() -> None:
    found = question_items(split_lines(QUESTIONS))
    assert [c.item_number for c in found] == ["1", "2"]
    assert found[0].title.startswith("Question 1")


def test_minute_reference_format() -> None:
    found = minute_ref_items(split_lines(MINUTE_REF))
    assert [(c.item_number, c.minute_number, c.title) for c in found] == [
        ("1", "11.21.01", "Apologies for absence"), ("2", "11.21.02", "Declarations of interest"),
        ("3", "11.21.03", "Planning applications")]


def test_moderngov_page_format() -> None:
    found = moderngov_page_items(split_lines(MODERNGOV_PAGE))
    assert [(c.item_number, c.title) for c in found] == [("9", "Parking review")]


def test_plain_numbered_lines_in_minutes() -> None:
    text = ("Minutes of the Southshire Council meeting held on 2 May 2023\n1. Apologies\nNone.\n"
            "2. Minutes of the last meeting\nApproved.\n3. Footpath repairs\nQuotes were considered.\n")
    assert _items(text)[-3:] == [("1", "Apologies"), ("2", "Minutes of the last meeting"), ("3", "Footpath repairs")]


def test_numbered_paragraphs_of_a_report_stay_one_section() -> None:
    text = "Report to Cabinet\n1. Purpose\nThis report sets out options.\n2. Background\nThe scheme began in 2012.\n"
    assert len(recover_structure([PageText(None, text)], "report-to-cabinet.pdf").sections) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("The report was discussed.\nRESOLVED that the report be noted.\nNext item.", "RESOLVED that the report be noted."),
    ("It was AGREED that the footpath be repaired at a cost of £2,000.", "AGREED that the footpath be repaired"),
    ("R2025-072 S. Foote, J. Scott\nTHAT Council approve the quote from Smith Ltd for road works.\nCarried.",
     "THAT Council approve the quote from Smith Ltd"),
    ("Moved by: A. Hopkins\nSeconded by: J. Pribil\nThat the report BE RECEIVED.\nMotion Passed (12 to 0)",
     "That the report BE RECEIVED."),
])
def test_decision_blocks(text: str, expected: str) -> None:
    found = resolutions(text)
    assert any(expected in r for r in found), found


def test_no_decision_in_plain_discussion() -> None:
    assert resolutions("Members discussed the report and asked questions about the costs.") == []


def test_votes_under_headings() -> None:
    text = "The motion was put to the vote.\nFor (41)\nMr A, Mr B\nAgainst (10)\nMrs C\nAbstain (7)\nMotion carried."
    (v,) = votes(text)
    assert (v.counts.for_, v.counts.against, v.counts.abstain, v.counts.outcome) == (41, 10, 7, "carried")


def test_votes_in_a_sentence() -> None:
    (v,) = votes("On being put to the vote the recommendation was CARRIED (5 voting FOR, 4 voting AGAINST).")
    assert (v.counts.for_, v.counts.against, v.counts.outcome) == (5, 4, "carried")
    (u,) = votes("The amendment was put to the vote and was CARRIED unanimously.")
    assert u.counts.unanimous and u.counts.outcome == "carried"


def test_carried_out_is_not_a_vote() -> None:
    assert votes("The survey was carried out in May and the work was carried out by volunteers.") == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Proposed: Cllr Reed; seconded: Cllr Shaw. 8 for, 2 against. Resolved 16/09/6/14", (8, 2, None, "carried")),
        ("Vote: 5 in favour, 2 against, 1 abstention.", (5, 2, 1, "carried")),
        ("Moved by Hensley to adopt. Motion Carried 6-1.", (6, 1, None, "carried")),
        ("The amendment was put. Amendment lost 3-4.", (3, 4, None, "lost")),
        ("The motion was CARRIED (5 voting FOR, 4 voting AGAINST).", (5, 4, None, "carried")),
        ("VOTE ON THE MAIN MOTION RESULT: PASSED [9 TO 4] MOVER: Ann Lee, Director", (9, 4, None, "carried")),
        ("to postpone the election. RESULT: FAILED [4-2-1-1] MOTION BY: Fisk SECOND: Mendez", (4, 2, None, "lost")),
    ],
)
def test_vote_tally_formats_of_parish_and_city_minutes(text: str, counts: tuple[object, ...]) -> None:
    found = votes(text)
    assert len(found) == 1, found
    vc = found[0].counts
    assert (vc.for_, vc.against, vc.abstain, vc.outcome) == counts


@pytest.mark.parametrize(
    "text",
    [
        "There were 8 for the scheme and 2 against it in the survey of residents who replied to the consultation.",
        "The work was carried out by staff, 6-1 in the league.",
        "The motion was carried out by the clerk.",
    ],
)
def test_vote_tally_formats_not_a_vote(text: str) -> None:
    assert votes(text) == []


def test_vote_tally_synthetic_the_vote_a_question_asks_is_quoted() -> None:
    from minutes_rag.answer.extractive import answer_extractive
    from minutes_rag.types import Hit

    text = ("New Streetlight at Elm Close\n\nNorthlight had provided the quote, which included extension of the "
            "electricity supply. It was proposed that the quote be accepted. Proposed: Cllr Reed; seconded: Cllr Shaw. "
            "8 for, 2 against. Resolved 16/09/6/14\n\nCorrespondence\n\ni. Normandy Close: a letter from a resident.")
    hit = Hit(rank=1, score=1.0, chunk_id="d1:00001", doc_id="d1", source="d1.md", pages=[], authority="Westvale "
              "Parish Council", committee=None, meeting_date="2016-09-06", item_number=None, item_title=None,
              kind="minutes", text=text)
    ans = answer_extractive("Did Westvale Parish Council accept the quote for a new streetlight at Elm Close, and "
                            "what was the vote?", [hit])
    assert "Northlight" in ans.answer and "8 for, 2 against" in ans.answer, ans.answer


@needs_corpus
def test_vote_tally_real_a_result_line_is_the_vote_on_the_motion(tmp_path: Path) -> None:
    from minutes_rag import api

    index = tmp_path / "index"
    api.ingest([corpus("east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf")], index=index)
    results = {d.text for d in api.decisions(index=index).decisions if "RESULT:" in d.text}
    assert any("FAILED [4-2-1-1]" in t for t in results), results
    ans = api.ask("Did the commission agree to postpone the election of its Chair and Vice Chair, and what was the "
                  "vote?", index=index)
    assert not ans.abstained and "FAILED [4-2-1-1]" in ans.answer, ans.answer


VOTE_BLOCKS = """Regional Transit District
Board of Directors
MINUTES
October 28, 2025

H. System Advertising Policy Amendment Prohibiting Commercial Advertising on Windows
For the Board of Directors to amend the System Advertising Policy to prohibit commercial advertising on any portion
of the windows of revenue service vehicles.
Director Lee made the motion to approve the System Advertising Policy Amendment.
Director Chan seconded the motion.
Director Benn made the motion to call the question.
VOTE ON THE MOTION TO CALL THE QUESTION
RESULT: PASSED [UNANIMOUS]
MOVER: Ann Benn, Director, District I
VOTE ON THE MAIN MOTION
RESULT: PASSED [9 TO 4]
MOVER: Bo Lee, Director, District M
Chair Kay declared the motion PASSED.
"""


def test_vote_tally_synthetic_the_vote_on_the_motion_not_the_vote_to_end_debate(tmp_path: Path) -> None:
    from minutes_rag import api

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2025-10-28_board_minutes.txt").write_text(VOTE_BLOCKS, encoding="utf-8")
    index = tmp_path / "index"
    api.ingest([tmp_path / "docs"], index=index)
    texts = [d.text for d in api.decisions(index=index).decisions if d.votes]
    assert "VOTE ON THE MAIN MOTION RESULT: PASSED [9 TO 4]" in texts, texts
    ans = api.ask("What did the board decide about commercial advertising on bus windows, and what was the vote?",
                  index=index)
    assert not ans.abstained and "windows" in ans.answer and "9 TO 4" in ans.answer, ans.answer


def test_vote_tally_synthetic_a_procedural_vote_is_not_the_vote_asked() -> None:
    from minutes_rag.answer.votes import vote_asked
    from minutes_rag.parse.votes import bare_tally
    from minutes_rag.types import Decision, Hit

    def decision(text: str) -> Decision:
        return Decision(authority="Regional Transit District", committee=None, meeting_date="2025-10-28", item=None,
                        text=text, kind="vote", source="m.txt", page=None, votes=bare_tally(text),
                        chunk_id="m:00002")

    held = [decision("VOTE ON THE MOTION TO CALL THE QUESTION RESULT: PASSED [UNANIMOUS]"),
            decision("VOTE ON THE MAIN MOTION RESULT: PASSED [9 TO 4]")]
    lead = Hit(rank=1, score=1.0, chunk_id="m:00001", doc_id="m", source="m.txt", pages=[],
               authority="Regional Transit District", committee=None, meeting_date="2025-10-28", item_number=None,
               item_title=None, kind="minutes", text="Director Lee made the motion to approve the policy amendment.")
    got = vote_asked("What was the vote on the advertising policy?", lead, [], lambda h: held)
    assert got is not None and "9 TO 4" in got.text, got

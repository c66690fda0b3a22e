"""A part of a question is answered by a sentence that holds its own most telling word, not by one already quoted for
another part: asked "how much county funding had the Commission on Aging originally asked for, and what did the Board
of Supervisors end up awarding?", the award's sentence names the county, the commission and its funds, and stood as
the answer to both parts, so the request ("out of the $7200 original request") was never quoted. And "originally" or
"initially" follows a subject over time, as "finally" does: the request may be in an earlier meeting's minutes.
Synthetic: made-up minutes; real: the Louisa County Commission on Aging's minutes of April and May 2019, from outside
``../shared/corpus``, held here as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.figures import figures_stated
from minutes_rag.answer.spanning import spans_meetings

from .conftest import ask_texts
from .louisa_minutes import APRIL_2019, MAY_2019


@pytest.mark.parametrize(("question", "spans"), [
    ("How much funding had the forum originally asked for, and what did the town board end up awarding?", True),
    ("What rent did the club initially propose, and what was agreed?", True),
    ("What did the county council end up agreeing on the motion at its March 2025 meeting?", False),
    ("How much did the forum ask the town board for?", False),
])
def test_originally_follows_a_subject_over_time(question: str, spans: bool) -> None:
    assert spans_meetings(question) is spans


@pytest.mark.parametrize(("text", "n"), [
    ("Louisa County Board of Supervisors awarded $4,500.00 to Commission on Aging", 1),  # (one figure, its groups)
    ("3.2 The Board awarded £1,250,000 to the project.", 1),  # (a paragraph number is none)
    ("Willie has gotten $4500 in the budget out of the $7200 original request.", 2),
    ("In 2019 the 20 members met on 3 May.", 0),  # (a year, a count and a day state no amount)
    ("A 51% share, £3m in all.", 2),
])
def test_figures_stated(text: str, n: int) -> None:
    assert figures_stated(text) == n


def _minutes(date: str, body: str) -> str:
    return (f"Riverside Senior Forum Minutes {date}\nLocation: Riverside Library\nPresent:\nAnn Lee, Bo Park, Cy Diaz, "
            f"Dee Ford\nMeeting Chair:\nAnn Lee, Chair\n{body}\n")


SYNTH = {
    "riverside-senior-forum/minutes/2021-04-07 minutes.md": _minutes("April 7, 2021", (
        "Treasurer Report:\n• $412.18 previous balance\n• No receipts and no expenses\nGeneral Discussion on Funding:\n"
        "• Discussion of town funding for the Senior Forum.\n• Bo has gotten $3100 in the budget during the work session "
        "out of the $5600 original request.\n• The forum will submit a funding outline at the board's request.")),
    "riverside-senior-forum/minutes/2021-05-05 minutes.md": _minutes("May 5, 2021", (
        "Treasurer Report:\n• $412.18 previous balance\nOld Business:\n• Riverside Town Board awarded $3,100 to the "
        "Riverside Senior Forum; the funds will be released July 1.\n• Reports are required with funding requests for "
        "the funding to continue.\nNew Business:\n• The spring lunch will be held on June 9.")),
}


def test_part_own_word_synthetic_the_request_and_the_award(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, SYNTH, "In spring 2021, how much town funding had the Riverside Senior Forum originally "
                                     "asked for, and what did the Town Board end up awarding?")
    assert not ans.abstained
    assert "$5600" in ans.answer and "$3,100" in ans.answer, ans.answer


def test_part_own_word_real_louisa_request_and_award(tmp_path: Path) -> None:
    docs = {"louisa-coa/minutes/2019-04-03 minutes.md": APRIL_2019, "louisa-coa/minutes/2019-05-01 minutes.md": MAY_2019}
    ans = ask_texts(tmp_path, docs, "In spring 2019, how much county funding had the Commission on Aging originally "
                                    "asked for, and what did the Board of Supervisors end up awarding?")
    assert not ans.abstained
    assert "$7200" in ans.answer and "$4,500" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} >= {"2019-04-03", "2019-05-01"}

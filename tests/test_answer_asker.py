"""Asked who put a question (a statement, a petition) to a meeting, the answer names them from the heading of the
question the quoted reply belongs to: "Question 5 – Stuart Phelps Youth Guarantee Trailblazer Procurement Strategy
..." stands in the chunk before the Mayor's response that gives the "additional £2 million investment", and no
quote named who had asked. Synthetic: made-up questions and replies; real: the West of England Mayor's responses to
public questions for 5 June 2026."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.roles import ASKED_BY_Q, ASKER_S

from .conftest import ask_corpus, needs_corpus
from .test_answer_parts import _hit, _stats


@pytest.mark.parametrize(("question", "asks"), [
    ("Who submitted the public questions about the harbour dues for the June meeting?", True),
    ("Which councillor complained that potholes he reported had not been repaired?", True),
    ("Who raised the petition on the library's opening hours?", True),
    ("Who chaired the meeting in June?", False),
    ("Who was appointed to the post of Town Clerk?", False),
    ("Who answered the question about parking?", False),
    ("Who responded to the petition on the bypass?", False),
    ("What did the Mayor say about the harbour dues?", False),
])
def test_asked_by_question(question: str, asks: bool) -> None:
    assert bool(ASKED_BY_Q.search(question)) is asks


@pytest.mark.parametrize(("text", "heads"), [
    ("Question 5 – Stuart Phelps Youth Guarantee Trailblazer Procurement Strategy", True),
    ("Question by Mike Sole to Neil Baker, Cabinet Member for Highways and Transport", True),
    ("Statement 24 – Barbara Lawrence I am resident in Gloucestershire", True),
    ("QUESTION 5 – STUART PHELPS", True),
    ("Question 5: Stuart Phelps", True),
    ("Question No. 5 – Jane Roe", True),
    ("Question from Mr Smith", True),
    ("Question 1 – What is the plan for the harbour?", False),
    ("The question was put to the vote and carried.", False),
    ("Question 5 was withdrawn.", False),
])
def test_asker_heading(text: str, heads: bool) -> None:
    assert bool(ASKER_S.search(text)) is heads


QUESTION = ("Who submitted the public questions about the Harbour Improvement Fund for the June meeting, and how much "
            "extra did the Mayor's reply say would be invested in it?")
ASKED = 'Question 4 – Jane Marsh Fishing fleet "What help will the small fishing boats get this year?"'
REPLY = ("Mayor's Response We have listened to the fishing community. Following an additional £2 million investment "
         "in the Harbour Improvement Fund from the authority, the harbour dues for small fishing boats will be frozen.")


def _doc(*texts: str) -> list:
    return [_hit(t, i + 1, doc="q") for i, t in enumerate(texts)]


def test_asker_synthetic() -> None:
    hits = _doc(ASKED, REPLY)
    ans = answer_extractive(QUESTION, [hits[1], hits[0]], _stats())
    assert "£2 million" in ans.answer and "Jane Marsh" in ans.answer, ans.answer


def test_asker_synthetic_not_another_questions_heading() -> None:
    # another question's heading between the asker's and the reply: the reply is that question's, not Jane Marsh's
    other = 'Question 5 – Tom Reed Harbour car park "When will the car park by the harbour be resurfaced?"'
    hits = _doc(ASKED + "\n" + other, REPLY)
    ans = answer_extractive(QUESTION, [hits[1], hits[0]], _stats(), explain=True)
    assert ans.explain is not None
    took = [x["text"] for x in ans.explain["sentences"] if x["taken"] and "who put the question" in x["why"]]
    assert not any("Jane Marsh" in t for t in took), took
    # and, one sentence holding both headings, neither is taken for who asked
    hits = _doc(ASKED + " " + other, REPLY)
    ans = answer_extractive(QUESTION, [hits[1], hits[0]], _stats(), explain=True)
    assert ans.explain is not None
    assert not [x for x in ans.explain["sentences"] if x["taken"] and "who put the question" in x["why"]]


@needs_corpus
def test_asker_real_weca_public_questions(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["west-of-england-ca/src-weca-0025_joint-meeting-2026-06-05-public-questions-mayor-"
                                "responses.pdf"],
                     "Who submitted the public questions about the Youth Guarantee Trailblazer for the West of England "
                     "Combined Authority's June 2026 meeting, and how much additional combined authority investment "
                     "in the programme did the Mayor's reply mention?")
    assert not ans.abstained and "£2 million" in ans.answer and "Stuart Phelps" in ans.answer, ans.answer


@needs_corpus
def test_asker_real_kent_members_questions(tmp_path: Path) -> None:
    # "Question by Mike Sole to Neil Baker, Cabinet Member for Highways and Transport" heads the question whose "On 6
    # February I cycled around the villages of Bekesbourne ... photographing around 100 potholes" is quoted; another
    # question's heading quoted from further on ("Question by Sean Holden ...") does not say who asked this one
    ans = ask_corpus(tmp_path, ["kent-county-council/full_council/2025-03-13/Questions put and answers given - March "
                                "2025.pdf"],
                     "At Kent's March 2025 council, which councillor complained that around 100 potholes he reported "
                     "near Bekesbourne and Barham had not been dealt with?")
    assert not ans.abstained and "Bekesbourne" in ans.answer and "Mike Sole" in ans.answer, ans.answer

"""The approval of the last meeting's minutes ("All agreed this was a true record and were signed") answers no
question but one about minutes: a question that asks what a council recorded about potholes is not answered with
it. Synthetic: the filter (checked to fail without it); real: a question about the minutes on Kent's Cabinet
minutes is still answered with their approval."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats


def test_minutes_approval_synthetic_is_no_answer_but_to_minutes() -> None:
    roads = _hit("21.01.06 Perimeter roads. The Councillors accept that potholes on the cart roads are a huge problem, "
                 "and a quote of £60k plus VAT was received for tarmac topping.", 1, "2021-01-26",
                 authority="Milltown Parish Council")
    approval = _hit("21.01.03 Minutes of the January meeting. All agreed this was a true record and were signed and "
                    "approved.", 2, "2021-01-26", doc="d1", authority="Milltown Parish Council")
    ans = answer_extractive("What did the January 2021 meeting record and approve about the cart roads?",
                            [roads, approval], _stats())
    assert not ans.abstained and "£60k" in ans.answer and "true record" not in ans.answer, ans.answer
    minutes = answer_extractive("Were the minutes of the January 2021 meeting signed and approved?",
                                [roads, approval], _stats())
    assert "true record" in minutes.answer, minutes.answer


@needs_corpus
def test_minutes_approval_real_a_question_about_the_minutes_still_gets_it(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-01-30/Minutes of the meeting held on 9th January "
                               "2025.pdf"], "Were the minutes of the Cabinet meeting on 28 November 2024 approved?")
    assert not ans.abstained and "correct record" in ans.answer, ans.answer

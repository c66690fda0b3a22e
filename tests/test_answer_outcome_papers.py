"""Asked what became of a thing put to a meeting ("what happened to the motion on ..."), the answer is the meeting's
record, not the paper put to it: a motion's paper, a report or an agenda says what was proposed, the same meeting's
minutes what became of it. Asked about the proposal itself, the paper still answers. On synthetic evidence and on
real minutes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _hit, _stats

PAPER = replace(_hit("Motion on litter picking. Proposer: Ann Ash. This Council believes that litter picking in the "
                     "parks must be funded, and resolves to fund volunteer litter picking groups in every ward.",
                     1, "2025-03-13", doc="motion"), kind="document")
MINUTES = _hit("Motion on litter picking. Ms Ash proposed the motion on litter picking. Mr Birch proposed an "
               "amendment, which Ms Ash accepted. The amended motion was put to the vote and carried.",
               2, "2025-03-13", doc="minutes")


def test_became_synthetic_the_minutes_answer_not_the_motion_paper() -> None:
    ans = answer_extractive("What happened to the motion on litter picking in the parks in March 2025?",
                            [PAPER, MINUTES], _stats())
    assert not ans.abstained and "carried" in ans.answer, ans.answer
    assert {c.source for c in ans.citations} == {"minutes.txt"}, ans.answer
    # asked what the paper proposed, the paper answers
    ans = answer_extractive("What did the motion on litter picking in the parks propose to fund?", [PAPER, MINUTES],
                            _stats())
    assert "volunteer litter picking groups" in ans.answer, ans.answer
    # with no minutes of that meeting at hand, the paper is what there is
    ans = answer_extractive("What happened to the motion on litter picking in the parks in March 2025?",
                            [PAPER, replace(MINUTES, meeting_date="2025-01-16")], _stats())
    assert not ans.abstained and "motion.txt" in {c.source for c in ans.citations}, ans.answer


@needs_corpus
def test_became_real_the_county_council_minutes_on_the_vapes_motion(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("What happened to the Green and Independents' motion on disposable vapes at Kent County Council in "
                  "March 2025?", index=index, authority="Kent County Council")
    assert not ans.abstained and ans.citations, ans.answer
    assert all("Printed minutes" in c.source for c in ans.citations), [c.source for c in ans.citations]
    assert "1 June 2025" in ans.answer, ans.answer

"""Two small failures of the answer's selection, each found on a fresh question set:

- "Which ordinances did the board adopt?" asks for several: two motions alike but for their numbers ("Ordinance No.
  24-001 ... Ordinance No. 24-002") are both the answer, not a sentence and its twin.
- A machine-made summary of another year outscoring the minutes made the answer abstain ("the evidence speaks of
  2024"), though the summary is never quoted: the minutes of the year asked are what is weighed.
"""

from __future__ import annotations

from minutes_rag.answer.cues import asked_items
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats

from .test_answer_parts import _hit, _model

HEARING = ("PLATO TOWNSHIP PUBLIC HEARING FOR BUDGET AND APPROPRIATION ORDINANCES. McMahon explained the budget. "
           "A time for question or comment on the proposed ordinances was allowed. A motion to adopt Ordinance No. "
           "24-001 Budget and Appropriation Ordinance for Eastfield Township for the Fiscal Year Beginning April 1, "
           "2024, was made by Hulke, seconded by McMahon. Motion carried. A motion to adopt Ordinance No. 24-002 "
           "Budget and Appropriation Ordinance for Eastfield Township Road District for the Fiscal Year Beginning "
           "April 1, 2024, was made by Hulke, seconded by Straub. Motion carried.")


def _stats(n: int = 100) -> Stats:
    return Stats(n_chunks=n, doc_freq=lambda w: 5, embed=_model().embed)


def test_which_ones_of_a_kind_are_several() -> None:
    assert asked_items("Which ordinances did Eastfield Township adopt at its budget hearing?") == 2
    assert asked_items("What roads were resurfaced this year?") == 2
    assert asked_items("Which process did the council use?") == 1  # (not a plural: "process", "status", "basis")
    assert asked_items("What was the status of the bus?") == 1
    ans = answer_extractive("Which ordinances did Eastfield Township adopt at its May 2024 budget hearing?",
                            [_hit(HEARING, date="2024-05-28", authority="Eastfield Township")], _stats())
    assert "24-001" in ans.answer and "24-002" in ans.answer, ans.answer


def test_a_machine_made_summary_of_another_year_does_not_make_the_answer_abstain() -> None:
    summary = _hit("Holiday Hours Set: the township office closes over the Christmas holidays of 2024, closing at noon "
                   "on December 24, 2024.", 1, date="2024-12-10", doc="summaries.MACHINE_GENERATED")
    summary.source = "summaries.MACHINE_GENERATED.json"
    minutes = _hit("R2025-207 THAT the 2025 holiday hours for Municipal operations be as follows: Office: December 24th "
                   "closed at noon. Carried.", 2, date="2025-11-18")
    question = "What holiday hours did the township set for its office over Christmas 2025?"
    ans = answer_extractive(question, [summary, minutes], _stats())
    assert not ans.abstained and "closed at noon" in ans.answer, ans.answer
    assert all("MACHINE" not in c.source for c in ans.citations)

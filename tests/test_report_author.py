"""A question after who wrote a report is answered from the report's own field naming its author ("By: Anna Taylor,
Scrutiny Research Officer", "Report Author: Nick Abrahams"): the field shares no word with the question, so it is
added from the document the best evidence is from, and it answers the question's "wrote"."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _hit

REPORT = ("By: Jane Holloway, Democratic Services Officer\nTo: Cabinet - 4 March 2025\nSubject: Reconsideration of "
          "Decision 25/00012 - Closure of the Riverside Day Centre\n\nSummary: Following the Scrutiny Committee's "
          "referral, Cabinet must reconsider the decision to close the Riverside Day Centre.\n\nCabinet may "
          "confirm, amend or rescind decision 25/00012 on the Riverside Day Centre.")


def test_report_author_synthetic_the_author_field_answers_who_wrote_it() -> None:
    ans = answer_extractive("Who wrote the report asking Cabinet to reconsider decision 25/00012 on the Riverside "
                            "Day Centre?", [_hit(REPORT)])
    assert not ans.abstained and "Jane Holloway" in ans.answer, ans.answer


def test_report_author_synthetic_only_a_question_after_the_author_gets_the_field() -> None:
    ans = answer_extractive("What may Cabinet do with decision 25/00012 on the Riverside Day Centre?", [_hit(REPORT)])
    assert not ans.abstained and "rescind" in ans.answer and "Jane Holloway" not in ans.answer, ans.answer


@needs_corpus
def test_report_author_real_kent_call_in_report(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who wrote the report asking Kent County Council's Cabinet on 4 March 2025 to reconsider decision "
                  "24/00093 on the Seashells and Millmead family hubs?", index=index)
    # (Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf p1: "By: Anna Taylor, Scrutiny Research
    # Officer")
    assert not ans.abstained and "Anna Taylor" in ans.answer, ans.answer

"""Headings, forms and title blocks are no quotes while a plain sentence answers as well; but when the plain
sentences left hold less than half of what the best of them does, the form is the evidence (a clerk's tracking sheet:
"Sponsor(s): ... Okafor (12) Order Waiver of Tent Fees for Riverfront Jazz Festival"), not a stray line."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _hit, _stats

SHEET = ("City of Northport Office of the City Clerk Document Tracking Sheet Or2024-150 Meeting Date: Sponsor(s): Type: "
         "Title: Committee(s) Assignment: 4/2/2024 Okafor (12) Order Waiver of Tent Fees for Riverfront Jazz Festival "
         "Committee on Special Events City Council Meeting April 2, 2024")
OTHER = "Fee waivers for summer music festivals in the parks were discussed by the Committee on Special Events."
ANSWER = ("At the Special Events committee, Alderman Okafor's order to waive the tent fees for the Riverfront Jazz "
          "Festival was recommended for passage.")


def test_heading_over_synthetic_the_form_holding_the_answer_over_a_stray_line() -> None:
    ans = answer_extractive("Who sponsored the order waiving tent fees for the Riverfront Jazz Festival?",
                            [_hit(SHEET, 1, doc="sheet"), _hit(OTHER, 2, doc="other")], _stats())
    assert not ans.abstained and "Okafor (12)" in ans.answer and "summer music" not in ans.answer, ans.answer


def test_heading_over_synthetic_a_plain_sentence_that_answers_still_comes_first() -> None:
    ans = answer_extractive("Who sponsored the order waiving tent fees for the Riverfront Jazz Festival?",
                            [_hit(SHEET, 1, doc="sheet"), _hit(ANSWER, 2, doc="answer")], _stats())
    assert not ans.abstained and "Alderman Okafor's order" in ans.answer.split("[1]")[0], ans.answer


@needs_corpus
def test_heading_over_real_bristol_forward_plan_contact(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who is named as the contact officer on Bristol's Transport and Connectivity Policy Committee forward "
                  "plan, and on what date was the January 2026 update published?", index=index)
    # (src-bcc-0016 forward plan p1, its heading: "Forward plan This update published 20 January 2026 Contact: Sam
    # Wilcock, Policy Committee Officer"; the plain lines after it define a key decision)
    assert not ans.abstained and "Sam Wilcock" in ans.answer and "20 January 2026" in ans.answer, ans.answer
    assert "Result in expenditure of £500,000" not in ans.answer, ans.answer

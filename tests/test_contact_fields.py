"""A cover sheet's run of fields is a form, not an answer, unless one of them names the person a part asks after:
"Contact: Sam Wilcock, Policy Committee Officer" answers who is named as a forward plan's contact officer, as
"Proposer: ..." answers who proposed a motion."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _hit

COVER = ("Forward plan Contact: Priya Natarajan, Committee Services Officer, email: committees@northshire.gov.uk "
         "Tel: 01632 960000")
PLAN = ("The Forward Plan gives notice of anticipated key decisions to be taken at Policy Committees. This update of "
        "the plan was published on 14 March 2026. It will be updated and published on the Council website on a "
        "monthly basis.")


def test_contact_fields_synthetic_a_cover_sheets_contact_answers_who() -> None:
    cover, plan = _hit(COVER, 1, date="2026-03-16"), _hit(PLAN, 2, date="2026-03-16", doc="d1")
    ans = answer_extractive("Who is named as the contact officer on the Northshire forward plan, and on what date "
                            "was the March 2026 update published?", [plan, cover])
    assert not ans.abstained and "Priya Natarajan" in ans.answer and "14 March 2026" in ans.answer, ans.answer


@needs_corpus
def test_contact_fields_real_bristol_forward_plan(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who is named as the contact officer on Bristol's Transport and Connectivity Policy Committee "
                  "forward plan, and on what date was the January 2026 update published?", index=index)
    # (src-bcc-0016 ... forward-plan-2026-01-21.pdf p1: "This update published 20 January 2026 Contact: Sam Wilcock,
    # Policy Committee Officer")
    assert not ans.abstained and "Sam Wilcock" in ans.answer and "20 January 2026" in ans.answer, ans.answer

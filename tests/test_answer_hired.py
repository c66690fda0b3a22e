"""Who was hired, asked beside what was done later ("who was hired and how was it paid for, and under which by-law was
the plan adopted?"): the party to the deal ("the proposal from Urban RE") answers who was hired, not the councillors
who moved a resolution; and when the lead meeting (the one that adopted the plan) names no party to a deal on the
question's subject, the part is answered from the meeting that does, which is kept beside the lead's. Synthetic: two
meetings' resolutions; real: Nipissing's minutes of July and November 2025."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.firms import HIRED_Q, names_party

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats


def test_hired_synthetic_the_party_to_the_deal_answers_who_was_hired() -> None:
    assert HIRED_Q.search("who was hired") and HIRED_Q.search("which firm was engaged to do it")
    assert not HIRED_Q.search("who moved the motion") and not HIRED_Q.search("who chaired the meeting")
    assert names_party("THAT we accept the proposal from Urban RE for the Development of an updated Plan")
    assert not names_party("R2025-213 A. Avery, B. Byrne: THAT we pass By-Law Number 2025-32 to adopt the Plan.")


def test_hired_synthetic_the_part_is_answered_from_the_meeting_that_hired() -> None:
    adopted = _hit("R2025-213 A. Avery, B. Byrne: THAT we pass By-Law Number 2025-32 being a By-Law to adopt an Asset "
                   "Management Plan for the Township. Carried. R2025-206 C. Cole, D. Dunne: THAT we accept the quote "
                   "from Northern Wells Ltd for the replacement of the well pump at the fire hall. Carried.", 1,
                   date="2025-11-18", doc="nov")
    hired = _hit("R2025-135 A. Avery, B. Byrne: THAT we accept the proposal from Urban RE for the Development of an "
                 "updated Asset Management Plan; AND THAT the work be financed through the Canada Community Building "
                 "Fund. Carried.", 2, date="2025-07-15", doc="jul")
    ans = answer_extractive("How did the township get its new Asset Management Plan in 2025 - who was hired and how "
                            "was it paid for, and under which by-law was the plan adopted?", [adopted, hired], _stats())
    assert "Urban RE" in ans.answer and "2025-32" in ans.answer, ans.answer
    assert "Northern Wells" not in ans.answer, ans.answer


@needs_corpus
def test_hired_real_the_township_that_hired_its_asset_management_planner(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-July-15-2025.pdf",
                               "nipissing-township/minutes/Minutes-November-18-2025.pdf",
                               "nipissing-township/minutes/Minutes-October-28-2025.pdf"],
                    "How did Nipissing get its new Asset Management Plan in 2025 - who was hired and how was it paid "
                    "for, and under which by-law was the plan adopted?")
    assert "Urban RE" in ans.answer and "2025-32" in ans.answer, ans.answer



@needs_corpus
def test_hired_real_a_part_asking_only_its_kind_stays_at_the_lead_meeting(tmp_path: Path) -> None:
    # (the supplier's part names no subject of its own: another meeting's "purchase from a Canadian supplier" is no
    # answer to it)
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-November-18-2025.pdf",
                               "nipissing-township/minutes/Minutes-February-18-2025.pdf"],
                    "In November 2025 Nipissing Township accepted a quote for work on the well at its Community "
                    "Centre. What was the work, who was the supplier, and what was the price?")
    assert "Ontario Water Well Fracturing" in ans.answer and "Sweeper" not in ans.answer, ans.answer

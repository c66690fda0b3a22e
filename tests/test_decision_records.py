"""A line that records a decision, opening with its outcome in capitals or naming who moved and seconded it
("APPROVED – Revised budget – B. Munro (motion)"), states something: it is no heading. The test is synthetic; the
outside set ext4 (not in the shared corpus) holds a real one."""

from __future__ import annotations

from minutes_rag.answer.cues import looks_like_heading


def test_record_synthetic_a_decision_record_is_no_heading() -> None:
    assert not looks_like_heading("◦ APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)")
    assert not looks_like_heading("APPROVED – 2018 Meetings Calendar")
    assert looks_like_heading("APPROVED MINUTES OF THE COUNCIL")
    assert looks_like_heading("7 Review of Parking Policies and Charges")

"""A line that records a decision, opening with its outcome in capitals or naming who moved and seconded it
("APPROVED – Revised budget – B. Munro (motion)") or giving it after a dash ("16/00964/F – Park Lodge - Approved",
"Request for funding for the Kirk Illumination -- Granted"), states something: it is no heading. On synthetic lines
and on a real corpus planning list (the outside set ext4 holds real lines of the other forms)."""

from __future__ import annotations

from minutes_rag.answer.cues import looks_like_heading
from minutes_rag.parse.load import load_pdf
from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus


def test_record_synthetic_a_decision_record_is_no_heading() -> None:
    assert not looks_like_heading("◦ APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)")
    assert not looks_like_heading("APPROVED – 2018 Meetings Calendar")
    assert looks_like_heading("APPROVED MINUTES OF THE COUNCIL")
    assert looks_like_heading("7 Review of Parking Policies and Charges")
    # an outcome after a dash, in a planning list or a run of lines the PDF printed without stops
    assert not looks_like_heading("16/00964/F – Westfield Lodge - Approved")
    assert not looks_like_heading("A.O.C.B, North East Community Funding Event 28/1/2023 at the High School 6.30 pm – "
                                  "8.30pm Request for funding for the Old Kirk Illumination -- Granted The Meeting "
                                  "closed at 8.50 pm The next meeting will be held in the Burgh Chambers")
    assert looks_like_heading("Planning Applications – Approved and Refused")  # (no dash before a lone outcome)


@needs_corpus
def test_record_real_a_planning_lists_verdict_after_a_dash() -> None:
    loaded = load_pdf(corpus("souldern-parish-council/minutes/2016-07-21 SPC minutes.pdf")).document
    assert loaded is not None
    lines = [s for page in loaded.pages for _, s in sentences(page.text) if "16/00964/F" in s]
    assert lines and all(not looks_like_heading(s) for s in lines), lines

"""A part asking who, answered by a form's field that names a person ("Proposer: Mike Baldock Seconder: Mark
Hood" on a budget amendment's form). A form is otherwise no answer (its labels are not statements), so the field
is taken only where the form is about what the part names. Synthetic: a form and another amendment's minute; real:
Kent's budget amendment forms and the council's minutes."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

FORM = ("Budget Amendment Form Amendment Name: Expansion of Harbour Wardens Amendment Number: 6 Directorate: Growth "
        "Proposer: Ann Fairley Seconder: Tom Wexford Proposed Purpose: To expand the harbour wardens scheme. Proposed "
        "Amount: £550k from the prevention grant.")
MINUTE = "(7) Mr Brady proposed, and Ms Meade seconded the following amendment: to restore the library budget."


def test_form_fields_synthetic_the_forms_proposer_answers_who() -> None:
    hits = [_hit(FORM, 1, doc="6 - Amendment - Harbour Wardens"), _hit(MINUTE, 2, doc="council minutes")]
    ans = answer_extractive("Who proposed and seconded the amendment to expand the harbour wardens scheme, and how "
                            "much money was involved?", hits, _stats())
    assert not ans.abstained and "550k" in ans.answer, ans.answer
    assert "Ann Fairley" in ans.answer and "Tom Wexford" in ans.answer, ans.answer
    # a form about something else does not answer who
    other = _hit(FORM.replace("Harbour Wardens", "Library Hours").replace("harbour wardens", "library hours"), 1,
                 doc="6 - Amendment - Library Hours")
    ans = answer_extractive("Who proposed the amendment to expand the harbour wardens scheme, and how much money "
                            "was involved?", [other, _hit(MINUTE, 2, doc="council minutes")], _stats())
    assert "Ann Fairley" not in ans.answer, ans.answer


@needs_corpus
def test_form_fields_real_the_community_wardens_amendments_proposer(tmp_path: Path) -> None:
    folder = "kent-county-council/full_council/2025-02-13/"
    api.ingest([corpus(folder + f) for f in ("6 - Amendment - Greens and Independents - Community Wardens.pdf",
                                             "8 - Amendment - Greens and Independents - CTRS.pdf",
                                             "Printed minutes 13th-Feb-2025 09.30 County Council.pdf")],
               index=tmp_path / "index", authority="Kent County Council")  # (as the corpus manifest says)
    ans = api.ask("Who proposed and seconded the Greens and Independents' amendment to expand Kent's Community "
                  "Wardens scheme for the February 2025 budget meeting, and how much money was involved?",
                  index=tmp_path / "index")
    assert not ans.abstained and "550k" in ans.answer, ans.answer
    assert "Baldock" in ans.answer and "Hood" in ans.answer, ans.answer

"""A bulleted list's items are sentences of their own, often long ("That this resolution is subject to the
following conditions: • The Council shall select an independent search firm ... • That the applicant will be
responsible for ... • That ... notice ... will be mailed to the adjacent owners."): the list after its lead-in is
quoted to its end, not cut after a first long item, which would read as the only condition."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.lists import list_after
from minutes_rag.text import sentences

from .conftest import needs_corpus
from .test_answer_parts import _ask_real

CONDITIONS = (
    "That the sale of the road allowance is subject to the following conditions:\n"
    "• The Council shall appoint an independent surveyor to establish the limits of the land to be sold and to report "
    "on any drainage, access or environmental constraints that the sale would create for the neighbouring owners.\n"
    "• That the applicant will pay all of the Council's legal, survey and advertising costs arising from the sale.\n"
    "• That notice of the sale will be sent to the adjacent owners.\n\n"
    "3. That the correspondence be received.")


def test_bullets_synthetic_a_list_of_long_conditions_is_quoted_whole() -> None:
    sents = sentences(CONDITIONS)
    items = [s for _, s in list_after(CONDITIONS, sents, 0)]
    assert len(items) == 3 and items[-1].startswith("• That notice of the sale"), items
    assert not any("correspondence" in s for s in items)


@needs_corpus
def test_bullets_real_nipissing_conditions(tmp_path: Path) -> None:
    # Nipissing's minutes of 28 October 2025, p2: three bulleted conditions, the first 45 words long
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-October-28-2025.pdf"],
                    "What did Nipissing council decide on 28 October 2025 about Earl and Fern Horst's application to "
                    "buy part of the shore road allowance, and what conditions were attached?")
    assert "in principle" in ans.answer and "independent search firm" in ans.answer, ans.answer
    assert "Fish Habitat Evaluation costs" in ans.answer and "adjacent owners" in ans.answer, ans.answer

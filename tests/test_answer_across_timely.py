"""Asked the same of two authorities for a year ("by how much did each raise its property tax for 2025?"), each body's
statement comes from its meetings of that time: a body's sentence from a meeting years before it would be dropped
later as untimely, leaving that body with nothing said, so a timely one of the same body is taken instead."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

QUESTION = ("Compare the property-tax decisions for 2025 in Northshire and Southfield: by how much did each go up?")


def test_across_timely_synthetic() -> None:
    hits = [
        _hit("Southfield's property tax decisions: the property tax now brings 9% of the Council's income, up from 8%.",
             1, date="2023-11-17", authority="Southfield County Council", doc="south-2023"),
        _hit("Northshire's property tax for 2025 goes up by 4.99%, the council agreed.", 2, date="2025-02-13",
             authority="Northshire Council", doc="north-2025"),
        _hit("Councillor Ames proposed to vary the basic rate upwards by 15% for the year 2025.", 3,
             date="2024-09-23", authority="Southfield County Council", doc="south-2024"),
    ]
    ans = answer_extractive(QUESTION, hits, _stats())
    assert not ans.abstained and "4.99%" in ans.answer and "15%" in ans.answer, ans.answer


@needs_corpus
def test_across_timely_real_kent_and_limerick_property_tax(tmp_path: Path) -> None:
    # Limerick's statement was the 2024 budget meeting's (17 November 2023) "LPT (9%)" of its income, dropped later
    # as too early for 2025; its 23 September 2024 vote to raise the LPT by 15% for 2025 was never said
    ans = _ask_real(tmp_path, [
        "limerick/2024/01/22-Full Meeting of Limerick City and County Council/Minutes - Budget Meeting of Limerick "
        "City and County Council - 17th November 2023.md",
        "limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary Meeting of Limerick "
        "City and County Council - 23rd September 2024.md",
        "kent-county-council/full_council/2025-02-13/February 2025 Kent County Council Budget Report.pdf"],
        "Compare the household property-tax decisions for 2025 in Kent (2025-26 budget) and Limerick (Local Property "
        "Tax): by how much did each go up?")
    assert not ans.abstained and "15%" in ans.answer, ans.answer

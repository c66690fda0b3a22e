"""A further part that names a time of its own ("..., and what budgeted amount for the TownSuite conversion was returned
to the operating reserve in December?") keeps its best quote from a meeting of that time, which the one-meeting rule
dropped as "from another meeting than the lead evidence" (the lead being September's resolution accepting MuniSoft's
quotation). Synthetic: made-up minutes; real: Nipissing Township's minutes of 2 September and 16 December 2025."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import ask_corpus, needs_corpus
from .test_answer_parts import _hit, _stats

QUESTION = ("When the township replaced its harbour booking software in 2025, what software cost did it accept from "
            "Quayside Systems, and what budgeted amount for the old system's upgrade was returned to the reserve in "
            "December?")


def test_part_own_month_synthetic() -> None:
    september = _hit("R2025-150 THAT the quotation received from Quayside Systems be accepted for the harbour booking "
                     "software, software cost $24,900, conversion cost $9,800, to be funded from the modernization "
                     "reserve. Carried.", 1, date="2025-09-02", doc="sep")
    december = _hit("R2025-240 WHEREAS the harbour booking software upgrade budgeted in 2025, budgeted amount $64,500, "
                    "was not completed; THAT the budgeted amount be returned to the operating reserve. Carried.", 2,
                    date="2025-12-16", doc="dec")
    ans = answer_extractive(QUESTION, [september, december], _stats())
    assert "$24,900" in ans.answer and "$64,500" in ans.answer, ans.answer
    # (another council's meeting of that month is no answer for the lead's council)
    other = _hit(december.text, 2, date="2025-12-16", doc="dec", authority="Southshire Council")
    ans = answer_extractive(QUESTION, [september, other], _stats())
    assert "$24,900" in ans.answer and "$64,500" not in ans.answer, ans.answer
    # (a part naming the lead's own month adds no other meeting: asked of September, December's is not quoted)
    ans = answer_extractive(QUESTION.replace("in December", "in September"), [september, december], _stats())
    assert "$24,900" in ans.answer and "$64,500" not in ans.answer, ans.answer


@needs_corpus
def test_part_own_month_real_nipissing_townsuite(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["nipissing-township/minutes/Minutes-September-2-2025.pdf",
                                "nipissing-township/minutes/Minutes-December-16-2025.pdf"],
                     "When Nipissing Township replaced its TownSuite finance software in 2025, what software cost did it "
                     "accept from MuniSoft, and what budgeted amount for the TownSuite conversion was returned to the "
                     "operating reserve in December?")
    assert not ans.abstained and "$25,860" in ans.answer and "71,885" in ans.answer, ans.answer

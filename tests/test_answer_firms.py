"""A part asking which firm did something is answered by a sentence naming a firm: initials in capitals ("KPMG",
"MNP") or a company's word ("Holly Landscapes Ltd"), not by the resolution on the same subject that names none
("That we adopt the 2024 Audited Financial Statements ... as presented. Carried.")."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.firms import FIRM_Q, FIRM_S

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

MINUTES = ("Presentation: The 2024 Audited Financial Statements were presented by Jane Doyle, BDO. Jane left the "
           "meeting following her presentation. Committee Reports: Councillor Ann Lee: Library Board. R2025-043 "
           "A. Lee, B. Ross: That we adopt the 2024 Audited Financial Statements for the Township as presented. "
           "Carried. R2025-044 B. Ross, A. Lee: That the road tender be awarded to Northway Paving Ltd. Carried.")


def test_firms_synthetic_the_cue() -> None:
    assert FIRM_Q.search("which firm presented the statements") and FIRM_Q.search("what company won the tender")
    assert not FIRM_Q.search("which councillor presented the statements")
    assert FIRM_S.search("presented by Oscar Poloni, KPMG.") and FIRM_S.search("awarded to Northway Paving Ltd.")
    assert not FIRM_S.search("R2025-043 S. Foote, L. Chalapenko: That we adopt the statements. Carried.")
    assert not FIRM_S.search("RESOLVED THAT the report BE APPROVED.")


def test_firms_synthetic_which_firm_presented() -> None:
    ans = answer_extractive("Which firm presented the township's 2024 audited financial statements, and who moved "
                            "their adoption?", [_hit(MINUTES)], _stats())
    assert "BDO" in ans.answer, ans.answer


@needs_corpus
def test_firms_real_nipissing_auditor(tmp_path: Path) -> None:
    # Nipissing's minutes of 4 March 2025, p1: "Presentation: The 2024 Audited Financial Statements were presented by
    # Oscar Poloni, KPMG." and "R2025-043 S. Foote, L. Chalapenko: That we adopt the 2024 Audited Financial
    # Statements for the Township of Nipissing as presented. Carried."
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-March-4-2025.pdf"],
                    "Which firm presented Nipissing Township's 2024 audited financial statements in March 2025, and "
                    "who moved their adoption?")
    assert "KPMG" in ans.answer, ans.answer


BUDGET = ("Budget meeting, 11 March 2026. Presentation of Resolution R 2026-5 Board of Review Compensation. To retain "
          "current workers and generate interest in serving on the board, this resolution would raise the wage to $17 "
          "per hour from the 2026-27 fiscal year. Motion to adopt R 2026-5 made by DL, 2nd by SH. The IRS has raised "
          "the amount paid for mileage to 72.5 cents per mile from 70 cents. Motion by SH to approve the IRS mileage "
          "rate, 2nd by SB. Roll call vote: all aye.")


def test_figures_synthetic_a_part_asking_a_figure_by_its_noun() -> None:
    # "what hourly wage ..." and "what IRS mileage rate ...": the question wants figures (an answer without one is
    # refused), so each part is answered by a sentence that states one (found on ext11, outside the corpus)
    ans = answer_extractive("At the township's March 2026 budget meeting, what hourly wage did the board set for "
                            "Board of Review members, and what IRS mileage rate did it approve?", [_hit(BUDGET, date="2026-03-11")],
                            _stats())
    assert not ans.abstained and "$17" in ans.answer and "72.5 cents" in ans.answer, ans.answer

"""A question after a fine or a penalty asks a sum: evidence that names the fine but states no amount ("Article 44,
Parking Tickets – Increased Fees for Snow Emergency", "traffic wardens will have the power to fine those
responsible") does not answer it, and the answer says the minutes hold none ("Fine Gael" is a party, not a sum). A
fiscal year named as "FY2024" or "FY25" is a year: evidence of FY25's transfers does not answer a question about
FY2024's."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import MONEY_NOUN_Q
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.text import asked_years, event_years

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

ARTICLE = ("Motion made that the Board petition the General Court to amend Chapter 37 of the Acts of 2004 as voted at "
           "the May 8, 2025, Town Meeting, Article 44, Parking Tickets – Increased Fees for Snow Emergency. Moved by "
           "Mr. Fox, seconded by Mr. Murray.")


def test_fine_synthetic_a_fine_named_without_its_sum_is_no_answer() -> None:
    question = "What new fine for snow-emergency parking tickets did the 2025 Town Meeting set under Article 44?"
    ans = answer_extractive(question, [_hit(ARTICLE)], _stats())
    assert ans.abstained, ans.answer
    stated = ARTICLE.replace("Snow Emergency.", "Snow Emergency, raising the fine to $50.")
    ans = answer_extractive(question, [_hit(stated)], _stats())
    assert not ans.abstained and "$50" in ans.answer, ans.answer
    assert MONEY_NOUN_Q.search("What penalty did the council set for late returns?")
    assert not MONEY_NOUN_Q.search("What did the Fine Gael group propose for the budget?")


@needs_corpus
def test_fine_real_limerick_wardens_power_to_fine_states_no_sum(tmp_path: Path) -> None:
    # Limerick's minutes of 22 January 2024 hold a notice of motion asking the Minister for legislation under which
    # "traffic wardens will have the power to fine those responsible": no fine is set, and no sum stated
    ans = _ask_real(tmp_path, ["limerick/2024/03/25-Full Meeting of Limerick City and County Council/Minutes - "
                               "Ordinary Meeting of Limerick City and County Council - 22nd January 2024.md"],
                    "What fine can Limerick's traffic wardens now impose on those responsible in council car parks?")
    assert ans.abstained, ans.answer


TRANSFERS = ("FY2025 YEAR END TRANSFERS. Motion that the Board authorize the year end transfer which totals "
             "$1,325,752.00 from the FY25 appropriation line items listed below.")


def test_fiscal_year_synthetic_fy25_is_not_fy2024() -> None:
    assert asked_years("What did the FY2024 year-end transfers total?") == {"2024"}
    assert event_years("from the FY25 appropriation") == {"2025"} and event_years("FYI, in 2024") == {"2024"}
    hit = _hit(TRANSFERS, date="2025-06-16")
    ans = answer_extractive("What was the total of the Board's FY2024 year-end budget transfers?", [hit], _stats())
    assert ans.abstained, ans.answer
    ans = answer_extractive("What was the total of the Board's FY2025 year-end budget transfers?", [hit], _stats())
    assert not ans.abstained and "$1,325,752.00" in ans.answer, ans.answer

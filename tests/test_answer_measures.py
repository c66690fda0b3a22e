"""A figure asked for may be a measure, not money ("180kg per bin", "664 tonnes of food"): evidence that states
one answers "what weight allowance ...?". A body named for money ("the Budget Committee") does not make a
question ask an amount: "what did the Budget Committee decide ...?" is answered by its decision."""

from __future__ import annotations

from pypdf import PdfReader

from minutes_rag.answer.cues import MONEY_NOUN_Q, has_figure
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

WAIVER = ("Question 11. The weight allowance for 2022 was 180kg per bin, i.e. 180kg General Waste, 180kg Mixed Dry "
          "Recyclables, a total of 360kg. The weight allowance for 2023 was 120kg per bin.")
HERITAGE = ("4.3 Cost Saving Opportunities within Heritage. Moved by S. Stevenson. Seconded by P. Van Meerbergen. That "
            "the Civic Administration BE DIRECTED to prepare a Business Case for Council's consideration reducing the "
            "annual budget of the Heritage Department. Motion Failed (3 to 12)")


def test_measure_synthetic_a_weight_is_a_figure() -> None:
    assert has_figure("The weight allowance for 2022 was 180kg per bin.")
    assert has_figure("They distributed 664 tonnes of food.") and has_figure("a route of 12 km")
    assert not has_figure("Item 12 of the 2023 meeting.")
    ans = answer_extractive("What weight allowance per bin did the council's bin waiver scheme allow in 2022?",
                            [_hit(WAIVER, 1, "2023-09-25")], _stats())
    assert not ans.abstained and "180kg per bin" in ans.answer, ans.answer


def test_budget_committee_synthetic_its_decision_is_no_amount_asked() -> None:
    assert MONEY_NOUN_Q.search("What budget did the council set for 2026?")
    assert not MONEY_NOUN_Q.search("What did the Budget Committee decide in June 2025 on the heritage motion?")
    ans = answer_extractive("What did the Budget Committee decide in June 2025 on Councillor Stevenson's motion for a "
                            "business case to reduce the Heritage Department's budget?",
                            [_hit(HERITAGE, 1, "2025-06-11")], _stats())
    assert not ans.abstained and "Motion Failed (3 to 12)" in ans.answer, ans.answer


@needs_corpus
def test_measure_real_tonnes_of_food_distributed() -> None:
    page = PdfReader(corpus("west-of-england-ca/src-weca-0028_joint-meeting-2026-06-05-investment-fund-programme"
                            ".pdf")).pages[4].extract_text()
    said = next(s for _, s in sentences(page) if "664 tonnes" in s)
    clause = said.split(",")[0].replace("2024/5", "")  # "In they distributed 664 tonnes of food within ... region"
    assert "664 tonnes" in clause and has_figure(clause), clause

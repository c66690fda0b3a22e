"""Asked what happened to one of several recommendations taken in one item, the answer is the outcome recorded
right after it ("the recommendation was LOST (4 members voting in favour, 5 against)"), not the outcome of the
item's last recommendation. On synthetic minutes and on Bristol's September 2024 transport committee minutes."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.parts import records_decision

from .conftest import needs_corpus
from .test_answer_parts import _hit, _stats

ITEM = _hit("Parking review. Recommendation 4A was moved by Councillor Ash and seconded by Councillor Birch. On being "
            "put to the vote the recommendation was CARRIED unanimously. \u201cRecommendation 4C Approves the removal "
            "of the free parking tariff in all permit zones.\u201d Councillors asked for further work to close the "
            "loophole. On being put to the vote the recommendation was LOST (4 members voting in favour, 5 against). "
            "Recommendation 5 - District Car Park Charging. The recommendation was moved by Councillor Ash. On being "
            "put to the vote the recommendation was CARRIED (8 members voting in favour, 1 against).", 1, "2024-09-12")


def test_outcome_first_synthetic_the_outcome_after_the_recommendation_asked() -> None:
    ans = answer_extractive("What happened to the proposal to remove the free parking tariff in the permit zones in "
                            "September 2024?", [ITEM], _stats())
    assert not ans.abstained and "LOST (4 members voting in favour, 5 against)" in ans.answer, ans.answer
    assert records_decision("On being put to the vote the recommendation was LOST (4 in favour, 5 against).")


@needs_corpus
def test_outcome_first_real_bristol_free_parking_tariff(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("What happened to the recommendation to remove the 30-minute free parking tariff in all residents' "
                  "parking schemes at Bristol's transport committee in September 2024?", index=index,
                  authority="Bristol City Council")
    assert not ans.abstained and "LOST (4 members voting in favour, 5 against)" in ans.answer, ans.answer

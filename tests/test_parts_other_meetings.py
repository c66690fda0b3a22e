"""A many-part question whose parts were settled at different meetings: "which funding source was the work charged
to, and under what by-law number was the finished plan adopted?" (the hire and its funding at one meeting, the
adoption months later at another).

- A part asking where money came from is answered by a sentence naming a source ("financed through the ... Fund"),
  which need not say "source" or "charged": those words ask, they are not what the evidence must hold. Before, the
  question was refused ("no evidence mentions 'finish', 'charg'").
- A part whose kind of answer (here a source of funds) the lead meeting does not state on the part's subject is
  answered from the meeting that does, as a part asking who was hired already was. Before, that meeting's sentence
  was dropped as "from another meeting than the lead evidence".

The real passages are the Township of Nipissing's minutes of July and November 2025 in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.funding import FUNDING_Q

from .conftest import CORPUS, ask_corpus, ask_texts

ELMVALE_SPRING = ("Township of Elmvale\nMinutes of the Regular Council Meeting\nTuesday, March 11, 2025\n\n"
                  "1. Call to Order\nMayor Green called the meeting to order at 7:00 p.m.\n\n"
                  "2. Roads Needs Study\nR2025-40 P. Hale, T. Moss: THAT we accept the proposal from Acme Planning Ltd. "
                  "for the update of the Roads Needs Study; AND THAT the work be financed through the Gas Tax Reserve. "
                  "Carried.\n\n3. Fire Hall Roof\nR2025-41 T. Moss, P. Hale: THAT we award the fire hall roof repair to "
                  "Top Roofing for $18,400. Carried.\n")
ELMVALE_AUTUMN = ("Township of Elmvale\nMinutes of the Regular Council Meeting\nTuesday, September 23, 2025\n\n"
                  "1. Call to Order\nMayor Green called the meeting to order at 7:00 p.m.\n\n"
                  "2. By-Laws\nR2025-99 P. Hale, T. Moss: THAT we pass By-Law Number 2025-50 being a By-Law to adopt the "
                  "Roads Needs Study for the Township of Elmvale. Read a first, second and third time and passed this "
                  "23rd day of September 2025. Carried.\n\n3. Community Hall\nR2025-100 T. Moss, P. Hale: THAT the "
                  "community hall rental rates for 2026 be approved as presented. Carried.\n")


def test_funding_part_synthetic_words_that_ask() -> None:
    assert FUNDING_Q.search("Which funding source was the work charged to?")
    assert FUNDING_Q.search("and which budget was the repair paid from?")
    assert not FUNDING_Q.search("Which budget line did the council cut?")  # (what was cut, not where money came from)
    for other in ("Which account was charged a penalty?", "Which reserve was drawn down to zero?",
                  "What grant was paid to the football club?", "Which grants were met with objections?"):
        assert not FUNDING_Q.search(other), other


def test_parts_synthetic_answered_at_their_own_meetings(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"elmvale/2025-03-11 minutes.txt": ELMVALE_SPRING,
                               "elmvale/2025-09-23 minutes.txt": ELMVALE_AUTUMN},
                    "Elmvale hired a consultant in 2025 to update its roads needs study. Which funding source was the "
                    "work charged to, and under what by-law number was the finished study adopted?")
    assert not ans.abstained, ans.warnings
    assert "Gas Tax Reserve" in ans.answer and "2025-50" in ans.answer, ans.answer
    assert "Top Roofing" not in ans.answer and "rental rates" not in ans.answer, ans.answer


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_parts_real_nipissing_plan_funded_in_july_adopted_in_november(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["nipissing-township/minutes/Minutes-July-15-2025.pdf",
                                "nipissing-township/minutes/Minutes-October-28-2025.pdf",
                                "nipissing-township/minutes/Minutes-November-18-2025.pdf"],
                     "Nipissing took on a consultant in 2025 to update its asset management plan. Which funding "
                     "source was the work charged to, and under what by-law number was the finished plan adopted?")
    assert not ans.abstained, ans.warnings
    assert "Canada Community Building Fund" in ans.answer and "2025-32" in ans.answer, ans.answer

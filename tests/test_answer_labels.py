"""The answer to a question put at a meeting opens after its label ("Answer", "REPLY:", "Mayor's Response") and
seldom repeats the question's words: its opening inherits the claim of the question's echo of the user's question,
so a courtesy first sentence ("Thank you for requesting an update.") does not keep the substance out. Each on a
synthetic passage and on real questions put at a county council."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

SYNTHETIC = (
    "Question 4\nQuestion by Ann Hale to Tom Reed, Cabinet Member for Waste\nAt the council meeting in June I asked "
    "if the county would press the recycling contractor to collect glass from flats. Mr Reed agreed that he would "
    "write to them. Can he say whether they have replied?\nAnswer\nThank you for your question.\nThe contractor has "
    "declined to collect glass from flats this year. I will raise it again at the next contract review.\n"
    "Question 5\nQuestion by Sam Cole to Tom Reed\nWhen will the new depot open?\nAnswer\nIn the spring.\n"
)


def test_labels_synthetic_the_substance_after_a_courtesy_opening_is_quoted() -> None:
    ans = answer_extractive("What reply did Ann Hale get when she asked whether the recycling contractor had agreed "
                            "to collect glass from flats?", [_hit(SYNTHETIC)], _stats())
    assert not ans.abstained and "declined to collect glass" in ans.answer, ans.answer


@needs_corpus
def test_labels_real_the_answer_on_satnav_alerts_near_schools(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/full_council/2025-03-13/Questions put and answers given - March "
                               "2025.pdf"],
                    "Which Kent councillor asked in March 2025 whether satnav providers had been asked to add alerts "
                    "for drivers approaching schools, when had she first raised it, and what was the answer?")
    assert not ans.abstained and "Carey" in ans.answer and "work in progress" in ans.answer, ans.answer


# ---- a quote opening with a pronoun is quoted with the sentence it refers back to ------------------------------


def test_refers_back_synthetic_the_sentence_naming_who_they_are_is_quoted() -> None:
    text = ("The county supports local efforts to clean the estuary. Regarding the water quality of rivers, the Rivers "
            "Board is responsible for monitoring water quality and regulating discharges. They regularly monitor the "
            "water quality at Millbrook Creek and report pollution incidents to the county.")
    ans = answer_extractive("Which body monitors water quality at Millbrook Creek?", [_hit(text)], _stats())
    assert not ans.abstained and "Rivers Board" in ans.answer, ans.answer


@needs_corpus
def test_refers_back_real_who_monitors_water_quality_at_faversham_creek(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/full_council/2025-03-13/Questions put and answers given - March "
                               "2025.pdf",
                               "limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary "
                               "Meeting of Limerick City and County Council - 23rd September 2024.md"],
                    "River pollution: what did Limerick City and County Council say in September 2024 was the source "
                    "of the fish kill in the River Deel, and which body did Kent's environment cabinet member say in "
                    "March 2025 is responsible for monitoring water quality at Faversham Creek?")
    assert not ans.abstained and "water treatment plant" in ans.answer and "Environment Agency" in ans.answer, ans.answer

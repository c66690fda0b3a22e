"""A question after an amount is answered only by evidence that states one about what it asks: a figure in a
sentence about something else ("... scrap plans to spend €9 million on mobile phone pouches", "It was asked how
much received on Fire Trucks - $15,075") does not keep the answer from saying the minutes hold none; a sum alone on
its line ("Approximately $1,915.") is its item's. And "demolishing" asked is "Demolition" minuted."""

from __future__ import annotations

from minutes_rag.answer.cues import has_figure, missing_figure
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.text import content_stems, sentences

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

HALL = ("Demolition on Old Hall - Received bids from local firms. R. Payne lowest bid. Need an asbestos test before the hall can "
        "come down. It was asked how much was received for the fire trucks - $15,075 a piece.")


def test_figures_synthetic_a_figure_about_something_else_is_no_answer() -> None:
    ans = answer_extractive("How much was R. Payne's winning bid to demolish the township's old hall?",
                            [_hit(HALL)], _stats())
    assert ans.abstained, ans.answer
    ans = answer_extractive("How much was R. Payne's winning bid to demolish the township's old hall?",
                            [_hit(HALL.replace("R. Payne lowest bid.", "R. Payne lowest bid at $9,800."))], _stats())
    assert not ans.abstained and "$9,800" in ans.answer, ans.answer


def test_figures_synthetic_demolition_is_demolishing() -> None:
    assert set(content_stems("Demolition")) == set(content_stems("demolishing")) == {"demolish"}
    assert set(content_stems("abolition")) == set(content_stems("abolished"))
    ans = answer_extractive("What did American Classic quote for demolishing the old town hall?",
                            [_hit("New Business: Town Hall Demolition - Received a quote from American Classic - "
                                  "$14,000. Jim offered to check into a couple of other contractors.")], _stats())
    assert "$14,000" in ans.answer, ans.answer


@needs_corpus
def test_figures_real_limerick_riverfest_question_only() -> None:
    # Limerick's agenda of 25 November 2024 holds only a councillor's question about Riverfest 2025's budget (no
    # reply in the corpus), beside a notice of motion about "€9 million on mobile phone pouches", which an answer
    # on the whole corpus quoted as its second source
    text = corpus("limerick/2024/11/25-Full Meeting of Limerick City and County Council/Agenda - Ordinary Meeting "
                  "of Limerick City and County Council - 25th November 2024.md").read_text(encoding="utf-8")
    motion = next(s for _, s in sentences(text) if "mobile phone pouches" in s)
    question = ("What budget has Limerick City and County Council set for Riverfest 2025, and what share of the 2025 "
                "festivals and events budget will it take?")
    assert has_figure(motion)
    assert missing_figure(question, lambda: [motion], False) is not None
    assert missing_figure(question, lambda: [motion, "The budget for Riverfest 2025 is €520,000."], False) is None

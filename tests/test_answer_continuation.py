"""A chunk with no sentence (a Markdown rule "****", a page of only a footer) after a quote cut at its chunk's end is
no continuation: the quote stands alone (this raised IndexError)."""

from __future__ import annotations

from dataclasses import replace

from minutes_rag.answer.extractive import answer_extractive

from .test_answer_parts import _hit, _stats


def test_continuation_synthetic_a_next_chunk_with_no_sentence_is_none() -> None:
    lead = _hit("The committee approved the harbour wall repair budget of £40,000 for the works to be let by")
    stats = replace(_stats(), next_chunk=lambda h: replace(h, chunk_id="d1:00002", text="****"))
    ans = answer_extractive("How much was the harbour wall repair budget?", [lead], stats)
    assert not ans.abstained and "£40,000" in ans.answer, ans.answer


def test_continuation_synthetic_a_quote_ending_at_an_initial_goes_on_into_the_next_chunk() -> None:
    # (a chunk cut at "B." of "B. Munro": the quote's full stop is an initial's, not a sentence's)
    lead = _hit("• Updates: holiday decorations were taken down and stored. • APPROVED – Revised 2018 budget – B.")
    nxt = replace(lead, chunk_id="d1:00002", text="Munro (motion), Z. Maiorca (second). • New funding for banners.")
    stats = replace(_stats(), next_chunk=lambda h: nxt if h.chunk_id == lead.chunk_id else None)
    ans = answer_extractive("Which commissioners moved and seconded the revised 2018 budget?", [lead], stats)
    assert not ans.abstained and "Munro (motion), Z. Maiorca (second)" in ans.answer, ans.answer

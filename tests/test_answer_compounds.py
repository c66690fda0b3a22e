"""A word joined by a hyphen is the same word written solid: "ring-fenced" asked is "ringfenced" minuted, and
"ringfenced" asked is "ring-fenced" minuted. Without this, the question's halves ("ring", "fenc") are missing
from evidence that writes the word solid, and the answer abstains for want of words the evidence does hold."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.initials import compounds

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

TREASURER = ("Treasurer's Report. The treasurer reported a balance of £155.81 in the working account and £1240.78 in "
             "the ringfenced Project Account. The next meeting will be held in the church hall.")


def test_compounds_synthetic_the_word_and_its_halves() -> None:
    assert compounds("What was in the ring-fenced account?", []) == {"ringfenc": {"ring", "fenc"}}
    # a hyphenated word of the evidence counts when the question writes it solid
    assert compounds("What was in the ringfenced account?", ["the ring-fenced account", "a co-opted member"]) == {
        "ringfenc": {"ring", "fenc"}}
    assert compounds("What was in the ringfenced account?", ["a co-opted member"]) == {}
    # (not figures or financial years, nor a half that is a stopword)
    assert compounds("the 2024-25 budget and its well-being fund", []) == {}


def test_compounds_synthetic_a_hyphenated_question_finds_the_solid_word() -> None:
    ans = answer_extractive("What was the balance of the community council's ring-fenced project account?",
                            [_hit(TREASURER)], _stats())
    assert not ans.abstained and "£1240.78" in ans.answer, ans.answer


def test_compounds_synthetic_a_solid_question_finds_the_hyphenated_word() -> None:
    ans = answer_extractive("What was the balance of the community council's ringfenced project account?",
                            [_hit(TREASURER.replace("ringfenced", "ring-fenced"))], _stats())
    assert not ans.abstained and "£1240.78" in ans.answer, ans.answer


@needs_corpus
def test_compounds_real_kent_risk_register(tmp_path: Path) -> None:
    # the register writes "There was initially a ringfenced grant for this service, it then became part of the
    # Revenue Support Grant ..." (p. 3); asked with the hyphen, the answer abstained for want of "ring" and "fenc"
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-01-30/Appendix I Budget Risk Register 22.01.25.pdf"],
                    "Which scheme had a ring-fenced grant that later became part of the Revenue Support Grant?")
    assert not ans.abstained, ans.answer
    assert "ringfenced grant for this service" in ans.answer, ans.answer

"""A report presented is no attendance: "who presented the statements?" does not ask of the meeting's formalities
(its stem is "present"'s), so the last meeting's "minutes ... be adopted as published" does not answer "at which
meeting were they adopted?"."""
from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.formality import asks_formality

from .conftest import ask_corpus, needs_corpus


@pytest.mark.parametrize(("question", "asks"), [
    ("Who presented the audited financial statements, and at which meeting were they adopted?", False),
    ("What did the presentation on the library cover?", False),
    ("Who were the presenters at the workshop on the library?", False),
    ("Which councillors were present at the March meeting?", True),
    ("Who presented apologies, and who was present?", True),
])
def test_presenting_is_no_formality(question: str, asks: bool) -> None:
    assert asks_formality(question) is asks


@needs_corpus
def test_presented_statements_quote_no_other_meetings_minutes(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["nipissing-township/minutes/Minutes-March-4-2025.pdf",
                                "nipissing-township/minutes/Minutes-April-16-2024.pdf"],
                     "Who presented Nipissing Township's 2024 audited financial statements to council, and at which "
                     "meeting were they adopted?")
    assert not ans.abstained
    assert "Oscar Poloni" in ans.answer and "R2025-043" in ans.answer
    assert all(c.source.endswith("Minutes-March-4-2025.pdf") for c in ans.citations), ans.answer
    assert "be adopted as published" not in ans.answer  # (the last meeting's minutes adopted: a formality)

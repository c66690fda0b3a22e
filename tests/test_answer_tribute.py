"""A vote of sympathy or thanks is a tribute, not a division: asked whom a council remembered with one, the answer
names the person and quotes no vote count from elsewhere in the minutes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_rag.answer.cues import asks_vote

from .conftest import ask_corpus, needs_corpus

COUNT = re.compile(r"\bFor \(\d+\)")


@pytest.mark.parametrize("question", [
    "Which former county manager did the council pass a vote of sympathy for in January 2024?",
    "Whom did the committee give a vote of thanks to at its May meeting?",
    "Who received votes of congratulations from the council?",
])
def test_a_tribute_is_no_vote_asked(question: str) -> None:
    assert not asks_vote(question)


@pytest.mark.parametrize("question", [
    "How did members vote on the motion of sympathy for the strikers?",
    "How many voted for the vote of no confidence in the leader?",
    "Who proposed the vote of thanks, and how did members vote on the budget?",
])
def test_a_vote_beside_a_tribute_is_still_asked(question: str) -> None:
    assert asks_vote(question)


@needs_corpus
def test_a_tribute_question_quotes_no_count(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, [
        "kent-county-council/full_council/2025-03-13/Printed minutes 13th-Mar-2025 10.00 County Council.pdf",
        "limerick/2024/03/25-Full Meeting of Limerick City and County Council/"
        "Minutes - Ordinary Meeting of Limerick City and County Council - 22nd January 2024.md",
    ], "Tributes: which former Kent cabinet member for planning, highways, transport and waste did Kent County "
       "Council remember in March 2025, and which former county manager did Limerick City and County Council pass "
       "a vote of sympathy for in January 2024?")
    assert not ans.abstained
    assert "Balfour" in ans.answer and "Deigan" in ans.answer
    assert not COUNT.search(ans.answer), ans.answer

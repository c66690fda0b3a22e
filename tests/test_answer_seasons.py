"""A season the question names as a time ("what did it schedule for the autumn?") is held by evidence naming one of
its months ("a special meeting of the Budget Committee on October 28, 2025"). The season was the question's rarest
word and no evidence said it, so the answer's gate abstained though both things asked were quoted. Synthetic: made-up
minutes; real: London's Budget Committee minutes of 19 March 2025 from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.timing import season_words
from minutes_rag.text import stem

from .conftest import ask_texts, needs_corpus
from .test_answer_parts import _ask_real


@pytest.mark.parametrize(("text", "seasons"), [
    ("a special meeting of the Budget Committee on October 28, 2025", {"autumn", "fall"}),
    ("the works will run from July to August", {"summer"}),
    ("The next meeting is 3 February.", {"winter"}),
    ("May Day celebrations", {"spring"}),
    ("the council may decide in due course", set()),  # (a verb, not the month)
    ("The council met at 7 pm.", set()),
])
def test_season_words(text: str, seasons: set[str]) -> None:
    assert season_words(text) == {stem(s) for s in seasons}


MINUTES = """MINUTES of the first meeting of the Harbour Finance Committee held on 12 March 2025.

2.1 Annual Budget Update Process
That the following actions be taken:
a) the report on the annual budget update process BE RECEIVED;
b) the Treasurer BE DIRECTED to bring forward savings proposals totalling at least 2% of the levy;
c) the Treasurer BE DIRECTED to convene a special meeting of the Finance Committee on November 4, 2025 for the
budget release.
"""


def test_seasons_synthetic(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"harbour-council/finance/2025-03-12 minutes.md": MINUTES},
                    "What size of cuts did the Harbour Finance Committee ask the Treasurer to bring forward, and what "
                    "did it schedule for the autumn?")
    assert not ans.abstained, ans.answer
    assert "November 4, 2025" in ans.answer, ans.answer


@needs_corpus
def test_seasons_real_london_budget_committee(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["london-ontario/md/2025-03-19 1st Meeting of the Budget Committee.md"],
                    "What size of cuts did London's Budget Committee ask city departments to bring forward for the "
                    "2026 budget update, and what did it schedule for the autumn?")
    assert not ans.abstained, ans.answer
    assert "October 28, 2025" in ans.answer, ans.answer


def test_season_words_only_the_seasons_asked() -> None:
    text = "a special meeting on October 28, 2025, and another on 3 February"
    assert season_words(text, "What did it schedule for the autumn?") == {stem("autumn")}
    assert season_words(text, "What did it schedule for next year?") == set()

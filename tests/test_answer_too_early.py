"""A meeting held more than a year before the earliest year a question names cannot record what happened then: its
quotes are left out when other evidence remains (a parish's 2022 minutes about trees, asked how many planning
applications of the 2024/25 year concerned tree works). On synthetic minutes and on Souldern's minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.timing import too_early

from .conftest import corpus, needs_corpus


@pytest.mark.parametrize(("question", "date", "early"), [
    ("In the 2024/25 year, how many planning applications were there?", "2022-07-28", True),
    ("In the 2024/25 year, how many planning applications were there?", "2023-11-02", False),  # (the year before)
    ("In the 2024/25 year, how many planning applications were there?", "2026-01-10", False),  # (later may recount)
    ("How many planning applications were there last year?", "2012-01-10", False),  # (no year named)
    ("Under the Planning Act 2008, what did the 2025 meeting decide?", "2020-03-01", True),  # (not the law's year)
    ("In the 2024/25 year, how many planning applications were there?", None, False),
    ("How much was the rate cut in January 1931, and by what percentage for 1997-98?", "1931-01-28", False),
    ("What target did the council set to reach net zero by 2030?", "2019-07-25", False),  # (a target, not a time)
    ("In 2024, what did the council say about funding until 2027?", "2022-07-28", True),
    ("Where had the 20mph limits got to by May 2024?", "2022-07-28", True),  # (a month's: the time asked)
])
def test_too_early_synthetic_meetings_before_the_years_asked(question: str, date: str | None, early: bool) -> None:
    assert too_early(question, date) is early


@needs_corpus
def test_too_early_real_souldern_planning_year(tmp_path: Path) -> None:
    api.ingest([corpus("souldern-parish-council/minutes/2025-05-20 Annual Parish Meeting minutes.pdf"),
                corpus("souldern-parish-council/minutes/2022-07-28 SPC minutes.pdf")], index=tmp_path / "idx")
    ans = api.ask("In the 2024/25 year, how many planning applications did Souldern deal with, and how many of them "
                  "concerned tree works?", index=tmp_path / "idx")
    assert not ans.abstained and "20 applications" in ans.answer, ans.answer
    assert all(c.meeting_date != "2022-07-28" for c in ans.citations), [c.source for c in ans.citations]

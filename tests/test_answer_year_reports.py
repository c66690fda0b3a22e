"""An annual report's figures for a financial year: a question naming "2024/25" may be answered by evidence dated in
2025, the year that financial year ends in (the annual meeting that reports on it); and asked for a figure of that
year and of the year before, of two near-identical sentences (one year's report and the next's) the one that states
both figures is quoted. "How many" and "how much" name nothing the evidence must hold. On synthetic evidence and on
real minutes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.text import asked_years, content_stems

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

SOULDERN = "souldern-parish-council/minutes"


def test_years_synthetic_a_financial_year_ends_in_the_year_after_it_starts() -> None:
    assert asked_years("How many applications were there in 2024/25?") == {"2024", "2025"}
    assert asked_years("What was the 2025-2026 budget?") == {"2025", "2026"}
    assert asked_years("What was spent between 2019-2024?") == {"2019", "2024"}  # (a span, not a financial year)
    assert asked_years("What was spent in 2024?") == {"2024"}


def test_years_synthetic_the_annual_meeting_after_a_financial_year_reports_it() -> None:
    report = replace(_hit("The chairman reported that this last year has seen 20 planning applications in the "
                          "village in 2025.", 1, "2025-05-20", authority="Northfield Parish Council"),
                     source="2025-05-20 Annual Parish Meeting minutes.txt")
    older = replace(_hit("The chairman reported that the village hall roof was repaired.", 2, "2013-05-16",
                         authority="Northfield Parish Council"), source="2013-05-16 Annual Parish Meeting minutes.txt")
    ans = answer_extractive("How many planning applications did the village have in 2024/25, according to the "
                            "chairman?", [older, report], _stats())
    assert not ans.abstained and "20 planning applications" in ans.answer, ans.answer


def test_twins_synthetic_the_one_stating_both_years_figures_is_quoted() -> None:
    last = _hit("Chairman's report. This last year has seen 21 applications in the village, of which 6 related to "
                "tree works.", 1, "2024-05-23", doc="apm2024")
    this = _hit("Chairman's report. This last year has seen 20 applications in the village (21 in 23/24), of which "
                "11 related to tree works.", 2, "2025-05-20", doc="apm2025")
    ans = answer_extractive("How many applications did the village have according to the chairman's report, and how "
                            "many the year before?", [last, this], _stats())
    assert "20 applications" in ans.answer and "21 in 23/24" in ans.answer, ans.answer


def test_stopwords_synthetic_how_many_and_how_much_name_nothing() -> None:
    assert content_stems("How many applications, and how much did they cost?") == ["applic", "cost"]


@needs_corpus
def test_years_real_souldern_planning_applications_in_2024_25(tmp_path: Path) -> None:
    files = [f"{SOULDERN}/{n} minutes.pdf" for n in ("2013-05-16 Annual Parish Meeting", "2024-05-23 Annual Parish "
                                                     "Meeting", "2025-05-20 Annual Parish Meeting")]
    # (the May 2025 annual meeting reports on 2024/25; May 2024's on the year before)
    ans = _ask_real(tmp_path, files, "How many planning applications did Souldern have in 2024/25, according to the "
                                     "chairman's report?")
    assert "20 applications" in ans.answer, ans.answer
    ans = _ask_real(tmp_path, files, "How many planning applications did Souldern have in 2024/25 according to the "
                                     "chairman's annual report, and how many the year before?")
    assert "20 applications" in ans.answer and "21 in 23/24" in ans.answer, ans.answer

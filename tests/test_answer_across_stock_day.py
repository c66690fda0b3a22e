"""Asked one thing of each of two authorities, an authority's clause that names a day a figure stands at ("how many
approved fostering households did Kent have at 31 December 2024?") names no meeting: the figure is reported by a
later paper (the quarterly report to the March 2025 Cabinet), so that authority's lead evidence is not held to a
December 2024 meeting. Of an authority's meetings, the lead is the one whose best quote says the most of what is asked
of that authority in particular (by weight, in its own words; not the month its meeting was held in): "As of 31st
December 2024, there were 613 approved households", not a December committee's "a song to promote foster care".
Synthetic: a made-up county and parish; real: Cumbria's 2018 scrutiny minutes (a seed file) and Kent's Q3 2024/25
performance report and Corporate Parenting Panel minutes of December 2024, from ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.across import clause_time

from .conftest import ask_corpus, ask_texts, needs_corpus

PANEL = """Westshire County Council Corporate Parenting Panel
Minutes of the meeting held on 10 December 2024
1. The Chair welcomed care leavers to the meeting.
2. The Panel heard a song written by young people in care. The song aimed to promote foster care and assist in
recruiting more foster carers.
3. A member asked about the summer activities programme.
"""
REPORT = """Westshire County Council Quarterly Performance Report, Quarter 3 2024/25
Fostering
As of 31st December 2024, there were 613 approved households against a target of 700 households.
Actions being taken to increase the number of fostering households include information events.
"""
SCRUTINY = """Northmoor Council Children and Young People Scrutiny Advisory Board
Minutes of the meeting held on 12 March 2018
1. The Executive Director - People explained that the indicators had been set in the context of rising numbers.
He was aiming for a sufficient number of in house foster carers which may help in the reduction of placements.
"""
QUESTION = ("Foster care capacity: what did Northmoor's Executive Director - People say he was aiming for when the "
            "scrutiny board met in 2018, and how many approved fostering households did Westshire have at 31 "
            "December 2024?")


def test_clause_time_of_a_stock_day() -> None:
    asked = ["Northmoor Council", "Westshire County Council"]
    assert clause_time(QUESTION, "Westshire County Council", asked) == ""
    assert clause_time(QUESTION, "Northmoor Council", asked) == "2018"
    assert clause_time("How many did Westshire have as of the end of March 2025, and Northmoor in May 2018?",
                       "Westshire County Council", asked) == ""
    assert clause_time("What did Westshire decide in December 2024, and Northmoor in May 2018?",
                       "Westshire County Council", asked) == "2024-12"
    # (a meeting's month is a time asked, however it is led up to)
    for q in ["What did Westshire decide at the November 2017 meeting, and what did Northmoor decide?",
              "What did Westshire approve at the 14 November 2017 meeting, and Northmoor?"]:
        assert clause_time(q, "Westshire County Council", asked) == "2017-11", q
    assert clause_time("What had Westshire agreed by the May 2025 meeting, and Northmoor?", "Westshire County Council",
                       asked) == "2025-05"


def test_lead_meeting_says_what_is_asked(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westshire-county-council/panel/2024-12-10 minutes.txt": PANEL,
                               "westshire-county-council/cabinet/2025-03-04/QPR Q3 appendix.txt": REPORT,
                               "northmoor-council/scrutiny/2018-03-12 minutes.txt": SCRUTINY}, QUESTION)
    assert "aiming for a sufficient number" in ans.answer and "613 approved households" in ans.answer, ans.answer
    assert "song" not in ans.answer, ans.answer


@needs_corpus
def test_real_kent_households_at_a_day(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["seeds/003_f0a2a9b28d9b0817.txt",
                                "kent-county-council/cabinet/2025-03-04/QPR Q3 Cabinet appendix 1.pdf",
                                "kent-county-council/full_council/2025-03-13/CPP Minutes 10.12.24.pdf"],
                     "Foster care capacity: what did Cumbria's Executive Director - People say he was aiming for, to "
                     "help reduce placement moves, when scrutiny members reviewed the Children's Improvement Plan in "
                     "2018, and how many approved fostering households did Kent have at 31 December 2024?")
    assert "613 approved households" in ans.answer and "sufficient number" in ans.answer, ans.answer

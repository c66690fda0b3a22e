"""A part of a many-part question that names the paper it asks of: "... and which scheme to support existing foster
carers launched in October 2024 according to the Q3 performance report?".

- Such a part is answered from that paper's evidence, not only from the lead meeting's (the panel's minutes the
  first part is answered from). Before, the report's sentence was dropped as "from another meeting than the lead
  evidence", and the part was answered by an unrelated sentence of the panel's minutes.
- The time such a part names of what happened ("launched in October 2024") is not the time of the paper; the time
  inside its "according to ..." clause is ("according to the March 2025 council meeting"). Before, the month of
  the launch held the part to October's meetings.

The real passages are Kent County Council's Corporate Parenting Panel minutes of 29 October 2024 and the Q3 2024/25
quarterly performance report to Cabinet in March 2025, in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.sources import source_period

from .conftest import CORPUS, ask_texts, pages_text

PANEL = ("Westshire County Council\nMinutes of the Corporate Parenting Panel\nTuesday, 29 October 2024\n\n"
         "1. Fostering update\nThe Riverside Partnership, a collaboration between three councils, made a film for "
         "the Westshire Fostering Service. The film will be shown at recruitment events.\n"
         "Members noted that foster carers had asked for more respite support over the winter.\n"
         "The panel thanked the foster carers who attended the meeting.\n")
REPORT = ("Westshire County Council\nCabinet, 6 March 2025\nQuarterly Performance Report, Quarter 3 2024/25\n\n"
          "Children's Services\nThe Harbour Scheme, funded by the Department for Education, supports existing foster "
          "carers through a hub home. The scheme launched in October 2024 with two hubs now running in the county.\n"
          "Adoption figures remain in line with the target for the year.\n")
QUESTION = ("Westshire's work to find and keep foster carers: which collaboration made a film for the fostering service "
            "(reported to the Corporate Parenting Panel in October 2024), and which scheme to support existing foster "
            "carers launched in October 2024 according to the Q3 2024/25 performance report?")


def test_source_period_synthetic_is_the_papers_time() -> None:
    part = "which scheme launched in October 2024 according to the Q3 2024/25 performance report"
    assert source_period(part, part, True) is None  # (the launch's month is not the report's)
    part = "when were the elections due according to the March 2025 update"
    assert source_period(part, part, True) == ("2025-03-01", "March 2025")
    part = "what did the council agree in October 2024, according to the minutes"  # (no paper of its own: its time)
    assert source_period(part, part, False) == ("2024-10-01", "October 2024")


MILL_LANE = ("Westshire District Council\nMinutes of the Cabinet\n6 March 2025\n\n5. Mill Lane Car Park\nCabinet "
             "approved the redevelopment of the Mill Lane car park at a cost of £2.1 million.\nThe redeveloped car park "
             "will provide 140 parking spaces, including 12 electric vehicle charging bays.\nWork is expected to begin in "
             "June 2025.\n")
STATION_ROAD = ("Westshire District Council\nMinutes of the Planning Committee\n15 January 2025\n\n3. Station Road "
                "Multi-storey\nThe officer's report set out that the Station Road multi-storey car park would have 420 "
                "parking spaces.\nThe committee deferred the application for a site visit.\n")


@pytest.mark.parametrize("source", ["the officer's report", "the council"])
def test_part_naming_no_paper_of_its_own_synthetic_kept_to_lead(tmp_path: Path, source: str) -> None:
    # ("according to the officer's report" names no paper of its own: the lead meeting's answer stands alone)
    ans = ask_texts(tmp_path, {"westshire/2025-03-06 cabinet minutes.txt": MILL_LANE,
                               "westshire/2025-01-15 planning committee minutes.txt": STATION_ROAD},
                    "What did Westshire's cabinet decide about the Mill Lane car park in March 2025, and how many "
                    f"parking spaces will it have according to {source}?")
    assert not ans.abstained, ans.warnings
    assert "140 parking spaces" in ans.answer and "420" not in ans.answer, ans.answer


def test_part_naming_paper_synthetic_answered_from_it(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westshire/2024-10-29 corporate parenting panel minutes.txt": PANEL,
                               "westshire/2025-03-06 cabinet quarterly performance report.txt": REPORT}, QUESTION)
    assert not ans.abstained, ans.warnings
    assert "Riverside Partnership" in ans.answer and "Harbour Scheme" in ans.answer, ans.answer
    assert "respite" not in ans.answer, ans.answer


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_part_naming_paper_real_kent_fostering(tmp_path: Path) -> None:
    # (the panel's minutes pages 3-6 and the report's pages 45-46, as pypdf reads them: in an index of these two papers
    # alone the panel's minutes lead, as they do in the whole corpus)
    ans = ask_texts(tmp_path, {"kent/2024-10-29 corporate parenting panel minutes.txt":
                               pages_text("kent-county-council/full_council/2025-03-13/CPP Minutes 29.10.24.pdf", 3, 6),
                               "kent/2025-03-04 cabinet quarterly performance report.txt":
                               pages_text("kent-county-council/cabinet/2025-03-04/QPR Q3 Cabinet appendix 1.pdf", 45, 46)},
                    "Kent's efforts to find and keep foster carers: which collaboration made a film for the Kent "
                    "Fostering Service (reported to the Corporate Parenting Panel in October 2024), and which "
                    "DfE-funded scheme to support existing foster carers launched in October 2024 according to the "
                    "Q3 2024/25 performance report?")
    assert not ans.abstained, ans.warnings
    assert "Everything Project" in ans.answer and "Mockingbird" in ans.answer, ans.answer
    assert "UASC" not in ans.answer, ans.answer  # (the panel's sentence on another matter)

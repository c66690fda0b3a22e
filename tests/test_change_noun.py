""""What change did the council make ...", "what change does the report credit for ...": a change asked of as a
thing (a noun after "what", "which", "the", "a", "any") is one meeting's or one paper's, not a question that follows
its subject across meetings as "how did it change" does. Before, such a question was read as asked across meetings,
so its parts were not held to the lead evidence's meeting, and a part ("what change does the report credit for the
jump in starts?") was answered from another paper's sentence sharing one word ("credit quality").

The real passages are Kent County Council's Q3 2024/25 performance report (Cabinet, March 2025) and its Treasury
Management Strategy 2025-26 (Cabinet, January 2025) in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.spanning import spans_meetings

from .conftest import CORPUS, ask_texts, pages_text

REPORT = ("Westshire County Council\nCabinet, 6 March 2025\nQuarterly Performance Report, Quarter 3 2024/25\n\n"
          "Adult Social Care\nWestshire Enablement at Home (WEaH) is the council's in-house enablement service, where a "
          "person's independence is encouraged through goals set with them. In Quarter 3, 1,950 people received support "
          "from WEaH, a 15% increase on the previous quarter. More than 1,700 people started the service in the quarter, "
          "the highest number for a quarter to date. The change from an external enablement provider to WEaH has "
          "contributed to this large increase in starts.\n")
TREASURY = ("Westshire County Council\nCabinet, 30 January 2025\nTreasury Management Strategy 2025-26\n\n"
            "Counterparty limits\nFull regard will be given to other information on the credit quality of the "
            "banks in which the council invests, including credit default swap prices and the advice of its treasury "
            "advisers. No investments will be made with a bank if there are doubts about its credit quality.\n")


def test_change_noun_synthetic_is_not_across_meetings() -> None:
    for one in ("What change did the council make to its trailer licensing rules at its 13 May 2025 meeting, and why?",
                "Which change to the opening hours did the board accept?",
                "How big is the bill for the changing rooms, and which club is meant to pay it?"):
        assert not spans_meetings(one), one
    for across in ("How did the parking charge change between 2024 and 2025?",
                   "Was the plan changed after the consultation, and how?",
                   "What changed in the garden waste collection after the consultation, and from what date?"):
        assert spans_meetings(across), across


def test_change_noun_synthetic_part_kept_to_the_report(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westshire/2025-03-06 cabinet quarterly performance report.txt": REPORT,
                               "westshire/2025-01-30 cabinet treasury management strategy.txt": TREASURY},
                    "Westshire's Q3 2024-25 performance report says far more people started enablement support at home "
                    "than ever before. What is Westshire's in-house enablement service called, how many people did it "
                    "support in the quarter, and what change does the report credit for the jump in starts?")
    assert not ans.abstained, ans.warnings
    assert "Enablement at Home" in ans.answer and "1,950" in ans.answer, ans.answer
    assert "external enablement provider" in ans.answer, ans.answer
    assert "credit quality" not in ans.answer, ans.answer


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_change_noun_real_kent_enablement(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"kent/2025-03-04 cabinet quarterly performance report.txt":
                               pages_text("kent-county-council/cabinet/2025-03-04/QPR Q3 Cabinet appendix 1.pdf", 53, 54),
                               "kent/2025-01-30 cabinet treasury management strategy.txt":
                               pages_text("kent-county-council/cabinet/2025-01-30/Appendix L - Treasury Management "
                                          "Strategy 2025-26.pdf", 14, 15)},
                    "Kent's Q3 2024-25 performance report says far more people started enablement support at home "
                    "than ever before. What is Kent's in-house enablement service called, how many people did it "
                    "support in the quarter, and what change does the report credit for the jump in starts?")
    assert not ans.abstained, ans.warnings
    assert "Kent Enablement at Home" in ans.answer and "2,296" in ans.answer, ans.answer
    assert "external enablement provider" in ans.answer and "credit quality" not in ans.answer, ans.answer

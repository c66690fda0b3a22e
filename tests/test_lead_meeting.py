"""A one-thing question is answered from one meeting: the one whose chosen sentences weigh most, and whose best
item heading (never quoted itself) names what was asked. Two June meetings each approved something: the one whose
item is headed "Adoption of Reading Screener ..." answers "what screener did the board approve", though another
meeting's budget motion repeats more of the question's words. (Real: the Sacramento County Board of Education's
June 2025 minutes, ext3-006, outside the shared corpus.)"""

from __future__ import annotations

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats

from .test_answer_parts import _hit, _model

BUDGET = ("The board met in regular session. Motion to approve Budget Revision No. 3 for the Program Budgets and Special "
          "Funds by Trustee Keefer, second by Trustee Davis. Final Resolution: Motion Carried. Trustee Keefer amended his "
          "motion to adopt the staff recommendation on the charter petition.")
SCREENER = ("The board met in regular session.\n\nC. Adoption of Reading Screener for Special Education Programs - Michael "
            "Kast\n\nThere was a motion to approve the recommended screener, Multitudes, and a second by Trustee Caigoy. "
            "Final Resolution: Motion Carried 4-0.")


def test_lead_meeting_synthetic_its_item_heading_names_what_was_asked() -> None:
    hits = [_hit(BUDGET, 1, "2025-06-24", "jun24"), _hit(SCREENER, 2, "2025-06-10", "jun10")]
    stats = Stats(n_chunks=5000, doc_freq=lambda w: 40 if w.startswith("screen") else 400, embed=_model().embed)
    ans = answer_extractive("What screener did the board approve for its special education programs in June 2025?",
                            hits, stats)
    assert not ans.abstained and "Multitudes" in ans.answer and "Budget Revision" not in ans.answer, ans.answer
    assert [c.meeting_date for c in ans.citations] == ["2025-06-10"]

"""A list's next marker alone ("2.") is not a sentence: it is never quoted as the neighbour that completes a
quote (answers read "... Policy Paper. [1] 2. [1]"). On a synthetic passage and on real minutes."""

from __future__ import annotations

import re
from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

BARE_MARKER = re.compile(r"(?:^|\] )\(?\d{1,2}[.)] \[\d+\]")


def test_markers_synthetic_a_bare_list_number_is_not_quoted() -> None:
    text = ("It was APPROVED that the Committee:\n1.\nApproved the cycle shelter policy and its 2030 target.\n2.\n"
            "Authorised the Director to let the installation contract.")
    ans = answer_extractive("What did the committee approve about cycle shelters?", [_hit(text)], _stats())
    assert not ans.abstained and "cycle shelter policy" in ans.answer, ans.answer
    assert not BARE_MARKER.search(ans.answer), ans.answer


@needs_corpus
def test_markers_real_the_cycle_hangar_decision_has_no_bare_marker(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["bristol-city-council/src-bcc-0024_src-bcc-0024-printed-minutes-transport-and-"
                               "connectivity-policy-committee-23-october-2025.pdf"],
                    "What did Bristol's transport committee approve about cycle hangars in October 2025?")
    assert not ans.abstained and "Cycle Hangar" in ans.answer, ans.answer
    assert not BARE_MARKER.search(ans.answer), ans.answer

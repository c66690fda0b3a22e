"""A quoted sentence that is also an item of a list after a lead-in ("the following actions be taken ...: a) ...;
b) ... BE FIXED at $330,000; c) ...") stays whole when the list is quoted with it. Before, the list's opening, cut
to the list's budget of characters, replaced the chosen item: "b) the amount to be raised ... BE FIXED at", without
the figure asked.

The real passage is the City of London (Ontario) Infrastructure and Corporate Services Committee's eScribe record of
13 January 2025 in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.window import with_neighbours
from minutes_rag.text import sentences

from .conftest import CORPUS, ask_corpus, ask_texts

RECORD = ("Midtown Business Improvement Area 2025 Proposed Budget - Municipal Special Levy Moved by A. Lee Seconded by "
          "B. Kaur That, on the recommendation of the Director, Finance Supports, the following actions be taken with "
          "respect to the Midtown Business Improvement Area: a) the Midtown Business Improvement Area proposed 2025 "
          "budget submission in the amount of $512,000 BE APPROVED as outlined in Schedule A, as appended to the staff "
          "report; b) the amount to be raised by the Corporation of the City of Westvale for the 2025 fiscal year for "
          "the purposes of the Midtown Business Improvement Area and pursuant to subsection 208(1) of the Municipal "
          "Act, 2001 BE FIXED at $415,000; c) a special charge BE ESTABLISHED for the amount referred to in part b), "
          "above, by a levy in accordance with the by-law as amended; it being noted that the special charge shall be "
          "added to the tax roll; and d) the proposed by-law BE INTRODUCED at the Municipal Council meeting to be held "
          "on January 21, 2025. Motion Passed\n")


def test_list_item_synthetic_window_keeps_quote_whole() -> None:
    sents = sentences(RECORD)
    chosen = [x for x in sents if x[1].startswith(("That, on", "Midtown")) or x[1].startswith("b)")]
    quoted = dict(with_neighbours(RECORD, chosen))
    item = next(t for t in quoted.values() if t.startswith("b)"))
    assert item.endswith("BE FIXED at $415,000;"), item


def test_list_item_synthetic_answer_states_figure(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westvale/2025-01-13 infrastructure committee record.txt": RECORD},
                    "Westvale's Midtown Business Improvement Area: what 2025 budget did the city approve for it, and "
                    "how much was to be raised from the special levy on Midtown businesses?")
    assert not ans.abstained, ans.warnings
    assert "$512,000" in ans.answer and "$415,000" in ans.answer, ans.answer


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_list_item_real_london_argyle_levy(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["london-ontario/json/2025-01-13 2nd Meeting of the Infrastructure and Corporate Services "
                                "Committee.json"],
                     "London's Argyle Business Improvement Association: what 2025 budget did the city approve for it, "
                     "and how much was to be raised from the special levy on Argyle businesses?")
    assert not ans.abstained, ans.warnings
    assert "$444,000" in ans.answer and "$330,000" in ans.answer, ans.answer

"""A resolution's roman-numbered sub-list ("by: i) ... ii) ... iii) ...") cut by a chunk's end goes on in the
next chunk ("iv) ..."), as a numbered or lettered list does, even when its lead-in is not quoted."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real
from .test_answer_scope_votes import _chunks


def test_roman_list_synthetic_the_sub_list_goes_on_in_the_next_chunk() -> None:
    hits, stats = _chunks(
        "That the following actions be taken: a) the by-law BE INTRODUCED to amend the Housing Grants Plan by:\n"
        "i) deleting Schedule 2 on the Starter Home Grant Program;\n"
        "ii) adding a NEW Schedule 3 on the Basement Suite Grant Program;\n"
        "iii) adding a NEW Schedule 4 on the Downsizer Grant Program;",
        "iv) adding a NEW Schedule 5 on the Tiny Homes Grant Program;\n"
        "v) approving the following agreement templates;\ni) the loan agreement template;",
        "b) the Civic Administration BE DIRECTED to report back on the Garden Suite Grant Program.")
    ans = answer_extractive("Which new grant programs did the committee recommend adding to the Housing Grants "
                            "Plan?", hits[:1], stats)
    assert "Basement Suite" in ans.answer and "Downsizer" in ans.answer
    assert "Tiny Homes" in ans.answer  # the list's fourth item, in the next chunk
    assert "Garden Suite" not in ans.answer and "loan agreement template" not in ans.answer  # (another list)
    assert len(ans.citations) == 1 and "Tiny Homes" in ans.citations[0].quote


def test_roman_list_synthetic_without_a_lead_in_the_numbering_alone_does_not_carry_it_on() -> None:
    hits, stats = _chunks(
        "The meeting was called to order at 7 p.m.\n"
        "ii) Roll call of the Housing Grants Plan members.\niii) Approval of the Housing Grants Plan agenda.",
        "iv) Delegation on the Garden Suite Grant Program.")
    ans = answer_extractive("Which Housing Grants Plan items were on the agenda?", hits[:1], stats)
    assert "Roll call" in ans.answer and "Garden Suite" not in ans.answer


@needs_corpus
def test_roman_list_real_the_affordable_housing_schedules(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["london-ontario/md/2025-01-28 The 3rd Meeting of the Planning and Environment Committee.md"],
                    "Which new schedules did London's planning committee recommend adding to the Affordable Housing "
                    "Community Improvement Plan financial incentive guidelines?")
    assert "Dollars to Doors" in ans.answer
    assert "Highly Supportive Housing Units Program" in ans.answer  # (the item after the chunk's end)

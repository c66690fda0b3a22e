"""A motion's outcome printed on a line of its own after its vote ("Vote: |Yeas:|Nays:| ..." then "Motion Failed (7
to 7)", as eScribe minutes print them) is quoted with the vote it closes: the names alone do not say how it went."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.window import OUTCOME, outcome_after, with_neighbours
from minutes_rag.text import sentences

from .conftest import needs_corpus
from .test_answer_parts import _ask_real

MINUTES = ("That pursuant to section 18.4 of the Council Procedure By-law, leave BE GRANTED to permit Councillor A. "
           "Lee to move a motion on warming centres.\n[!abstract]- Vote: |Yeas:|Nays:| |-|-| |A. Lee|B. Ross| "
           "|C. Diaz|D. Wong||\n**Motion Failed (2 to 2)**\n****")


def test_outcome_synthetic_the_line_that_says_how_a_motion_went() -> None:
    for line in ("Motion Failed (7 to 7)", "**Motion Passed (14 to 0)**", "CARRIED.", "Carried unanimously.",
                 "The motion was carried."):
        assert OUTCOME.match(line), line
    for line in ("Failed to agree on the budget for next year", "Passed to the committee for review",
                 "The motion on parking was moved by Cllr Lee."):
        assert not OUTCOME.match(line), line


def test_outcome_synthetic_a_vote_is_quoted_with_its_outcome() -> None:
    sents = sentences(MINUTES)
    vote = next(s for s in sents if "Vote:" in s[1])
    assert [t for _, t in outcome_after(MINUTES, vote[0])] == ["**Motion Failed (2 to 2)**"]
    # the motion, read on into its vote, is read on into the outcome too
    quoted = [t for _, t in with_neighbours(MINUTES, [sents[0]])]
    assert any("Vote:" in t for t in quoted) and "**Motion Failed (2 to 2)**" in quoted, quoted
    assert outcome_after(MINUTES, sents[0][0]) == []  # (the motion itself is followed by its vote, not the outcome)


@needs_corpus
def test_outcome_real_london_leave_to_move_a_motion(tmp_path: Path) -> None:
    # London's City Council, 21 January 2025: leave for Councillor Trosow to move a motion on warming centres; the
    # vote's table, then "Motion Failed (7 to 7)" at the top of the next chunk, which was not quoted
    ans = _ask_real(tmp_path, ["london-ontario/md/2025-01-21 2nd Meeting of City Council.md"],
                    "What happened at council on January 21, 2025 when Councillor Trosow sought leave to move a motion "
                    "about London's warming centres?")
    assert "Motion Failed (7 to 7)" in ans.answer, ans.answer

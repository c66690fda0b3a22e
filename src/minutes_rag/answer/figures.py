"""A sum asked for that the chosen quotes lack: the candidate close behind them that states it, and whether a
source's quotes state one."""

from __future__ import annotations

from collections.abc import Callable

from ..types import Hit
from .cues import has_figure
from .scoring import Cand, is_heading

#: share of the lead's score a sentence stating a figure needs to answer a question after one its quotes lack
FIGURE_REACH = 0.8


def figure_near(ranked: list[Cand], chosen: list[Cand], focus: list[str]) -> Cand | None:
    """The best candidate close behind the lead that states a figure and holds one of the question's most
    specific words: quoted when the chosen sentences state none."""
    lead = chosen[0].score if chosen else 0.0
    for c in ranked[:20]:
        if c.score < FIGURE_REACH * lead:
            break
        if c in chosen or is_heading(c) or c.formal or c.other_year or not has_figure(c.text):
            continue
        if set(focus) & c.covered:
            return c
    return None


def states(group: tuple[int, list[tuple[int, str]], list[tuple[Hit, list[tuple[int, str]]]]],
            test: Callable[[str], bool]) -> bool:
    """Does a source's quotes (or what they run on into) state what a test looks for (a figure)?"""
    return any(test(q) for _, q in group[1] + [q for _, qs in group[2] for q in qs])

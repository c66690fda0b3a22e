"""A sum asked for that the chosen quotes lack: the candidate close behind them that states it, whether a
source's quotes state one, and which parts of a many-part question go without the sum they ask; a vote asked
about that the quotes do not record; and the verdict a quoted vote's counts go on to."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ..parse.votes import VERDICT, VERDICT_TALLY, verdict_after
from ..text import is_scope_clause
from ..types import Hit
from .counts import counts
from .cues import (
    COUNT_Q,
    FIGURE_NOUN_Q,
    MONEY_NOUN_Q,
    MONEY_Q,
    NUMERIC_Q,
    PARA_NO,
    has_figure,
    missing_figure,
    states_quantity,
)
from .scoring import Cand, is_heading
from .timing import days_named, states_new_date
from .when import ASKS_WHEN

#: share of the lead's score a sentence stating a figure needs to answer a question after one its quotes lack
FIGURE_REACH = 0.8
#: a number as written, with its currency, digit groups, decimals and unit ("$4,500.00", "£1.2m", "51%")
_NUMBER_AS_WRITTEN = re.compile(r"[£$€]?\s?\d(?:[\d,.]*\d)?(?:\s?(?:%|per ?cent\b|m\b|bn\b|k\b|million\b|billion\b))?", re.I)


def asks_figure(part: str) -> bool:
    """Does a question part ask for a number or a sum ("how much ...", "what IRS mileage rate", "what fee ...")?"""
    return bool(NUMERIC_Q.search(part) or FIGURE_NOUN_Q.search(part) or MONEY_NOUN_Q.search(part))


def figure_test(question: str, parts: list[str]) -> Callable[[str], bool] | None:
    """When every part of a question asks a figure (a one-part question's caller knows it does), what a source must
    state to answer it: asked how many or how long, any quantity (a count, "2023 - 16" under "Successful Prosecution
    are as follows:"; a span, "for six years"); else a sum, share or ratio. None when a part asks something else (a
    figure in one part, a name in another: a source stating no figure may answer that)."""
    asking = [p for p in parts if not is_scope_clause(p)] or [question]
    if len(asking) > 1 and not all(asks_figure(p) for p in asking):  # (by a figure's own words: "what did the
        return None  # Mayor say about any traffic threshold for funding" asks what was said)
    return states_quantity if any(COUNT_OR_SPAN.search(p) for p in asking) else has_figure


#: a question after a count or a span of time or distance, whose answer need be no sum ("how many prosecutions",
#: "for how long", "how far ahead", "how much notice")
COUNT_OR_SPAN = re.compile(r"\bhow (?:many|long|far|old|often|soon)\b|\bnumber of\b|\bhow much (?:notice|time)\b", re.I)


def figures_stated(text: str) -> int:
    """How many amounts, shares or ratios a text states: "$4,500.00" is one, a paragraph number ("3.2 The Board
    ...") or a year none."""
    return sum(has_figure(n) for n in _NUMBER_AS_WRITTEN.findall(PARA_NO.sub("", text, count=1)))


def figure_near(ranked: list[Cand], chosen: list[Cand], focus: list[str],
                states: Callable[[str], bool] = has_figure, any_year: bool = False,
                things: frozenset[str] = frozenset()) -> Cand | None:
    """The best candidate close behind the lead that states a figure (or what ``states`` tests) and holds one of the
    question's most specific words, or, in the lead's document, counts the ``things`` asked how many of ("We are
    expecting 200 people" below the minutes' item on the luncheon): quoted when the chosen sentences state none. Not
    one naming only other years than the question's (a figure of another year is another year's), unless ``any_year``
    (a date asked may be)."""
    lead = chosen[0].score if chosen else 0.0
    for c in ranked[:20]:
        if c.score < FIGURE_REACH * lead:
            break
        counted = bool(things) and bool(chosen) and c.doc == chosen[0].doc and counts(c.text, things)
        if c in chosen or is_heading(c) or c.formal or (c.other_year and not any_year) or not (states(c.text) or counted):
            continue
        if set(focus) & c.covered or counted:
            return c
    return None


def states(group: tuple[int, list[tuple[int, str]], list[tuple[Hit, list[tuple[int, str]]]]],
            test: Callable[[str], bool]) -> bool:
    """Does a source's quotes (or what they run on into) state what a test looks for (a figure)?"""
    return any(test(q) for _, q in group[1] + [q for _, qs in group[2] for q in qs])


def unstated_parts(parts: list[str], said: Callable[[], list[str]], vote: bool) -> list[tuple[str, str]]:
    """The parts of a many-part question after a number or sum that the evidence does not state, each with why,
    when some other part asks no figure ("which firm did the treatment, and how much was it paid?": the firm is
    answer enough to give, and the sum is said to be missing); none otherwise, and the question is refused."""
    asking = [p for p in parts if not is_scope_clause(p)]
    missing = [(p, why) for p in asking if (why := missing_figure(p, said, vote))]
    figure = (COUNT_Q, FIGURE_NOUN_Q, MONEY_Q, MONEY_NOUN_Q)
    return missing if missing and any(not any(f.search(p) for f in figure) for p in asking) else []


#: a question after how a vote went ("how did the council vote on ...", "by what margin", "what was the vote")
HOW_VOTED_Q = re.compile(r"\bhow did\b[^?]*(?<!\bthe )(?<!\ba )\bvote(?:\s+(?:on|for|against|to|in)\b|\s*[?,]|\s*$)|\bhow (?:was|were) the vote\b|"
                         r"\bhow (?:was|were)\b[^?]*\bvoted\b|\bwhat was the vote\b|"
                         r"\bhow did the vote go\b|\bby what (?:vote|margin)\b|\bvote (?:count|tally)\b", re.I)
#: what records a vote: its outcome, its counts or its roll ("carried", "For: 137; Against: 82", "Yeas (6):")
VOTE_RECORD = re.compile(r"\b(?:carried|carries|passed|passes|failed|fails|defeated|lost|adopted|approved|agreed|"
                         r"unanimous(?:ly)?|nem\.? con|in favou?r|abstain\w*|yeas?|nays?|ayes?|noes|roll call|voted)\b|"
                         r"(?<![\d/.-])\b\d{1,3}\s*[-–/]\s*\d{1,3}\b(?![\d/.-])|\bvote\s*:|\b(?:for|against)\s*:?\s*\(?\d|\b\d+\s+(?:for|against)\b", re.I)  # (a tally, not a date)


def unrecorded_vote(question: str, parts: list[str], said: Callable[[], list[str]], voted: bool) -> str | None:
    """Why to abstain when a one-part question asks how a vote went and neither a recorded vote (``voted``) nor
    what the evidence states records one: a warrant's article or a report's recommendation says what was put, not
    how it went."""
    if voted or len(parts) > 1 or not HOW_VOTED_Q.search(question) or any(VOTE_RECORD.search(t) for t in said()):
        return None
    return "no evidence records how the vote asked about went"


def with_verdict(chosen: list[Cand], hits: list[Hit], next_chunk: Callable[[Hit], Hit | None] | None) -> None:
    """Add to each quoted run of counts ("Yeas (9); Nays (6)") the verdict printed with the same count after
    the names ("Motion Passed (9 to 6)"), read on into the next chunk of its document where the names run on."""
    for c in chosen:
        if c.vote and not VERDICT_TALLY.search(c.text) and not VERDICT.search(c.text):
            h = hits[c.hit]
            nxt = next_chunk(h) if next_chunk is not None else None
            joined = f"{h.text}\n{nxt.text}" if nxt is not None and nxt.doc_id == h.doc_id else h.text
            if (verdict := verdict_after(joined, c.offset, c.text)) is not None:
                c.text = f"{c.text}; {verdict}"


def date_near(question: str, ranked: list[Cand], chosen: list[Cand], focus: list[str],
              said: Callable[[], list[str]]) -> Cand | None:
    """Asked when ("since when has the council had its policy ...?") and the evidence (``said()``) states no date
    the question does not give: the best candidate close behind the lead that states one ("... our longstanding
    policy, adopted more than 10 years ago, in December 2014")."""
    if not ASKS_WHEN.search(question):
        return None
    stated = partial(states_new_date, given=days_named(question), years=True)
    return None if any(stated(t) for t in said()) else figure_near(ranked, chosen, focus, stated, any_year=True)

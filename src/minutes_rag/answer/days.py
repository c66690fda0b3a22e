"""Questions that set meetings side by side by their days or months ("the by-laws passed at its January 21 and July 15,
2025 meetings", "in June 2024, and by March 2025"): each time named gets its own best sentence."""

from __future__ import annotations

from ..types import Hit
from .cues import asked_cue, asked_days, named_months
from .scoring import Cand, is_heading


def cover_days(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """A question about two or more meetings it names by their days ("the by-laws passed at its January 21 and July
    15, 2025 meetings") or months ("in June 2024, and by March 2025") gets, for each
    one that no quote is from, the best sentence of a meeting of that time: of the kind asked, when it asks a kind
    (a figure for "how much")."""
    periods = asked_periods(question)
    if not periods or not chosen:
        return chosen
    cue = asked_cue(question)
    out = list(chosen)
    for period in periods:
        # (a time whose only quote is a stray far below its meeting's best, or not of the kind asked, gets its best)
        quoted = max((c.score for c in out if (hits[c.hit].meeting_date or "").startswith(period)
                      and (cue is None or cue(c.text))), default=None)
        fit = [c for c in ranked if (hits[c.hit].meeting_date or "").startswith(period) and not c.other_year
               and not is_heading(c) and not c.placing and c.score >= DAY_SHARE * chosen[0].score]
        best = next((c for c in fit if cue is None or cue(c.text)), fit[0] if fit else None)
        if best is not None and best not in out and (quoted is None or best.score >= quoted + DAY_MARGIN):
            best.for_part = True
            out.append(best)
    return out


def asked_periods(question: str) -> list[str]:
    """The meetings' times a question sets side by side: two or more days it names (YYYY-MM-DD), else two or more
    months (YYYY-MM); [] otherwise (years named side by side are as often one report's figures for each as two
    meetings: "what was the allowance in 2022, and what was it cut to in 2023?")."""
    days = asked_days(question)
    if len(days) >= 2:
        return days
    months = named_months(question)
    return months if len(months) >= 2 else []


#: share of the lead quote's score a named day's best sentence must reach to be quoted for it
DAY_SHARE = 0.3
#: how far a named day's best sentence must outscore the one quoted from that day to be quoted as well
DAY_MARGIN = 0.15

"""A part of a question that names the paper it asks of ("... according to the Q3 2024/25 performance report", "what
real variance did the Q3 budget monitoring report show ...?", "... that month (Q3 performance report)"): the hits of
that paper, and the time the part is held to (the paper's, not the time of what it reports)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..text import content_stems
from ..types import Hit
from .cues import MONTH_STEMS, part_period

#: a part that names its source after "according to"
SOURCED = re.compile(r"\baccording to\b", re.I)
#: the kinds of paper a part may name as what says its answer
_PAPER = (r"(?:report|update|plan|statement|review|study|strategy|paper|appendix|register|forecast|outturn|"
          r"monitoring|survey|assessment|return|budget)s?")
#: a part whose paper is what says its answer ("did the Q3 budget monitoring report show", "does the 2021 study
#: give"); its words before the verb name the paper
_PAPER_SAYS = re.compile(
    rf"\b(?:the|its|their)\s+((?:[\w/&'’-]+\s+){{0,5}}{_PAPER})\s+(?:show|say|report|give|record|state|find|list|set|"
    r"mention|credit|project|put|estimate|identif|note|forecast|predict|quote|cite)\w*\b", re.I)
#: a part that names its paper in brackets after what it asks ("... released that month (Q3 performance report)")
_PAPER_BRACKETED = re.compile(rf"\(\s*((?:the\s+)?(?:[\w/&'’-]+\s+){{0,5}}?{_PAPER})\s*\)", re.I)
#: where the clause naming a source ends: a comma, a semicolon or a question word
_CLAUSE_END = re.compile(r"[,;]|\b(?:what|which|who|whom|whose|how|when|why|where)\b", re.I)
#: the words of a source that do not say which paper it is ("according to the officer's report", "... the minutes")
_ANY_PAPER = frozenset(content_stems("the its their report reports paper papers minutes meeting meetings council "
                                     "committee cabinet board officer officers update updates plan document statement "
                                     "figures figure answer answers reply replies chair leader mayor member members "
                                     "councillor councillors latest last next new updated said says budget budgets "
                                     "review reviews survey surveys return returns appendix see"))


def paper_clause(part: str) -> str | None:
    """The words of a part that name the paper it asks of (after "according to", before what the paper does, or in
    brackets); None when it names none."""
    if (m := SOURCED.search(part)) is not None:  # (to its end, or to the clause or question after it: "according to
        return _CLAUSE_END.split(part[m.end():], maxsplit=1)[0]  # the outturn report, whose contract ...")
    found = _PAPER_SAYS.search(part) or _PAPER_BRACKETED.search(part)
    return found.group(1) if found is not None else None


def named_paper(part: str, hits: list[Hit], lead: Hit) -> set[int]:
    """The hits of the documents a part names as its source, by the words of its clause naming a paper that say which
    paper it is ("Q3" and "monitoring" of "the Q3 budget monitoring report") found in a document's file name or item
    title: those that hold the most of them, when the lead evidence's holds fewer; none when the clause names no paper
    of its own ("according to the officer's report", "according to the minutes") or the lead's is as well named."""
    clause = paper_clause(part)
    if clause is None:
        return set()
    words = {t for t in content_stems(clause) if t not in _ANY_PAPER and t not in MONTH_STEMS and not t.isdigit()}
    if not words:
        return set()
    names: dict[tuple[str, str], int] = {}

    def named(h: Hit) -> int:  # (each document's name and item title read once)
        key = (h.source, h.item_title or "")
        if key not in names:
            names[key] = len(words & set(content_stems(f"{PurePosixPath(h.source).stem} {h.item_title or ''}")))
        return names[key]

    best = max(named(h) for h in hits)
    if best == 0 or named(lead) >= best:
        return set()
    return {i for i, h in enumerate(hits) if named(h) == best}


def source_period(part: str, question: str, paper: bool) -> tuple[str, str] | None:
    """The time of the meetings a part is answered from: the time it names; or, for a part that names the paper it
    asks of (``paper``), the time that paper is of, not when what it reports happened ("which scheme launched in
    October 2024 according to the Q3 2024/25 performance report": none; "... according to the March 2025 update": March
    2025)."""
    clause = paper_clause(part) if paper else None
    return part_period(clause if clause is not None else part, question)

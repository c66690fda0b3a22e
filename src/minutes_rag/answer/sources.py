"""A part of a question that names the paper it asks of ("... according to the Q3 2024/25 performance report"): the
hits of that paper, and the time the part is held to (the paper's, not the time of what it reports)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..text import content_stems
from ..types import Hit
from .cues import MONTH_STEMS, part_period

#: a part that names its source after "according to"
SOURCED = re.compile(r"\baccording to\b", re.I)
#: the words of a source that do not say which paper it is ("according to the officer's report", "... the minutes")
_ANY_PAPER = frozenset(content_stems("the its their report reports paper papers minutes meeting meetings council "
                                     "committee cabinet board officer officers update updates plan document statement "
                                     "figures figure answer answers reply replies chair leader mayor member members "
                                     "councillor councillors latest last next new updated said says"))


def named_paper(part: str, hits: list[Hit], lead: Hit) -> set[int]:
    """The hits of the documents a part names as its source, by a word of its "according to ..." clause that says
    which paper it is ("Q3" of "the Q3 2024/25 performance report") found in a document's file name or item title,
    when the lead evidence's is not that paper; none when the clause names no paper of its own ("according to the
    officer's report", "according to the minutes") or names the lead's."""
    m = SOURCED.search(part)
    if m is None:
        return set()
    words = {t for t in content_stems(part[m.end():]) if t not in _ANY_PAPER and t not in MONTH_STEMS and not t.isdigit()}

    def named(h: Hit) -> bool:
        return bool(words & set(content_stems(f"{PurePosixPath(h.source).stem} {h.item_title or ''}")))

    if not words or named(lead):
        return set()
    return {i for i, h in enumerate(hits) if named(h)}


def source_period(part: str, question: str, paper: bool) -> tuple[str, str] | None:
    """The time of the meetings a part is answered from: the time it names; or, for a part that names the paper it
    asks of (``paper``), the time that paper is of, not when what it reports happened ("which scheme launched in
    October 2024 according to the Q3 2024/25 performance report": none; "... according to the March 2025 update": March
    2025)."""
    m = SOURCED.search(part)
    return part_period(part[m.end():] if paper and m else part, question)

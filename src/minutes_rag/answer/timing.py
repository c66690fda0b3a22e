"""When evidence is of: how a document's path files it, and whether a text speaks of the time a question asks
about (a schedule minuted in October that lists the January meetings)."""

from __future__ import annotations

import re

from .cues import asked_day, named_dates

#: a question about what was scheduled for a time: the minutes that set the schedule are older than that time
SCHEDULE_Q = re.compile(r"\b(?:(?:re)?scheduled|timetabled|calendar|schedule)\b", re.I)


def speaks_of(text: str, period: tuple[str, str], question: str) -> bool:
    """Whether a text names the time a question asks about: its year (for a year asked), or, for a question about
    a schedule, a date in its month ("January 27, 2026" for January 2026). (A date named by a forward reference,
    "a report will be presented at the May 22 meeting", does not say what happened then.)"""
    if period[1].isdigit():
        return period[1] in text
    return bool(SCHEDULE_Q.search(question)) and any(f"{year}-{month:02d}" == period[0][:7]
                                                      for year, month, _ in named_dates(text))


def period_prefix(period: tuple[str, str]) -> str:
    """The start of the ISO dates within a month or year asked about ("2019-05" for May 2019, "2019" for 2019)."""
    return period[0][:4] if period[1].isdigit() else period[0][:7]


def filed_key(question: str, period: tuple[str, str]) -> str:
    """How a document's path names the day, month or year a question asks about ("2019-05" for May 2019)."""
    return asked_day(question) or period_prefix(period)


def filed_as(source: str) -> str:
    """The dates in a document's path, as written there (".../2019-05-23 SPC minutes.pdf" -> "2019-05-23")."""
    return " ".join(re.findall(r"(?:19|20)\d\d-\d\d(?:-\d\d)?", source))

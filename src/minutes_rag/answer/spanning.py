"""Questions asked across meetings: words that follow a subject over time ("how did it change", "later",
"originally"), two times named side by side, or "each time"; their parts may each be answered by another meeting."""

from __future__ import annotations

import re

from ..text import FINANCIAL_YEAR, is_scope_clause, question_parts
from .cues import MONTH_NAMES, MONTHS, named_times

#: a question that follows a subject across meetings or documents ("how did it change between ...", "trace
#: ...", "later designated"): its parts may each be answered by another meeting; not a change asked of as a thing,
#: one meeting's or one paper's ("what change did the council make ...", "the changing rooms")
ACROSS_Q = re.compile(
    r"\b(between|changed|(?<!\bwhat )(?<!\bwhich )(?<!\bthe )(?<!\ba )chang(e|es|ing)|compar\w*|trace|tracing|"
    r"both|each|over time|history|later|earlier|previous(ly)?|"
    r"subsequent(ly)?|since then|then(?!\s*[?.]?\s*$)|first|again|progress(ed)?|afterwards?|originally|"
    r"original\s+(?:date|day|time|schedule|timetable|deadline)s?|"
    r"original\b(?=[^?]*\b(?:moved|changed|became|rescheduled|postponed|revised|replaced)\b)|"
    r"initially|finally|eventually|ultimately|in the end|turn(?:s|ed)? out|at (which|what) meeting|more than once|"
    r"twice|repeatedly|on (two|three|several) occasions|"
    r"(the )?(following|next) (week|month|year|meeting|spring|summer|autumn|fall|winter))\b", re.I)

#: a question asked of each time it names ("on both occasions"), or things set out one to a time ("two votes of
#: sympathy, one in December 2023 and one in August 2024"; "one held in May 2024, the second in June 2024"; a few words
#: of what each is first, "two petitions, one on parking charges in May and one on school street closures in October";
#: not "one in five residents")
_ONE_IN = rf"(?:[\w'-]+\s+){{0,4}}?(?:in|on|at)\s+(?:(?:early|late|mid)\s+)?(?:(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES}))\b"
_EACH_TIME = re.compile(r"\b(?:each|both|either)\s+(?:times?|occasions?|meetings?)\b|"
                        rf"\bone\s+(?!(?:in|out of)\s+(?:\d+|a|an|every|two|three|four|five|six|seven|eight|nine|ten|"
                        rf"twenty|fifty|a hundred)\b){_ONE_IN}[^.?!;]*?(?:,|\band\b)\s+(?:then\s+)?(?:one|another|the other|(?:the|a)\s+"
                        rf"(?:second|next|later))\s+{_ONE_IN}", re.I)
#: an ordinal that picks one meeting ("the first council meeting of 2025"), not a sequence of them
_ONE_MEETING = re.compile(r"\b(?:first|second|third|last|final)\b(?:\s+[\w'-]+){0,3}?\s+meetings?\b", re.I)
#: a part that refers back to the meeting already named ("at that meeting", "at the same meeting")
_SAME_MEETING = re.compile(r"\b(?:that|the same|this) meeting\b", re.I)


def spans_meetings(question: str) -> bool:
    """Does a question ask across meetings: words that follow a subject over time, or two times named?
    An ordinal that picks one meeting ("the first meeting of 2025") does not, nor does a question that refers
    back to the meeting it named ("... and who spoke at that meeting?")."""
    if _SAME_MEETING.search(question):
        return False
    if ACROSS_Q.search(_ONE_MEETING.sub(" ", question)):
        return True
    # (a financial year, "2015/16" or "2024-25", is the period a figure is for, not a second meeting's time, unless
    # parts of the question name different times: "spent in 2024/25, and ... approved in November 2025")
    times = [t for p in question_parts(question) if not is_scope_clause(p) and (t := named_times(p))]
    return any(not (a <= b or b <= a) for i, a in enumerate(times) for b in times[i + 1:]) or len(
        named_times(FINANCIAL_YEAR.sub(" ", question))) >= 3


def answers_across(question: str, parts: list[str]) -> bool:
    """Is a question answered from several meetings: parts following a subject over time, two months or years?"""
    # (not a statement before it, "X was due in April.", unless asked of each time it names)
    asked = question if _EACH_TIME.search(question) else re.split(r"(?<=[.!])\s+(?=[A-Z])", question.strip())[-1]
    months = {t for t in named_times(asked) if t in MONTHS}
    placed = list(_IN_A_YEAR.finditer(asked))
    return (len(parts) > 1 and spans_meetings(question)) or len(months) >= 2 or bool(_IN_YEARS.search(asked)) or any(
        a[1] != b[1] and " and " in asked[a.end():b.start()] for a, b in zip(placed, placed[1:], strict=False))


#: years set side by side as the times asked ("start in 2024 and in 2025", "in 2017, 2024 and 2025"), not the period
#: one thing is for ("its audit plan for 2025 and 2026"), a financial year ("2024-25") or a year in doubt ("or")
_A_YEAR = r"(?:19|20)\d\d\b(?![-/]\d)"
_IN_YEARS = re.compile(rf"\bin\s+{_A_YEAR}(?:,\s*(?:in\s+)?{_A_YEAR})*,?\s+(?:and|then|versus|vs\.?|compared (?:with|to))\s+"
                       rf"(?:again\s+)?(?:in\s+)?{_A_YEAR}", re.I)
#: a year a question places a thing in: two joined by "and", each thing in its year ("... in 2019 and ... in November
#: 2020"; not "decide in 2023 about the building erected in 1965")
_IN_A_YEAR = re.compile(rf"\b[Ii]n\s+(?:(?:{MONTH_NAMES})\s+)?({_A_YEAR})")

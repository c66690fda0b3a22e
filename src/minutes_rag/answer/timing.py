"""When evidence is of: how a document's path files it, whether a text speaks of the time a question asks
about (a schedule minuted in October that lists the January meetings), and the date that leads an answer to a
question asking when."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable

from ..parse.dates import calendar_date
from ..text import KIND_YEAR, YEAR, content_stems, event_years, stem
from ..types import Hit
from .cues import (
    DATE_S,
    MONTH_NAMES,
    MONTHS,
    asked_day,
    asked_days,
    asked_financial_year,
    asked_period,
    asked_year,
    financial_years,
    named_dates,
    names_financial_year,
    only_effect_dates,
)
from .when import ASKS_WHEN, WHAT_DAY

#: a question about what was scheduled for a time: the minutes that set the schedule are older than that time
SCHEDULE_Q = re.compile(r"\b(?:(?:re)?scheduled|timetabled|calendar|schedule)\b", re.I)


#: a question about what was arranged ahead of a time, not what happened then: "where was the September meeting
#: to be held?", "what was it due to cost?", "at what guide price was the land auctioned?"
AHEAD_Q = re.compile(r"\b(?:was|were)\b[^.?]{0,80}?(?:(?<!elected )(?<!appointed )(?<!chosen )(?<!named )\bto\s+be\b|"
                     r"\bdue\s+to\b|\bgoing\s+to\b)|"
                     r"\b(?:guide|asking|reserve|starting)\s+price\b", re.I)
#: a month named without its year ("on July 7th", "our September meeting"; capitalised, so not the verb "may", and not
#: a person's name after a title, "Cllr May Jones", nor a month with its year, "June of 2023")
_BARE_MONTH = re.compile(r"(?<!Cllr )(?<!Mrs )(?<!Ms )(?<!Mr )(?<!Miss )(?<!Councillor )\b(" + MONTH_NAMES +
                         r")\b(?!,?\s+(?:of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d)(?!\s+I\b)")
#: a sentence looking ahead ("will be held", "is due to", "the next meeting"): a month it names without its year is
#: one to come, not one just gone ("the minutes of the June meeting were approved")
_AHEAD_S = re.compile(r"\b(?:will|shall|to be|is due|are due|due to|scheduled|next|upcoming|forthcoming|going to)\b",
                      re.I)


def speaks_of(text: str, period: tuple[str, str], question: str, held: str | None = None) -> bool:
    """Whether a text names the time a question asks about: its year (for a year asked), or, for a question about
    a schedule, a date in its month ("January 27, 2026" for January 2026). (A date named by a forward reference,
    "a report will be presented at the May 22 meeting", does not say what happened then; asked what was arranged
    ahead of that time, it does: a month named without its year is then the next one after the meeting ``held``.)"""
    if period[1].isdigit():
        return period[1] in text
    month = period[0][:7]
    if any(f"{year}-{n:02d}" == month for year, n, _ in named_dates(text)):
        return bool(SCHEDULE_Q.search(question) or AHEAD_Q.search(question))
    day = calendar_date(held)
    return bool(AHEAD_Q.search(question)) and day is not None and bool(_AHEAD_S.search(text)) and any(
        month == ahead_month(MONTHS.index(m.group(1).lower()) + 1, day) for m in _BARE_MONTH.finditer(text))


def ahead_month(n: int, held: str) -> str:
    """The month (YYYY-MM) numbered ``n`` that a meeting held on ``held`` (YYYY-MM-DD) looks ahead to: this year's,
    or next year's when it is past."""
    year = int(held[:4]) + (n < int(held[5:7]))
    return f"{year}-{n:02d}"


def asked_time(question: str, bodies: int = 1) -> tuple[str, str] | None:
    """The start and wording of the time a question's evidence must not all predate: its earliest month (or its
    one year). Asked of two or more bodies, each may have its own time: the earliest year it names, where that is
    older than the month ("the catering price for Louisa's 2023 luncheon and the fee Hyndland waived for its
    December 2025 disco" reaches back to 2023; a financial year or a plan's span, "2023/24", names no such time)."""
    period = asked_period(question) or asked_year(question)
    if period is None or bodies < 2:
        return period
    earliest = min(_BARE_YEAR.findall(question), default=period[0][:4])
    return (f"{earliest}-01-01", earliest) if earliest < period[0][:4] else period


#: a year on its own, not one end of a financial year or a span ("2023/24", "2022-2027")
_BARE_YEAR = re.compile(r"(?<![\d/–-])\b((?:19|20)\d\d)\b(?!\s*[/–-]\s*\d)")


#: years before the earliest a question names in which a meeting may still speak of it (a budget set the year before)
YEARS_BEFORE = 1


def too_early(question: str, date: str | None) -> bool:
    """Was a meeting held more than ``YEARS_BEFORE`` years before the earliest year the question names? Its
    minutes cannot record what happened then (a parish's 2022 minutes, asked about the 2024/25 year)."""
    # (and a year before 1950, which ``event_years`` leaves out: "in January 1931, and ... for 1997-98?"; not a
    # deadline or target, "net zero by 2030", "funded until 2027", which minutes years before may set)
    asked = _BY_YEAR.sub(" ", question)
    years = [int(y) for y in event_years(asked) | set(_OLD_YEAR.findall(KIND_YEAR.sub(" ", asked)))]
    return bool(years and date and date[:4].isdigit() and int(date[:4]) < min(years) - YEARS_BEFORE)


#: a deadline or target, a bare year ("by 2030", "until 2027"); a month's ("by May 2024") is a time asked: where
#: things had got to then
_BY_YEAR = re.compile(r"\b(?:by|until|till)\s+(?:18|19|20)\d\d\b(?![-/]\d)")
#: a year from 1800 to 1949
_OLD_YEAR = re.compile(r"\b(18\d\d|19[0-4]\d)\b")


def period_prefix(period: tuple[str, str]) -> str:
    """The start of the ISO dates within a month or year asked about ("2019-05" for May 2019, "2019" for 2019)."""
    return period[0][:4] if period[1].isdigit() else period[0][:7]


def filed_key(question: str, period: tuple[str, str]) -> str:
    """How a document's path names the day, month or year a question asks about ("2019-05" for May 2019)."""
    return asked_day(question) or period_prefix(period)


def filed_as(source: str) -> str:
    """The dates in a document's path, as written there (".../2019-05-23 SPC minutes.pdf" -> "2019-05-23")."""
    return " ".join(re.findall(r"(?:19|20)\d\d-\d\d(?:-\d\d)?", source))


#: a question after the time of day something began or ended ("at what time", "when did the meeting start")
TIME_Q = re.compile(r"\bwhat time\b|\bwhen did\b[^?]*\b(?:start|begin|began|open|end|close|finish|adjourn)", re.I)
#: a time of day ("7:00 p.m.", "10.00 am", "4.30pm")
TIME_S = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?\s?m\b\.?|\b\d{1,2}:\d\d\b", re.I)
#: a day and month as written, with the year after it if any ("Thursday, 13th March, 2025", "March 7th, 2016")
_DAY_MONTH_YEAR = re.compile(r"(?:" + DATE_S.pattern + r")(?:,?\s+(?:19|20)\d\d\b)?", re.I)


def days_named(question: str) -> frozenset[tuple[int, int]]:
    """The days (month, day) a question names: the meeting it places itself at, not a date it asks for."""
    return frozenset(d for m in _DAY_MONTH_YEAR.finditer(question) if (d := _month_day(m.group(0))) is not None)


def date_words(question: str) -> frozenset[str]:
    """The words of the days a question names ("13", "march", "2025" of "meeting of 13 March 2025"): where to look,
    not what to find."""
    return frozenset(t for m in _DAY_MONTH_YEAR.finditer(question) for t in content_stems(m.group(0)))


def _month_day(written: str) -> tuple[int, int] | None:
    month = next((i + 1 for i, name in enumerate(MONTHS) if re.search(rf"\b{name}\b", written, re.I)), None)
    day = re.search(r"\b\d{1,2}(?!\d)", written)
    return (month, int(day.group(0))) if month and day else None


def states_new_date(text: str, given: frozenset[tuple[int, int]], years: bool = False) -> bool:
    """Does a text state a date (or, with ``years``, a year) other than the days the question names? The minutes'
    heading "MINUTES of a meeting ... held on Thursday, 13 March 2025" tells no date to a question about that
    meeting: when something happened there is a date the question does not give."""
    rest = _DAY_MONTH_YEAR.sub(lambda m: " " if _month_day(m.group(0)) in given else m.group(0), text) if given else text
    return bool(DATE_S.search(rest) or (years and YEAR.search(rest)) or _RECURRING.search(rest))


#: a day that comes round again: "the first Thursday in May", "the second Tuesday of each month", "the 1st and 3rd
#: Tuesdays of the month"
_NTH = r"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"
_RECURRING = re.compile(rf"\b{_NTH}(?:\s+and\s+{_NTH})?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\s+(?:in|of)\s+"
                        r"(?:(?:each|every|the)\s+)?(?:month|" + "|".join(MONTHS) + r")\b", re.I)


#: a date the text states: a day and month, a numeric date, or a year (alone or after its month)
_STATES_DATE = re.compile(DATE_S.pattern + r"|(?<![-/])\b(?:19|20)\d\d\b(?![-/]\d)", re.I)  # (not a reference: "2025-02-PW")


_WRITTEN_MONTH_FIRST = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d\b", re.I)
_WRITTEN_DAY_FIRST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:" + "|".join(MONTHS) + r"),? (?:19|20)\d\d\b", re.I)


#: a question that asks for a day, not only a time: a meeting, a date
_ASKS_DAY = re.compile(WHAT_DAY, re.I)
#: chunks before a quote's in which to look for its letter's date
LETTER_REACH = 3
#: a question after when something was written or sent
_LETTER_Q = re.compile(r"\b(?:wrote|write|written|sent|letter|dated)\b", re.I)
#: a pack's covering note, whose date is not that of the papers it encloses ("Please find enclosed the documents")
_COVERING = re.compile(r"\b(?:please find|enclosed|attached)\b", re.I)
#: a letter's date, on the line before its greeting
_LETTER_DATE = re.compile(r"(" + _WRITTEN_DAY_FIRST.pattern + "|" + _WRITTEN_MONTH_FIRST.pattern + r")[ \t]*\n?[ \t]*Dear\b",
                          re.I)


def dateline(question: str, h: Hit, quoted: str, hits: list[Hit] | None = None,
             earlier: Callable[[Hit], Hit | None] | None = None) -> str:
    """For a question asking when: the date of the meeting (or document) the evidence is from, as a lead-in,
    when the quoted evidence states no date of its own ("Minutes of 28 June 2012: ... it was resolved to
    co-opt Mr Deeley"). The minutes' own words rarely date what they record: the document's date does."""
    if not ASKS_WHEN.search(question):
        return ""
    if _LETTER_Q.search(question):  # a letter is dated where it opens ("10 January 2025 / Dear Jim,"), not by
        # the meeting whose papers print it
        opening = [h]  # (the chunks before the quote's, back to where the letter opens)
        while earlier is not None and len(opening) <= LETTER_REACH and (k := earlier(opening[-1])) is not None:
            opening.append(k)
        letter = next((" ".join(m.group(1).split()) for x in [*opening, *(hits or [])] if x.source == h.source
                       for m in [_LETTER_DATE.search(x.text)] if m and not _COVERING.search(x.text, m.end(),
                                                                                              m.end() + 300)), None)
        if letter is not None and letter not in " ".join(quoted.split()):
            return f"Dated {letter}: "  # (though the letter's words name other dates)
    day = calendar_date((h.meeting_date or "")[:10])
    # (a year in the quote answers "when", not "at which meeting" or "on what date": those ask for a day)
    # (asked the day, only the meeting's own day in the quote answers it: not one it was adjourned to, "until Saturday,
    # October 4, 2025")
    if day is None or (names_day(quoted, day) if _ASKS_DAY.search(question) else _STATES_DATE.search(quoted)):
        return ""
    month = MONTHS[int(day[5:7]) - 1].capitalize()
    # (in the way its document writes dates, read from its chunks at hand: "June 24, 2025" where month first)
    # (or, where those write none, its authority's other documents at hand)
    lean = _month_first(" ".join(x.text for x in [h, *(hits or [])] if x.source == h.source))
    if lean == 0 and h.authority:
        lean = _month_first(" ".join(x.text for x in hits or [] if x.authority == h.authority and x.source != h.source))
    when = f"{month} {int(day[8:])}, {day[:4]}" if lean > 0 else f"{int(day[8:])} {month} {day[:4]}"
    return f"{'Meeting' if h.kind in ('minutes', 'transcript', 'agenda') else 'Dated'} {when}: "


#: a part of a year a question names ("in early 2025", "in spring 2017", "by the fall of 2025", "mid-2024"): its
#: first and last months
_SEASON = re.compile(r"\b(early|late|mid|spring|summer|autumn|fall)(?:-| of (?:the )?| )((?:19|20)\d\d)\b", re.I)
_SEASON_MONTHS = {"early": (1, 4), "spring": (3, 5), "mid": (5, 8), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                  "late": (9, 12)}


#: the months of each season a question may name as a time ("what did it schedule for the autumn?")
_SEASONS = {**{s: tuple(range(first, last + 1)) for s, (first, last) in _SEASON_MONTHS.items()
              if s in ("spring", "summer", "autumn", "fall")}, "winter": (12, 1, 2)}
_MONTH_NAMED = re.compile(r"\b(" + MONTH_NAMES + r")\b")  # (capitalised: "may" is no month)


def season_words(text: str, question: str | None = None) -> set[str]:
    """The seasons whose months a text names, as stems ("a special meeting ... on October 28, 2025" holds "autumn"
    and "fall"): the words a question's season is held by; given the question, only the seasons it names."""
    asked = _seasons_named(question) if question is not None else frozenset(_SEASON_STEMS)
    if not asked:
        return set()
    months = {MONTHS.index(m.group(1).lower()) + 1 for m in _MONTH_NAMED.finditer(text)}  # (not the locale's names)
    return {t for t, of in _SEASON_STEMS.items() if t in asked and months & set(of)}


_SEASON_STEMS = {stem(s): of for s, of in _SEASONS.items()}


@functools.lru_cache(maxsize=256)
def _seasons_named(question: str) -> frozenset[str]:
    """The seasons a question names, as stems (worked out once a question, not once for each of its sentences)."""
    return frozenset(_SEASON_STEMS).intersection(content_stems(question))


def named_seasons(question: str) -> list[tuple[str, str]]:
    """The first and last days (YYYY-MM-DD) of each part of a year a question names ("in early 2025": 2025-01-01 to
    2025-04-30); a winter, which spans two years, names none."""
    out = []
    for m in _SEASON.finditer(question):
        first, last = _SEASON_MONTHS[m.group(1).lower()]
        year = int(m.group(2))
        out.append((f"{year}-{first:02d}-01", f"{year}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"))
    return out


#: a quarter of a year named in a question, a report's text or its file name ("Q3", "quarter 4", "the third quarter")
_QUARTER = re.compile(r"\b(?:Q([1-4])|quarter\s+([1-4])|(first|second|third|fourth)\s+quarter)(?![\w-])", re.I)
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


def quarters(text: str) -> set[str]:
    """The quarters a text names, as "1" to "4"."""
    return {m.group(1) or m.group(2) or _ORDINAL[m.group(3).lower()] for m in _QUARTER.finditer(text)}


def other_quarter(question: str, evidence: list[tuple[str, str]]) -> str | None:
    """Why evidence of another quarter cannot answer a question about one quarter ("quarter 4 of 2024/25", against
    the quarter 3 report's "this quarter"), or None: the evidence (its text or its file name, "QPR Q3 ...pdf") names
    other quarters and never the one asked."""
    asked = quarters(question)
    if len(asked) != 1:
        return None
    named = set().union(*(quarters(text) | quarters(source.rsplit("/", 1)[-1]) for text, source in evidence))
    if not named or asked & named:
        return None
    return f"the evidence is for quarter {', '.join(sorted(named))}, not quarter {next(iter(asked))}"


#: a meeting a question names by its day: "at its 30 April 2018 meeting", "the meeting on 1 March 2022", "the
#: January 27, 2020 meeting of ..." (not a day named for something else: "the accounts at 31 March 2024"); the words
#: between the day and "meeting" name the body, capitalised or ending in its kind ("the harbour committee meeting")
_MEETING_DAY = re.compile(r"\bmeeting\s+(?:held\s+)?(?:on|of)\s+(?:\w+day,?\s+)?(?:the\s+)?(?:" + DATE_S.pattern
                          + r")|(?:" + DATE_S.pattern + r"),?\s+(?:(?:19|20)\d\d\s+)?(?:(?-i:[A-Z]\w*\s+){0,6}|(?:\w+\s+){0,2}"
                          r"(?:council|committee|board|commission|cabinet)\s+|(?:special|regular|annual|general|full)\s+)meeting\b", re.I)


def meeting_day(question: str) -> str | None:
    """The one meeting a question names by its day (YYYY-MM-DD), or None."""
    days = asked_days(question)
    return days[0] if len(days) == 1 and _MEETING_DAY.search(question) else None


#: a day named as a bound or a point of reference, not as the meeting asked of ("ahead of the council meeting of 22
#: April 2025", "after the committee's vote of 7 April", "by 31 March 2025")
_RELATIVE_DAY = re.compile(r"\b(?:before|after|ahead of|prior to|following|since|until|till|preceding)\b|\bby\s+"
                           r"(?:(?:the\s+)?end of\s+)?\d", re.I)


def day_asked_of(question: str) -> str | None:
    """The one day (YYYY-MM-DD) whose meeting a question asks what it did ("What did the committee decide about
    Watson Park on 7 April 2025 ...?"), not named as a bound or point of reference ("ahead of the council meeting of
    22 April 2025"). None otherwise."""
    days = asked_days(question)
    said = re.split(r"(?<=[.!])\s+(?=[A-Z])", question.strip())
    if len(days) != 1 or _RELATIVE_DAY.search(question):
        return None
    # (a day told in a statement before what is asked is the meeting asked of, unless what is asked names a body the
    # statement does not: "The committee voted on 7 April 2025. How did council vote on it?")
    told = " ".join(said[:-1]).lower()
    if not asked_days(said[-1]) and any(m.group(0).lower() not in told for m in _BODY.finditer(said[-1])):
        return None
    return days[0]


#: a kind of body a question may name as the doer of what it asks
_BODY = re.compile(r"\b(?:council|committee|cabinet|board|commission|panel|authority|assembly)\b", re.I)


def of_day(h: Hit, day: str) -> bool:
    """Is a hit from the meeting held on a day, or does it name that day: its date, the date its path files it
    under, or the day written in its text (the next minutes' "the meeting held on 30 April 2018 ...")?"""
    return h.meeting_date == day or day in filed_as(h.source) or names_day(h.text, day)


def names_day(text: str, day: str) -> bool:
    """Does a text write a day (YYYY-MM-DD) in words ("30 April 2018", "October 3, 2025")?"""
    return any(f"{y}-{m:02d}-{int(d):02d}" == day for y, m, d in named_dates(text) if d)


def _month_first(text: str) -> int:
    """How many more dates a text writes month first ("June 24, 2025") than day first ("24 June 2025")."""
    return len(_WRITTEN_MONTH_FIRST.findall(text)) - len(_WRITTEN_DAY_FIRST.findall(text))


def untimely(question: str, period: tuple[str, str] | None, chosen: list[tuple[Hit, str]],
             dated: list[str | None]) -> tuple[Callable[[Hit], bool], str, str] | None:
    """When the evidence chosen (each quote's hit and what it says) is not of the time asked about: a test that
    evidence of that time passes, why the rest is set aside, and why to abstain when none passes. Evidence is
    untimely when it is all (``dated``: the dates of its quotes that are no strays) older than the month or year
    asked, older than the financial year asked, or not of (nor naming) the meeting the question names by its day."""
    if period is not None and not only_effect_dates(question):
        # (a date something takes effect from is not when the evidence was written: the report that plans it
        # comes first; minutes from before a year asked about may still speak of it: "the 2016 spring clean will
        # be ..."; a document may be filed under the day or month asked, whatever date its text gives:
        # "2019-05-23 minutes.pdf" for May 2019, though its heading says 24th May 2018)
        filed = filed_key(question, period)
        if all(dated) and max(d for d in dated if d) < period[0] and not any(  # (its item's title may name the year:
                speaks_of(said, period, question, h.meeting_date) or (period[1].isdigit() and re.search(  # "2026 Budget
                    rf"(?<![\d/-]){period[1]}(?![\d/-])", h.item_title or "")) or filed in filed_as(h.source)  # Ordinance")
                for h, said in chosen):
            start = period_prefix(period)
            return (lambda h: (h.meeting_date or "").startswith(start), f"dated before {period[1]}, the time asked "
                    "about", f"the evidence found is dated before {period[1]}, the time asked about")
    elif (fy := asked_financial_year(question)) is not None:  # a financial year's figures: its budget is drawn up
        if all(dated) and max(d for d in dated if d) < fy[0] and not any(  # in the months before it starts
                names_financial_year(h.text, fy[1]) for h, _ in chosen):
            return (lambda h: (h.meeting_date or "") >= fy[0], f"dated before {fy[1]}",
                    f"the evidence found is dated before {fy[1]} was budgeted for")
    if (day := meeting_day(question)) and not any(of_day(h, day) for h, _ in chosen):
        return (lambda h: of_day(h, day), "not from the meeting the question names",
                f"no evidence is from the meeting of {day}, the one asked about")
    return None


def other_financial_year(question: str, quoted: list[str]) -> str | None:
    """Why to abstain when a question asks of one financial year and the quotes name another, never the one asked
    (the budget meeting's "Projected Revenues ... for Fiscal Year 2024/2025", asked the 2023/2024 projection)."""
    fy = asked_financial_year(question)
    if fy is None or any(names_financial_year(t, fy[1]) for t in quoted):
        return None
    other = next((y for t in quoted for y in sorted(financial_years(t)) if y[:4] != fy[1][:4]
                  and int(y[-2:]) == (int(y[2:4]) + 1) % 100), None)  # (a year's, not a plan's span: "2022-2027")
    return f"the evidence found is of {other}, not {fy[1]}, the financial year asked about" if other else None


#: a part asking how long something lasts or has lasted ("how long has that policy been in place?", "for how long
#: would footage be kept?"), or how old it is ("and how old is the policy it relies on?")
HOW_LONG_Q = re.compile(r"\bhow (?:long|old)\b", re.I)
#: a span of time ("14 days", "more than 10 years", "six months", "a two-year term")
DURATION_S = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an)[ -](?:calendar |working |"
                        r"business )?(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b", re.I)


#: a sentence that says which month its figures are for ("runs for October", "during the month of May 2025"; not
#: a month it looks ahead or back to: "elections in May 2026", "continued for December 9, 2025")
_OF_MONTH = re.compile(r"(?<!continued )(?<!deferred )(?<!postponed )(?<!scheduled )(?<!adjourned )\b(?:for|during)\s+"
                       r"(?:the\s+month\s+of\s+)?(" + MONTH_NAMES + r")\b(?!\s+\d{1,2}\b)(?:,?\s+((?:19|20)\d\d))?")


def of_month(text: str, month: str, held: str | None = None) -> bool | None:
    """Whether a sentence speaks of a month (YYYY-MM) by its own words: True when it names that month ("510 runs
    for November 2025", in the December minutes), False when it names only another ("428 runs for October", in
    the November minutes), None when it names none (its meeting's date says what it is of). A month named without
    its year is of the year of the meeting ``held`` (YYYY-MM-DD), or of the year before for a later month."""
    found = set()
    for m in _OF_MONTH.finditer(text):
        n = MONTHS.index(m.group(1).lower()) + 1
        year = m.group(2) or (str(int(held[:4]) - (n > int(held[5:7]))) if held else month[:4])
        found.add(f"{year}-{n:02d}")
    return (month in found) if found else None

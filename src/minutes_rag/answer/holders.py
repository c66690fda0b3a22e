"""Who holds a role, as minutes name them: "Mayor Tom Piper", a form's "Chair: Daniel O'Neill", or a list of those
present's "Dorian Grieve (Chair)" and "Chris Bryce (Treasurer, Chairing)"; never a name among the apologies."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .cues import CHAIR_NAMED, NOT_NAMES, TITLES

#: where a minutes' lists of those present and of apologies begin ("Not present:" is a list of those away)
_PRESENT = re.compile(r"(?<!not )\b(?:present|attendees|in attendance|attending)\b", re.I)
_APOLOGIES = re.compile(r"\b(?:apologies|absent|not present)\b", re.I)
#: what ends a list of apologies: the next numbered item ("2. Approval of minutes", "Item 4:")
_NEXT_ITEM = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|Item \d+\W)\s+[A-Z]", re.M)
#: a person's name as minutes print it: initials and a name, or two or more capitalised words ("J. Smith", "Daniel
#: O'Neill", "Dan McSweeney"); one word alone ("Chair Planning") names no one
_NAME = r"(?:(?:[A-Z]\.\s*)+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"


def _away(text: str, at: int) -> bool:
    """Is a place in a text within a list of apologies (after "Apologies", with neither "Present" nor the next
    numbered item since)?"""
    before = text[:at]
    away = max((a.end() for a in _APOLOGIES.finditer(before)), default=-1)
    return away >= 0 and max((p.start() for p in _PRESENT.finditer(before)), default=-1) < away and not \
        _NEXT_ITEM.search(text, away, at + 1)


@lru_cache(maxsize=64)
def _holder_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role's title before a name ("Chair Jo Griffith", "Chair: Daniel O'Neill"), and a name with the role in
    brackets ("Dorian Grieve (Chair)", "Chris Bryce (Treasurer, Chairing)")."""
    return (re.compile(rf"\b(?i:{role})\w*:?\s+{_NAME}|{_ELECTED.format(name=_ELECTED_NAME, role=role)}"),
            re.compile(rf"\b{_NAME}\s*\((?:[^()]*,\s*)?(?i:{role})\w*\)"))


#: a name as an election names it: two to four capitalised words, or initials and a name ("G Cooke", "J. Smith")
_ELECTED_NAME = r"(?:(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
#: a person elected to a role for the meeting ("that Mr G Cooke be elected to Chair the meeting", "the election of Daryl
#: Foster from CHOA to chair the meeting"; not "appointed to chair the Working Group", another body's chair)
_FOR_MEETING = r"(?i:{role})\w*\s+(?:(?:of|for)\s+)?(?i:the|this)\s+(?i:meeting)\b"
_ELECTED = (r"\b{name}\s+(?:was\s+|be\s+|is\s+)?(?i:elected|appointed)\s+(?:to\s+|as\s+)?(?:the\s+)?" + _FOR_MEETING
            + r"|\b(?i:election|appointment)\s+of\s+{name}(?:\s+[\w'’-]+){{0,4}}?\s+(?:to|as)\s+(?:the\s+)?" + _FOR_MEETING)


def names_holder(role: str, text: str) -> bool:
    """Does a sentence name who holds a role (a word a question asks after: "chair", "clerk", "treasurer")? A name
    with the role in brackets does only on its own (a list of those present names each with a role: its chair's own
    line, "Ann Lee (Chair)", is quoted, not the list)."""
    title, bracket = _holder_patterns(role)
    found = [*title.finditer(text), *(bracket.finditer(text) if len(text.split()) <= ROLE_WORDS else ())]
    return any(not _away(text, m.start()) for m in found)


#: words of a sentence naming someone with the role in brackets that names who holds it
ROLE_WORDS = 8


def chairs_present(text: str) -> Iterator[re.Match[str]]:
    """The chairs a text names with their role in brackets ("Shellina Prendergast (Chair)"), but those in a list of
    apologies: a chair who sent apologies did not chair ("Present: Chris Bryce (Treasurer, Chairing), ... Apologies:
    ..., Alan Bonnyman (Chair)")."""
    return (m for m in CHAIR_NAMED.finditer(text) if not _away(text, m.start()))


#: a person named with a title ("Councillor Dan McSweeney", "Mayor Moran", "Cllr O'Sullivan"): one or two name words
#: on the title's line (a list runs on: "Mayor Dave Yemm Councillors ..."), not a form's next field ("Proposed: Cllr
#: Smith / Seconded: Cllr Jones"), nor a heading's noun ("Councillor Vacancy")
_TITLED = re.compile(rf"\b(?:{TITLES})\.?[ \t]+((?:(?!(?:Proposed|Seconded|Moved|Carried|{NOT_NAMES})\b)[A-Z][\w'’-]+[ \t]*){{1,2}})")


def titled_people(text: str) -> set[str]:
    """The last name word of each person a text names with a title ("Councillor Dan McSweeney" -> "McSweeney")."""
    return {m.group(1).split()[-1] for m in _TITLED.finditer(text)}

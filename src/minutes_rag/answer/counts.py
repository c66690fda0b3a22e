"""A count of the very thing asked: "how many rooms does the hotel have?" is answered by "67 total rooms", a number
with the noun asked just after it, before sentences that share more of the question's words and count nothing
("Staff recommends up to $3.7 million for the renovation of the hotel")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from ..text import STOPWORDS, stem
from .cues import MONTHS

#: "how many" and the words of what is counted, up to the verb or preposition that ends them ("how many committee
#: members does it take", "how many runs were made", "how many guests attended")
_HOW_MANY = re.compile(r"\bhow many\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+?)(?=\s+(?:does|did|do|were|was|are|is|have|had|"
                       r"has|will|would|must|can|could|should|attended|voted|came|in|on|of|at|for|from|to|by|under|"
                       r"that|which|who|and|or)\b|\s*[,?;]|$)", re.I)
#: a number, in figures or words, then up to two words, then a word: the last word is what is counted ("67 total
#: rooms", "three members", "530 permanent SEND places"); not a paper's or item's number ("Item 5 Members ..."), a
#: date's day ("12 May members agreed") nor one of several ("one of the members")
_COUNTED = re.compile(r"(?<![\w/.,£$€-])(?<!Item )(?<!Minute )(?<!No\. )(?<!Page )(?<!Appendix )"
                      r"(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                      r"thirty|forty|fifty|hundred)\+?(?!\s+(?:of|" + "|".join(MONTHS) + r")\b)((?:\s+[\w'’-]+){1,3})",
                      re.I)
#: words for people at a gathering, any of which counts the others ("how many guests" is answered by "200 people")
PEOPLE = frozenset(stem(w) for w in ("people", "persons", "guests", "attendees", "visitors", "participants",
                                     "individuals"))
#: a count printed after its label, as in a list or a form: a plural ("Guests 137 signed") or any label with its colon
#: ("Attendance: 45"); not a thing's number ("Item 5", "Unit 12"), an age or a span ("people 18 and over", "10 minutes")
_LABELLED = re.compile(r"(?<![\w'’-])([A-Za-z][\w'’-]*s(?=\s)|[A-Za-z][\w'’-]*\s*[:=])\s*(\d{1,3}(?:,\d{3})+|\d+)\+?"
                       r"(?![\d.,/:%]|\s+(?:of|or|and|to|per|years?|minutes?|hours?|days?|weeks?|months?|" +
                       "|".join(MONTHS) + r")\b)", re.I)
#: a year, which no count is ("2023 members", "Guests 2019")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: what a count of the thing asked adds to a sentence's score
COUNT_BONUS = 0.12


class _Scored(Protocol):
    text: str
    score: float


def counted_things(question: str) -> frozenset[str]:
    """The stems of what a question counts, the last word of each "how many ..." ("how many permanent SEND places
    ..." -> {place}), empty when it asks no count."""
    return frozenset(stem(w) for m in _HOW_MANY.finditer(question) if (w := _head(m.group(1).split()))
                     not in STOPWORDS and not w.isdigit())


def _head(words: list[str]) -> str:
    """The noun a "how many" counts: the last of its words before any that is a verb ("how many people spoke",
    "how many members dissented": people, members)."""
    for i, w in enumerate(words):
        if i and (_VERB.fullmatch(w) is not None):
            return words[i - 1].casefold()
    return words[-1].casefold()


#: a word that is a verb after what "how many" counts (a past tense, one of the common ones that are not, or a
#: present tense that is no noun's: "how many councillors sit on the council")
_VERB = re.compile(r"[a-z]+ed|spoke|came|went|took|gave|sat|stood|ran|won|lost|present|absent|sit|serve|live|remain|"
                   r"attend|stand|receive|exist|apply|speak|hold|get|take|come|go", re.I)  # (the plural's verb: no "-s",
# which would make nouns of "bike stands", "council tax holds" verbs)


def counts(text: str, things: frozenset[str]) -> bool:
    """Does a text state a count of one of the things asked: a number, then within two words one of them (or a
    word for people, asked how many of people: "200 people" for guests), or a number just after one as its label?"""
    if not things:
        return False
    if things & PEOPLE:
        things = things | PEOPLE
    for m in _COUNTED.finditer(text):
        words = m.group(1).split()
        if _YEAR.fullmatch(m.group(0).split()[0].rstrip("+")) is not None:
            continue  # (a year: "2023 members of staff" is rare; "in 2023 members agreed" is not a count)
        if any(stem(w.strip("'’").casefold()) in things for w in words):
            return True
    return any(stem(m.group(1).rstrip(" \t:=").casefold()) in things and _YEAR.fullmatch(m.group(2)) is None
               for m in _LABELLED.finditer(text))


def prefer_counts(question: str, cands: Iterable[_Scored]) -> None:
    """Raise the sentences that count the thing a question asks how many of."""
    things = counted_things(question)
    if not things:
        return
    for c in cands:
        if counts(c.text, things):
            c.score += COUNT_BONUS

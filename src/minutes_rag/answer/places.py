"""Where: a question that asks where something was held or is, and a text that states a place ("Location: English
Meadows of Louisa Assisted Living", "the meeting was held at the Village Hall")."""

from __future__ import annotations

import re

from .cues import MONTHS

#: the days of the week, which a meeting is held on, not in
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: a question asking where ("Where did the commission hold its April meeting?", "at what venue", "in which hall")
WHERE_Q = re.compile(r"\bwhere\b|\b(?:what|which) (?:venue|location|premises|building|hall|room)\b", re.I)
#: a text stating a place: a form's field ("Location:", "Venue:", "Place of meeting:") or where a meeting was held
#: (not when: "HELD IN JANUARY 2024", "met in Closed Session")
PLACE_S = re.compile(r"\b(?:Location|Venue|Place(?: of [Mm]eeting)?|Meeting [Pp]lace)\s*:|"
                     # (or a title block's table read out without its colons: "Date 10th September 2015 Place The
                     # Cookhouse, Suffolk Food Hall Time 6.30pm")
                     r"\bDate\s+(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?i:" + "|".join(MONTHS) + r")\s+\d{4}|(?i:"
                     + "|".join(MONTHS) + r")\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s+(?:Place|Venue)\s+[A-Z]|"
                     r"\b(?i:held|met|meeting|took place)\s+(?i:at|in)\s+(?:(?i:the)\s+)?(?!(?i:" + "|".join(
                         (*MONTHS, *DAYS, "closed", "open", "public", "private")) + r")\b)[A-Z]")


def asks_where(question: str) -> bool:
    return bool(WHERE_Q.search(question))


def states_place(text: str) -> bool:
    return bool(PLACE_S.search(text))

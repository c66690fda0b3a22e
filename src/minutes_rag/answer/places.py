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
                     r"\bDate\s+[^\n]{4,40}?\s+(?:Place|Venue|Location)\s+[A-Z]|"
                     r"\b(?i:held|met|meeting|took place)\s+(?i:at|in)\s+(?:(?i:the)\s+)?(?!(?i:" + "|".join(
                         (*MONTHS, *DAYS, "closed", "open", "public", "private")) + r")\b)[A-Z]")


def asks_where(question: str) -> bool:
    return bool(WHERE_Q.search(question))


def asks_meeting_place(question: str) -> bool:
    """Does a question (or a part) ask where a meeting was held ("and where was that meeting held?"), not where a
    thing is ("where are the monitors?")?"""
    return bool(_MEETING_WHERE_Q.search(question))


#: where a meeting was held, met or took place, or at what venue
_MEETING_WHERE_Q = re.compile(r"\bwhere\b[^?]*\b(?:held|hold|holds|meet|meets|met|convened?|t[ao]ok place|takes place)\b|"
                              r"\b(?:what|which) venue\b", re.I)


def states_place(text: str) -> bool:
    return bool(PLACE_S.search(text))

"""Who holds a role, as minutes name them: "Mayor Tom Piper", a form's "Chair: Daniel O'Neill", or a list of those
present's "Dorian Grieve (Chair)" and "Chris Bryce (Treasurer, Chairing)"; never a name among the apologies."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .cues import CHAIR_NAMED

#: where a minutes' lists of those present and of apologies begin
_PRESENT = re.compile(r"\b(?:present|attendees|in attendance|attending)\b", re.I)
_APOLOGIES = re.compile(r"\b(?:apologies|absent|not present)\b", re.I)


def _away(text: str, at: int) -> bool:
    """Is a place in a text within a list of apologies (after "Apologies", with no "Present" since)?"""
    before = text[:at]
    away = max((a.start() for a in _APOLOGIES.finditer(before)), default=-1)
    return away >= 0 and max((p.start() for p in _PRESENT.finditer(before)), default=-1) < away


def names_holder(role: str, text: str) -> bool:
    """Does a sentence name who holds a role (a word a question asks after: "chair", "clerk", "treasurer")?"""
    found = (*re.finditer(rf"\b(?i:{role})\w*:?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+", text),
             *re.finditer(rf"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+\s*\((?:[^()]*,\s*)?(?i:{role})\w*\)", text))
    return any(not _away(text, m.start()) for m in found)


def chairs_present(text: str) -> Iterator[re.Match[str]]:
    """The chairs a text names with their role in brackets ("Shellina Prendergast (Chair)"), but those in a list of
    apologies: a chair who sent apologies did not chair ("Present: Chris Bryce (Treasurer, Chairing), ... Apologies:
    ..., Alan Bonnyman (Chair)")."""
    return (m for m in CHAIR_NAMED.finditer(text) if not _away(text, m.start()))


#: a person named with a title ("Councillor Dan McSweeney", "Mayor Moran", "Cllr O'Sullivan"): the title and name
_TITLED = re.compile(r"\b(?:Councillor|Cllr|Council ?[Mm]ember|Alderm[ae]n|Alderperson|Supervisor|Trustee|Selectm[ae]n|"
                     r"Mayor|Mr|Mrs|Ms|Miss|Dr|Reeve|Warden)\.?\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)")


def titled_people(text: str) -> set[str]:
    """The surnames of the people a text names with a title ("Councillor Dan McSweeney" -> "McSweeney")."""
    return {m.group(1).split()[-1] for m in _TITLED.finditer(text)}

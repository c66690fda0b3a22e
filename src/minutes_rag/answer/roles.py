"""People in the evidence for a question that asks who: the person named beside a quote, and the chair of a
meeting as its minutes list those present ("PRESENT: Shellina Prendergast (Chair), ...")."""

from __future__ import annotations

from ..text import is_scope_clause
from ..types import Hit
from .cues import CHAIR_Q, PERSON_S, WHO_Q, asked_day
from .scoring import Cand

#: sentences either side of a quoted one where the person a "who" question asks for is looked for
PERSON_REACH = 2


def cover_person(parts: list[str], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question that asks who, when no quote names a person: the sentence beside a quote (the best
    first) that does ("Jo Bloggs, Assistant City Manager, made a presentation." before "The report was received."),
    within ``PERSON_REACH`` sentences of it in its chunk."""
    if not chosen or not any(WHO_Q.search(p) for p in parts if not is_scope_clause(p)):
        return chosen
    if any(PERSON_S.search(c.text) for c in chosen):
        return chosen
    for quoted in chosen:  # the best quote first
        row = sorted((c for c in ranked if c.hit == quoted.hit and not c.vote), key=lambda c: c.offset)
        at = next((i for i, c in enumerate(row) if c is quoted), None)
        near = [] if at is None else [(abs(i - at), c) for i, c in enumerate(row)
                                      if abs(i - at) <= PERSON_REACH and PERSON_S.search(c.text)]
        if near:
            best = min(near, key=lambda x: x[0])[1]
            best.for_part = True
            return [*chosen, best]
    return chosen


def cover_chair(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after who chaired a meeting, when no quote names the chair: the chair as the minutes of
    the meeting on the day the question names (or else of the lead evidence's meeting) list them ("Shellina
    Prendergast (Chair)")."""
    if not chosen or not CHAIR_Q.search(question) or any(c.role for c in chosen):
        return chosen
    lead = hits[chosen[0].hit]
    day = asked_day(question) or lead.meeting_date
    found = next((c for c in ranked if c.role and "vice" not in c.text.lower() and hits[c.hit].meeting_date == day
                  and (hits[c.hit].authority == lead.authority or day != lead.meeting_date)), None)
    if found is None:
        return chosen
    found.for_part = True
    return [found, *chosen]

"""Minutes set out as a form per case: each case opens with a field in capitals ("APPLICATION: HDCCMI 2019-00516,
1621 DILWORTH ROAD EAST - ADDITION"), runs through more fields ("PROPOSAL:", "STAFF ANALYSIS:", "MOTION:", "VOTE:")
and ends with its verdict in capitals ("DECISION: APPLICATION FOR ADDITION CONTINUED."). What became of a case is
that verdict, often chunks after the words that name the case, with no other case's opening between."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text import NUMBERED, VERDICTS, sentences
from ..types import Hit
from .cues import MONTH_NAMES, OUTCOME_LINE, looks_like_heading, month_number
from .heads import chunk_ordinal
from .scoring import Cand

#: a decision in capitals that ends with its verdict, to the sentence's end ("APPLICATION FOR ROOF REPLACEMENT CONTINUED.")
_VERDICT = (r"[A-Z0-9][A-Z0-9 ,'’/&()\[\]-]{6,}\b(?:APPROVED|DENIED|CONTINUED|DEFERRED|WITHDRAWN|REFUSED|GRANTED|"
            r"REJECTED|ADOPTED)\b(?: [A-Z ]{0,40})?\W*$")
#: a form's decision in capitals, ending with its verdict ("APPLICATION FOR ROOF REPLACEMENT CONTINUED.", "DECISION:
#: DEMOLITION DENIED."), not a heading that names no verdict
VERDICT_CAPS = re.compile(r"^\W*(?:DECISION\s*:\s*)?" + _VERDICT)
#: the same, its field run on after the vote's ("VOTE: 7/0 AYES ... NAYS: NONE DECISION: APPLICATION FOR ADDITION
#: CONTINUED.")
_DECISION_FIELD = re.compile(r"\bDECISION\s*:\s*" + _VERDICT)
#: a field's label in capitals opening a line ("APPLICATION:", "STAFF ANALYSIS:")
_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z &/]{2,30}):", re.M)
#: the most chunks read on from the words that name a case to its verdict
FORM_REACH = 4


def is_verdict(text: str) -> bool:
    """Is a sentence a form's verdict in capitals, or an item's outcome opening with its verdict in words?"""
    return bool(VERDICT_CAPS.match(text) or _DECISION_FIELD.search(text) or VERDICTS.match(text))


def ends_in_verdict(text: str) -> bool:
    """Does a sentence end with its item's outcome line, read on to it ("... Attorney: T. Jacobs Rejected without
    prejudice": a short outcome line is quoted with the line above it)?"""
    words = text.split()
    return any(VERDICTS.match(tail) and OUTCOME_LINE.fullmatch(tail) for n in range(1, 5) if (tail := " ".join(words[-n:])))


def case_label(text: str, upto: int) -> str | None:
    """The label of the last field opening a line of a chunk at or before ``upto``: the case's own field that a
    later case opens with again (None when the text is no form)."""
    found = [m.group(1) for m in _LABEL.finditer(text) if m.start() <= upto]
    return found[-1] if found else None


def _opens(text: str, label: str) -> bool:
    return re.search(rf"^[ \t]*{re.escape(label)}:", text, re.M) is not None


def read_to_verdict(h: Hit, next_chunk: Callable[[Hit], Hit | None], offset: int | None = None) -> list[Hit]:
    """The chunks after ``h`` up to the first holding a verdict, read from the words at ``offset`` that name a case
    (by default the chunk's last field: the case it ends in); none when the text is no form, when the case's verdict
    is in ``h`` itself, when another case (a field labelled as the case's own) opens first, or when no verdict comes
    within ``FORM_REACH`` chunks."""
    if offset is None:
        offset = max((m.start() for m in _LABEL.finditer(h.text)), default=0)
    label = case_label(h.text, offset)
    if label is None or any(is_verdict(s) for o, s in sentences(h.text) if o + len(s) > offset):
        return []
    out: list[Hit] = []
    for _ in range(FORM_REACH):
        nxt = next_chunk(out[-1] if out else h)
        if nxt is None:
            return []
        verdict = next((o for o, s in sentences(nxt.text) if is_verdict(s)), None)
        if _opens(nxt.text[:verdict], label):
            return []
        out.append(nxt)
        if verdict is not None:
            return out
    return []


def within_case(doc: dict[int, Hit], at: int, offset: int, to: int, upto: int) -> bool:
    """Is the verdict at ``upto`` of chunk ``to`` the verdict of the case named at ``offset`` of chunk ``at`` (chunks
    by their place in one document): within reach, every chunk between at hand, and no field between (after the
    lead's own line) that opens another case as the lead's case opens?"""
    if not at < to <= at + FORM_REACH or any(k not in doc for k in range(at, to + 1)):
        return False
    label = case_label(doc[at].text, offset)
    end = doc[at].text.find("\n", offset)
    texts = [doc[at].text[end:] if end >= 0 else "", *(doc[k].text for k in range(at + 1, to)), doc[to].text[:upto]]
    return label is not None and not any(_opens(t, label) for t in texts)


#: an item put off to a later meeting named by its day ("Deferred to the May 29, 2025 Voting Hearing", "Deferred to the
#: August 28 Voting Hearing": its year, when not given, the meeting's)
_DEFERRED_TO = re.compile(r"^\W*(?:deferred|continued|postponed|held over)\s+(?:to|until)\s+(?:the\s+)?(?:\w+day,?\s+)?(" +
                          MONTH_NAMES + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?", re.I)
#: an item's reference: a licence's, an application's or a case's number ("LB-100320", "21/03267/OUT")
_REFERENCE = re.compile(r"\b[A-Z]{1,4}[-‑]\d{3,}\b|(?<![\d/])\d{2}/\d{4,6}/[A-Z]{2,}\b")  # (not a date, "12/05/2025")


def _references(text: str, offset: int) -> set[str]:
    """The references of the item whose outcome line is at ``offset`` (from the item's numbered line, or the chunk's
    start, to the end of that line), written without hyphens or spaces: the same item, put off and heard again."""
    starts = [o for o, s in sentences(text[:offset]) if NUMBERED.match(s)]
    end = text.find("\n", offset)
    return {re.sub(r"[-‑ ]", "", m.group(0))
            for m in _REFERENCE.finditer(text[starts[-1] if starts else 0:end if end >= 0 else len(text)])}


def later_verdict(hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a quoted outcome that puts an item off to a later meeting ("Deferred to the May 29, 2025 Voting Hearing"):
    that meeting's outcome line for the same item (by its reference: "Rejected with prejudice"), when its record is
    among the hits."""
    out: list[Cand] = []
    for c in chosen:
        held = hits[c.hit].meeting_date or ""
        if (m := _DEFERRED_TO.match(c.text)) is None or not held:
            continue
        year = int(m.group(3) or held[:4])
        day = f"{year}-{month_number(m.group(1)):02d}-{int(m.group(2)):02d}"
        day = day if m.group(3) or day > held else f"{year + 1}{day[4:]}"
        refs = _references(hits[c.hit].text, c.offset)
        if not refs:  # (an item named by no reference is not found again)
            continue
        later = [k for k in ranked if hits[k.hit].meeting_date == day and k not in chosen and refs & _references(
                 hits[k.hit].text, k.offset) and (VERDICTS.match(k.text) or VERDICTS.match(k.text.rsplit(". ", 1)[-1])
                                                  or ends_in_verdict(k.text))]
        if later:  # (its outcome line, or its item's line with its outcome; quoted beside the lead's meeting)
            later[0].for_part = later[0].crossed = True
            out.append(later[0])
    return out


#: a question after how a matter ended ("what was the final penalty?", "how was it finally resolved?", "in the end"; not
#: a stage or a paper called final: "its final reading", "the final plat", "the final accounts")
FINAL_Q = re.compile(r"\bfinal(?!\s+(?:reading|plat|draft|accounts?|budget|cost|figures?|report|version|year|stage|"
                     r"phase|round|meeting|date|day|deadline|payment|invoice)s?\b)(?:ly)?\b|\bin the end\b|\beventually\b|"
                     r"\bultimately\b", re.I)


def final_outcome(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after how an item ended: the outcome line of the next record after the lead's that names the
    lead's item by its reference ("LB-99413" heard again, "Violation - 1-Day Suspension"), however it was put off
    (see ``later_verdict`` for an item put off to a day named)."""
    if not chosen or not FINAL_Q.search(question) or not (held := hits[chosen[0].hit].meeting_date or ""):
        return []
    if not (refs := _item_refs(hits, chosen[0])):
        return []
    later = [k for k in ranked if (hits[k.hit].meeting_date or "") > held and k not in chosen and (
             VERDICTS.match(k.text) or ends_in_verdict(k.text)) and refs & _references(hits[k.hit].text, k.offset)]
    if not later:
        return []
    # (the next record that decides it, not one that puts it off again: a later one of the same licence may be another
    # case of its holder's)
    decided = min(later, key=lambda k: (bool(_DEFERRED_TO.match(k.text) or re.match(r"\W*deferred\b", k.text, re.I)),
                                        hits[k.hit].meeting_date or "", ranked.index(k)))
    decided.for_part = decided.crossed = True
    return [decided]


def _item_refs(hits: list[Hit], c: Cand) -> set[str]:
    """The references of the item a quote is in: from its chunk, or, when the chunk opens inside the item (no
    item's numbered line before the quote), from the chunk before it among the hits."""
    h = hits[c.hit]
    refs = _references(h.text, c.offset)
    if refs or any(NUMBERED.match(s) or looks_like_heading(s) for _, s in sentences(h.text[:c.offset])):
        return refs  # (an item that opens in the chunk, by its number or a heading, is not the one before)
    at = chunk_ordinal(h.chunk_id)
    prev = next((x for x in hits if x.doc_id == h.doc_id and chunk_ordinal(x.chunk_id) == at - 1), None)
    return _references(prev.text, len(prev.text)) if prev is not None else set()

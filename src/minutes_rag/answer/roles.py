"""People in the evidence for a question that asks who: the person named beside a quote, and the chair of a
meeting as its minutes list those present ("PRESENT: Shellina Prendergast (Chair), ...")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text import is_scope_clause, stem
from ..types import Hit
from .cues import CHAIR_Q, MONTH_NAMES, PERSON_S, WHO_Q, asked_day, named_dates, named_months
from .heads import chunk_ordinal
from .parts import FIELD_NAME
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


def cover_asker(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after who put a question (a statement, a petition) to a meeting, when no quote names who: the
    heading of the question the lead quote belongs to, the nearest before it in its document, in its chunk or the one
    before ("Question 5 – Stuart Phelps Youth Guarantee Trailblazer ..." before the Mayor's response quoted)."""
    if not chosen or not ASKED_BY_Q.search(question):
        return chosen
    lead = hits[chosen[0].hit]
    at = chunk_ordinal(lead.chunk_id)
    if ASKER_S.search(lead.text[:chosen[0].offset]) is None:  # (the heading is before the lead's chunk)
        at -= 1
    if any(ASKER_S.search(c.text) and hits[c.hit].doc_id == lead.doc_id  # (named already: a heading quoted from
           and at <= chunk_ordinal(hits[c.hit].chunk_id) <= at + 1 for c in chosen):  # further off is another
        return chosen  # question's)
    heads = [c for c in ranked if hits[c.hit].doc_id == lead.doc_id and chunk_ordinal(hits[c.hit].chunk_id) == at
             and ASKER_S.search(c.text) and (c.hit != chosen[0].hit or c.offset < chosen[0].offset)]
    if not heads:
        return chosen
    head = max(heads, key=lambda c: c.offset)  # (the last: another question's heading after it, before the quote,
    named = ASKER_S.search(head.text)
    between = hits[head.hit].text[head.offset + (named.end() if named else 0):
                                  chosen[0].offset if head.hit == chosen[0].hit else None]
    if ASKER_S.search(between):  # would be the heading of the question the quote belongs to)
        return chosen
    head.for_part = True
    return [*chosen, head]


#: a question after who put a question, a statement or a petition to a meeting ("who submitted the public questions
#: about ...", "which councillor complained that ..."; not "who answered the question", "who was appointed to the post")
ASKED_BY_Q = re.compile(r"\b(?:who|which\s+(?:[\w'’-]+\s+){0,2}?(?:councillors?|members?|residents?|persons?))\s+"
                        r"(?:(?:had|has|have|did|first|originally|then)\s+)?(?:asked|ask|submitted|submit|raised|raise|"
                        r"put|posed|tabled|complained|complain|questioned|petitioned|wrote in)\b", re.I)
#: the heading of a question, statement or petition put to a meeting, naming who put it ("Question 5 – Stuart Phelps",
#: "QUESTION 5: STUART PHELPS", "Question No. 5 – ...", "Question by Mike Sole to Neil Baker", "Question from Mr Smith",
#: "Statement 24 – Barbara Lawrence"; not the question itself, "Question 1 – What is ...")
ASKER_S = re.compile(r"\b(?i:question|statement|petition)\s+(?:(?i:no)\.?\s*)?(?:\d+[a-z]?\s*[–—:-]\s*|"
                     r"(?i:(?:submitted\s+|put\s+)?(?:by|from))\s+)(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?"
                     r"(?!(?i:what|which|who|whom|when|why|where|how|is|are|will|can|could|would|does|do|did|has|have)\b)"
                     r"[A-Z][A-Za-z'’-]+")


def cover_chair(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after who chaired a meeting, when no quote names the chair: the chair as the minutes of
    the meeting on the day the question names (or else of the lead evidence's meeting) list them ("Shellina
    Prendergast (Chair)")."""
    if not chosen or not CHAIR_Q.search(question) or any(c.role for c in chosen):
        return chosen
    return _of_meeting_asked(question, hits, ranked, chosen, lambda c: bool(c.role) and "vice" not in c.text.lower(),
                             other_authority=True)


def _of_meeting_asked(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand],
                      says: Callable[[Cand], bool], other_authority: bool) -> list[Cand]:
    """The chosen sentences with, first, the best that ``says`` what is asked of the minutes of the meeting on the day
    the question names (or else of the lead evidence's meeting), of the lead's authority (or, ``other_authority``,
    of any when the day named is not the lead's); as they are when there is none."""
    lead = hits[chosen[0].hit]
    day = asked_day(question) or lead.meeting_date
    found = next((c for c in ranked if says(c) and hits[c.hit].meeting_date == day and (
        hits[c.hit].authority == lead.authority or (other_authority and day != lead.meeting_date))), None)
    if found is None:
        return chosen
    found.for_part = True
    return [found, *chosen]


#: a question after who opened a meeting ("who opened the planning commission meeting of 27 January 2020?", "who
#: called the meeting to order?")
OPENED_Q = re.compile(r"\bwho\b[^?]*\b(?:opened|open|called)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?"
                      # (the meeting itself opened: not a thing opened at it, "the new library at the meeting")
                      r"(?:(?!(?:at|in|on|for|to|during|from|with|by|of)\b)[\w'’-]+\s+){0,5}?"
                      r"(?:meeting|session|hearing)\b(?!\s+(?:to be|for)\b)|\bwho\b[^?]*"
                      r"\bcalled\b[^?]*\bto order\b", re.I)
#: the sentence of minutes that says who opened the meeting ("The meeting was called to order by Commissioner Robert
#: Sherrard at 7:07 p.m.", "Chair Lee called the meeting to order", "The Mayor opened the meeting")
OPENED_S = re.compile(r"\bcalled (?:the (?:[\w-]+ ){0,3}(?:meeting|session|hearing)(?: of [\w ]{1,30}?)? )?to order\b|\bopened "
                      r"the (?:[\w-]+ ){0,3}(?:meeting|session|hearing)\b|\b(?:meeting|session|hearing) (?:was )?opened\b", re.I)


def cover_opener(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after who opened a meeting, when no quote says so: the sentence that does ("The meeting was
    called to order by ... at 7:07 p.m."), of the minutes of the meeting on the day the question names (or else of the
    lead evidence's meeting). It is a formality, which no other question is answered by."""
    if not chosen or not OPENED_Q.search(question) or any(OPENED_S.search(c.text) for c in chosen):
        return chosen
    return _of_meeting_asked(question, hits, ranked, chosen, lambda c: bool(OPENED_S.search(c.text)),
                             other_authority=False)


#: a question part after who attended a meeting ("who was attending alongside X in January 2021?"), not an event the
#: council sends people to ("who will attend the Good Roads Conference?")
ATTEND_Q = re.compile(r"^(?!.*\b(?:conference|convention|event|training|workshop|course|seminar|summit|festival)s?\b)"
                      r".*\bwho\b[^?]*\b(?:attend\w*|present|absent)\b", re.I)
#: the sentence of minutes that lists those there ("In attendance: Supervisors ...", "Present: Cllrs ...")
ATTENDANCE_S = re.compile(r"\b(?:in attendance|present|attendees)\b\s*(?:were\b|:)", re.I)


def cover_attendance(parts: list[str], hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For each part asking who attended a meeting of a month it names, when no quote from that month's minutes
    lists those there: the best sentence of that month's minutes that does ("In attendance: ...")."""
    out = list(chosen)
    for part in parts:
        months = named_months(part) if ATTEND_Q.search(part) and not CHAIR_Q.search(part) else []
        if len(months) != 1 or any(ATTENDANCE_S.search(c.text) and (hits[c.hit].meeting_date or "").startswith(
                months[0]) for c in out):
            continue
        found = next((c for c in ranked if ATTENDANCE_S.search(c.text) and (hits[c.hit].meeting_date or "").startswith(
            months[0])), None)
        if found is not None:
            found.for_part = True
            out.append(found)
    return out


#: the papers a question after their writer names ("the January 2021 memo", "the report", "the letter")
_PAPER = r"\b(?:memo(?:randum)?|letter|report|paper|briefing)s?\b"
#: a question after who wrote a report ("Who wrote the report asking Cabinet to reconsider ...?"), or who signed or
#: sent a paper ("Who signed the August 2021 memo as Acting City Manager?"; not who signed a lease or contract, nor
#: whom a letter was sent to)
AUTHOR_Q = re.compile(r"\bwho\b[^?]*?\b(?:wrote|written|authored|drafted)\b|"
                      r"\bwho (?:was|is) (?:the )?(?:report )?author\b|"
                      r"\bwho\s+(?:signed|sent|issued)\b[^?]*?" + _PAPER + "|"
                      r"\bwho\s+(?:was|were|is)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?" + _PAPER
                      + r"[^?]*?\b(?:signed|sent|issued)\s+by\b", re.I)
#: a report's field naming who wrote it ("Report Author: Nick Abrahams", "Prepared by: Jo Bloggs")
_WRITER = r"(?:(?:Report )?[Aa]uthor|Written by|Prepared by)"
#: the name such a field gives ("Anna Taylor", "Jennifer A. Maguire")
_FIELD_PERSON = FIELD_NAME + r"(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+"
WRITER_FIELD = re.compile(r"\b" + _WRITER + _FIELD_PERSON)
#: or who it is from ("By: Anna Taylor, Scrutiny Research Officer", a memo's "TO: HONORABLE MAYOR FROM: Jennifer A.
#: Maguire CITY COUNCIL")
AUTHOR_FIELD = re.compile(r"\b(?:By|FROM|From|" + _WRITER + ")" + _FIELD_PERSON)
#: a letter's or memo's signature: the name in capitals over the signer's post, and nothing after it ("DAVID SYKES
#: City Manager", "Sincerely, JENNIFER A. MAGUIRE Acting City Manager"; not "ROLL CALL Mayor Liccardo called ...")
SIGNATURE = re.compile(r"^(?:(?:Sincerely|Respectfully submitted|Yours (?:sincerely|faithfully|truly)),?\s+)?"
                       r"(?:[A-Z][A-Z'-]*\.?\s+){1,3}[A-Z][A-Z'-]+,?\s+(?:(?:Acting|Interim|Deputy|Assistant)\s+)?"
                       r"(?:[A-Z][a-z]+\s+){0,2}(?:Manager|Director|Officer|Clerk|Chief|Attorney|Secretary|"
                       r"Administrator|Executive|Mayor|Chair(?:man|person)?)\W*$")
#: a question after who wrote a paper, which its author's own field answers before whom it is from
_WROTE = re.compile(r"\b(?:wrote|written|authored|drafted|author)\b", re.I)
#: the words of such a question that the author's field answers
AUTHOR_WORDS = frozenset(stem(w) for w in ("wrote", "written", "authored", "drafted", "author", "signed", "sent",
                                           "issued"))


def _names_author(text: str, writer: bool) -> bool:
    if writer:
        return bool(WRITER_FIELD.search(text))
    return bool(AUTHOR_FIELD.search(text) or SIGNATURE.match(text))


def cover_author(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after who wrote (signed, sent) a paper, when no quote names its author: the paper's own field
    naming them ("Report Author: Nick Abrahams" first when asked who wrote it, else "By: Anna Taylor, Scrutiny
    Research Officer", a memo's "FROM: David Sykes") or its signature ("DAVID SYKES City Manager"), from the document
    the best evidence is from; asked of two papers ("who signed the January memo, and who signed the August memo?"),
    from each of the first two documents quoted with one (a field shares no word with the question: it answers the
    question's "wrote")."""
    if not chosen or not AUTHOR_Q.search(question):
        return chosen
    wanted = max(1, len(re.findall(_PAPER, question, re.I)))
    kinds = (True, False) if _WROTE.search(question) else (False,)
    named: list[Cand] = []
    for doc in dict.fromkeys(hits[c.hit].doc_id for c in chosen):
        if len(named) >= wanted:
            break
        found = None
        for writer in kinds:  # (a quote naming them first, then the best candidate of the document)
            found = next((c for c in [*chosen, *ranked] if hits[c.hit].doc_id == doc and _names_author(c.text, writer)),
                         None)
            if found is not None:
                break
        if found is not None:
            named.append(found)
            if all(found is not c for c in chosen):
                found.for_part = True
                chosen = [*chosen, found]
    for c in named:
        c.covered = c.covered | AUTHOR_WORDS
    return chosen


#: a question after when a paper was issued, published or sent out ("On what date was the agenda for the Cabinet
#: meeting of 4 March 2025 issued?"): the paper's date line answers it, though it shares no word with the question
ISSUED_Q = re.compile(r"\b(?:when|(?:what|which) (?:date|day))\b[^?]*?\b(agenda|report|papers?|notice|summons|pack|"
                      r"letter|memo(?:randum)?)s?\b[^?]*?\b(?:issued|published|dated|circulated|sent out|despatched|"
                      r"dispatched)\b", re.I)
#: a date standing as a line of its own, as a paper gives its date of issue under its signature ("Monday, 24 February
#: 2025") or in a field ("Date of issue: 3 March 2025"); not a date ending a title ("Minutes of the Meeting held on 3
#: February 2025")
_DAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_NAMES
        + r"),?\s+(?:19|20)\d\d")
DATED = re.compile(rf"^\W*(?:Date(?:\s+of\s+(?:issue|publication|despatch))?:?\s+)?{_DAY}\W*$", re.I)
#: a sentence ending in a date ("Peter Jones Head of Legal Services Friday, 28 February 2025": lines without stops),
#: and the words that make such a date part of what the sentence says ("Minutes of the Meeting held on 3 February 2025")
_ENDS_DATED = re.compile(rf"{_DAY}\W*$", re.I)
_DATE_OF = re.compile(r"\b(?:on|of|held|to|from|until|till|by|at|in|for|before|after|since|dated|between|and|the)\W*$",
                      re.I)
#: the words of such a question that a paper's date line answers
ISSUED_WORDS = frozenset(stem(w) for w in ("issued", "published", "dated", "circulated", "sent", "despatched", "date"))


def cover_issued(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after when a paper was issued: the first date line of the paper (of the meeting the question
    names by its day, an agenda when it asks of an agenda) that is not the meeting's own date, quoted first, with
    the paper's other quotes."""
    m = ISSUED_Q.search(question)
    if m is None:
        return chosen
    day, agenda = asked_day(question), m.group(1).lower() == "agenda"
    papers = [h for h in hits if (not agenda or h.kind == "agenda") and (day is None or h.meeting_date == day)]
    doc = papers[0].doc_id if papers else None

    def issue(c: Cand) -> bool:
        h = hits[c.hit]
        dated = _ENDS_DATED.search(c.text)  # (a date standing on its own: not "held on 3 February 2025")
        return h.doc_id == doc and dated is not None and not _DATE_OF.search(c.text[:dated.start()]) and all(
            f"{y}-{mo:02d}-{int(d or 0):02d}" != h.meeting_date for y, mo, d in named_dates(dated.group(0)))

    found = min((c for c in ranked if issue(c)), key=lambda c: (hits[c.hit].chunk_id, c.offset), default=None)
    if found is None:
        return chosen
    found.for_part = True
    found.covered = found.covered | ISSUED_WORDS  # (and the paper's other quotes: another paper's say nothing of it)
    return [found, *(c for c in chosen if c is not found and hits[c.hit].doc_id == doc)]

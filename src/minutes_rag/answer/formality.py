"""The formalities every meeting records: called to order, the pledge, who was present, the last meeting's minutes
approved, adjourned. They repeat the words a question uses to name the body and its meeting ("the Crete Township
board ... in March 2022"), so they score well, but they answer only a question asked about them."""

from __future__ import annotations

import re

from ..text import stem

FORMALITY = re.compile(
    r"\bcalled (?:the meeting )?to order\b|\bPledge of Allegiance\b|\bmoment of silence\b"
    r"|^\W*(?:(?:The )?meeting (?:was )?)?held (?:in person |virtually |remotely )?(?:in|at) the\b|\b[Hh]eld (?:in|at) (?:the )?[A-Z][^.]{0,80}?\bat \d{1,2}"
    r"(?:[.:]\d{2})?\s*[ap]\.?m\b"
    r"|^\W*(?:(?:Board|Council|Committee) )?(?:members|councillors|trustees|those) (?:were )?(?:present|absent)\b"
    r"|\bPresent\s*:\s*(?:Cllrs?|Councill?ors?|Trustees?|Directors?|Commissioners?|Members?|Mr|Mrs|Ms|Miss|Mx|Dr|Rev|"
    r"Revd|Prof|Sir|Dame)\b"
    # (a title block, in capitals: "PARISH COUNCIL MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 1 APRIL 2025";
    # not "the minutes of the last meeting held on 24th May 2024 were checked", which may date what is asked)
    r"|(?-i:\bMINUTES OF (?:THE |A )?[A-Z' ]{0,40}?\bMEETING HELD (?:ON|AT|IN)\b)"
    # (and its opening line in running words, after the title if any: "A regular meeting of the Township of Nipissing
    # Council was held on Tuesday, May 27, 2025, starting at 6:30 p.m.")
    r"|^(?:[^.]{0,80}?\s)?(?-i:An?) (?:\w+ ){0,2}meeting of (?:the )?(?-i:[A-Z])[^.]{0,80}?\b(?:was|were) held (?:on|at|in)\b"
    r"(?![^.]*\b(?:to|where|which|at which|when|for|because|after)\b(?!\s+(?:\d|the\s+\w+\s+(?:centre|center|hall|room|"
    r"chamber|office|building|library))))"
    r"|\b(?:approv|adopt|confirm|accept)\w* (?:of )?the minutes of\b"
    r"|\bminutes\b[^.]{0,80}?\b(?:approved|adopted|confirmed) as (?:written|presented|circulated|a (?:true|correct))"
    r"|\bminutes of the\b[^.]{0,120}?\bbe (?:approved|adopted|confirmed)\b"
    # (an earlier meeting's minutes taken as a record, however worded: "the minutes of the meeting on 9 January 2025
    # were a correct record", "... were checked for accuracy and content, agreed as a true record"; "To receive the
    # minutes of the last parish council meeting")
    r"|\bminutes of (?:the|a|an|its|their|that|this|last|previous)\b[^.]{0,160}?\b(?:(?:were|was|be|being) (?:\w+ )?an?|"
    r"(?:agreed|signed|approved|accepted) as an?) (?:true|correct|accurate)(?: and (?:true|correct|accurate|complete))? "
    r"record\b|^\W*(?:[\d.]+\s+)?to (?:receive|approve|confirm|agree|sign) the minutes of\b"
    r"|\b(?:meeting|session) (?:was |is )?(?:adjourned|closed) at\b|\bmotion to adjourn\b|\bmeeting be adjourned\b"
    # (a resolution's own clauses of form: its recitals made part of it, the day it takes effect)
    # (when they say nothing else: not "... hereby ratified, and the City Manager is authorized to ...", nor a date it
    # takes effect on, which a question may ask)
    r"|\bforegoing\W{0,3}(?:whereas|recitals?)\W{0,3}(?:clauses?)?\W{0,3}(?:are|is) hereby ratified\b"
    r"(?![^.]*\b(?:authori[sz]|approv|award|direct|appoint))"
    r"|\bthat this (?:resolution|ordinance) shall (?:(?:become|be|take) effective|take effect) "
    r"(?:immediately|upon (?:the date of )?(?:its )?(?:passage|adoption|approval))", re.I)
#: words of a question that asks of the formalities: who attended, when the meeting began or ended, where it met,
#: who chaired, the minutes themselves
ASKS_FORMALITY = frozenset(stem(w) for w in (
    "present", "absent", "attend", "attended", "attendance", "came", "apologies", "order", "pledge", "adjourn", "adjourned",
    "start", "started", "began", "begin", "open", "opened", "close", "closed", "end", "ended", "quorum", "roll",
    "chair", "chaired", "chairman", "presided", "venue", "minutes"))
#: a question asking where a meeting was held ("where did the commission meet", "where was the meeting held")
_WHERE_MET = re.compile(r"\b(?:where|location)\b[^?,]{0,60}\b(?:meets?|met|take place|took place|convened?|"
                        # (a meeting held, or held by a body: not where a thing is held, "where is the data held")
                        r"(?:meetings?|session|AGM|hearing|it|they)\s+(?:(?:was|were|is|are|be|being)\s+)?(?:\w+ly\s+)?held|"
                        r"hold\s+(?:its|the|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:meetings?|session|AGM|hearing))\b", re.I)


def asks_where_met(question: str) -> bool:
    """Does a question ask where a meeting was held?"""
    return bool(_WHERE_MET.search(question))


def asks_formality(question: str) -> bool:
    """Does a question ask of a meeting's formalities (who attended, when it began or closed, where, who chaired)?"""
    return asks_where_met(question) or any(
        stem(w) in ASKS_FORMALITY for w in re.findall(r"[a-z]+", question.casefold())
        if w == "present" or not w.startswith("present"))  # (a report presented, its presentation or presenters: no
    # attendance, though their stem is "present"'s: "who presented the audited statements?")


def is_formality(text: str) -> bool:
    """Does a sentence record one of a meeting's formalities?"""
    return bool(FORMALITY.search(text))

"""Questions after which firm did something ("which firm presented the audited statements", "which consultant was
appointed") and the sentences that name one: initials in capitals or a company's word."""

from __future__ import annotations

import re

from ..text import stem
from .cues import MONTH_NAMES
from .funding import funding_kind

#: a part asking which firm did something ("which firm presented the audited statements", "which audit firms",
#: "which suppliers were picked")
FIRM_Q = re.compile(r"\b(?:which|what)\s+(?:[a-z]+\s+)?(firms?|compan(?:y|ies)|consultan\w*|suppliers?|contractors?|"
                    r"auditors?|agenc(?:y|ies)|business(?:es)?)\b", re.I)


def answer_kind(question: str, texts: list[str]) -> set[str]:
    """The stems of the kind of thing a question asks to be named ("which firm", "what consultants"), when the
    evidence (``texts``) names one as the party to a deal ("the proposal from Urban RE", "awarded to J&P Leveque
    Bros Haulage Ltd."): the evidence need not say the word. And the words a question asking where money came from
    uses for that (see ``funding_kind``). None otherwise."""
    kind = {stem(m.group(1).lower()) for m in FIRM_Q.finditer(question)}
    return (kind if kind and any(_PARTY.search(t) for t in texts) else set()) | funding_kind(question, texts)


#: a party named to a deal: a capitalised name (not a body, a person's title or a month) after "from", "to", "by"
#: or a verb of engaging
_PARTY = re.compile(r"\b(?:from|to|by|with|appointed|engaged|hired|instructed|commissioned|retained)\s+(?:the\s+)?"
                    r"(?!(?:Council|Committee|Cabinet|Board|Mayor|Councillors?|Cllr|Mr|Mrs|Ms|Dr|Officers?|Members?|"
                    + MONTH_NAMES + r")\b)[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*)*")
#: a firm's name: initials in capitals ("KPMG", "MNP") or a company's word ("Holly Landscapes Ltd", "Arup Group")
FIRM_S = re.compile(r"\b(?!(?:THAT|THE|AND|FOR|RESOLVED|AGREED|CARRIED|NOTED|APPROVED|BE|OF|TO)\b)[A-Z]{2,}\b(?![-/]?\d)|\b(?:Ltd|"
                    r"Limited|LLP|PLC|plc|Inc|LLC|Corporation|Company|Co\.|Group|Associates|Partners|Partnership|"
                    r"Consult\w*|Contractors?|Landscapes?|Services)\b")


#: a part asking who was hired ("who was hired", "which firm was engaged"): answered by a party named to the deal
HIRED_Q = re.compile(r"\b(?:who|which\s+(?:[a-z]+\s+)?(?:firm|company|consultant|consultancy|contractor|supplier)s?)"
                     r"\s+(?:was|were|had been|has been|have been|did [^?]*?)\s*(?:hired|engaged|contracted|retained|"
                     r"commissioned|hire|engage|contract|retain|commission)\b", re.I)


def names_party(text: str) -> bool:
    """Does a sentence name a party to a deal ("the proposal from Urban RE", "awarded to J&P Leveque Bros")?"""
    return bool(_PARTY.search(text))

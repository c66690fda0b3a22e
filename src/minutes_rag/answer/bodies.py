"""Who or which body does what a question part asks, and which paper's number it asks for: a part whose doer is
another kind of body than the lead evidence's ("... and what by-law number did council pass?" after a committee's
recommendation) is answered from that body's meetings; a part asking who did a thing by a sentence naming the one
who did it ("presented by Oscar Poloni", not the movers of the resolution adopting what was presented); and a part
after a by-law's, bill's or resolution's number by a sentence giving one (not the one it amends)."""

from __future__ import annotations

import re

from ..text import content_stems
from ..types import Hit

#: the kinds of body that meet, as the last word of a committee's name says ("Strategic Priorities and Policy
#: Committee", "City Council", "Cabinet")
_BODIES = r"council|committee|cabinet|board|commission|panel"
#: a part's doer, a body of such a kind: "did council pass", "what did full Council resolve", "the committee agreed",
#: "at council in February"
_ACTING = re.compile(rf"\b(?:did|had|has|have|would|will)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?({_BODIES})\b(?!\s+(?:members?|"
                     rf"reports?|papers?|meetings?)\b)|\b({_BODIES})\s+(?:then\s+|finally\s+|eventually\s+|later\s+)?"
                     r"(?:passed|resolved|agreed|decided|approved|adopted|voted|enacted|endorsed|recommended|asked)\b|"
                     rf"\b(?:at|by|to)\s+(?:the\s+)?(?:full\s+|city\s+|county\s+|municipal\s+)?({_BODIES})\b", re.I)


def body_kind(h: Hit) -> str | None:
    """The kind of body a hit's meeting was of, by the last word of its committee's name."""
    words = re.findall(r"[a-z]+", (h.committee or "").lower())
    return words[-1] if words and re.fullmatch(_BODIES, words[-1]) else None


def acting_body(part: str, hits: list[Hit], lead: Hit) -> str | None:
    """The kind of body a part names as its doer, when that is not the lead evidence's and some hit of the lead's
    authority is of it; None otherwise. The council's own name ("Kent County Council") names no doer."""
    if body_kind(lead) is None:
        return None
    kind = named_body(part, hits)
    if kind is None or kind == body_kind(lead):
        return None
    return kind if any(body_kind(h) == kind and h.authority == lead.authority for h in hits) else None


def named_body(part: str, hits: list[Hit]) -> str | None:
    """The kind of body a part names as its doer ("what by-law number did council pass": council), the hits'
    authorities' own names left out; None for none or several."""
    text = part
    for a in {h.authority for h in hits if h.authority}:
        text = re.sub(re.escape(a), " ", text, flags=re.I)
    kinds = {k.lower() for m in _ACTING.finditer(text) for k in m.groups() if k}
    return next(iter(kinds)) if len(kinds) == 1 else None


#: a part after the number of a by-law, bill, resolution or application ("what by-law number did council pass",
#: "under which by-law", "the number of the amending by-law"), or after which numbered law was passed ("what by-law
#: did council pass in March delegating ...": the by-law's line, its number and title, answers it)
_PAPERS = r"by-?law|bill|ordinance|resolution|motion|(?:planning )?application|order"
NUMBER_OF_Q = re.compile(rf"\b(?:which|what)\s+(?:[\w'-]+\s+)?({_PAPERS})s?\s+(?:number|no\.?)|\bnumber of the\s+"
                         rf"(?:[\w'-]+\s+){{0,2}}?({_PAPERS})s?\b|\bunder (?:which|what) ({_PAPERS})s?\b"
                         r"|\b(?:which|what)\s+(by-?law|ordinance)\s+(?:did|does|was|has|had|will|\w+ed)\b"
                         r"|\b(?:by|in|through)\s+(?:which|what)\s+(by-?law|ordinance)s?\b", re.I)  # ("... and by which ordinance?")
#: the words of a paper's passing ("what by-law number did council enact to implement it?"): every by-law line has
#: them, so they say nothing of which by-law is meant
PAPER_WORDS = frozenset(content_stems("by-law bylaw law bill ordinance resolution motion number enact enacted pass passed "
                                      "adopt adopted implement implemented approve approved introduce amend amending"))
#: a reference, after the kind of paper it numbers: "By-law No. A.-8290(b)-69", "By-Law Number 2025-32"
_REFERENCE = r"\s*(?:No\.?|Number|#)?\s*:?\s*([A-Z]{0,6}[.\-]{0,2}\d[\w()/-]*(?<![)]))"


def references(part: str, text: str) -> set[str]:
    """The references a text gives to the kind of paper a part asks the number of (none for another part)."""
    asked = NUMBER_OF_Q.search(part)
    paper = next((g for g in asked.groups() if g), "") if asked else ""
    kind = r"by-?law" if re.fullmatch(r"by-?law", paper, re.I) else re.escape(paper.split()[-1]) if paper else ""
    # (not the one it amends, replaces or repeals: "A by-law to amend By-law No. A.-8290-227")
    return {m.group(1) for m in re.finditer(rf"\b{kind}s?{_REFERENCE}", text, re.I)
            if not _CHANGED.search(text, 0, m.start())} if kind else set()


#: the words before a paper that another one changes
_CHANGED = re.compile(r"\b(?:amend\w*|replac\w*|repeal\w*|rescind\w*)\s+(?:the\s+|said\s+)?$", re.I)


#: a part asking who did a thing, by its verb ("who presented the audited statements", "who had chaired it")
_WHO_DID = re.compile(r"\bwho\s+(?:had\s+|has\s+|was\s+)?([a-z]+?)e?d\b(?!\s+(?:by|to|as)\b)", re.I)
#: verbs that say who voted or what one was: the vote's record answers those, not an agent's sentence
_NOT_AGENT = {"vot", "call", "nam", "elect", "appoint", "us", "need", "want"}


def _who_verb(part: str) -> str | None:
    """The verb stem of a part asking who did a thing ("present" of "who presented"); None for another part."""
    asked = _WHO_DID.search(part)
    if asked is None or asked.group(1).lower() in _NOT_AGENT or len(asked.group(1)) < 3:
        return None
    return re.escape(asked.group(1).lower())


def asked_verb(part: str) -> re.Pattern[str] | None:
    """The verb of a part asking who did a thing, as a pattern ("presented"); None for another part."""
    verb = _who_verb(part)
    return re.compile(rf"\b{verb}e?d\b", re.I) if verb else None


def agent_named(part: str) -> re.Pattern[str] | None:
    """For a part asking who did a thing, a pattern for a sentence naming the one who did it: the verb with "by" and
    a name after it ("were presented by Oscar Poloni"), or a name right before it ("Councillor Sheahan (J) proposed");
    None for another part."""
    verb = _who_verb(part)
    return re.compile(rf"\b(?i:{verb}e?d)\s+by\s+(?:the\s+)?[A-Z]|\b[A-Z][\w.'’-]+(?:\s+\([A-Z]\))?\s+(?i:{verb}e?d)\b") \
        if verb else None

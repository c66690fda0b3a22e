"""Where money comes from: a question part that asks it ("where would the money come from?", "how was it paid
for?") and the sentences that name a source of funds (a reserve, a fund, a grant, a donation)."""

from __future__ import annotations

import re

from ..text import stem

#: a part asking where the money for something comes from ("where would the money come from?", "how was it paid for?")
FUNDING_Q = re.compile(r"\b(?:where|how)\b[^?]*\b(?:money|funding|cash|costs?)\b[^?]*\bcome from\b|\bhow (?:will|would|is|"
                       r"was|were|are)\b[^?]*\b(?:funded|financed|paid for)\b|\bsource of (?:the )?(?:funding|money)\b|\bfunding sources?\b|"
                       # (which fund or budget a cost was charged to: "which funding source was the work charged to?")
                       r"\b(?:which|what)\s+(?:[a-z]+\s+)?(?:fund|budget|account|reserve|grant)s?\b[^?]*\b(?:charged\s+"
                       r"(?:to|against)|paid\s+(?:from|out of|for|by)|met\s+(?:from|by|out of)|drawn\s+(?:from|on)|funded|"
                       r"financed)(?:\s+it)?\s*\?", re.I)
#: a sentence that names where money comes from ("Proposed Funding Source: ... Reduce the £12m waste reserve",
#: "funded from the Canada Community Building Fund", "the £500 donation from the winding up of the ... Trust")
FUNDING_S = re.compile(r"\bsource\b|\b(?:funded|financed|paid(?: for)?|met)\s+(?:by|from|through|via|out of)\b|\bfunding\s+"
                       r"(?:from|through|via)\b|\breserves?\b|\bborrowing\b|\bcapital receipts\b|\bfrom (?:the |its |a )?"
                       r"[\w -]{0,40}\b(?:fund|budget|grant|levy|trust|foundation)\b|\b(?:donation|contribution|bequest|legacy|"
                       r"gift|grant)s?\s+(?:of\s+[£$€]?[\d,.]+[km]?\s+)?(?:from|by)\b|\bincluded in the (?:[\w-]+ ){0,4}"
                       r"(?:budget|capital plan)\b", re.I)


#: the words a question uses for where money came from ("which funding source was the work charged to?")
FUNDING_WORDS = frozenset(stem(w) for w in ("source", "sources", "funding", "fund", "funds", "funded", "financed",
                                             "charged", "paid", "met", "drawn", "come", "money"))


def funding_kind(question: str, texts: list[str]) -> set[str]:
    """The stems of the words a question asking where money came from uses for that, when the evidence (``texts``)
    names a source ("funded from the Canada Community Building Fund"): the evidence need not say "source" or
    "charged". None for any other question."""
    if not FUNDING_Q.search(question) or not any(FUNDING_S.search(t) for t in texts):
        return set()
    return set(FUNDING_WORDS)

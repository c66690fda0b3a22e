"""The line above a sentence that names what the sentence is about: an agenda item's heading ("25. INNOVATE:" / "It
was agreed to defer this item ...") or a bullet's short title ("• Whitmoor Turbines." / "This application has been
refused by the council"). The sentence takes the line's words as its own: it states nothing of its subject by name."""

from __future__ import annotations

import re

from ..text import sentences
from ..types import Hit
from .cues import DECISION_S, looks_like_heading

#: a question after which item (matter, topic) a thing was under: the item's heading names it (not "which
#: councillors were subject to the code?")
ITEM_Q = re.compile(r"\b(?:which|what)\s+(?:(?!(?:was|were|is|are|did|do|does|has|had|will)\b)[\w-]+\s+){0,2}?"
                    r"(?:item|matter|topic)s?\b(?!\s+(?:to|of)\b)", re.I)
#: words of a heading whose words the sentence right under it takes as its own
ITEM_HEAD_WORDS = 8
#: words of a bullet's title that ends with a full stop, its marker among them ("• Whitmoor Turbines.")
TITLE_WORDS = 4


#: a bullet's marker at the start of a line
_BULLET = re.compile(r"^\s*[•\uf0b7▪◦●‣∙*–-]\s*")
#: words of an outcome or a record of who came and went, which a short line in capitals may state ("Application
#: Refused.", "Cllr P Jones arrived."): no title
_STATES = re.compile(r"\b(?:refused|approved|carried|lost|withdrawn|deferred|rejected|agreed|granted|noted|closed|"
                     r"received|adopted|resolved|declined|passed|failed|arrived|left|abstained|apologi[sz]ed)\b", re.I)


def heads_next(line: str) -> bool:
    """Does a line name the subject of the sentence after it: a heading, or a bullet's short title in capitals with
    its full stop ("• Whitmoor Turbines.", not "• Application Refused." nor "Cllr P Jones arrived.")?"""
    words = len(line.split())
    return words <= ITEM_HEAD_WORDS and (looks_like_heading(line) or (
        bool(_BULLET.match(line)) and 2 <= len(_BULLET.sub("", line).split()) and words <= TITLE_WORDS
        and line.rstrip().endswith(".") and not DECISION_S.search(line) and not _STATES.search(line)
        and looks_like_heading(line.rstrip()[:-1])))


def chunk_ordinal(chunk_id: str) -> int:
    """A chunk's place in its document (``doc:00012:hash`` -> 12)."""
    parts = chunk_id.split(":")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def line_above(hits: list[Hit], i: int, sents: list[tuple[int, str]], k: int) -> str:
    """The line above the ``k``-th sentence of the ``i``-th hit: the sentence before it, or for a chunk's first the
    last of the chunk before it, when that chunk is among the hits (a bullet's title may end the chunk before)."""
    if k:
        return sents[k - 1][1]
    h = hits[i]
    at = chunk_ordinal(h.chunk_id)
    before = next((p for p in hits if p.doc_id == h.doc_id and at and not p.recorded  # (a chunk, not a decision
                   # recovered from one at ingest, which may start part-way through it)
                   and chunk_ordinal(p.chunk_id) == at - 1), None)
    said = sentences(before.text) if before is not None else []
    return said[-1][1] if said else ""


def titled(text: str) -> bool:
    """Is a sentence set as a title: most of its words capitalised ("EAST PALO ALTO ... MINUTES"), or a minutes'
    title in running words ("Parent Council Minutes of the meeting held on 26 January 2022")?"""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and (sum(w[0].isupper() for w in words) >= 0.6 * len(words) or (
        len(words) <= MINUTES_TITLE_WORDS and _MINUTES_TITLE.match(text) is not None))


#: a minutes' title in running words: "[body] Minutes of the (annual) meeting (of the body) held on ..."
#: (its words before "Minutes" capitalised, and it ends on the meeting's year, or an item's number after it: not "The
#: Committee resolved that the minutes of each meeting are published within 14 days")
_MINUTES_TITLE = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){0,8}?(?i:minutes|notes)\s+of\s+(?i:the\s+|an?\s+)?"
                            r"(?:[\w'’-]+\s+){0,3}?(?i:meeting)\b[^.;]{0,60}?\b(?:19|20)\d\d\b(?:\s*\([^)]*\))?\s*$")
#: the most words of such a title
MINUTES_TITLE_WORDS = 24

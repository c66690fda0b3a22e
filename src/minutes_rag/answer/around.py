"""What the answerer reads around the hits: the chunks just before and after the best one, and every hit without
its document's page furniture."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..chunk import page_at
from ..parse.furniture import blank_lines
from ..parse.meta import place_of
from ..text import ends_abbreviation, sentences
from ..types import Hit
from .cues import asks_vote
from .figures import asks_figure
from .formality import asks_where_met
from .forms import is_verdict, read_to_verdict
from .heads import chunk_ordinal
from .parts import BECAME_Q, DECIDED_Q, records_decision
from .roles import DATED, ISSUED_Q
from .scoring import Stats
from .window import OUTCOME, TABLE_REACH, ends_in_table

#: the best hits whose chunks before and after are weighed with the hits
NEIGHBOUR_HITS = 1
#: the best hits whose chunks after are weighed with the hits (a part's answer printed on from the second best)
NEXT_HITS = 2
#: asked what was decided, the best hits whose chunks after are weighed with the hits, and how many chunks on
DECIDED_NEIGHBOURS, DECIDED_REACH = 3, 3
#: the most chunks read on through an agenda item to its end
ITEM_REACH = 16
#: the words a sentence cut off by a chunk boundary ends with (a heading, a table's row or a list's line ends
#: with a name, a figure or a verdict instead)
OPEN_END = frozenset(("a", "an", "the", "of", "to", "for", "and", "or", "at", "by", "in", "on", "with", "from", "be",
                      "is", "are", "was", "were", "that", "which", "as", "per", "than", "under", "into", "its",
                      "their", "his", "her"))
#: a page's number printed where a document's pages meet ("--- 4", "--- **3**")
_PAGE_MARK = re.compile(r"\s*-{3,}\s*\**\d+\**\s*$")
#: a list's next item ("b) the Civic Administration ...", "(ii) ..."): a sentence of its own
_LIST_MARK = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s")
#: the most words of the next chunk's first sentence read on into a cut-off sentence
MEND_WORDS = 60


def one_naming(hits: list[Hit]) -> list[Hit]:
    """The hits with one name for each authority, the best hit's naming of it: one body's papers may name it two ways
    ("Town of Crete" on one, "Crete Township" on another), and it is still one authority to answer for."""
    first = _first_namings(hits)
    return [replace(h, authority=name) if h.authority and (name := first[place_of(h.authority)]) != h.authority else h
            for h in hits]


def namings(hits: list[Hit], known: Iterable[str]) -> set[str]:
    """The authorities known to the index and those of the hits, each under the hits' naming of its place."""
    held = _first_namings(hits)
    return {held.get(place_of(a), a) for a in known} | set(held.values())


def _first_namings(hits: list[Hit]) -> dict[tuple[str, str], str]:
    """Each place's authority as the best hit that names it names it."""
    first: dict[tuple[str, str], str] = {}
    for h in hits:
        if h.authority:
            first.setdefault(place_of(h.authority), h.authority)
    return first


def neighbours(question: str, searched: list[Hit], hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """The chunks just before and after the best searched hit, and just after the second best, that are not among the
    hits: a debate runs on over a chunk's end, and the part of it that answers may not have been retrieved (the body
    the Mayor meets monthly, in the chunk before the one on the rail line he spoke of; the amended standing order that
    a chunk's "Proposed by ...; Seconded by ...; And Resolved:" leads in to). Asked what a body decided, also the
    ``DECIDED_REACH`` chunks after each of the best ``DECIDED_NEIGHBOURS``: the decision follows its discussion, which
    may be what was found ("... Members discussed this proposal and agreed that ..."). They come after the hits, so
    they are weighed as the least likely evidence. Not for a question about a vote: a vote is read on from the motion
    it is on (see ``votes.cover_vote``), and the chunk after may hold another motion's."""
    if stats is None or asks_vote(question):
        return []
    have = {h.chunk_id for h in hits}
    out: list[Hit] = []
    decided = bool(DECIDED_Q.search(question) and _DECIDE_VERB.search(question))
    for k, h in enumerate(searched[:DECIDED_NEIGHBOURS if decided else max(NEIGHBOUR_HITS, NEXT_HITS)]):
        found: list[Hit | None] = []
        if k < NEIGHBOUR_HITS and stats.prev_chunk is not None:
            found.append(stats.prev_chunk(h))
        nxt: Hit | None = h
        for _ in range(DECIDED_REACH if decided else 1):  # (past the best NEXT_HITS only when decided)
            nxt = stats.next_chunk(nxt) if nxt is not None and stats.next_chunk is not None else None
            if decided and nxt is not None and h.item_number and nxt.item_number != h.item_number:
                break  # (another agenda item's chunk holds another matter's decision)
            found.append(nxt)
            if decided and nxt is not None and (records_decision(nxt.text) or any(map(is_verdict, nxt.text.splitlines()))):
                break  # (as far as the first decision: the next case's verdict is not this one's)
        for n in found:
            if n is not None and n.chunk_id not in have:
                have.add(n.chunk_id)
                out.append(n)
    return unfurnished(out, stats)


def table_runs(question: str, searched: list[Hit], hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """Asked a figure, the chunks after each of the best ``TABLE_HITS`` hits that ends among a table's rows, as far as
    the table runs on: the row asked may be in the next ("... EXPENDITURE (10,109.85) EXPENDITURE 0.00" ends one chunk
    of a financial report; "PRECEPT £7,994.00" is two chunks on)."""
    if stats is None or stats.next_chunk is None or not asks_figure(question):
        return []
    have = {h.chunk_id for h in hits}
    out: list[Hit] = []
    for h in searched[:TABLE_HITS]:
        n: Hit | None = h
        for _ in range(TABLE_REACH):  # (on while the table does: a long one runs over several chunks)
            if n is None or not ends_in_table(n.text):
                break
            n = stats.next_chunk(n)
            if n is not None and n.chunk_id not in have:
                have.add(n.chunk_id)
                out.append(n)
    return unfurnished(out, stats)


#: the best hits whose chunks after are read when they end among a table's rows
TABLE_HITS = 10


#: a question after what a body decided in so many words ("what did it agree to do?"; not "what position does she hold")
_DECIDE_VERB = re.compile(r"\b(?:decid|resolv|agree|approv|determin)\w*", re.I)


def title_blocks(question: str, searched: list[Hit], hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """For a question asking where a meeting was held: the first chunk of each of the best hits' documents, when it
    is not among the hits and is near them: a minutes' title block states the place ("Date 10th September 2015
    Place The Cookhouse, Suffolk Food Hall"), in words nothing else asked shares."""
    issued = bool(ISSUED_Q.search(question))  # (asked when a paper was issued, its first pages: its date line)
    if stats is None or stats.prev_chunk is None or not (asks_where_met(question) or issued):
        return []
    have = {h.chunk_id for h in hits}
    out: list[Hit] = []
    for h in searched[:TITLE_HITS]:
        if not (0 if issued else 1) <= chunk_ordinal(h.chunk_id) <= TITLE_REACH:
            continue
        first: Hit | None = h
        while first is not None and chunk_ordinal(first.chunk_id) > 0:
            first = stats.prev_chunk(first)
        found: list[Hit | None] = [first]
        last_page = (first.pages[-1:] or [1])[0] if first is not None else 1
        nxt = first
        for _ in range(ISSUE_REACH if issued else 0):  # (its first page's chunks: the date of issue ends it)
            nxt = stats.next_chunk(nxt) if nxt is not None and stats.next_chunk is not None else None
            if nxt is None or (nxt.pages[:1] or [1])[0] > last_page:
                break
            found.append(nxt)
        for n in found:  # (past its title block, only a chunk with a date line: the rest are its items' titles)
            if n is not None and n.chunk_id not in have and (n is first or any(map(DATED.search, n.text.splitlines()))):
                have.add(n.chunk_id)
                out.append(n)
    return unfurnished(out, stats)


#: the best hits whose documents' title blocks a question asking where reads, and how far into its document a hit
#: may be for its title block to be read (the place of a meeting, not of a report deep in its pack)
TITLE_HITS, TITLE_REACH = 5, 3
#: asked when a paper was issued, how many chunks of its first page are read past its first
ISSUE_REACH = 12


def item_end(question: str, searched: list[Hit], hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """For a question after what became of something ("what did the council do with the resolution ..."): the
    last chunk of the best hit's agenda item, where its outcome is recorded (a transcript's long debate ends with
    the chair's "Resolution 186 has been referred to committee"), when it is not among the hits."""
    if stats is None or stats.next_chunk is None or not searched or not BECAME_Q.search(question):
        return []
    h = searched[0]
    if not h.item_number:
        return []
    last = h
    for _ in range(ITEM_REACH):
        nxt = stats.next_chunk(last)
        if nxt is None or nxt.item_number != h.item_number:
            break
        last = nxt
    else:
        return []  # (an item longer than that: its end is too far from what was found to be read as its outcome)
    return [] if last is h or last.chunk_id in {x.chunk_id for x in hits} else unfurnished([last], stats)


def case_verdict(question: str, searched: list[Hit], hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """For a question after what was decided on (or became of) a case, in minutes set out as a form per case and
    not parsed into agenda items: the chunks from the best hit on to its case's verdict ("DECISION: APPLICATION FOR
    ADDITION CONTINUED.", see ``forms``), those not among the hits."""
    if (stats is None or stats.next_chunk is None or not searched or searched[0].item_number
            or not (DECIDED_Q.search(question) or BECAME_Q.search(question))):
        return []
    have = {h.chunk_id for h in hits}
    return unfurnished([h for h in read_to_verdict(searched[0], stats.next_chunk)
                        if h.chunk_id not in have], stats)


def mended(hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """The hits whose last sentence a chunk boundary cuts off, with its end read on from the next chunk, so that
    the sentence is weighed whole: a long resolution split between two chunks ("... the approval of the Council be
    and is hereby" | "given to the disposal of property at Main Street ... to Syed Haider, for the sum of ...") holds
    what it is about in one half and who it names in the other, and neither half alone answers."""
    if stats is None or stats.next_chunk is None:
        return hits
    out = []
    for h in hits:
        tail = _cut_tail(h, stats.next_chunk)
        if tail is None:
            out.append(h)
            continue
        text, page = tail
        last = page_at(h.page_map, len(h.text) - 1, h.pages[0] if h.pages else None)
        if page is not None and last is not None and page != last:  # (the sentence ends on the next page)
            marks = h.page_map or f"0:{last}"
            h = replace(h, page_map=f"{marks};{len(h.text) + 1}:{page}", pages=sorted({*h.pages, page}))
        out.append(replace(h, text=f"{h.text} {text}"))
    return out


def _cut_tail(h: Hit, next_chunk: Callable[[Hit], Hit | None]) -> tuple[str, int | None] | None:
    """The next chunk's first sentence and its page, when it ends the sentence that ``h`` ends with."""
    sents = sentences(h.text)
    if not sents:
        return None
    last = _PAGE_MARK.sub("", sents[-1][1]).rstrip()
    if not last or last.endswith((".", "!", "?", ";", ":", "”", '"', ")")) and not ends_abbreviation(last):
        return None
    nxt = next_chunk(h)
    first = next(iter(sentences(nxt.text)), None) if nxt is not None else None
    if nxt is None or first is None or first[0] > 2 or not 3 <= len(first[1].split()) <= MEND_WORDS or (
            _LIST_MARK.match(first[1])):
        return None
    # (cut: it ends with an initial or a word that needs more, "... of", "... Seconded by S.", or the next chunk
    # goes on with a small letter, "... (as" | "amended), the approval ..."; or the next chunk opens with the outcome
    # of the motion or vote the chunk ends with, "|C. Rahman|J. Pribil||" | "Motion Failed (7 to 7)")
    if not (first[1][:1].islower() or ends_abbreviation(last) or last.split()[-1].lower() in OPEN_END
            or OUTCOME.match(first[1])):
        return None
    return first[1], nxt.pages[0] if nxt.pages else None


def unfurnished(hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """The hits with their documents' running headers and footers blanked (see ``parse.furniture``): such a line
    is not part of the sentence it runs into, and says nothing the question asks."""
    if stats is None or stats.furniture is None:
        return hits
    out = []
    for h in hits:
        patterns = stats.furniture(h)
        out.append(replace(h, text=blank_lines(h.text, patterns)) if patterns else h)
    return out

"""Lists in evidence: a sentence that introduces a list ("the following key roads:", "including:-") is
answered by the list's items, and a list cut by a chunk's end goes on in the next chunks ("1. ..." in one,
"2. ..." in the next: the numbering says it is the same list). A quoted sentence cut by its chunk's start is
quoted from its start in the chunk before. Quotes that run straight on in the source without ending a sentence (a
sentence broken at a printed line, a table's cells) are read as one, under one citation marker."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text import plain, sentences
from ..types import Hit

#: a sentence that introduces a list ("the following", "including:-", "as follows:", "That the Committee: 1.", where
#: the splitter left the first item's number with it)
LEADS_IN = re.compile(r"(?::-?|\b(?:following|follows|including|include|includes))\W*$|\bthe following\b[^.]*\.?$"
                      r"|:\s*\(?1[.)]$", re.I)
#: a list marker alone ("1.", "(a)", "a.", "(iv)", "•"; "5\\." as Markdown escapes it)
MARKER = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})\\?[.)]|[•\uf0b7\-*])$")
#: characters of list items quoted after a lead-in
LIST_CHARS = 400
#: a numbered, lettered or roman-numbered list item at a line's start ("2. The ...", "b) the ...", "iv) adding ...")
_ITEM = re.compile(r"^[ \t]*\(?(\d{1,2}|[ivx]{2,5}|[a-z])([.)])[ \t]+\S", re.M)
#: characters of a long item (a table's rows run together) still worth quoting after a lead-in
_MIN_OPENING = 80
#: a bulleted list's item (a sentence of its own), how long one may be, and how much of such a list is quoted
BULLETED = re.compile(r"\s*[•▪●◦]\s")
BULLET_WORDS = 60
BULLET_CHARS = 900
#: chunks read on for the rest of a list
LIST_CHUNKS = 3
#: characters that start a bulleted line (the private-use ones are PDF bullets)
_BULLETS = "\uf0a7\uf0b7•*-#>"


def list_after(text: str, sents: list[tuple[int, str]], i: int, whole: bool = False) -> list[tuple[int, str]]:
    """The short items that follow a lead-in sentence (bare list markers skipped) to the end of the list (a
    blank line after an item), up to ``LIST_CHARS``; with ``whole``, a long first item that fits is quoted whole."""
    out: list[tuple[int, str]] = []
    size = 0
    for off, item in sents[i + 1:]:
        if MARKER.match(item.strip()):
            continue
        if out and re.search(r"\n[ \t]*\n", text[out[-1][0] + len(out[-1][1]):off]):
            break
        if BULLETED.match(item) and len(item.split()) <= BULLET_WORDS and size + len(item) <= BULLET_CHARS:
            out.append((off, item))  # (a bulleted list's items are sentences: "subject to the following
            size += len(item)  # conditions: • The Council shall select ... • That the applicant will be ...")
            continue
        if len(item.split()) > 30 or size + len(item) > LIST_CHARS:
            # a table's rows run together into one long line ("Metropolitan €22,719.13 €66,161.95 Adare ..."):
            # its opening, as far as the budget goes, is what the lead-in introduces
            room = LIST_CHARS - size
            if whole and not out and len(item) <= room:
                out.append((off, item))
            # (not a sentence that ends as one: "(Two members ... left the meeting.) Members ... did not object to
            # the application." is prose, quoted whole or not at all, never cut at "accordingly")
            elif room >= _MIN_OPENING and not re.search(r"[.!?](?:\s|$)", item[:room]) and not re.search(
                    r"[a-z][.!?]\W*$", item):
                cut = item[:room].rsplit(" ", 1)[0]
                out.append((off, cut))
            break
        out.append((off, item))
        size += len(item)
    return out


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _following(marker: str) -> tuple[str, ...]:
    """The markers the next item of a list may have: "i)" goes on as a letter ("j)") or a roman numeral ("ii)")."""
    if marker.isdigit():
        return (str(int(marker) + 1),)
    roman = (_ROMAN[_ROMAN.index(marker) + 1],) if marker in _ROMAN[:-1] else ()
    return roman if len(marker) > 1 else (chr(ord(marker) + 1), *roman)


def _item_end(text: str, start: int) -> int:
    """Where a list item that starts before ``start`` ends: it runs over wrapped lines, to a blank line or a
    line that starts another item or a bullet."""
    end = text.find("\n", start)
    while end != -1:
        nl = text.find("\n", end + 1)
        line = text[end + 1:nl if nl != -1 else len(text)]
        if not line.strip() or _ITEM.match(line) or line.lstrip()[:1] in _BULLETS:
            return end
        end = nl
    return len(text)


def _items_from(text: str, expected: tuple[str, ...], punct: str, pos: int = 0,
                ) -> tuple[list[tuple[int, str]], tuple[str, ...] | None]:
    """The items of a list that a chunk opens with (from ``pos``), numbered on from ``expected``: [(offset, item)],
    and the marker the next item would have when the chunk ends with one (None when the list ends in this chunk)."""
    items: list[tuple[int, str]] = []
    while True:
        m = _ITEM.match(text, pos)
        if m is None or m.group(1) not in expected or m.group(2) != punct:
            return items, None
        stop = _item_end(text, m.end())
        items.append((m.start(), " ".join(text[m.start():stop].split())))
        expected = _following(m.group(1))
        if stop >= len(text.rstrip()):
            return items, expected
        pos = stop + 1


def list_runs_on(h: Hit, quotes: list[tuple[int, str]], next_chunk: Callable[[Hit], Hit | None] | None
                 ) -> list[tuple[Hit, list[tuple[int, str]]]]:
    """When a chunk ends with a numbered or lettered list item that the last quote reaches, and a quote
    introduces that list ("the following actions be taken:"), the items that carry the numbering on in the
    next chunks, chunk by chunk, up to ``LIST_CHARS`` characters. (Without the lead-in, numbered lines that go
    on from chunk to chunk are more often a meeting's agenda items than one list.)"""
    if next_chunk is None or not quotes:
        return []
    items = list(_ITEM.finditer(h.text))
    if not items or quotes[-1][0] + len(quotes[-1][1]) <= items[-1].start():
        return []
    if not any(LEADS_IN.search(q) and off < items[-1].start() for off, q in quotes) and not _led_in(h.text, items):
        return []
    if _item_end(h.text, items[-1].end()) < len(h.text.rstrip()):
        return []  # something else follows the last item in its own chunk
    expected: tuple[str, ...] | None = _following(items[-1].group(1))
    punct = items[-1].group(2)
    out: list[tuple[Hit, list[tuple[int, str]]]] = []
    size, cur = 0, h
    for _ in range(LIST_CHUNKS):
        nxt = next_chunk(cur) if expected else None
        if nxt is None or nxt.doc_id != h.doc_id:
            break
        found, expected = _items_from(nxt.text, expected or (), punct, unread(cur, nxt))
        kept = []
        for off, item in found:
            size += len(item)
            if size > LIST_CHARS:
                expected = None
                break
            kept.append((off, item))
        if not kept:
            break
        out.append((nxt, kept))
        cur = nxt
    return out


def _led_in(text: str, items: list[re.Match[str]]) -> bool:
    """Whether the roman-numbered list that a chunk's last item ends is introduced by a lead-in in that chunk,
    just before its first item ("... to amend By-law No. C.P.-1545-41, by:" before "i) deleting ..."), quoted or
    not: a resolution's sub-list (a meeting's agenda items are numbered or lettered, not so)."""
    k = len(items) - 1
    if len(items[k].group(1)) < 2 or items[k].group(1) not in _ROMAN:
        return False
    while k > 0 and items[k].group(1) in _following(items[k - 1].group(1)) and \
            items[k].group(2) == items[k - 1].group(2):
        k -= 1
    before = text[:items[k].start()].rstrip()
    return k < len(items) - 1 and bool(before) and bool(LEADS_IN.search(before[-200:]))


def list_in_next(h: Hit, quotes: list[tuple[int, str]], next_chunk: Callable[[Hit], Hit | None] | None
                 ) -> list[tuple[Hit, list[tuple[int, str]]]]:
    """When the last quote is a lead-in that ends its chunk ("The nine indicators rated Red are in:"), the list it
    introduces, from the start of the next chunk of its document."""
    if next_chunk is None or not quotes or not LEADS_IN.search(quotes[-1][1]):
        return []
    sents = sentences(h.text)
    if not sents or quotes[-1][0] != sents[-1][0]:
        return []
    nxt = next_chunk(h)
    if nxt is None or nxt.doc_id != h.doc_id:
        return []
    # (what opens the next chunk is the list, however long its first line: "January 6, 2026 January 20, 2026 ...
    # December 15, 2026 Carried." after "THAT the 2026 meeting schedule will be as follows:")
    start = unread(h, nxt)
    items = list_after(nxt.text, [(0, ""), *[x for x in sentences(nxt.text) if x[0] >= start]], 0, whole=True)
    return [(nxt, items)] if items else []


def unread(h: Hit, nxt: Hit) -> int:
    """Where the next chunk's text goes on from what a hit holds: after its first sentence when the hit was read on
    into it (see ``around.mended``: "... iv) the owner is encouraged" + "to be creative in reusing ... wood;"), else 0."""
    first = next(iter(sentences(nxt.text)), None)
    if first is None or not h.text.rstrip().endswith(first[1].rstrip()):
        return 0
    end = first[0] + len(first[1])
    return end + len(nxt.text[end:]) - len(nxt.text[end:].lstrip())


#: a list item's marker at a quote's start ("b) the ...", "iv) ...", "2. ..."): a quote that starts a new item
ITEM_START = re.compile(r"\(?(?:[a-z]{1,4}|\d{1,2})[.)]\s")


def sentence_start(h: Hit, quotes: list[tuple[int, str]],
                   prev_chunk: Callable[[Hit], Hit | None] | None) -> tuple[Hit, list[tuple[int, str]]] | None:
    """The start of a quoted sentence that its chunk's start cut ("rail line throughout Limerick and indicated
    ..."): the last sentence of the chunk before, when the first quote opens its chunk in lower case and is not
    a list item."""
    if prev_chunk is None or not quotes or not quotes[0][1][:1].islower() or ITEM_START.match(quotes[0][1]):
        return None  # (tested before the chunk is split: most quotes open in capitals)
    sents = sentences(h.text)
    if not sents or quotes[0][0] != sents[0][0]:
        return None
    before = prev_chunk(h)
    last = sentences(before.text) if before is not None else []
    if before is None or not last or len(last[-1][1].split()) > 60:
        return None
    return before, [last[-1]]


def cut_start(h: Hit, quote: tuple[int, str], prev_chunk: Callable[[Hit], Hit | None] | None) -> list[str]:
    """The start of a quoted sentence (offset, text) that its chunk's start cut, as the chunk before ends it ("a
    Vote of Sympathy was extended" before "to the family of the late ..."): what the quote says too. [] for a
    sentence whole in its chunk (see ``sentence_start``)."""
    got = sentence_start(h, [quote], prev_chunk)
    return [got[1][0][1]] if got is not None else []


#: the end of a sentence or of a list item ("... the staff report;", "Schedule of Remuneration:")
_ENDS = re.compile(r"[.!?:;][\"'”’)\]]*$")


#: a field's label alone, its value printed on the next line ("Nays (3):", "Seconded:")
_BARE_LABEL = re.compile(r"^\s*\w+(?: \(\d{1,3}\))?:\s*$")


def marked(text: str, quotes: list[tuple[int, str]], n: int) -> str:
    """Quotes of a hit's ``text`` as a reader sees them, each with its citation marker ``[n]``; a quote that ends
    no sentence and runs straight on into the next quote in the source ("Riverfest 2024 Item Amount" in a table,
    "... in accordance with" broken at a line) is joined to it under one marker, not cut by markers."""
    out: list[str] = []
    for i, (off, q) in enumerate(quotes):
        if MARKER.match(q.strip()):  # a list's number: its item's, or nothing ("... the following: a." once
            out += [plain(q)] if i + 1 < len(quotes) else []  # its item is left unquoted)
            continue
        out.append(plain(q))
        if i + 1 < len(quotes) and (not _ENDS.search(q.rstrip()) or _BARE_LABEL.match(q)) and _squash(
                text[off:quotes[i + 1][0]]) == _squash(q):
            continue  # (and a field's bare label with its value on the next line: "Nays (3):" / "Wallach, Winer.")
        out.append(f"[{n}]")
    return " ".join(out)


def marked_run(run: list[tuple[Hit, list[tuple[int, str]]]], n: int) -> str:
    """The quotes of chunks that run on one into the next, under one citation ``[n]``: a quote that ends no
    sentence and goes on in the next chunk ("... Limerick and" / "indicated ...") has no marker of its own."""
    out: list[str] = []
    for i, (h, quotes) in enumerate(run):
        text = marked(h.text, quotes, n)
        if i + 1 < len(run) and quotes and not _ENDS.search(quotes[-1][1].rstrip()):
            text = text.removesuffix(f" [{n}]")
        out.append(text)
    return " ".join(out)


def _squash(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


def listed_by(h: Hit, text: str, offset: int) -> list[str]:
    """The items of the list a sentence (its text and offset in a hit) introduces, when it does."""
    if not LEADS_IN.search(text):
        return []
    sents = sentences(h.text)
    at = next((i for i, (off, _) in enumerate(sents) if off == offset), None)
    return [] if at is None else [t for _, t in list_after(h.text, sents, at)]

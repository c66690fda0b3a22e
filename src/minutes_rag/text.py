"""Small text utilities shared by retrieval, answering and citation checks: sentences, stems, overlap."""

from __future__ import annotations

import functools
import re
import unicodedata

import snowballstemmer

#: words too common to count: one list for the keyword index, the answerer and the reports
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not now
    of off on once only or other our out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours did does whose within across each per via upon
    council councils meeting meetings committee""".split()
)


_SENT_END = re.compile(r"(?<=[.!?])\s+(?!\[\d)(?=[\"'“(\[]?[A-Z0-9£$€•(])|(?<=\d\])\s+(?=[\"'“(]?[A-Z])|\s+(?=•)|(?<=;)\s+(?=\(?[a-z0-9]\)\s)")
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*", re.I)
#: the Porter stemmer, as FTS5's ``porter`` tokenizer stems: query, keyword index and answerer agree
_PORTER = snowballstemmer.stemmer("porter")


_FOLD = str.maketrans("‘’“”–—\xa0", "''\"\"-- ")


def normalise(text: str) -> str:
    """NFKC, ASCII quotes and dashes, single spaces, casefolded: how answer keys are compared."""
    t = unicodedata.normalize("NFKC", text)
    t = t.translate(_FOLD)
    return re.sub(r"\s+", " ", t).strip().casefold()


def stem(word: str) -> str:
    """A word's Porter stem ("decided", "decide", "decision"... -> "decid"); figures keep their digits."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if any(c.isdigit() for c in w):
        return w.replace(",", "")
    return _stem_word(w)


@functools.lru_cache(maxsize=65536)
def _stem_word(word: str) -> str:
    out: str = _PORTER.stemWord(word)
    return out


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text, in order (stopwords dropped)."""
    out = []
    for tok in _WORD.findall(text.replace("’", "'")):
        low = tok.lower()
        if low in STOPWORDS or (len(low) < 2 and not low.isdigit()):
            continue
        out.append(stem(low))
    return out


def content_terms(text: str) -> list[tuple[str, str]]:
    """(word as written, stem) for each distinct content word of a text, in order."""
    out: dict[str, str] = {}
    for tok in _WORD.findall(text.replace("’", "'")):
        low = tok.lower()
        if low in STOPWORDS or (len(low) < 2 and not low.isdigit()):
            continue
        out.setdefault(stem(low), low)
    return [(raw, st) for st, raw in out.items()]


_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|No|Nos|St|Rev|Revd|Prof|Sr|Jr|Co|Ltd|Inc|vs|etc|approx|e\.g|i\.e))\.$")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; lines are split first, then sentence ends (not after initials or Mr.)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in _SENT_END.finditer(line):
            if _ABBREV.search(line[max(start, m.start() - 8) : m.start()]):
                continue  # "D. Yemm", "Mr. Smith", "No. 3": not a sentence end
            piece = line[start : m.start()].strip()
            if piece:
                out.append((pos + start, piece))
            start = m.end()
        piece = line[start:].strip()
        if piece:
            out.append((pos + start, piece))
        pos += len(line) + 1
    return out


def overlap(claim: str, source: str) -> float:
    """Share of a claim's content stems found in a source text (0..1)."""
    c = set(content_stems(claim))
    if not c:
        return 1.0
    s = set(content_stems(source))
    return len(c & s) / len(c)


def shingles(text: str, n: int = 4) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))}

"""The terms a question and its evidence name in two ways: an acronym and the words it stands for ("Resident
Parking Schemes (RPS)"; "British Heart Foundation" asked, "BHF" minuted; "AGM" asked, "Annual General Meeting"
minuted) and a compound written apart or solid. A sentence that uses one form speaks of the other."""

from __future__ import annotations

import re

from ..text import acronyms, content_stems, initials, stem
from ..types import Hit


def defined_terms(question: str, hits: list[Hit]) -> dict[str, set[str]]:
    """Each term (stemmed) with the stems it stands for, from the question and the retrieved chunks."""
    return {**initials_asked(question, hits), **acronyms_of(hits), **compounds(question, [h.text for h in hits])}


def acronyms_of(hits: list[Hit]) -> dict[str, set[str]]:
    """The acronyms the retrieved chunks define ("Resident Parking Schemes (RPS)"), with the stems they
    stand for: a sentence that says "RPS" speaks of resident parking schemes, and one that spells them out
    speaks of the RPS."""
    return {acronym: set(words) for h in reversed(hits) for acronym, words in acronyms(h.text).items()}  # (first wins)


#: words that open a question and are no part of a name after them
_OPENERS = frozenset("what how which who whom whose when where why did does do was were is are has have had".split())
#: a name a question spells out: capitalised words, with small joining words between them
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][a-z]+){1,5}")


def initials_asked(question: str, hits: list[Hit]) -> dict[str, set[str]]:
    """Names a question spells out that the evidence gives only by their initials, in capitals ("British Heart
    Foundation" asked, "the BHF application had been rejected" minuted), and the other way round ("the December
    2019 AGM" asked, "Annual General Meeting" minuted): the initials stand for the name's words."""
    out: dict[str, set[str]] = {}
    for m in _NAME_RUN.finditer(question):
        words = [w for w in re.findall(r"[A-Za-z]+", m.group(0)) if w[0].isupper()]
        if words and words[0].lower() in _OPENERS:
            words = words[1:]  # (the question's first word is no part of a name)
        short = initials(" ".join(words))
        if len(short) >= 3 and any(re.search(rf"(?<!\w){short}(?!\w)", h.text) for h in hits):
            out[stem(short.lower())] = set(content_stems(" ".join(words)))
    for short in set(re.findall(r"\b[A-Z]{3,5}\b", question)):
        # (as the hits write it, else in capitals: "ANNUAL GENERAL MEETING"; never from everyday words made capitals)
        texts = [h.text for h in hits] + [_CAPITALS.sub(lambda w: w.group(0).title(), h.text) for h in hits]
        spelled = next((words for text in texts for run in _NAME_RUN.findall(text) if short in initials(run)
                        for words in _spelling(run, short)), None)
        if spelled is not None:
            out.setdefault(stem(short.lower()), set(content_stems(spelled)))
    return out


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def _spelling(run: str, short: str) -> list[str]:
    """The words of a run of capitalised words whose initials are an acronym ("Annual General Meeting" in "Northshire
    Harbour Society Annual General Meeting" for "AGM"), small joining words kept."""
    words = run.split()
    caps = [i for i, w in enumerate(words) if w[0].isupper()]
    return [" ".join(words[caps[k]:caps[k + len(short) - 1] + 1]) for k in range(len(caps) - len(short) + 1)
            if "".join(words[i][0] for i in caps[k:k + len(short)]) == short]


def spelled_out(stems: list[str], defined: dict[str, set[str]]) -> set[str]:
    """A sentence's stems with the words of each acronym it uses, and each acronym whose words it uses."""
    out = set(stems)
    for acronym, words in defined.items():
        if acronym in out:
            out |= words
        elif words and words <= out:
            out.add(acronym)
    return out


#: a word of two joined by a hyphen ("ring-fenced", "co-opted", "by-law")
_COMPOUND = re.compile(r"(?<![\w-])([A-Za-z]{2,})-([A-Za-z]{2,})(?![\w-])")


def compounds(question: str, texts: list[str]) -> dict[str, set[str]]:
    """Words the question or the evidence joins by a hyphen, each as the stem of the word written solid with
    the stems of its two halves: "ring-fenced" asked is "ringfenced" minuted, and "ringfenced" asked is
    "ring-fenced" minuted (a hyphenated word of the evidence counts when the question writes it solid)."""
    out = {stem((a + b).lower()): set(content_stems(f"{a} {b}")) for a, b in _COMPOUND.findall(question)}
    asked = set(content_stems(question))
    for text in texts:
        for a, b in _COMPOUND.findall(text):
            if (solid := stem((a + b).lower())) in asked:
                out.setdefault(solid, set(content_stems(f"{a} {b}")))
    return {k: v for k, v in out.items() if len(v) == 2}

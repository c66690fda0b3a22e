"""Citations are data: map a model's ``[n]`` markers back to sources and check every claim.

- markers that name no source are removed and reported;
- sentences without a marker are flagged;
- each cited sentence is checked against the text of the sources it cites (share of its content
  words found there); those below the bar are flagged as unsupported;
- the text is sanitised: no images, no raw HTML, no links except to the sources' own addresses.
Only sources that were actually retrieved can be cited, so a citation outside the set is impossible.
The extractive answer's quotes that another document of the same meeting gives word for word are one citation
(``format_copies``, ``quoted_in``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..chunk import page_at
from ..parse.votes import VERDICT_TALLY
from ..text import content_stems, overlap, plain, sentences
from ..types import Citation, Decision, Hit
from .parts import same_meeting
from .votes import item_label

#: share of a claim's content words that its cited source must contain
SUPPORT_THRESHOLD = 0.5

_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_IMAGE_MD = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M)
_LINK_MD = re.compile(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_HTML = re.compile(r"<[^>]{0,2000}>")
_URL = re.compile(r"\b(?:https?|ftp|data|javascript):[^\s)\]>\"']+", re.I)
_WWW = re.compile(r"\bwww\.[^\s)\]>\"']+", re.I)


def sanitise(text: str, allowed_urls: set[str] | None = None) -> tuple[str, list[str]]:
    """Remove images, raw HTML and links to anything but the sources; returns (text, what was removed)."""
    allowed = allowed_urls or set()
    removed: list[str] = []

    def drop(kind: str) -> str:
        removed.append(kind)
        return ""

    text = _IMAGE_MD.sub(lambda m: drop("image"), text)
    text = _REF_DEF.sub(lambda m: drop("reference link"), text)

    def link(m: re.Match[str]) -> str:
        if m.group(2) in allowed:
            return m.group(0)
        removed.append("link")
        return m.group(1)

    text = _LINK_MD.sub(link, text)
    def ref_link(m: re.Match[str]) -> str:
        if _MARKER.fullmatch(f"[{m.group(1)}]"):  # "[1][9]" is two citation markers, not a link
            return m.group(0)
        removed.append("reference link")
        return m.group(1)

    text = _REF_LINK.sub(ref_link, text)
    text = _HTML.sub(lambda m: drop("html"), text)
    text = _URL.sub(lambda m: m.group(0) if m.group(0) in allowed else drop("url"), text)
    text = _WWW.sub(lambda m: m.group(0) if m.group(0) in allowed else drop("url"), text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip(), removed


@dataclass
class Checked:
    answer: str
    citations: list[Citation]
    warnings: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    uncited: list[str] = field(default_factory=list)


def check_citations(text: str, sources: list[Hit], allowed_urls: set[str] | None = None) -> Checked:
    """Validate and renumber a generated answer's citations against the numbered sources (1-based)."""
    clean, removed = sanitise(text, allowed_urls)
    warnings = [f"removed {n} {kind}(s) from the model's output" for kind, n in _count(removed).items()]
    bad: list[int] = []

    def keep_valid(m: re.Match[str]) -> str:
        nums = [int(x) for x in re.split(r"\s*[,;]\s*", m.group(1))]
        good = [n for n in nums if 1 <= n <= len(sources)]
        bad.extend(n for n in nums if not 1 <= n <= len(sources))
        return "".join(f"[{n}]" for n in good)

    clean = _MARKER.sub(keep_valid, clean)
    if bad:
        warnings.append(f"removed citation(s) to source(s) that do not exist: {', '.join(f'[{n}]' for n in bad)}")
    # renumber in order of first use, so the reader's list starts at [1]
    order: list[int] = []
    for m in _MARKER.finditer(clean):
        for n in (int(x) for x in re.split(r"\s*[,;]\s*", m.group(1))):
            if n not in order:
                order.append(n)
    new = {old: i + 1 for i, old in enumerate(order)}
    clean = _MARKER.sub(lambda m: "".join(f"[{new[int(x)]}]" for x in re.split(r"\s*[,;]\s*", m.group(1))), clean)
    quotes: dict[int, list[tuple[int, str]]] = {n: [] for n in order}
    unsupported: list[str] = []
    uncited: list[str] = []
    for _, sent in sentences(clean):
        cited_new = [int(x) for x in _MARKER.findall(sent)]
        claim = _MARKER.sub("", sent).strip()
        if not content_stems(claim):
            continue
        if not cited_new:
            uncited.append(claim)
            continue
        cited_old = [order[n - 1] for n in cited_new]
        best = max(overlap(claim, sources[o - 1].text) for o in cited_old)
        if best < SUPPORT_THRESHOLD:
            unsupported.append(claim)
        for o in cited_old:
            quotes[o].append(best_sentence(claim, sources[o - 1]))
    if uncited:
        warnings.append(f"{len(uncited)} sentence(s) have no citation")
    if unsupported:
        warnings.append(f"{len(unsupported)} sentence(s) are not supported by the source they cite")
    citations = [citation_for(new[o], sources[o - 1], quotes[o] or [(0, "")]) for o in order]
    return Checked(clean, citations, warnings, unsupported, uncited)


def best_sentence(claim: str, hit: Hit) -> tuple[int, str]:
    """The sentence of a source that best supports a claim (the citation's quote)."""
    cands = sentences(hit.text) or [(0, hit.text)]
    return max(cands, key=lambda c: overlap(claim, c[1]))


def _count(items: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return out


def citation_for(n: int, h: Hit, quotes: list[tuple[int, str]],
                 run: list[tuple[Hit, list[tuple[int, str]]]] | None = None) -> Citation:
    """A citation of a hit, with the page of each quoted sentence when the chunk spans pages. With ``run`` (the
    hit's quotes with those of the chunks before and after it that they run on into) it cites them all."""
    default = h.pages[0] if h.pages else None
    pieces = run or [(h, quotes)]
    # a quote that runs over a page break is on both pages (its end is found from its length in the chunk's
    # text, where its words may have had more space between them: it is not placed past its true end)
    pages = sorted({p for k, qs in pieces for off, q in qs for at in (off, off + len(q) - 1)
                    if (p := page_at(k.page_map, at, k.pages[0] if k.pages else None)) is not None})
    return Citation(
        n=n, source=h.source, page=pages[0] if pages else default, pages=pages or list(h.pages),
        authority=h.authority, committee=h.committee, meeting_date=h.meeting_date, item=item_label(h),
        quote=plain(" ".join(q for _, qs in pieces for _, q in qs)), chunk_id=h.chunk_id,
        copies=list(h.copies), copy_pages={s: _copy_at(pages, h.pages, p) for s, p in h.copy_pages.items()}, url=h.url,
        site=h.site, authority_basis=("inferred" if "authority" in h.inferred else "stated") if h.authority else None,
    )


def _copy_at(cited: list[int], own: list[int], copy: list[int]) -> list[int]:
    """A copy's pages of the ones cited: page for page when the copy spans as many pages as the hit (the quote on
    the hit's second page is on the copy's second); all of them otherwise."""
    if len(own) != len(copy):
        return list(copy)
    return [copy[own.index(p)] for p in cited if p in own] or list(copy)


def format_copies(groups: list[tuple[int, list[tuple[int, str]], list[Any]]],
                  hits: list[Hit]) -> tuple[list[tuple[int, list[tuple[int, str]], list[Any]]], dict[int, list[str]]]:
    """Nothing quoted twice. Quotes that another document of the same meeting already gives word for word (a
    meeting published as Markdown and as JSON: "Motion Passed (3 to 1)" from each) are one citation: the later group
    is dropped and its document listed among the earlier one's copies. A long sentence the same meeting's earlier
    groups give (two chunks that overlap; a reply a questions paper prints twice) is left out of a later group, and
    the group is dropped when nothing long of its own is left; short lines ("Carried.") are said of many items and
    stay. Another meeting saying the same is its own evidence. Returns the groups kept and, by hit, the copies found."""
    kept: list[tuple[int, list[tuple[int, str]], list[Any]]] = []
    kept_said: list[list[str]] = []  # what each kept group quotes (and runs on into), flattened once
    also: dict[int, list[str]] = {}
    for group in groups:
        hi, quotes, follow = group
        every = [q for _, q in quotes] + [q for _, qs in follow for _, q in qs]  # (with what it runs on into)
        said = {_said(q) for q in every if not _LABEL_ONLY.fullmatch(q.strip())}
        # (word for word, though the two split its sentences apart differently: each quote within the other's)
        twin = next((k for (k, _, _), text in zip(kept, kept_said, strict=True) if said and hits[k].doc_id != hits[
            hi].doc_id and same_meeting(hits[k], hits[hi]) and all(x in " ".join(text) for x in said)), None)
        if twin is not None:
            also.setdefault(twin, []).extend(s for s in [hits[hi].source, *hits[hi].copies]
                                             if s not in also.get(twin, []))
            continue
        given = [x for (k, _, _), text in zip(kept, kept_said, strict=True) if same_meeting(hits[k], hits[hi])
                 for x in text]
        joined = " ".join(given)  # (once a group, not once a quote)
        new = [q for q in quotes if _fresh(q[1], given, joined)]
        run = [(h, [q for q in qs if _fresh(q[1], given, joined)]) for h, qs in follow]
        run = run[:next((i for i, (_, qs) in enumerate(run) if not qs), len(run))]
        if len(new) < len(quotes) and not any(_long(_said(q)) for _, q in new):
            continue  # (what it adds to what was given is short lines at most: nothing of its own)
        kept.append((hi, new, run))
        kept_said.append([_said(q) for q in [q for _, q in new] + [q for _, qs in run for _, q in qs]])
    return kept, also


def _fresh(quote: str, given: list[str], joined: str) -> bool:
    """Whether a quote is not given already (``given``: quotes flattened; ``joined``: them joined), within them or as
    a sentence whose end one quotes (a chunk opening mid-sentence quotes its end, and the sentence is printed whole);
    a short line always is (see ``_long``)."""
    x = _said(quote)
    return not _long(x) or not (x in joined or any(_long(g) and x.endswith(g) for g in given))


def _long(said: str) -> bool:
    """Whether a quote says enough to be the same statement wherever it is given: a short line ("Motion Passed (3
    to 1)", "Carried.") is said of many items of one document."""
    return len(said.split()) >= SAME_STATEMENT_WORDS


#: the words a quote has for its repeat to be left out (see ``_long``)
SAME_STATEMENT_WORDS = 8


def _said(quote: str) -> str:
    """A quote as compared with what others give: flattened, with any label after its last sentence left off."""
    return _flat(_LABEL_AFTER.sub("", quote))


#: a quote that is only a label ("ADDITIONAL VOTES:"): one format prints it, the other need not
_LABEL_ONLY = re.compile(r"(?:\S+ ){0,3}\S+:")
#: such a label after a quote's last sentence, in a run of chunks ("... with respect to this matter. ADDITIONAL VOTES:")
_LABEL_AFTER = re.compile(r"(?<=[.;])\s+(?:\S+\s+){0,3}\S+:\s*$")


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def quoted_in(citations: list[Citation], vote: Decision) -> Citation | None:
    """The citation that already quotes a recorded vote's line word for word, from a document of the same
    meeting (its copy in another format), or its verdict with the count ("Motion Passed (9 to 6)" of "Yeas (9);
    Nays (6); Motion Passed (9 to 6)") from its own item or chunk (another motion may pass by the same count);
    None when none does."""
    said = vote.votes.text if vote.votes else ""
    if not said:
        return None
    whole, verdicts = _flat(said), [_flat(m.group(0)) for m in VERDICT_TALLY.finditer(said)]
    for c in citations:
        if c.meeting_date != vote.meeting_date or c.authority != vote.authority:
            continue
        quote = _flat(c.quote)  # (flattened once, not once for each verdict)
        if whole in quote or (any(v in quote for v in verdicts) and (
                c.chunk_id == vote.chunk_id or (c.item is not None and c.item == vote.item))):
            return c
    return None

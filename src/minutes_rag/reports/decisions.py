"""The decision register: decisions and recorded votes recovered from the indexed minutes.

Each agenda item's text is put back together from its chunks (in order, with their page marks), and the
decision blocks are found with the same recogniser ingest uses (:mod:`minutes_rag.parse.decisions`: RESOLVED,
AGREED, "It was APPROVED", "Decision taken", carried motions). Chunking joins a paragraph's lines, so list
marks ("(c) ...") are put back on lines of their own first, as the recogniser expects.

Recorded votes are read by :mod:`minutes_rag.parse.votes`: counts under headings (
"For (41) ... Against (10) ... Abstain (7)", names between) and counts in a sentence (Bristol: "CARRIED
(5 voting FOR, 4 voting AGAINST)", "FELL with 2 voting FOR and 7 AGAINST", "CARRIED unanimously"). A vote
carried just before a decision block is that decision's vote; a vote with no block after it (an amendment
lost) is a row of its own. The same decision printed in the minutes and in the decision notice of one
meeting is one row, listing the other document under ``also_in``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..chunk import page_marks
from ..index.store import Store
from ..links import url_host
from ..parse.decisions import resolutions, without_label
from ..parse.votes import PUT_TO_VOTE, RecordedVote, dashed, votes
from ..scope import body_key
from ..text import content_stems, shingles
from ..types import Citation, Decision, DocumentRecord, VoteCount
from .basis import basis_of
from .evidence import Scope, in_range
from .types import DecisionRegister

#: document kinds that record decisions
DECISION_KINDS = frozenset({"minutes", "decision_notice", "transcript", "document", "agenda"})

_INLINE_MARK = re.compile(
    r"\s+(?=\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s)"  # "(c) The net revenue ..."
    r"|(?<=[.;:])\s+(?=(?:[a-z]|\d{1,2})\.\s+[A-Z£])"  # "... 2025. b. Approved ..."
)
_PROPOSED = re.compile(r"\bproposed,?\s+and\s+.{0,80}?seconded\s+the\s+following\s+(?:amendment|motion)", re.I)


@dataclass
class _Item:
    doc: DocumentRecord
    item: str | None
    text: str
    marks: list[tuple[int, int]]  # (offset, page)
    spans: list[tuple[int, int, str]]  # (start, end, chunk_id)
    url: str | None

    def page(self, offset: int) -> int | None:
        page = self.marks[0][1] if self.marks else None
        for at, p in self.marks:
            if at <= offset:
                page = p
            else:
                break
        return page

    def pages(self, a: int, b: int) -> list[int]:
        first, last = self.page(a), self.page(max(a, b - 1))
        if first is None:
            return []
        return list(range(first, (last or first) + 1))

    def chunk_at(self, offset: int) -> str:
        return next((cid for a, b, cid in self.spans if a <= offset < b), self.spans[0][2] if self.spans else "")


def items_of(store: Store, doc: DocumentRecord) -> list[_Item]:
    """A document's agenda items, each put back together from its chunks with page marks."""
    rows = sorted(store.get_chunks(where={"doc_id": doc.doc_id}), key=lambda r: int(r["meta"].get("ordinal", 0)))
    items: list[_Item] = []
    key: tuple[str, str] | None = None
    for r in rows:
        m = r["meta"]
        k = (str(m.get("item_number") or ""), str(m.get("item_title") or ""))
        if key != k or not items:
            label = " ".join(x for x in k if x) or None
            # (a record of a file of several meetings' records: its own body, committee and date)
            own = replace(doc, authority=str(m.get("authority") or "") or doc.authority,
                          committee=str(m.get("committee") or "") or doc.committee,
                          meeting_date=str(m.get("meeting_date") or "") or doc.meeting_date) if not doc.authority else doc
            items.append(_Item(own, label, "", [], [], str(m.get("url") or "") or None))
            key = k
        it = items[-1]
        base = len(it.text) + (1 if it.text else 0)
        it.text = f"{it.text}\n{r['text']}" if it.text else r["text"]
        start = int(m.get("page_start") or 0) or None
        marks = page_marks(str(m.get("page_map") or ""))
        for off, page in marks or ([(0, start)] if start else []):
            it.marks.append((base + off, page))
        it.spans.append((base, len(it.text), r["id"]))
    return items


def _relined(text: str) -> str:
    """Inline list marks back on lines of their own, keeping every offset."""
    return _INLINE_MARK.sub(lambda m: "\n" + " " * (len(m.group(0)) - 1), text)


def _vote_text(text: str, floor: int, vote: RecordedVote) -> str:
    """What a vote with no decision block was about: the motion or amendment moved before it."""
    window = text[floor:vote.start]
    moved = list(_PROPOSED.finditer(window))
    if moved:
        about = window[window.rfind("\n", 0, moved[-1].start()) + 1:]
        cut = PUT_TO_VOTE.search(about)
        about = about[: cut.start()] if cut else about
        about = re.sub(r"\(\d{1,3}\)\s*(?:Following the debate,.*)?$", "", about.strip(), flags=re.S).strip()
        return f"{' '.join(about.split())[:900]} — {vote.counts.text}".strip()
    # (the sentence that records it, when short: "Approved, 6-1, with Breitbarth voting nay.")
    said = " ".join(text[vote.start:vote.end].split())
    return said if vote.counts.text and vote.counts.text in said and len(said) <= _VOTE_SENTENCE else vote.counts.text


#: characters of a vote's own sentence that may stand as what the vote was
_VOTE_SENTENCE = 300


def decisions_in(store: Store, doc: DocumentRecord) -> list[Decision]:
    """The decisions and recorded votes of one document, in order."""
    out: list[Decision] = []
    for it in items_of(store, doc):
        text = _relined(it.text)
        found_votes = votes(text)
        blocks: list[tuple[int, int, str]] = []
        cursor = 0
        for found in resolutions(text):
            at = text.find(found, cursor)
            if at < 0:
                continue
            blocks.append((at, at + len(found), found))
            cursor = at + len(found)
        used: set[int] = set()
        prev_end = 0
        for a, b, block in blocks:
            # (a verdict with its dashed count, "Approved, 6-1.", closes the motion printed before it, never the next)
            before = [i for i, v in enumerate(found_votes) if prev_end <= v.start and v.end <= a + 40 and i not in used
                      and not _closes(v)]
            # or the verdict printed after the motion it carries, within the block ("... BE ACCEPTED; > Vote: ...
            # > Motion Passed (12 to 0)", as eScribe minutes print it)
            after = [i for i, v in enumerate(found_votes) if a <= v.start <= b + 40 and i not in used]
            vc = None
            if before and found_votes[before[-1]].counts.outcome != "lost":
                used.add(before[-1])
                vc = found_votes[before[-1]].counts
            elif after:
                used.add(after[-1])
                vc = found_votes[after[-1]].counts
            said = _tidy(block)
            if says_something(said):  # (not a bare "It was APPROVED that;")
                out.append(_decision(it, a, b, said, "resolution", vc))
            prev_end = b
        for i, v in enumerate(found_votes):
            if i in used or any(a <= v.start < b for a, b, _ in blocks):
                continue
            floor = max([e for e in (x.end for x in found_votes[:i])] + [0])
            out.append(_decision(it, v.start, v.end, _vote_text(text, floor, v), "vote", v.counts))
    return fold_recaps(out)


def _closes(v: RecordedVote) -> bool:
    """Is a vote a verdict with its dashed count ("Motion Carried 6-1", "Approved, 6-1"), which closes the motion
    printed before it?"""
    return dashed(v.counts.text) is not None


#: the words of a bare verdict or a formality, which say nothing of what was decided ("That the meeting BE
#: ADJOURNED. **Motion Passed**")
_VERDICT_WORDS = frozenset("it was that the and resolved agreed approved carried decision decided meeting adjourned "
                           "motion passed".split())


def says_something(block: str) -> bool:
    """Does a decision block say what was decided: three words beyond its label and a bare verdict ("It was
    APPROVED that;" does not; "DECISION: APPLICATION FOR ROOF REPLACEMENT CONTINUED." does, in capitals as a form
    prints it)?"""
    said = without_label(block)
    return len(re.findall(r"\b[a-z]{3,}\b", said)) > 2 or len(
        [w for w in re.findall(r"\b[A-Za-z]{3,}\b", said) if w.lower() not in _VERDICT_WORDS]) >= 3


def fold_recaps(rows: list[Decision]) -> list[Decision]:
    """Leave out a recap ("SUMMARY OF APPROVED RECOMMENDATIONS ... RESOLVED: 1. ... 2. ...") of decisions the
    document already lists: a long block whose wording, set phrases aside, is mostly that of two or more other
    blocks of the same document."""
    sh = [shingles(d.text, 3) if d.kind == "resolution" else set() for d in rows]
    keep: list[Decision] = []
    for i, d in enumerate(rows):
        others = [sh[j] for j in range(len(rows)) if j != i and sh[j]]
        own = {s for s in sh[i] if sum(s in o for o in others) < 3}  # set phrases ("the Committee noted") aside
        parts = [o for o in others if len(o & own) >= max(3, 0.5 * len(o))]  # blocks printed again inside it
        covered = own & set().union(*parts) if parts else set()
        if (len(own) >= 30 and len(parts) >= 2 and len(covered) >= 0.6 * len(own)
                and len(sh[i]) >= 2 * max(len(o) for o in parts)):
            continue
        keep.append(d)
    return keep


def _tidy(block: str) -> str:
    lines = (" ".join(line.split()) for line in without_label(block).splitlines())
    return "\n".join(ln for ln in lines if ln and not _FURNITURE.match(ln))


#: page furniture that lands inside a block at a page break (a running e-mail header)
_FURNITURE = re.compile(r"^\S+@\S+\.\w+$")


def _item_no(item: str | None) -> int:
    m = re.match(r"\d+", item or "")
    return int(m.group(0)) if m else 0


def _decision(it: _Item, a: int, b: int, text: str, kind: str, votes: VoteCount | None) -> Decision:
    pages = it.pages(a, b)
    page = it.page(a)
    return Decision(
        authority=it.doc.authority, committee=it.doc.committee, meeting_date=it.doc.meeting_date, item=it.item,
        text=text, kind=kind, source=it.doc.source, page=page, pages=pages, votes=votes, doc_kind=it.doc.kind,
        url=it.url or it.doc.url, chunk_id=it.chunk_at(a), site=url_host(it.doc.url),
        authority_basis=basis_of([it.doc]),
    )


def _merge_copies(decisions: list[Decision]) -> list[Decision]:
    """One row per decision of a meeting: the minutes' copy (it has the votes) absorbs the notice's.

    Copies are matched on their wording, set phrases aside: a phrase printed in three or more decisions of the
    meeting ("the Committee for Transport and Connectivity noted the report") makes no two of them the same."""
    rank = {"minutes": 0, "decision_notice": 1}
    meeting = [(d.meeting_date, d.authority, body_key(d.committee)) for d in decisions]
    all_sh = [shingles(d.text, 3) for d in decisions]
    seen: dict[tuple[object, ...], dict[str, int]] = {}
    for key, sh in zip(meeting, all_sh, strict=True):
        counts = seen.setdefault(key, {})
        for s in sh:
            counts[s] = counts.get(s, 0) + 1
    own = [{s for s in sh if seen[key][s] < 3} for key, sh in zip(meeting, all_sh, strict=True)]
    titles = [set(content_stems(re.sub(r"^\d+\w?\s+", "", d.item or ""))) for d in decisions]
    kept: list[Decision] = []
    kept_sh: list[set[str]] = []
    order = sorted(range(len(decisions)), key=lambda i: (rank.get(decisions[i].doc_kind or "", 2),
                                                         decisions[i].votes is None, i))
    keep_idx: list[int] = []
    for i in order:
        d = decisions[i]
        sh = own[i]
        twin = next((j for j, k in enumerate(kept)
                     if meeting[keep_idx[j]] == meeting[i] and k.source != d.source
                     and (_overlap(sh, kept_sh[j]) >= 0.5 or _same_title(titles[i], titles[keep_idx[j]])
                          and _overlap(all_sh[i], all_sh[keep_idx[j]]) >= 0.5)), None)
        if twin is not None:
            if d.source not in kept[twin].also_in:
                kept[twin].also_in.append(d.source)
            if kept[twin].votes is None and d.votes is not None:
                kept[twin].votes = d.votes
            continue
        kept.append(d)
        kept_sh.append(sh)
        keep_idx.append(i)
    return [kept[k] for k in sorted(range(len(kept)), key=lambda k: keep_idx[k])]


def _same_title(a: set[str], b: set[str]) -> bool:
    """Do two items' titles name the same item (the minutes and the notice number it differently)?"""
    return bool(a and b) and (a <= b or b <= a)


def _overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller text's shingles found in the other (a notice often prints a part of a block)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def register(store: Store, scope: Scope, topic: str | None = None,
             kinds: Sequence[str] = tuple(DECISION_KINDS)) -> DecisionRegister:
    """Every decision recovered from the documents in scope, oldest meeting first.

    ``topic`` keeps only decisions whose text or item names at least half of its content words.
    """
    docs = [d for d in scope.documents if (d.kind or "document") in kinds]
    found: list[Decision] = []
    for d in docs:
        found.extend(decisions_in(store, d))
    # (the records of a file of several meetings' records that the scope names, in its dates)
    found = [d for d in found if d.authority in scope.authorities and in_range(d.meeting_date, scope.since, scope.until)]
    found = _merge_copies(found)
    if topic:
        words = set(content_stems(topic))
        need = max(1, (len(words) + 1) // 2)  # "parking" alone is not "workplace parking levy"
        found = [d for d in found if len(words & set(content_stems(f"{d.item or ''} {d.text}"))) >= need]
    found.sort(key=lambda d: (d.meeting_date or "9999", d.authority or "", body_key(d.committee), _item_no(d.item)))
    warnings = []
    if scope.unattributed:
        warnings.append(f"{scope.unattributed} document(s) have no authority and were left out: "
                        "ingest them with --authority or a manifest")
    filters = {**scope.describe(), **({"topic": topic} if topic else {})}
    return DecisionRegister(found, filters, len(docs), warnings)


def citation_of(d: Decision, n: int = 0) -> Citation:
    """A register row as a citation (its page is where the decision's text begins)."""
    return Citation(n=n, source=d.source, page=d.page, pages=d.pages, authority=d.authority,
                    committee=d.committee, meeting_date=d.meeting_date, item=d.item, quote=d.text[:600],
                    chunk_id=d.chunk_id, copies=list(d.also_in), url=d.url, site=d.site,
                    authority_basis=d.authority_basis if d.authority else None)


def vote_label(d: Decision) -> str:
    """'decision', or the decision with its recorded vote: 'decision (41 for, 10 against, 7 abstaining)'."""
    v = d.votes
    if v is None or (v.for_ is None and not v.unanimous):
        return "decision" if d.kind == "resolution" else f"vote ({v.outcome or 'outcome not stated'})" if v else "decision"
    if v.unanimous and v.for_ is None:
        counts = "unanimous"
    else:
        counts = f"{v.for_} for, {v.against or 0} against, {v.abstain or 0} abstaining"
    head = "decision" if d.kind == "resolution" else f"vote {v.outcome or ''}".strip()
    return f"{head} ({counts})"

"""Plain data types that flow through the pipeline.

load -> parse (structure) -> chunk -> embed -> store -> retrieve -> render

Every stage takes and returns these; none of them knows about the CLI.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Record:
    """Plain data with a JSON-ready ``to_dict`` (the CLI's ``--json`` shape)."""

    def to_dict(self) -> dict[str, Any]:
        return dict(asdict(self))  # type: ignore[call-overload]


class DocStatus(str, Enum):
    """Outcome of ingesting one file. Typed so scripts can act on it."""

    OK = "ok"
    UNCHANGED = "unchanged"  # same bytes already indexed: nothing to do
    DUPLICATE = "duplicate"  # same text as another indexed document: recorded, not re-embedded
    NO_TEXT_LAYER = "no_text_layer"  # scanned PDF: needs OCR first
    ENCRYPTED = "encrypted"
    UNREADABLE = "unreadable"  # corrupt or undecodable
    UNSUPPORTED = "unsupported"  # file type we do not read
    EMPTY = "empty"  # readable, but no text at all
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"  # parsing ran past the time limit
    PARSE_ERROR = "parse_error"  # the parser failed unexpectedly


#: statuses that mean the document is searchable after the run
INDEXED_STATUSES = frozenset({DocStatus.OK, DocStatus.UNCHANGED, DocStatus.DUPLICATE})


@dataclass
class PageText:
    """The text of one page. ``number`` is 1-based in pypdf page order; None for unpaged text."""

    number: int | None
    text: str


@dataclass
class LoadedDocument:
    """What a loader returns: raw text by page, plus hints the format itself carries."""

    path: str
    kind_hint: str | None = None  # e.g. "html" or "json"; the format, not the document kind
    pages: list[PageText] = field(default_factory=list)
    title: str | None = None  # a title the format states (HTML <title>, front matter, JSON "title")
    meeting_date: str | None = None  # ISO date the format states (front matter, JSON), if any
    # a date the format states without saying what of (front matter "date:", often the day it was posted): the
    # date the document's own text gives for its meeting wins over it
    stated_date: str | None = None
    committee: str | None = None  # body the format states, if any
    kind: str | None = None  # document kind the format states ("transcript": records of what was said)
    sections: list[Section] | None = None  # pre-split items, when the format states them (HTML, JSON)
    url: str | None = None


@dataclass
class Section:
    """One agenda item (or the whole document when no items are found).

    ``parts`` keeps the text in reading order, page by page, so chunks can carry their page numbers.
    """

    item_number: str | None
    item_title: str | None
    parts: list[PageText] = field(default_factory=list)
    minute_number: str | None = None  # e.g. Kent's running minute number "290"
    resolutions: list[str] = field(default_factory=list)  # RESOLVED / AGREED blocks found inside
    url: str | None = None  # the item's own public page, when the source states one (ModernGov, eScribe)
    # the item's own body, committee and meeting date, when a file holds several meetings' items (JSON Lines)
    authority: str | None = None
    committee: str | None = None
    meeting_date: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.parts)


@dataclass
class Structure:
    """What the text itself states about a document."""

    meeting_date: str | None = None  # ISO yyyy-mm-dd
    committee: str | None = None
    kind: str = "document"  # minutes, agenda, report, decision_notice, questions, ...
    title: str | None = None
    sections: list[Section] = field(default_factory=list)


@dataclass
class ParsedSection(Record):
    """One section (agenda item) of a file read but not indexed, with the document's resolved metadata."""

    source: str  # the path as given
    ordinal: int  # position of the section in its document, from 0
    text: str
    pages: list[int]
    authority: str | None
    committee: str | None
    meeting_date: str | None
    kind: str | None
    title: str | None
    item_number: str | None
    item_title: str | None
    resolutions: list[str] = field(default_factory=list)
    url: str | None = None


@dataclass
class FieldValue:
    """A metadata value and where it came from: flag, manifest, text, format, filename or path."""

    value: str | None
    source: str
    note: str | None = None  # a value that was stated but not used, and why (an impossible date, say)
    basis: str = "stated"  # "inferred" where the manifest that gave it says it was inferred, not stated

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "source": self.source}
        if self.note:
            out["note"] = self.note
        if self.basis != "stated":
            out["basis"] = self.basis
        return out


@dataclass
class Chunk:
    """A piece of one agenda item of one document, sized for the embedder."""

    chunk_id: str
    doc_id: str
    text: str
    ordinal: int
    page_start: int | None
    page_end: int | None
    item_number: str | None
    item_title: str | None
    has_resolution: bool = False
    n_tokens: int = 0
    page_map: str = ""  # "offset:page;..." where the page changes inside the chunk
    url: str | None = None  # public page of the item (or document) to cite
    authority: str | None = None  # the section's own, when it has one (else the document's)
    committee: str | None = None
    meeting_date: str | None = None

    @property
    def pages(self) -> list[int]:
        if self.page_start is None:
            return []
        end = self.page_end if self.page_end is not None else self.page_start
        return list(range(self.page_start, end + 1))


@dataclass
class DocumentRecord(Record):
    """The index's own record of a document (stored beside its chunks)."""

    doc_id: str
    source: str  # the path as ingested
    status: str
    content_hash: str
    text_hash: str | None
    authority: str | None
    committee: str | None
    meeting_date: str | None
    kind: str | None
    title: str | None
    pages: int
    chunks: int
    items: int
    provenance: dict[str, str] = field(default_factory=dict)  # field -> source
    duplicate_of: str | None = None  # doc_id of the copy whose chunks are searched
    message: str | None = None
    ingested_at: str | None = None
    url: str | None = None

    @property
    def inferred(self) -> list[str]:
        """The fields whose value was inferred, not stated (``provenance["authority_basis"] == "inferred"``): kept
        in the provenance, so an index written before bases were recorded, or read by an older version, is whole."""
        return [k.removesuffix("_basis") for k, v in self.provenance.items() if k.endswith("_basis") and v == "inferred"]

    @property
    def record_pairs(self) -> list[tuple[str, str]]:
        """The (authority, committee) of each record of a file of several meetings' records, as ingest wrote them
        into the provenance (``records``); none for any other document."""
        return [(a, c) for a, c in json.loads(self.provenance.get("records") or "[]")]

    @property
    def bodies(self) -> list[str]:
        """The authorities whose meetings the document records: its own, or (a file of several meetings' records,
        each with its own body) its records'."""
        if self.authority:
            return [self.authority]
        return sorted({a for a, _ in self.record_pairs if a})


@dataclass
class FileResult:
    """One line of the ingest report."""

    path: str
    status: DocStatus
    message: str = ""
    doc_id: str | None = None
    pages: int = 0
    chunks: int = 0
    items: int = 0
    truncated_chunks: int = 0
    duplicate_of: str | None = None
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["status"] = self.status.value
        return d


@dataclass
class IngestReport:
    """The whole run: per-file results and totals."""

    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    parse_seconds: float = 0.0  # loading and structure recovery
    store_seconds: float = 0.0
    index: str = ""

    def count(self, *statuses: DocStatus) -> int:
        return sum(1 for f in self.files if f.status in statuses)

    @property
    def chunks_added(self) -> int:
        return sum(f.chunks for f in self.files if f.status == DocStatus.OK)

    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files)

    @property
    def ingested(self) -> int:
        return self.count(DocStatus.OK)

    @property
    def failed(self) -> int:
        return sum(1 for f in self.files if f.status not in INDEXED_STATUSES)

    @property
    def truncated_chunks(self) -> int:
        return sum(f.truncated_chunks for f in self.files)

    def summary(self) -> dict[str, Any]:
        return {
            "files": len(self.files),
            "ingested": self.ingested,
            "unchanged": self.count(DocStatus.UNCHANGED),
            "duplicates": self.count(DocStatus.DUPLICATE),
            "failed": self.failed,
            "pages": self.pages,
            "chunks_added": self.chunks_added,
            "truncated_chunks": self.truncated_chunks,
            "seconds": round(self.seconds, 2),
            "parse_seconds": round(self.parse_seconds, 2),
            "embed_seconds": round(self.embed_seconds, 2),
            "store_seconds": round(self.store_seconds, 2),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "summary": self.summary(), "files": [f.to_dict() for f in self.files]}


@dataclass
class Hit(Record):
    """One search result, with everything needed to cite it."""

    rank: int
    score: float
    chunk_id: str
    doc_id: str
    source: str
    pages: list[int]
    authority: str | None
    committee: str | None
    meeting_date: str | None
    item_number: str | None
    item_title: str | None
    kind: str | None
    text: str
    copies: list[str] = field(default_factory=list)  # other files with the same text, or the record in another format
    #: a copy's own pages where they differ from the hit's (a report printed again inside an agenda pack)
    copy_pages: dict[str, list[int]] = field(default_factory=dict)
    page_map: str = ""  # "offset:page;..." where the page changes inside the text
    url: str | None = None  # public page of the item or document, when known
    site: str | None = None  # host of the document's own url: a link to another host is marked as such
    vector_score: float | None = None  # cosine similarity of the chunk to the query
    keyword_score: float | None = None  # BM25 score, when the keyword search found it
    inferred: list[str] = field(default_factory=list)  # metadata fields inferred, not stated ("authority")
    recorded: bool = False  # a decision recovered at ingest (its whole text), not a chunk's text


@dataclass
class SearchResult:
    """Ranked hits for a query, with the filters applied."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # the index is not all searchable, and what to do

    def to_dict(self) -> dict[str, Any]:
        out = {"query": self.query, "filters": self.filters, "hits": [h.to_dict() for h in self.hits]}
        if self.warnings:
            out["warnings"] = self.warnings
        return out


@dataclass
class Citation(Record):
    """One numbered source of an answer: where a councillor can check the claim."""

    n: int
    source: str
    page: int | None
    pages: list[int]
    authority: str | None
    committee: str | None
    meeting_date: str | None
    item: str | None  # "5 Section 25 Report"
    quote: str  # the sentence(s) of the source that support the claim
    chunk_id: str = ""
    copies: list[str] = field(default_factory=list)
    #: a copy's own pages where they differ from the cited ones (the same passage on p. 5 of the report and p. 7 of
    #: the agenda pack that prints it)
    copy_pages: dict[str, list[int]] = field(default_factory=dict)
    url: str | None = None  # the item's or document's public page, when known
    site: str | None = None  # host of the document's own url: a link to another host is marked as such
    authority_basis: str | None = None  # "stated" or "inferred" (reports set it; None: not recorded)


@dataclass
class Answer:
    """An answer whose every claim cites a numbered source, or an explicit abstention."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    generator: str = "extractive"
    closest: list[Hit] = field(default_factory=list)  # what was found, shown when abstaining
    unsupported: list[str] = field(default_factory=list)  # sentences whose citation does not support them
    filters: dict[str, Any] = field(default_factory=dict)
    #: with ``explain``: the candidate chunks and sentences, their scores, and why each was taken or dropped
    explain: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "warnings": self.warnings,
            "unsupported": self.unsupported,
            "generator": self.generator,
            "filters": self.filters,
            "closest": [
                {"source": h.source, "pages": h.pages, "authority": h.authority, "meeting_date": h.meeting_date,
                 "item_number": h.item_number, "item_title": h.item_title, "score": h.score}
                for h in self.closest
            ],
        }
        if self.explain is not None:
            out["explain"] = self.explain
        return out


# ---- reports: summaries, briefing packs, decision registers, timelines ----------------------------------
# Citations in a report are numbered once for the whole report (``Summary.citations`` and friends); a
# point refers to them by number, so one sources list serves every section.


@dataclass
class VoteCount:
    """A recorded vote as printed: counts when stated, or only that it was unanimous."""

    for_: int | None = None
    against: int | None = None
    abstain: int | None = None
    unanimous: bool = False
    outcome: str | None = None  # carried or lost, when the minutes say
    text: str = ""  # the words the counts were read from

    def to_dict(self) -> dict[str, Any]:
        return {"for": self.for_, "against": self.against, "abstain": self.abstain,
                "unanimous": self.unanimous, "outcome": self.outcome, "text": self.text}


@dataclass
class Decision:
    """One row of the decision register: a decision block or a recorded vote, where it was printed."""

    authority: str | None
    committee: str | None
    meeting_date: str | None
    item: str | None  # "6 Capital Programme 2025-35 ..."
    text: str  # the decision as printed
    kind: str  # "resolution" (RESOLVED / AGREED / decision taken ...) or "vote" (a vote with no block)
    source: str
    page: int | None
    pages: list[int] = field(default_factory=list)
    votes: VoteCount | None = None
    doc_kind: str | None = None  # minutes, decision_notice, ...
    url: str | None = None
    chunk_id: str = ""
    also_in: list[str] = field(default_factory=list)  # other documents printing the same decision
    site: str | None = None  # host of the document's own url
    authority_basis: str = "stated"  # "inferred" where the authority was inferred, not stated

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["votes"] = self.votes.to_dict() if self.votes else None
        return d

"""Check an index against its own record of documents, and repair what an interrupted ingest left.

A document is recorded ``ok`` only after all its chunks are written, so the record is the truth. The
index is *consistent* when every document recorded ``ok`` has all its chunks (in the vectors and the
keyword index) and no chunk claims a document that has no record. What an interrupted ingest leaves
is *unfinished*, not inconsistent:

- ``pending`` records: an ingest stopped between marking a document and finishing it; the chunks it had
  written so far are not searchable as a complete document and a re-run (or ``--repair``) finishes it;
- short documents (inconsistent): an ``ok`` record with fewer chunks in the store than it lists;
- orphan chunks (inconsistent): chunks of a document with no record at all;
- the keyword index out of step with the vector store outside pending documents (inconsistent; rebuilt by the
  next writer: ``--repair`` or an ingest). Checking writes nothing, so it works on a read-only index.

``repair`` deletes orphans, rebuilds the keyword index and re-ingests the documents that are pending or
short from their source files (when those still exist).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..types import DocumentRecord
from .store import Store


@dataclass
class DoctorReport:
    documents: int = 0
    chunks: int = 0
    keyword_chunks: int = 0
    pending: list[str] = field(default_factory=list)  # sources: unfinished, finished by a re-run
    pending_chunks: int = 0  # chunks written for pending documents
    short: list[str] = field(default_factory=list)  # sources whose chunk count is below their record's
    orphan_chunks: int = 0  # chunks of documents with no record at all
    keyword_stale: int = 0  # chunks the keyword index lacks, or holds in excess, outside pending documents
    repaired: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        return not (self.short or self.orphan_chunks or self.keyword_stale)

    @property
    def finished(self) -> bool:
        return not self.pending

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "consistent": self.consistent, "finished": self.finished}


def check(store: Store) -> DoctorReport:
    docs = store.all_documents()
    ok = {d.doc_id: d for d in docs if d.status == "ok"}
    metas = store.chunks.get(include=["metadatas"])
    per_doc = Counter(str(dict(m).get("doc_id", "")) for m in metas["metadatas"] or [])
    report = DoctorReport(documents=len(docs), chunks=sum(per_doc.values()), keyword_chunks=store.keyword.count())
    pending = {d.doc_id: d for d in docs if d.status == "pending"}
    report.pending = sorted(d.source for d in pending.values())
    report.pending_chunks = sum(per_doc.get(doc_id, 0) for doc_id in pending)
    report.short = sorted(d.source for d in ok.values() if per_doc.get(d.doc_id, 0) < d.chunks)
    report.orphan_chunks = sum(n for doc_id, n in per_doc.items() if doc_id not in ok and doc_id not in pending)
    # an ingest cut short between its vector and keyword writes leaves them apart for a pending document only
    keyword = store.keyword.doc_counts()
    rows = sum(keyword.values())
    report.keyword_stale = sum(abs(keyword.get(d, 0) - per_doc.get(d, 0)) for d in set(keyword) | set(per_doc)
                               if d not in pending) + max(rows - report.keyword_chunks, 0)  # rows without vectors
    return report


def repair(store: Store, reingest: Callable[[DocumentRecord], None]) -> DoctorReport:
    """Fix what ``check`` finds; ``reingest(record)`` re-runs ingest on a document's source file."""
    report = check(store)
    ok = {d.doc_id for d in store.all_documents() if d.status == "ok"}
    metas = store.chunks.get(include=["metadatas"])
    orphans = sorted({str(dict(m).get("doc_id", "")) for m in metas["metadatas"] or []} - ok)
    for doc_id in orphans:
        store.delete_chunks(doc_id)
        report.actions.append(f"deleted orphan chunks of {doc_id}")
    broken = [d for d in store.all_documents() if d.source in report.pending or d.source in report.short]
    for d in broken:
        store.delete_chunks(d.doc_id)
        store.docs.delete(ids=[d.doc_id])
    if store.keyword.count() != store.chunks.count():
        n = store.rebuild_keyword_index()
        report.actions.append(f"rebuilt the keyword index ({n} chunks)")
    for d in broken:
        if Path(d.source).exists():
            reingest(d)
            report.repaired.append(d.source)
        else:
            report.actions.append(f"dropped {d.source}: its source file is gone")
    if report.repaired:
        report.actions.append(f"re-ingested {len(report.repaired)} document(s)")
    after = check(store)
    after.actions, after.repaired = report.actions, report.repaired
    return after

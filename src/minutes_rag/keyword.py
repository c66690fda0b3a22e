"""Keyword search: SQLite FTS5 (BM25 ranking, Porter stemming) over the same chunks as the vectors, and
the filtered vector search.

It lives in ``keyword.sqlite3`` inside the index folder, beside Chroma's files, and is written in the
same step as the vectors (the document record is marked complete only after both). It can always be
rebuilt from the chunk texts and vectors stored in Chroma (``Store.rebuild_keyword_index``).

Exact names, figures and item numbers that an embedding blurs are found here.

Beside the FTS5 table, a plain table ``rows`` holds each chunk's filter values (authority, committee,
meeting date, under B-tree indexes) and its vector as float16, keyed by the FTS5 rowid and written in the
same transaction. A filtered search reads the rows that pass the filter through those indexes and
scores them exactly: Chroma's ``where`` path costs seconds once a filter selects tens of thousands of a
million chunks, and the FTS5 filter columns (UNINDEXED) are read row by row for every match.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

FILE_NAME = "keyword.sqlite3"

# function words that carry no evidence; FTS5 would otherwise match them everywhere
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not now
    of off on once only or other our out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours did does whose within across each per via upon
    council councils meeting meetings committee""".split()
)
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def query_terms(text: str) -> list[str]:
    """Content words of a query, lower-cased, without stopwords, in order, de-duplicated."""
    seen: list[str] = []
    for tok in _TOKEN.findall(text):
        t = tok.lower().replace("’", "'")
        t = t[:-2] if t.endswith("'s") else t
        if t and t not in STOPWORDS and t not in seen and (len(t) > 1 or t.isdigit()):
            seen.append(t)
    return seen


def _number_phrases(text: str) -> list[str]:
    """Joined tokens ('£1,530.9m', 'R2024-090', '8.1:1', 'fast-track') as FTS phrases of their pieces."""
    out = []
    for m in re.finditer(r"[A-Za-z0-9]+(?:[-,.:/][A-Za-z0-9]+)+", text):
        pieces = re.findall(r"[A-Za-z0-9]+", m.group(0))
        if len(pieces) > 1:
            out.append(" ".join(pieces))
    return out


def fts_query(text: str) -> str | None:
    terms = query_terms(text)
    parts = [f'"{t}"' for t in terms] + [f'"{p}"' for p in _number_phrases(text)]
    return " OR ".join(parts) if parts else None


Row = tuple[str, str, str, str, str, str, int]
_FILTER_SQL = "SELECT rid FROM rows"


def _filter_clause(authorities: Sequence[str], committees: Sequence[str], since: int | None,
                   until: int | None) -> tuple[str, list[object]] | None:
    """The WHERE clause over ``rows`` for a filter, or None when nothing is filtered."""
    where: list[str] = []
    args: list[object] = []
    if authorities:
        where.append(f"authority IN ({', '.join('?' * len(authorities))})")
        args.extend(authorities)
    if committees:
        where.append(f"committee IN ({', '.join('?' * len(committees))})")
        args.extend(committees)
    if since:
        where.append("date_int >= ?")
        args.append(since)
    if until:
        where.append("date_int <= ?")
        args.append(until)
    return (" AND ".join(where), args) if where else None


class KeywordIndex:
    """An FTS5 table of chunk texts, and a table of their filter values and vectors (see the module doc)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self._lock = threading.Lock()
        self.db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS chunks USING fts5("
            "text, header, chunk_id UNINDEXED, doc_id UNINDEXED, authority UNINDEXED, "
            "committee UNINDEXED, date_int UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')"
        )
        # rid = the chunk's FTS5 rowid; an index made before this table has it empty and is rebuilt
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS rows(rid INTEGER PRIMARY KEY, doc_id TEXT, authority TEXT, "
            "committee TEXT, date_int INTEGER, vec BLOB)"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS rows_doc ON rows(doc_id)")
        self.db.execute("CREATE INDEX IF NOT EXISTS rows_authority ON rows(authority, date_int)")
        self.db.execute("CREATE INDEX IF NOT EXISTS rows_committee ON rows(committee)")
        self.db.execute("CREATE INDEX IF NOT EXISTS rows_date ON rows(date_int)")
        self.db.commit()
        self._df: dict[str, int] = {}
        self._count: tuple[int, int] | None = None

    def add(self, rows: Iterable[Row], vectors: Sequence[Sequence[float]] | np.ndarray) -> None:
        """Rows of (chunk_id, doc_id, text, header, authority, committee, date_int), with their vectors."""
        self._df.clear()
        self._count = None
        rows = list(rows)
        if not rows:
            return
        vecs = np.asarray(vectors, dtype=np.float16).reshape(len(rows), -1)
        with self._lock, self.db:
            start = int(self.db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM chunks").fetchone()[0])
            rids = range(start, start + len(rows))
            self.db.executemany(
                "INSERT INTO chunks(rowid, chunk_id, doc_id, text, header, authority, committee, date_int) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(rid, *r) for rid, r in zip(rids, rows, strict=True)],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO rows(rid, doc_id, authority, committee, date_int, vec) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(rid, r[1], r[4], r[5], r[6], vecs[i].tobytes()) for i, (rid, r) in enumerate(zip(rids, rows, strict=True))],
            )

    def delete_doc(self, doc_id: str) -> None:
        self._df.clear()
        self._count = None
        with self._lock, self.db:
            self.db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            self.db.execute("DELETE FROM rows WHERE doc_id = ?", (doc_id,))

    def clear(self) -> None:
        self._df.clear()
        self._count = None
        with self._lock, self.db:
            self.db.execute("DELETE FROM chunks")
            self.db.execute("DELETE FROM rows")

    def doc_freq(self, term: str) -> int:
        """Chunks containing a term (stemmed as the index stems it); cached until the next write."""
        key = term.lower()
        if key not in self._df:
            safe = " ".join(re.findall(r"[a-z0-9]+", key))  # "1,530.9" -> the phrase "1 530 9"
            with self._lock:
                try:
                    row = self.db.execute("SELECT count(*) FROM chunks WHERE chunks MATCH ?", (f'"{safe}"',)).fetchone()
                except sqlite3.OperationalError:
                    row = (0,)
            self._df[key] = int(row[0])
        return self._df[key]

    def count(self) -> int:
        """Chunks indexed; an index whose vector rows lag its texts (made before them) counts as short.
        Cached until a write, here or (SQLite's data_version tells) by another connection."""
        with self._lock:
            version = int(self.db.execute("PRAGMA data_version").fetchone()[0])
            if self._count is None or self._count[0] != version:
                texts = int(self.db.execute("SELECT count(*) FROM chunks").fetchone()[0])
                rows = int(self.db.execute("SELECT count(*) FROM rows").fetchone()[0])
                self._count = (version, min(texts, rows))
            return self._count[1]

    def chunk_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT chunk_id FROM chunks")}

    def search(
        self,
        text: str,
        k: int,
        authorities: Sequence[str] = (),
        committees: Sequence[str] = (),
        since: int | None = None,
        until: int | None = None,
    ) -> list[tuple[str, float]]:
        """(chunk_id, score) best first; score is -bm25 (higher is better)."""
        q = fts_query(text)
        if q is None:
            return []
        where = ["chunks MATCH ?"]
        args: list[object] = [q]
        flt = _filter_clause(authorities, committees, since, until)
        if flt is not None:  # through the indexes of `rows`, not the FTS5 columns (read row by row)
            where.append(f"+rowid IN ({_FILTER_SQL} WHERE {flt[0]})")  # + : test membership, do not drive
            args.extend(flt[1])
        sql = (
            f"SELECT chunk_id, bm25(chunks, 1.0, 0.3) AS s FROM chunks WHERE {' AND '.join(where)} "
            "ORDER BY s LIMIT ?"
        )
        args.append(k)
        with self._lock:
            try:
                rows = self.db.execute(sql, args).fetchall()
            except sqlite3.OperationalError:
                return []
        return [(cid, -float(s)) for cid, s in rows]

    def vector_search(
        self,
        qvec: Sequence[float],
        k: int,
        authorities: Sequence[str] = (),
        committees: Sequence[str] = (),
        since: int | None = None,
        until: int | None = None,
    ) -> list[tuple[str, float]]:
        """(chunk_id, cosine) of the k nearest chunks that pass a filter, best first: exact, over the
        float16 vectors of the rows the filter's indexes select."""
        flt = _filter_clause(authorities, committees, since, until)
        clause, args = flt if flt is not None else ("1", [])
        with self._lock:
            got = self.db.execute(f"SELECT rid, vec FROM rows WHERE {clause}", args).fetchall()
        if not got:
            return []
        rids = np.fromiter((r[0] for r in got), dtype=np.int64, count=len(got))
        mat = np.frombuffer(b"".join(r[1] for r in got), dtype=np.float16).reshape(len(got), -1)
        scores = mat.astype(np.float32) @ np.asarray(qvec, dtype=np.float32)
        top = np.argpartition(-scores, k - 1)[:k] if len(scores) > k else np.arange(len(scores))
        top = top[np.argsort(-scores[top])]
        best = {int(rids[i]): float(scores[i]) for i in top}
        with self._lock:
            ids = dict(self.db.execute(
                f"SELECT rowid, chunk_id FROM chunks WHERE rowid IN ({', '.join('?' * len(best))})", list(best)
            ).fetchall())
        return [(ids[r], s) for r, s in best.items() if r in ids]

    def close(self) -> None:
        self.db.close()


def as_rows(got: dict[str, Any]) -> list[Row]:
    """Keyword rows from a Chroma ``get`` with documents and metadatas."""
    rows = []
    for cid, text, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True):
        m = dict(meta)
        rows.append((cid, str(m.get("doc_id", "")), text or "", str(m.get("header", "")),
                     str(m.get("authority", "")), str(m.get("committee", "")), int(str(m.get("date_int") or 0))))
    return rows

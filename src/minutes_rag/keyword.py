"""Keyword search: SQLite FTS5 (BM25 ranking, Porter stemming) over the same chunks as the vectors.

It lives in ``keyword.sqlite3`` inside the index folder, beside Chroma's files, and is written in the
same step as the vectors (the document record is marked complete only after both). It can always be
rebuilt from the chunk texts stored in Chroma (``Store.rebuild_keyword_index``).

Exact names, figures and item numbers that an embedding blurs are found here.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

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


class KeywordIndex:
    """An FTS5 table of chunk texts with the filter columns beside them."""

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
        self.db.commit()
        self._df: dict[str, int] = {}

    def add(self, rows: Iterable[tuple[str, str, str, str, str, str, int]]) -> None:
        """Rows of (chunk_id, doc_id, text, header, authority, committee, date_int)."""
        self._df.clear()
        with self._lock, self.db:
            self.db.executemany(
                "INSERT INTO chunks(chunk_id, doc_id, text, header, authority, committee, date_int) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                list(rows),
            )

    def delete_doc(self, doc_id: str) -> None:
        self._df.clear()
        with self._lock, self.db:
            self.db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))

    def clear(self) -> None:
        self._df.clear()
        with self._lock, self.db:
            self.db.execute("DELETE FROM chunks")

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
        return int(self.db.execute("SELECT count(*) FROM chunks").fetchone()[0])

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

    def close(self) -> None:
        self.db.close()

"""Keyword search: SQLite FTS5 (BM25 ranking, Porter stemming) over the same chunks as the vectors, and
the filtered vector search.

It lives in ``keyword.sqlite3`` inside the index folder, beside Chroma's files, and is written in the
same step as the vectors (the document record is marked complete only after both). It can always be
rebuilt from the chunk texts and vectors stored in Chroma (``Store.rebuild_keyword_index``).

Exact names, figures and item numbers that an embedding blurs are found here.

Filters (authority, committee, meeting date) are kept three ways, each for the search that needs it:

- in the FTS5 table, as tag tokens in a column of their own (``za…`` authority, ``zc…`` committee, ``zy2024``
  year), so a filtered keyword query walks only the postings of the filter's tags and the query's terms
  (``(terms) AND tags:(…)``) instead of every match of its terms;
- in a plain table ``rows`` (authority, committee, date, under B-tree indexes, and the chunk's metadata),
  keyed by the FTS5 rowid and written in the same transaction, which checks the date exactly where a
  range cuts a year, and from which each process keeps the filter values as arrays (``vectors.Columns``) to
  select the rows of a filtered vector search in a few milliseconds;
- the vectors, in ``vectors.i16`` (record ``rid - 1``, memory-mapped): int16 components and a float32 scale
  per vector (cosine within 1e-4 of the float32 one; numpy converts int16 to float32 ~10x faster than
  float16, whose conversion made scoring a 90k-row filter take 100 ms), written before the transaction
  that adds their rows, so a row never points at a vector not yet written.

A filtered vector search scores exactly the rows that pass the filter. Chroma's ``where`` path costs
seconds once a filter selects tens of thousands of a million chunks. An index of an older layout
(``PRAGMA user_version`` below ``SCHEMA``) is emptied on open and refilled from Chroma by the store.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import IndexUnavailableError
from ..text import STOPWORDS
from .storage import connect_read_only
from .vectors import VECTORS_FILE, Columns, VectorFile, count_delete, record

FILE_NAME = "keyword.sqlite3"
_SPLIT_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minutes-rag-keyword-half")
#: layout version (``PRAGMA user_version``): 3 = tags column, int16 vectors in VECTORS_FILE
SCHEMA = 3
#: a keyword query whose filter passes this many rows is scored in two halves at once (two cores)
SPLIT_ROWS = 20000
#: a date range over more years than this is checked through ``rows`` only (an OR of many tags is slower)
MAX_YEAR_TAGS = 8

# function words that carry no evidence; FTS5 would otherwise match them everywhere
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
#: the filter tags' form (see ``tags``); a query word of that form would match the tags column, so it is dropped
_TAG_WORD = re.compile(r"z[acy][0-9]+")


def query_terms(text: str) -> list[str]:
    """Content words of a query, lower-cased, without stopwords, in order, de-duplicated."""
    seen: list[str] = []
    for tok in _TOKEN.findall(text):
        t = tok.lower().replace("’", "'")
        t = t[:-2] if t.endswith("'s") else t
        if (t and t not in STOPWORDS and t not in seen and (len(t) > 1 or t.isdigit())
                and not _TAG_WORD.fullmatch(t)):
            seen.append(t)
    return seen


#: a run of letters and digits, joined by - , . : / to the next run, if any. ``*`` and not ``+``: each match
#: ends where the run ends, so the scan is linear (``+`` made a long unbroken token quadratic: every start
#: inside it was tried to its end, 6.6 s for 20,000 characters)
_JOINED = re.compile(r"[A-Za-z0-9]+(?:[-,.:/][A-Za-z0-9]+)*")
_PIECE = re.compile(r"[A-Za-z0-9]+")


def _number_phrases(text: str) -> list[str]:
    """Joined tokens ('£1,530.9m', 'R2024-090', '8.1:1', 'fast-track') as FTS phrases of their pieces."""
    out = []
    for m in _JOINED.finditer(text):
        pieces = _PIECE.findall(m.group(0))
        if len(pieces) > 1:
            out.append(" ".join(pieces))
    return out


def fts_query(text: str) -> str | None:
    terms = query_terms(text)
    parts = [f'"{t}"' for t in terms] + [f'"{p}"' for p in _number_phrases(text)]
    return " OR ".join(parts) if parts else None


#: (chunk_id, doc_id, text, header, authority, committee, date_int, the chunk's metadata as stored in Chroma)
Row = tuple[str, str, str, str, str, str, int, dict[str, Any]]
_FILTER_SQL = "SELECT rid FROM rows"


def _tag_digits(name: str) -> str:
    # digits only: the Porter stemmer leaves them alone, so a tag is one token, indexed and queried alike
    return str(int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:15], 16))


def authority_tag(name: str) -> str:
    return "za" + _tag_digits(name)


def committee_tag(name: str) -> str:
    return "zc" + _tag_digits(name)


def year_tag(year: int) -> str:
    return f"zy{year}"


def tags(authority: str, committee: str, date: int) -> str:
    """The tag tokens of a chunk's filter values."""
    out = []
    if authority:
        out.append(authority_tag(authority))
    if committee:
        out.append(committee_tag(committee))
    if date:
        out.append(year_tag(date // 10000))
    return " ".join(out)


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


def _make_tables(db: sqlite3.Connection, vectors: Path | None) -> None:
    """Create the tables (after emptying an index of an older layout, which the store refills from Chroma)."""
    with db:
        if int(db.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA:
            db.execute("DROP TABLE IF EXISTS chunks")
            db.execute("DROP TABLE IF EXISTS rows")
            if vectors is not None:
                vectors.unlink(missing_ok=True)
            db.execute(f"PRAGMA user_version = {SCHEMA}")
        db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS chunks USING fts5("
            "text, header, tags, chunk_id UNINDEXED, doc_id UNINDEXED, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        # rid = the chunk's FTS5 rowid, and its row in the vectors file
        db.execute(
            "CREATE TABLE IF NOT EXISTS rows(rid INTEGER PRIMARY KEY, chunk_id TEXT, doc_id TEXT, "
            "authority TEXT, committee TEXT, date_int INTEGER, meta TEXT)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS rows_chunk ON rows(chunk_id)")
        db.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value)")
        db.execute("CREATE INDEX IF NOT EXISTS rows_doc ON rows(doc_id)")
        db.execute("CREATE INDEX IF NOT EXISTS rows_authority ON rows(authority, date_int)")
        db.execute("CREATE INDEX IF NOT EXISTS rows_committee ON rows(committee)")
        db.execute("CREATE INDEX IF NOT EXISTS rows_date ON rows(date_int)")


class KeywordIndex:
    """An FTS5 table of chunk texts and filter tags, a table of their filter values, and their vectors
    (see the module doc)."""

    def __init__(self, folder: Path, create: bool = True) -> None:
        """Open the keyword index in ``folder``: to write (``create``: made, or emptied from an older layout,
        here), or only to read, which writes nothing. A reader finds a missing, older or unreadable one empty
        (``state`` says which; the store says so, and a writer rebuilds it)."""
        self.path = folder / FILE_NAME
        self.vectors = VectorFile(folder / VECTORS_FILE)
        self.vectors_path = self.vectors.path
        self._lock = threading.Lock()
        #: False for a reader's index: the store opens a writable one before its first write
        self.writable = create
        #: ok, or why a reader found it empty: missing, older (an older layout) or unreadable
        self.state = "ok"
        if create:
            self._connect: Callable[[], sqlite3.Connection] = lambda: sqlite3.connect(
                str(self.path), check_same_thread=False, timeout=30)
            self.db = self._connect()
            self.db.execute("PRAGMA journal_mode=WAL")
            _make_tables(self.db, self.vectors_path)
        else:
            self._connect = self._reader_connect()
            self.db = self._connect()
            if self.state != "ok":
                _make_tables(self.db, None)  # an empty index in memory, so every read answers "nothing"
        # keyword queries run in a thread of their own beside the vector search: a connection of their own
        self._reader = self._connect()
        self._reader_lock = threading.Lock()
        self._reader2 = self._connect()
        self._reader2_lock = threading.Lock()
        row = self.db.execute("SELECT value FROM meta WHERE key = 'dim'").fetchone()
        self.dim: int | None = int(row[0]) if row else None
        self._df: dict[str, int] = {}
        self._count: tuple[int, int] | None = None
        self._years: tuple[int, tuple[int, int]] | None = None
        self._columns = Columns()

    def _reader_connect(self) -> Callable[[], sqlite3.Connection]:
        """How a reader connects: read-only to the file, or (missing, older, unreadable) to an empty index in
        memory, shared by this index's connections."""
        if self.path.exists():
            try:
                db = connect_read_only(self.path)
                tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE name IN ('chunks', 'rows', 'meta')")}
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                db.close()
                if version >= SCHEMA and len(tables) == 3:
                    return lambda: connect_read_only(self.path)
                self.state = "older" if version < SCHEMA else "unreadable"
            except (IndexUnavailableError, sqlite3.Error):
                self.state = "unreadable"
        else:
            self.state = "missing"
        uri = f"file:minutes-rag-keyword-{uuid.uuid4().hex}?mode=memory&cache=shared"
        return lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)

    def doc_counts(self) -> dict[str, int]:
        """Rows per document (for the doctor)."""
        with self._lock:
            return {str(d): int(n) for d, n in self.db.execute("SELECT doc_id, count(*) FROM rows GROUP BY doc_id")}

    def _written(self) -> None:
        self._df.clear()
        self._count = None
        self._years = None

    def add(self, rows: Iterable[Row], vectors: Sequence[Sequence[float]] | np.ndarray) -> None:
        """Rows (see ``Row``) with their vectors."""
        self._written()
        rows = list(rows)
        if not rows:
            return
        vecs = np.asarray(vectors, dtype=np.float32).reshape(len(rows), -1)
        with self._lock, self.db:
            if self.dim is None:
                self.dim = int(vecs.shape[1])
                self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('dim', ?)", (self.dim,))
            if vecs.shape[1] != self.dim:
                raise ValueError(f"vectors of {vecs.shape[1]} dimensions in an index of {self.dim}")
            start = int(self.db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM chunks").fetchone()[0])
            rids = range(start, start + len(rows))
            # vectors first: the transaction below is what makes their rows visible
            self.vectors.write(start, vecs)
            self.db.executemany(
                "INSERT INTO chunks(rowid, chunk_id, doc_id, text, header, tags) VALUES (?, ?, ?, ?, ?, ?)",
                [(rid, r[0], r[1], r[2], r[3], tags(r[4], r[5], r[6])) for rid, r in zip(rids, rows, strict=True)],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO rows(rid, chunk_id, doc_id, authority, committee, date_int, meta) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(rid, r[0], r[1], r[4], r[5], r[6], json.dumps(r[7], ensure_ascii=False, separators=(",", ":")))
                 for rid, r in zip(rids, rows, strict=True)],
            )

    def delete_doc(self, doc_id: str) -> None:
        self._written()
        with self._lock, self.db:
            self.db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            if self.db.execute("DELETE FROM rows WHERE doc_id = ?", (doc_id,)).rowcount:
                count_delete(self.db)

    def clear(self) -> None:
        self._written()
        with self._lock, self.db:
            self.db.execute("DELETE FROM chunks")
            self.db.execute("DELETE FROM rows")
            count_delete(self.db)
            # the vectors file is left as it is (rows are written over it again): truncating a file that
            # another process has mapped would crash that process on its next read (SIGBUS)

    def doc_freq(self, term: str) -> int:
        """Chunks containing a term (stemmed as the index stems it); cached until the next write."""
        key = term.lower()
        if key not in self._df:
            safe = " ".join(re.findall(r"[a-z0-9]+", key))  # "1,530.9" -> the phrase "1 530 9"
            with self._lock:
                try:
                    row = self.db.execute(
                        "SELECT count(*) FROM chunks WHERE chunks MATCH ?", (f'"{safe}"',)
                    ).fetchone()
                except sqlite3.OperationalError:
                    row = (0,)
            self._df[key] = int(row[0])
        return self._df[key]

    def _version(self, db: sqlite3.Connection) -> int:
        return int(db.execute("PRAGMA data_version").fetchone()[0])

    def count(self) -> int:
        """Chunks indexed; an index whose rows or vectors lag its texts counts as short (so it is rebuilt).
        Cached until a write, here or (SQLite's data_version tells) by another connection."""
        with self._lock:
            version = self._version(self.db)
            if self._count is None or self._count[0] != version:
                texts = int(self.db.execute("SELECT count(*) FROM chunks").fetchone()[0])
                rows = int(self.db.execute("SELECT count(*) FROM rows").fetchone()[0])
                last = int(self.db.execute("SELECT coalesce(max(rid), 0) FROM rows").fetchone()[0])
                size = self.vectors_path.stat().st_size if self.vectors_path.exists() else 0
                covered = last == 0 or (self.dim is not None and size >= last * record(self.dim).itemsize)
                self._count = (version, min(texts, rows) if covered else 0)
            return self._count[1]

    def chunk_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT chunk_id FROM chunks")}

    def _year_range(self) -> tuple[int, int]:
        """The first and last meeting years indexed (0 for an undated chunk); cached until a write."""
        version = self._version(self._reader)
        if self._years is None or self._years[0] != version:
            lo, hi = self._reader.execute("SELECT coalesce(min(date_int), 0), coalesce(max(date_int), 0) FROM rows").fetchone()
            self._years = (version, (int(lo) // 10000, int(hi) // 10000))
        return self._years[1]

    def _tag_query(self, authorities: Sequence[str], committees: Sequence[str], since: int | None,
                   until: int | None) -> tuple[list[str], bool] | None:
        """The tag clauses of a filter, and whether ``rows`` must still check it (a range that cuts a year,
        or spans too many); None when no row can pass."""
        clauses = []
        if authorities:
            clauses.append("tags : (" + " OR ".join(f'"{authority_tag(a)}"' for a in authorities) + ")")
        if committees:
            clauses.append("tags : (" + " OR ".join(f'"{committee_tag(c)}"' for c in committees) + ")")
        check = False
        if since or until:
            first, last = self._year_range()
            y0 = since // 10000 if since else first
            y1 = until // 10000 if until else last
            if y0 > y1:
                return None
            if y0 > 0 and y1 - y0 < MAX_YEAR_TAGS:  # y0 == 0: undated chunks pass an open-ended `until`
                clauses.append("tags : (" + " OR ".join(f'"{year_tag(y)}"' for y in range(y0, y1 + 1)) + ")")
                check = bool(since and since % 10000 > 101) or bool(until and until % 10000 < 1231)
            else:
                check = True
        return clauses, check

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
        args: list[object] = []
        where = ["chunks MATCH ?"]
        with self._reader_lock:
            tagged = self._tag_query(authorities, committees, since, until)
        if tagged is None:
            return []
        clauses, check = tagged
        args.append(" AND ".join([f"({q})", *clauses]))
        flt = _filter_clause(authorities, committees, since, until) if check else None
        if flt is not None:  # a range that cuts a year: the dates through the index of `rows`
            where.append(f"+rowid IN ({_FILTER_SQL} WHERE {flt[0]})")  # + : test membership, do not drive
            args.extend(flt[1])
        sql = (
            f"SELECT chunk_id, bm25(chunks, 1.0, 0.3, 0.0) AS s FROM chunks WHERE {' AND '.join(where)} "
            "AND rowid >= ? AND rowid < ? ORDER BY s LIMIT ?"
        )
        parts = self._split(authorities, committees, since, until)
        # a big candidate set is scored in two halves at once (BM25's statistics are the whole table's, so
        # the halves' scores compare): the second on a connection and thread of its own
        other = (_SPLIT_THREAD.submit(self._run, self._reader2, self._reader2_lock, sql, [*args, *parts[1], k])
                 if len(parts) > 1 else None)
        rows = self._run(self._reader, self._reader_lock, sql, [*args, *parts[0], k])
        if other is not None:
            rows = sorted(rows + other.result(), key=lambda r: r[1])[:k]
        return [(cid, -float(s)) for cid, s in rows]

    @staticmethod
    def _run(db: sqlite3.Connection, lock: threading.Lock, sql: str, args: list[object]) -> list[tuple[str, float]]:
        with lock:
            try:
                return db.execute(sql, args).fetchall()
            except sqlite3.OperationalError:
                return []

    def _split(self, authorities: Sequence[str], committees: Sequence[str], since: int | None,
               until: int | None) -> list[tuple[int, int]]:
        """rowid ranges to score apart: one, or two halves of the filter's rows when they are many."""
        whole = [(0, 1 << 62)]
        if self.count() < SPLIT_ROWS:
            return whole
        with self._lock:
            rids = self._columns.select(self.db, self._version(self.db), authorities, committees, since, until)
        if len(rids) < SPLIT_ROWS:
            return whole
        mid = int(rids[len(rids) // 2])
        return [(0, mid), (mid, 1 << 62)]

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
        int16 vectors of the rows the filter's indexes select."""
        with self._lock:
            rids = self._columns.select(self.db, self._version(self.db), authorities, committees, since, until)
        if not len(rids) or self.dim is None:
            return []
        scores = self.scores(rids, qvec)  # rids ascend: the file is read in order
        top = np.argpartition(-scores, k - 1)[:k] if len(scores) > k else np.arange(len(scores))
        top = top[np.argsort(-scores[top])]
        best = {int(rids[i]): float(scores[i]) for i in top}
        with self._lock:
            ids = dict(self.db.execute(
                f"SELECT rowid, chunk_id FROM chunks WHERE rowid IN ({', '.join('?' * len(best))})", list(best)
            ).fetchall())
        return [(ids[r], s) for r, s in best.items() if r in ids]

    def get(self, chunk_ids: Sequence[str], qvec: Sequence[float]) -> dict[str, tuple[str, dict[str, Any], float]]:
        """Text, metadata and cosine to a query of chunks, by id (those the index lacks are left out)."""
        if not chunk_ids:
            return {}
        with self._reader_lock:
            got = self._reader.execute(
                f"SELECT r.chunk_id, r.rid, r.meta, c.text FROM rows r JOIN chunks c ON c.rowid = r.rid "
                f"WHERE r.chunk_id IN ({', '.join('?' * len(chunk_ids))})", list(chunk_ids)
            ).fetchall()
        if not got or self.dim is None:
            return {}
        got.sort(key=lambda r: r[1])
        cos = self.scores(np.array([r[1] for r in got], dtype=np.int64), qvec)
        return {cid: (text, json.loads(meta or "{}"), float(cos[i])) for i, (cid, _, meta, text) in enumerate(got)}

    def scores(self, rids: np.ndarray, qvec: Sequence[float]) -> np.ndarray:
        """Cosine of a query to the vectors of rows (by rid)."""
        assert self.dim is not None
        return self.vectors.scores(rids, qvec, self.dim)

    def close(self) -> None:
        self.vectors.close()
        self._reader.close()
        self._reader2.close()
        self.db.close()


def as_rows(got: dict[str, Any]) -> list[Row]:
    """Keyword rows from a Chroma ``get`` with documents and metadatas."""
    rows = []
    for cid, text, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True):
        m = dict(meta)
        rows.append((cid, str(m.get("doc_id", "")), text or "", str(m.get("header", "")),
                     str(m.get("authority", "")), str(m.get("committee", "")), int(str(m.get("date_int") or 0)), m))
    return rows



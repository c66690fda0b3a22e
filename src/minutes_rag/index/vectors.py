"""The vectors beside the keyword index, and the filter values as arrays.

- ``vectors.i16`` (record ``rid - 1``, memory-mapped): int16 components and a float32 scale per vector
  (cosine within 1e-4 of the float32 one; numpy converts int16 to float32 ~10x faster than float16, whose
  conversion made scoring a 90k-row filter take 100 ms), written before the transaction that adds their rows,
  so a row never points at a vector not yet written.
- :class:`Columns`: the authority, committee and date of every row as numpy arrays in rid order, so a filter
  selects its rows in milliseconds.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

VECTORS_FILE = "vectors.i16"


def record(dim: int) -> np.dtype:
    """A vector in the vectors file: its scale, then its components as int16."""
    return np.dtype([("s", "<f4"), ("v", "<i2", (dim,))])


def quantise(vecs: np.ndarray) -> np.ndarray:
    """Records of vectors: each component over the vector's largest, times 32767, rounded."""
    out = np.zeros(len(vecs), dtype=record(vecs.shape[1]))
    peak = np.abs(vecs).max(axis=1)
    scale = np.where(peak > 0, peak / 32767.0, 1.0).astype(np.float32)
    out["s"] = scale
    out["v"] = np.rint(vecs / scale[:, None]).clip(-32767, 32767).astype(np.int16)
    return out


class VectorFile:
    """The int16 vector records of an index's rows, by rid, memory-mapped for reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._mm: np.ndarray | None = None

    def write(self, start: int, vecs: np.ndarray) -> None:
        """Records for rows ``start, start + 1, ...`` (written in place: other processes may have it mapped)."""
        data = quantise(vecs).tobytes()
        offset = (start - 1) * record(int(vecs.shape[1])).itemsize
        if not hasattr(os, "pwrite"):  # Windows: a binary handle, seek and write (one writer holds the lock)
            with self.path.open("r+b" if self.path.exists() else "w+b") as fh:
                fh.seek(offset)
                fh.write(data)
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            os.pwrite(fd, data, offset)
        finally:
            os.close(fd)

    def read(self, rids: np.ndarray, dim: int) -> np.ndarray:
        """Vector records of rows (by rid), from the memory-mapped file (mapped again when it has grown)."""
        need = int(rids.max()) if len(rids) else 0
        mm = self._mm
        if mm is None or mm.shape[0] < need:
            rec = record(dim)
            n = self.path.stat().st_size // rec.itemsize  # whole records only
            mm = self._mm = np.memmap(self.path, dtype=rec, mode="r", shape=(n,))
        out: np.ndarray = mm[rids - 1]
        return out

    def scores(self, rids: np.ndarray, qvec: Sequence[float], dim: int) -> np.ndarray:
        """Cosine of a query to the vectors of rows (by rid, ascending reads the file in order)."""
        q = np.asarray(qvec, dtype=np.float32)
        out = np.empty(len(rids), dtype=np.float32)
        for i in range(0, len(rids), 4096):  # blocks that stay in cache
            recs = self.read(rids[i:i + 4096], dim)
            # einsum, not @: BLAS would wake its own threads, which spin and starve the keyword query's
            out[i:i + 4096] = np.einsum("ij,j->i", recs["v"].astype(np.float32), q) * recs["s"]
        return out

    def close(self) -> None:
        self._mm = None


def count_delete(db: sqlite3.Connection) -> None:
    """Count a delete (in the deleting transaction): readers' ``_Columns`` then read all rows again, since
    rids freed at the end are given to the next rows written."""
    db.execute("INSERT INTO meta(key, value) VALUES ('deletes', 1) "
               "ON CONFLICT(key) DO UPDATE SET value = value + 1")


class Columns:
    """The filter values of ``rows`` as arrays in rid order, so a filter selects its rows with numpy.

    Read once, then kept in step with SQLite's data_version: rows added since (rids only grow) are
    appended; after a delete everything is read again.
    """

    def __init__(self) -> None:
        self._reset(-1)

    def _reset(self, deletes: int) -> None:
        """Empty, as of a number of deletes."""
        self.version = -1
        self.deletes = deletes
        self.rid = np.zeros(0, dtype=np.int64)
        self.date = np.zeros(0, dtype=np.int32)
        self.authority = np.zeros(0, dtype=np.int32)
        self.committee = np.zeros(0, dtype=np.int32)
        self.codes: dict[str, dict[str, int]] = {"authority": {}, "committee": {}}

    def _code(self, kind: str, names: Iterable[str]) -> np.ndarray:
        codes = self.codes[kind]
        return np.fromiter((codes.setdefault(n, len(codes)) for n in names), dtype=np.int32)

    def _refresh(self, db: sqlite3.Connection, version: int) -> None:
        if version == self.version:
            return
        count = int(db.execute("SELECT count(*) FROM rows").fetchone()[0])
        row = db.execute("SELECT value FROM meta WHERE key = 'deletes'").fetchone()
        deletes = int(row[0]) if row else 0
        if deletes != self.deletes:  # rows deleted since: read all again
            self._reset(deletes)
        start = int(self.rid[-1]) if len(self.rid) else 0
        got = db.execute("SELECT rid, date_int, authority, committee FROM rows WHERE rid > ? ORDER BY rid",
                         (start,)).fetchall()
        if len(self.rid) + len(got) != count:  # not expected; read all again to be sure
            self._reset(deletes)
            got = db.execute("SELECT rid, date_int, authority, committee FROM rows ORDER BY rid").fetchall()
        if got:
            rid, date, auth, comm = zip(*got, strict=True)
            self.rid = np.concatenate([self.rid, np.array(rid, dtype=np.int64)])
            self.date = np.concatenate([self.date, np.array(date, dtype=np.int32)])
            self.authority = np.concatenate([self.authority, self._code("authority", auth)])
            self.committee = np.concatenate([self.committee, self._code("committee", comm)])
        self.version = version

    def select(self, db: sqlite3.Connection, version: int, authorities: Sequence[str], committees: Sequence[str],
               since: int | None, until: int | None) -> np.ndarray:
        """The rids (ascending) that pass a filter."""
        self._refresh(db, version)
        mask = np.ones(len(self.rid), dtype=bool)
        for kind, names, col in (("authority", authorities, self.authority), ("committee", committees, self.committee)):
            if names:
                mask &= np.isin(col, [self.codes[kind][n] for n in names if n in self.codes[kind]])
        if since:
            mask &= self.date >= since
        if until:
            mask &= self.date <= until
        return self.rid[mask]

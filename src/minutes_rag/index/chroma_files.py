"""A local Chroma index read straight from its SQLite file, for when Chroma itself cannot open it.

Chroma's client writes to ``chroma.sqlite3`` each time it opens a folder (it records the opening), so it
cannot open an index on a read-only mount, nor one on a disk with no space left. The document records,
chunk texts and chunk metadata are all in that file, and the vectors are in the keyword index beside it
(``keyword.py``), so such an index can still be searched: :class:`FileCollection` answers the reads the
store makes of a Chroma collection (``count``, ``get`` with ids, ``where`` and paging), read-only, and
refuses every write with :class:`~minutes_rag.errors.IndexReadOnlyError`.

Vectors are not read from here (Chroma keeps them in its HNSW files): ``get`` gives no embeddings, and
vector search goes through the keyword index's exact search instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..errors import EmptyIndexError, IndexUnavailableError
from .storage import connect_read_only

if TYPE_CHECKING:
    from chromadb.api.types import GetResult, QueryResult

CHROMA_FILE = "chroma.sqlite3"
_DEFAULT_DATABASE = "default_database"
_DOCUMENT_KEY = "chroma:document"


def _value(row: Sequence[Any]) -> Any:
    """A metadata value from its (string, int, float, bool) columns."""
    text, integer, real, flag = row
    if flag is not None:
        return bool(flag)
    for v in (text, integer, real):
        if v is not None:
            return v
    return ""


def _matches(meta: dict[str, Any], where: dict[str, Any]) -> bool:
    """Does chunk metadata pass a Chroma ``where`` clause ($and, $or, $eq, $ne, $in, $nin, $gt...)?"""
    for key, cond in where.items():
        if key == "$and":
            if not all(_matches(meta, c) for c in cond):
                return False
        elif key == "$or":
            if not any(_matches(meta, c) for c in cond):
                return False
        elif not _passes(meta.get(key), cond if isinstance(cond, dict) else {"$eq": cond}):
            return False
    return True


def _passes(value: Any, ops: dict[str, Any]) -> bool:
    for op, arg in ops.items():
        if op == "$eq" and value != arg:
            return False
        if op == "$ne" and value == arg:
            return False
        if op == "$in" and value not in arg:
            return False
        if op == "$nin" and value in arg:
            return False
        if op in ("$gt", "$gte", "$lt", "$lte"):
            if value is None or isinstance(value, str) != isinstance(arg, str):
                return False
            if not {"$gt": value > arg, "$gte": value >= arg, "$lt": value < arg, "$lte": value <= arg}[op]:
                return False
    return True


def _equalities(where: dict[str, Any] | None) -> list[tuple[str, Any]]:
    """The plain ``key == value`` conditions every match must meet (to narrow the SQL before the rest)."""
    if not where:
        return []
    out: list[tuple[str, Any]] = []
    for key, cond in where.items():
        if key == "$and":
            for c in cond:
                out.extend(_equalities(c))
        elif not key.startswith("$") and isinstance(cond, str | int) and not isinstance(cond, bool):
            out.append((key, cond))
    return out


class FileCollection:
    """One collection of a Chroma folder, read from its SQLite file (see the module doc)."""

    def __init__(self, db: sqlite3.Connection, name: str, refusal: IndexUnavailableError) -> None:
        self.db = db
        self.name = name
        self.refusal = refusal  # raised by every write
        found = db.execute(
            "SELECT c.id, s.id FROM collections c JOIN segments s ON s.collection = c.id "
            "LEFT JOIN databases d ON d.id = c.database_id WHERE c.name = ? AND s.scope = 'METADATA' "
            "ORDER BY d.name = ? DESC", (name, _DEFAULT_DATABASE),
        ).fetchone()
        if found is None:
            raise EmptyIndexError(f"the index has no collection {name!r}; ingest something first.")
        self.id, self.segment = str(found[0]), str(found[1])

    @property
    def metadata(self) -> dict[str, Any]:
        rows = self.db.execute("SELECT key, str_value, int_value, float_value, bool_value FROM collection_metadata "
                               "WHERE collection_id = ?", (self.id,)).fetchall()
        return {r[0]: _value(r[1:]) for r in rows}

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM embeddings WHERE segment_id = ?", (self.segment,)).fetchone()[0])

    def get(self, ids: Sequence[str] | None = None, where: dict[str, Any] | None = None, limit: int | None = None,
            offset: int | None = None, include: Sequence[str] = ("metadatas", "documents")) -> GetResult:
        """Records by id and/or ``where``, in the order they were written; never embeddings."""
        sql = "SELECT e.id, e.embedding_id FROM embeddings e WHERE e.segment_id = ?"
        args: list[Any] = [self.segment]
        if ids is not None:
            sql += f" AND e.embedding_id IN ({', '.join('?' * len(ids))})"
            args.extend(ids)
        for key, value in _equalities(where):
            column = "string_value" if isinstance(value, str) else "int_value"
            sql += f" AND e.id IN (SELECT id FROM embedding_metadata WHERE key = ? AND {column} = ?)"
            args.extend([key, value])
        rows = self.db.execute(sql + " ORDER BY e.id", args).fetchall()
        metas = self._metadata([int(r[0]) for r in rows])
        records = [(str(eid), metas.get(rid, {})) for rid, eid in rows]
        if where:
            records = [r for r in records if _matches(r[1], where)]
        start = offset or 0
        records = records[start:start + limit] if limit is not None else records[start:]
        docs = [str(m.pop(_DOCUMENT_KEY, "")) for _, m in records]
        return cast("GetResult", {
            "ids": [cid for cid, _ in records], "embeddings": None, "uris": None, "data": None,
            "documents": docs if "documents" in include else None,
            "metadatas": [m for _, m in records] if "metadatas" in include else None,
            "included": list(include),
        })

    def _metadata(self, rids: list[int]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        for i in range(0, len(rids), 900):  # SQLite's limit on bound values
            part = rids[i:i + 900]
            for rid, key, *values in self.db.execute(
                "SELECT id, key, string_value, int_value, float_value, bool_value FROM embedding_metadata "
                f"WHERE id IN ({', '.join('?' * len(part))})", part,
            ):
                out.setdefault(int(rid), {})[str(key)] = _value(values)
        return out

    def query(self, **_: object) -> QueryResult:
        raise IndexUnavailableError(
            "an index read from its files has no nearest-neighbour index: its vectors are searched through the "
            "keyword index (Store.vector_candidates)")

    def upsert(self, **_: object) -> None:
        raise self.refusal

    def update(self, **_: object) -> None:
        raise self.refusal

    def delete(self, **_: object) -> None:
        raise self.refusal


def read_collections(folder: Path, names: Sequence[str], refusal: IndexUnavailableError) -> list[FileCollection]:
    """The named collections of the Chroma folder at ``folder``, read-only; writes raise ``refusal``."""
    db = connect_read_only(folder / CHROMA_FILE)
    return [FileCollection(db, name, refusal) for name in names]

"""Chunk metadata as the index stores it, read back as filter values and as the typed fields of a Hit.

Chroma metadata cannot hold None, so missing values are stored as "" (and dates as 0) and mapped back here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..parse.dates import calendar_date
from ..scope import Filters
from ..types import Hit


def date_int(iso: str | None) -> int:
    """yyyy-mm-dd -> yyyymmdd, for range filters (0 when unknown)."""
    if not iso:
        return 0
    try:
        return int(iso[:10].replace("-", ""))
    except ValueError:
        return 0


def _none(v: Any) -> Any:
    return None if v in ("", None) else v


def filter_values(filters: Filters) -> tuple[Sequence[str], Sequence[str], int | None, int | None]:
    """The filters as the keyword index takes them: authorities, committees, first and last date as yyyymmdd."""
    return (filters.authorities, filters.committees, date_int(filters.since) or None, date_int(filters.until) or None)


def chroma_where(filters: Filters) -> dict[str, Any] | None:
    """The filters as a Chroma ``where`` clause (None when there are none)."""
    clauses: list[dict[str, Any]] = []
    if filters.authorities:
        a = list(filters.authorities)
        clauses.append({"authority": a[0]} if len(a) == 1 else {"authority": {"$in": a}})
    if filters.committees:
        c = list(filters.committees)
        clauses.append({"committee": c[0]} if len(c) == 1 else {"committee": {"$in": c}})
    if filters.since:
        clauses.append({"date_int": {"$gte": date_int(filters.since)}})
    if filters.until:
        clauses.append({"date_int": {"$lte": date_int(filters.until)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def hit_fields(meta: dict[str, Any]) -> dict[str, Any]:
    """Chunk metadata as the typed fields of a Hit."""
    ps, pe = int(meta.get("page_start") or 0), int(meta.get("page_end") or 0)
    pages = list(range(ps, (pe or ps) + 1)) if ps else []
    return {
        "doc_id": meta.get("doc_id", ""),
        "source": meta.get("source", ""),
        "pages": pages,
        "authority": _none(meta.get("authority")),
        "committee": _none(meta.get("committee")),
        "meeting_date": calendar_date(meta.get("meeting_date")),  # none of an impossible date in an old index
        "item_number": _none(meta.get("item_number")),
        "item_title": _none(meta.get("item_title")),
        "kind": _none(meta.get("kind")),
        "page_map": str(meta.get("page_map") or ""),
        "url": _none(meta.get("url")),
        "site": _none(meta.get("site")),
        "inferred": [f for f in str(meta.get("inferred") or "").split(",") if f],  # an older index: none
    }


def row_hit(row: dict[str, Any]) -> Hit:
    """A stored chunk (``Store.get_chunks`` row) as a Hit, so it can be cited like a search result."""
    return Hit(rank=0, score=0.0, chunk_id=row["id"], text=row["text"], **hit_fields(row["meta"]))


"""JSON documents: the prose of any JSON, and the items of an eScribe meeting export (``{"items": {"1":
{"title", "number", "content": [Motion, ...], "items": {...}}}}``), where each motion's recorded vote is
written out with its counts, as the published minutes print it ("Yeas (12): ...; Nays (0); Motion Passed (12
to 0)")."""

from __future__ import annotations

import re
from typing import Any

from ..links import web_url
from ..types import PageText, Section


def json_strings(obj: Any, out: list[str], min_words: int = 3) -> None:
    """Prose found in a JSON value; ``min_words`` drops ids and codes in free-form JSON."""
    if isinstance(obj, str):
        if len(obj.split()) >= min_words:
            out.append(obj.strip())
    elif isinstance(obj, dict):
        if _is_motion(obj):
            out.extend(_motion_lines(obj))
            return
        for key, value in obj.items():
            if key in ("__class__", "url", "datetime"):
                continue
            json_strings(value, out, min_words)
    elif isinstance(obj, list):
        for value in obj:
            json_strings(value, out, min_words)


def escribe_items(items: dict[str, Any], out: list[Section]) -> None:
    """One section per meeting item (and its sub-items, in order), with its number, title and link."""
    for item in items.values():
        if not isinstance(item, dict):
            continue
        body: list[str] = []
        json_strings(item.get("content"), body, min_words=1)  # a meeting's own items: "Agreed." counts
        json_strings(item.get("report"), body, min_words=1)
        title = str(item.get("title") or "").strip() or None
        number = str(item.get("number") or "").strip() or None
        heading = f"{number} {title}" if number and title else (title or number or "")
        text = "\n".join([heading, *body]).strip()
        url = web_url(str(item.get("url") or ""))  # a link to cite: http(s) only
        out.append(Section(item_number=number, item_title=title, parts=[PageText(None, text)], url=url))
        sub = item.get("items")
        if isinstance(sub, dict):
            escribe_items(sub, out)


def _is_motion(obj: dict[str, Any]) -> bool:
    """An eScribe motion: its texts, a vote (rows of a label and the names voting that way) and a result."""
    return isinstance(obj.get("vote"), dict) and isinstance(obj.get("result"), dict) and "motion_texts" in obj


#: a result that already gives its count ("Motion Passed (13 to 2)")
_HAS_COUNT = re.compile(r"\(\s*\d{1,3}\s+to\s+\d{1,3}\s*\)")


def _motion_lines(motion: dict[str, Any]) -> list[str]:
    """A motion as its minutes print it: the texts before it, mover and seconder, the motion, each way of
    voting with its count and names, the result with its count (yeas to nays), the texts after it."""
    out: list[str] = []
    for key in ("pre_motion_texts", "moved_by", "seconded_by", "motion_texts"):
        json_strings(motion.get(key), out, min_words=1)
    counts: dict[str, int] = {}
    for row in motion["vote"].get("rows") or []:
        if not isinstance(row, dict):
            continue
        label = str(row.get("vote") or "").strip().rstrip(":").strip()
        voters = [str(v).strip() for v in row.get("voters") or [] if str(v).strip()]
        if not label or not voters:
            continue
        counts[label.lower()] = len(voters)
        out.append(f"{label} ({len(voters)}): {', '.join(voters)}")
    result = str(motion["result"].get("string") or "").strip()
    if result and not _HAS_COUNT.search(result) and "yeas" in counts:
        result = f"{result} ({counts['yeas']} to {counts.get('nays', 0)})"
    if result:
        out.append(result)
    json_strings(motion.get("post_motion_texts"), out, min_words=1)
    return out

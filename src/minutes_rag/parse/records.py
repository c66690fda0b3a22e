"""JSON Lines files: one record per line, each record one meeting item with its own body, date and number.

A record in the MeetingBank format (``uid``, ``summary``, ``transcript``: a city council meeting's item, its
agenda summary and what was said) names its body, meeting date and item in its ``uid``
("SeattleCityCouncil_06132016_Res 31669"); any other record is read for its prose, with the title, date and
committee it states. Each record is a section of the file's document that carries its own authority and date,
so one file of several councils' meetings is searched and cited record by record.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..types import PageText, Section
from .escribe import json_strings

#: a MeetingBank record's id: body (CamelCase), meeting date (MMDDYYYY) and the item's file number
_UID = re.compile(r"^(?P<body>[A-Z][A-Za-z]+)_(?P<m>\d{2})(?P<d>\d{2})(?P<y>\d{4})_(?P<item>\S.*)$")
#: the words of a CamelCase name, an abbreviation ("CC") kept whole
_WORDS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
#: a record's fields of prose, read in this order (the rest only when none of these is there)
PROSE_KEYS = ("title", "summary", "transcript", "text", "content", "minutes")


def body_name(camel: str) -> str:
    """A body's name from its CamelCase id: "LongBeachCC" -> "Long Beach City Council" ("CC" of a county is its
    County Council: "KingCountyCC" -> "King County Council")."""
    words = _WORDS.findall(camel)
    if words and words[-1] == "CC":
        words[-1:] = ["Council"] if words[-2:-1] == ["County"] else ["City", "Council"]
    return " ".join(words)


def record_section(obj: dict[str, Any], line: int) -> Section | None:
    """One record as a section with its own body, date and item (None when it holds no prose)."""
    uid = str(obj.get("uid") or obj.get("id") or "").strip()
    m = _UID.match(uid)
    authority = body_name(m["body"]) if m else _text(obj, "authority", "council", "city")
    date = f"{m['y']}-{m['m']}-{m['d']}" if m else None
    if date is None:
        stated = _text(obj, "meeting_date", "date", "datetime") or ""
        date = stated[:10] if re.match(r"\d{4}-\d{2}-\d{2}", stated) else None
    prose = [str(obj[k]).strip() for k in PROSE_KEYS if isinstance(obj.get(k), str) and str(obj[k]).strip()]
    if not prose:
        json_strings(obj, prose)
    if not prose:
        return None
    title = _text(obj, "title") or _short(_text(obj, "summary"))
    return Section(item_number=m["item"] if m else (uid or str(line)), item_title=title,
                   parts=[PageText(None, "\n\n".join(prose))], authority=authority, meeting_date=date,
                   committee=_text(obj, "committee", "meeting_type"))


def read_records(raw: str) -> tuple[list[Section], list[str], str | None]:
    """The sections of a JSON Lines text, a warning for the lines that are not JSON objects, and the kind of
    document the records are ("transcript" when they hold what was said, else None: read from the text)."""
    sections: list[Section] = []
    bad: list[int] = []
    spoken = False
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            bad.append(n)
            continue
        if not isinstance(obj, dict):
            bad.append(n)
            continue
        spoken = spoken or bool(_text(obj, "transcript"))
        section = record_section(obj, n)
        if section is not None:
            sections.append(section)
    warnings = [f"{len(bad)} line(s) not a JSON object, skipped (line {', '.join(map(str, bad[:5]))}"
                f"{', ...' if len(bad) > 5 else ''}); check the file"] if bad else []
    return sections, warnings, "transcript" if spoken else None


def _short(text: str | None, limit: int = 100) -> str | None:
    """A long summary's opening as a title: cut at a word before ``limit`` characters."""
    if text is None or len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " ..."


def _text(obj: dict[str, Any], *keys: str) -> str | None:
    value = next((obj[k] for k in keys if isinstance(obj.get(k), str) and obj[k].strip()), None)
    return value.strip() if value else None

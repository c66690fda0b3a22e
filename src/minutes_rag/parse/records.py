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

from ..types import LoadedDocument, PageText, Section
from .dates import date_from_text
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
        date = stated_date(obj)
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


#: a comma before a closing bracket (outside a string: what is between quotes is matched whole and kept)
_TRAILING_COMMA = re.compile(r'("(?:[^"\\\n]|\\.)*")|,(?=\s*[\]}])')


def lenient_json(raw: str) -> tuple[Any, list[str]]:
    """JSON, read as written or, failing that, with the commas a hand-edited export leaves before a closing
    bracket dropped (and a warning saying so); raises the first error when neither reads."""
    try:
        return json.loads(raw), []
    except json.JSONDecodeError as exc:
        try:
            data = json.loads(_TRAILING_COMMA.sub(r"\1", raw))
        except json.JSONDecodeError:
            raise exc from None
        return data, [f"read after dropping a comma before a closing bracket ({exc}); check the file"]


#: a record's fields that state its meeting's date, in the order they are read
_DATE_KEYS = ("meeting_date", "date", "datetime")


def stated_date(obj: dict[str, Any]) -> str | None:
    """The meeting date (YYYY-MM-DD) a record states in its first date field, or None."""
    stated = _text(obj, *_DATE_KEYS) or ""
    return stated[:10] if re.match(r"\d{4}-\d{2}-\d{2}", stated) else None


def _short(text: str | None, limit: int = 100) -> str | None:
    """A long summary's opening as a title: cut at a word before ``limit`` characters."""
    if text is None or len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " ..."


def _text(obj: dict[str, Any], *keys: str) -> str | None:
    value = next((obj[k] for k in keys if isinstance(obj.get(k), str) and obj[k].strip()), None)
    return value.strip() if value else None


#: a field's value that says nothing ("N/A", "None")
_NOTHING = frozenset({"", "n/a", "na", "none", "null", "nil", "-", "--"})
#: fields that name what a block is: printed as its heading, not as "Name: ..."
_HEADING_KEYS = frozenset({"name", "title", "item", "subject", "topic"})
#: fields never printed: links and ids (and a link used as a field's name)
_SKIPPED = re.compile(r"(?:^|_)(?:url|link|href|id|uid|guid)\d*$|^https?://", re.I)
#: a field listing who voted one way
_VOTE_LABEL = re.compile(r"(?:yeas?|nays?|ayes?|noes|for|against|abstain(?:ed|ing|ions?)?)", re.I)
#: a value that is a link alone
_LINK = re.compile(r"(?:https?://|www\.)\S+")
#: a list longer than this is printed after its block's other fields
_LONG_LIST = 12
#: a list's entries short enough to be names or figures ("Brockett", "Mayor Pro Tem Friend")
_SHORT = 5


def _label(key: str) -> str:
    return key.replace("_", " ").strip().capitalize()


def labelled_lines(value: Any, out: list[str], label: str = "") -> None:
    """A meeting record's fields as its minutes would print them: prose as it is; a short value, or a list of
    short values (the names voting one way), on one line after its field's name ("Yeas: Brockett, Friend");
    blocks (a hearing, a consent agenda) in order, each under its name. Empty and "N/A" values are left out."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float)):
        if label:
            out.append(f"{label}: {value}")
        return
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in _NOTHING or _LINK.fullmatch(text):
            return
        out.append(f"{label}: {text}" if label and len(text.split()) < 3 else text)
        return
    if isinstance(value, list):
        plain = [str(v).strip().rstrip(",;").strip() for v in value if isinstance(v, (str, int, float))
                 and not isinstance(v, bool)]
        if len(plain) == len(value) and all(v.lower() in _NOTHING for v in plain):
            return  # ("Nays: N/A")
        plain = [v for v in plain if v.lower() not in _NOTHING]
        if plain and len(plain) == len(value) and all(len(v.split()) <= _SHORT for v in plain):
            # (the names voting one way with their count, as a roll call prints them: "Nays (2): Lindqvist, Penhallow")
            label = f"{label} ({len(plain)})" if _VOTE_LABEL.fullmatch(label) else label
            out.append(f"{label}: {', '.join(plain)}" if label else ", ".join(plain))
            return
        if label and any(isinstance(v, str) for v in value):
            out.append(f"{label}:")
        for v in value:
            labelled_lines(v, out)
        return
    if isinstance(value, dict):
        if label and not any(k.lower() in _HEADING_KEYS for k in value):
            out.append(f"{label}:")
        # (a long list, the hundred speakers at a hearing, after the rest: the motion and its roll call stay together)
        for key, v in sorted(value.items(), key=lambda kv: isinstance(kv[1], list) and len(kv[1]) > _LONG_LIST):
            if _SKIPPED.search(str(key)):
                continue
            labelled_lines(v, out, "" if str(key).lower() in _HEADING_KEYS else _label(str(key)))


def array_sections(data: Any) -> list[Section] | None:
    """A JSON array of records, one section each, its fields as labelled lines: meetings (objects most of which
    state a date), each dated by its record, or one meeting's items (a warrant's articles, an agenda's items:
    objects most of which have a title), each numbered and titled by its record ("ARTICLE 25", "For: 166",
    "Status: Pass"). None when the JSON is neither."""
    if not isinstance(data, list) or len(data) < 2 or not all(isinstance(d, dict) for d in data):
        return None
    meetings = sum(stated_date(d) is not None for d in data) * 2 >= len(data)
    if not meetings and sum(_text(d, *_TITLE_KEYS) is not None for d in data) * 2 < len(data):
        return None
    sections = []
    for n, obj in enumerate(data, start=1):
        section = record_section(obj, n) if meetings else item_section(obj)
        if section is None:
            continue
        lines: list[str] = []
        labelled_lines({k: v for k, v in obj.items() if k not in _DATE_KEYS and (meetings or k not in _NUMBER_KEYS)},
                       lines)
        if meetings:  # (a meeting by its title or its date; an item by its number and title, its fields on a line)
            date = section.meeting_date
            head = _text(obj, "title") or (f"Meeting of {date}" if date else "")
        else:
            head = " ".join(x for x in (section.item_number, section.item_title) if x)
            lines = _one_line_of_fields([ln for ln in lines if ln != section.item_title])
        # (each line a sentence of its own: a field's line ends where the next begins)
        lines = [ln if ln[-1:] in ".:;!?" else ln + "." for ln in lines]
        section.parts = [PageText(None, "\n".join([head, *lines]).strip())]
        sections.append(section)
    return sections or None


def _one_line_of_fields(lines: list[str]) -> list[str]:
    """An item's short fields on one line, as one sentence ("For: 137; Against: 82; Status: Fail"): a tally and its
    outcome are quoted together."""
    out: list[str] = []
    for ln in lines:
        if _FIELD.fullmatch(ln) and out and _FIELD.match(out[-1].split("; ")[-1]):
            out[-1] += f"; {ln}"
        else:
            out.append(ln)
    return out


#: a short field's line ("For: 137", "Status: Pass-No Action", "Voted: 24-April-2019")
_FIELD = re.compile(r"[^:;]{1,30}: [^:;\s]+(?: [^:;\s]+)?")
#: an item record's fields that title it, and that number it ("ARTICLE 25", "Item 4")
_TITLE_KEYS = ("title", "name", "subject", "topic")
_NUMBER_KEYS = ("article", "item", "item_number", "number", "no")


def item_section(obj: dict[str, Any]) -> Section | None:
    """One item of a meeting's record (an agenda item, a warrant's article, a vote's row) as a section: numbered
    and titled by its fields, dated when it states the day it was voted; None when it has no title."""
    title = _text(obj, *_TITLE_KEYS)
    if title is None:
        return None
    return Section(item_number=_text(obj, *_NUMBER_KEYS), item_title=title, parts=[],
                   meeting_date=stated_date(obj) or _day(_text(obj, *_VOTED_KEYS)))


#: an item's fields that state the day it was decided ("voted": "2-Dec-2020")
_VOTED_KEYS = ("voted", "vote_date", "date_voted", "decided")


def _day(value: str | None) -> str | None:
    return date_from_text(value) if value else None


def of_records(doc: LoadedDocument, sections: list[Section]) -> LoadedDocument:
    """A document of records, each a section with its own date: its text theirs in order, and its date theirs when
    they are all one meeting's."""
    doc.sections = sections
    doc.pages = [PageText(None, "\n\n".join(s.text for s in sections))]
    dates = {s.meeting_date for s in sections}
    if len(dates) == 1:  # one meeting's items: its date is the document's
        doc.meeting_date = dates.pop()
    return doc

"""Reading ModernGov web-service XML, and writing a meeting as the eScribe-style JSON the loader reads.

The service's text fields are HTML, escaped for HTML and then again for XML (``&amp;amp;``); minute and
decision bodies are HTML fragments. Both are turned into plain paragraphs here, so the JSON holds text.
"""

from __future__ import annotations

import html
import re
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from datetime import date
from html.parser import HTMLParser
from typing import Any

from ..errors import FetchError

__all__ = ["AgendaItem", "Committee", "LinkedDoc", "Meeting", "meeting_json", "parse_committees",
           "parse_meeting", "parse_meeting_stubs"]


@dataclass
class Committee:
    """A committee (or other meeting body) a ModernGov site lists."""

    id: str
    title: str
    deleted: bool = False
    expired: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LinkedDoc:
    """A document linked from an agenda item; ``url`` is absolute."""

    title: str
    url: str
    restricted: bool = False


@dataclass
class AgendaItem:
    """One agenda item: its minute and decision text as plain paragraphs."""

    id: str | None
    number: str | None
    title: str
    minutes: list[str] = field(default_factory=list)
    is_decision: bool = False
    decision: list[str] = field(default_factory=list)
    restricted: bool = False
    documents: list[LinkedDoc] = field(default_factory=list)


@dataclass
class Meeting:
    """One meeting as GetMeeting states it."""

    id: str
    date: str | None  # ISO
    time: str | None  # HH:MM
    status: str | None = None
    location: str | None = None
    committee_id: str | None = None
    committee_title: str | None = None
    attendees: list[dict[str, str]] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)


# ---- text ------------------------------------------------------------------------------------------

_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]{2,8});", re.IGNORECASE)
_BLOCK = frozenset({"p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                    "section", "blockquote", "dd", "dt"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def unescape(text: str) -> str:
    """Undo the service's layers of escaping (at most three), so ``&amp;amp;`` reads ``&``."""
    for _ in range(3):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def html_paragraphs(body: str | None) -> list[str]:
    """The paragraphs of an (escaped) HTML fragment, as plain text; a paragraph of under three words is
    joined to its neighbour, because the JSON loader drops such short strings."""
    raw = body or ""
    for _ in range(3):  # escaped markup ("&lt;p&gt;") becomes markup
        if "<" in raw or "&lt;" not in raw.lower():
            break
        raw = html.unescape(raw)
    parser = _Text()
    parser.feed(raw)
    parser.close()
    lines = [re.sub(r"\s+", " ", unescape(line)).strip() for line in "".join(parser.parts).split("\n")]
    out: list[str] = []
    for line in filter(None, lines):
        if out and (len(out[-1].split()) < 3 or len(line.split()) < 3):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _plain(text: str | None) -> str:
    return " ".join(html_paragraphs(text)) if text and ("<" in text or "&lt;" in text) else \
        re.sub(r"\s+", " ", unescape(text or "")).strip()


# ---- XML -------------------------------------------------------------------------------------------


def _t(el: ET.Element, *names: str) -> str:
    for name in names:
        value = el.findtext(name)
        if value and value.strip():
            return value.strip()
    return ""


def _flag(el: ET.Element, name: str) -> bool:
    return _t(el, name).lower() in ("true", "1", "yes")


def uk_date(value: str) -> str | None:
    """ISO date from ModernGov's dd/mm/yyyy (a time after it is ignored); ISO dates pass through."""
    value = value.strip()
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value[:10]).isoformat()
        m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat() if m else None
    except ValueError:
        return None


def _time(value: str) -> str | None:
    m = re.match(r"\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?m)?", value, re.IGNORECASE)
    if not m:
        return None
    hour, ampm = int(m.group(1)), m.group(3)
    if ampm:
        hour = hour % 12 + (12 if ampm[0].lower() == "p" else 0)
    return f"{hour:02d}:{m.group(2)}" if hour < 24 and int(m.group(2)) < 60 else None


def parse_committees(root: ET.Element) -> list[Committee]:
    """Committees of a GetCommittees answer."""
    out = []
    for c in root.iter("committee"):
        cid, title = _t(c, "committeeid"), _plain(_t(c, "committeetitle", "committeename"))
        if _digits(cid) and title:  # ids go into page addresses: only ModernGov's numeric ones are taken
            out.append(Committee(cid, title, _flag(c, "committeedeleted"), _flag(c, "committeeexpired")))
    return out


def parse_meeting_stubs(root: ET.Element) -> list[tuple[str, str | None]]:
    """(meeting id, ISO date) pairs of a GetMeetings answer."""
    # ids name cache files: only ModernGov's numeric ids are taken, so an odd answer cannot name a path
    return [(_t(m, "meetingid"), uk_date(_t(m, "meetingdate"))) for m in root.iter("meeting")
            if _digits(_t(m, "meetingid"))]


def _doc_url(base: str, url: str) -> str:
    absolute = urllib.parse.urljoin(base + "/", unescape(url.strip()))
    b, u = urllib.parse.urlsplit(base), urllib.parse.urlsplit(absolute)
    if u.hostname == b.hostname and u.scheme != b.scheme:  # services often say http:// on an https site
        absolute = urllib.parse.urlunsplit((b.scheme, b.netloc, u.path, u.query, ""))
    return absolute


def _digits(value: str) -> str | None:
    """A ModernGov id, which is a number; anything else (``1) ![x](http://...``) is dropped."""
    return value if value.isascii() and value.isdigit() else None


def _attendee(a: ET.Element) -> dict[str, str]:
    def get(*names: str) -> str:
        for n in names:
            v = a.get(n) or a.findtext(n) or ""
            if v.strip():
                return _plain(v)
        return ""

    return {"name": get("name", "membername", "fullusername"), "role": get("roledescription", "role"),
            "party": get("politicalparty", "party"), "ward": get("ward", "representing"),
            "attendance": get("attendance")}


def parse_meeting(root: ET.Element, base: str) -> Meeting:
    """The meeting of a GetMeeting answer; missing fields are None or empty. FetchError if there is none."""
    m = root if root.tag == "meeting" else root.find(".//meeting")
    if m is None or not _digits(_t(m, "meetingid")):
        raise FetchError("the GetMeeting answer holds no <meeting>: the meeting may have been withdrawn.")
    meeting = Meeting(
        id=_t(m, "meetingid"), date=uk_date(_t(m, "meetingdate")), time=_time(_t(m, "meetingtime")),
        status=_plain(_t(m, "meetingstatus")) or None, location=_plain(_t(m, "meetinglocation")) or None,
        committee_id=_digits(_t(m, "committeeid")), committee_title=_plain(_t(m, "committeetitle")) or None,
    )
    meeting.attendees = [a for a in (_attendee(el) for el in m.iter("attendee")) if a["name"]]
    for el in m.iter("agendaitem"):
        item = AgendaItem(
            id=_digits(_t(el, "agendaitemid")),  # it becomes the item's page address (mgAi.aspx?ID=)
            number=_t(el, "agendaitemnumber", "minutesitemnumber").rstrip(".") or None,
            title=_plain(_t(el, "agendaitemtitle")),
            minutes=html_paragraphs(_t(el, "minutesnonemptyhtmlbody")),
            is_decision=_flag(el, "isdecision"),
            decision=html_paragraphs(_t(el, "decisionnonemptyhtmlbody")),
            restricted=_flag(el, "isrestricted"),
        )
        for d in el.iter("linkeddoc"):
            if _t(d, "url"):
                item.documents.append(LinkedDoc(_plain(_t(d, "title")) or "document", _doc_url(base, _t(d, "url")),
                                                _flag(d, "isrestricted")))
        meeting.items.append(item)
    return meeting


# ---- the JSON the loader reads -----------------------------------------------------------------------

_ABSENT = re.compile(r"apolog|absent|sent sub", re.IGNORECASE)
_ALSO = re.compile(r"in attendance|also|officer|observer|guest", re.IGNORECASE)
_REMOTE = re.compile(r"remote|virtual|online", re.IGNORECASE)


def _item_content(item: AgendaItem) -> list[str]:
    content = list(item.minutes)
    decision = list(item.decision)
    if decision and " ".join(decision) == " ".join(content):
        content = []  # the same text twice: keep it once, flagged as the decision
    if decision:
        content.append("DECISION: " + decision[0])
        content.extend(decision[1:])
    return content


def meeting_json(meeting: Meeting, base: str, committee: Committee, page: str) -> dict[str, Any]:
    """The meeting as eScribe-style JSON: one entry under ``items`` per public item with minute or
    decision text, each with the item's own page (``mgAi.aspx?ID=``) as its ``url``."""
    title = meeting.committee_title or committee.title
    day = date.fromisoformat(meeting.date) if meeting.date else None
    when = f"{day.day} {day:%B %Y}" if day else "date unknown"
    items: dict[str, Any] = {}
    for n, item in enumerate(meeting.items):
        content = _item_content(item)
        if item.restricted or not content:
            continue
        items[item.id or f"item-{n}"] = {
            "number": item.number or "", "title": item.title,
            "url": f"{base}/mgAi.aspx?ID={item.id}" if item.id else page,
            "is_decision": item.is_decision or bool(item.decision), "content": content, "items": {},
        }
    groups: dict[str, list[str]] = {"present": [], "absent": [], "also_present": [], "remote_attendance": []}
    for a in meeting.attendees:
        extra = ", ".join(v for v in (a["role"], a["party"], f"{a['ward']} ward" if a["ward"] else "") if v)
        who = f"{a['name']} ({extra})" if extra else a["name"]
        att = a["attendance"]
        key = ("absent" if _ABSENT.search(att) else "remote_attendance" if _REMOTE.search(att)
               else "also_present" if _ALSO.search(att) else "present")
        groups[key].append(who)
    facts = [f"Meeting of the {title} on {when}" + (f" at {meeting.time}" if meeting.time else "")
             + (f", {meeting.location}." if meeting.location else ".")]
    if meeting.status:
        facts.append(f"Meeting status: {meeting.status}.")
    return {
        "title": f"{title} - {when}",
        "datetime": f"{meeting.date} {meeting.time or '00:00'}:00" if meeting.date else "",
        "meeting_type": title,
        "url": page,
        "content": facts,
        **{k: v for k, v in groups.items() if v},
        "items": items,
        "moderngov": {"site": base, "meeting_id": meeting.id, "committee_id": meeting.committee_id or committee.id},
    }

"""Fetch meetings straight from a council's ModernGov web service, and ingest them.

ModernGov answers plain GET requests at ``{site}/mgWebService.asmx/{Method}`` with XML: ``GetCommittees``,
``GetMeetings?lCommitteeId=&sFromDate=dd/mm/yyyy&sToDate=dd/mm/yyyy`` and ``GetMeeting?lMeetingId=``.
Each meeting becomes one eScribe-style JSON file (read by :func:`minutes_rag.parse.load.load_json`) with one
section per agenda item, citing the item's public page (``mgAi.aspx?ID=``). Linked public PDFs are
downloaded once each and stored under their content hash. Restricted items and documents are never
requested, and neither is anything off the site: a link or a redirect to another scheme, host or port is
reported (``off_site``), not followed. The XML is parsed with ``defusedxml``: an answer with a DTD or an
entity declaration is refused. A state file remembers what was fetched, so a re-run fetches only what is new::

    <index>/moderngov/<host>/meeting-<id>.json
    <index>/moderngov/<host>/docs/<sha256>.pdf
    <index>/moderngov/<host>/state.json
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..errors import ConfigError, FetchError, NothingIngestedError, RedirectRefusedError, ServiceDisabledError
from ..scope import parse_date
from ..settings import Settings, get_settings
from ..types import INDEXED_STATUSES, FileResult
from .moderngov_xml import (
    AgendaItem,
    Committee,
    LinkedDoc,
    Meeting,
    meeting_json,
    parse_committees,
    parse_meeting,
    parse_meeting_stubs,
)
from .webclient import PoliteClient, Response, origin

__all__ = [
    "AgendaItem",
    "Committee",
    "DocumentResult",
    "FetchError",
    "FetchReport",
    "LinkedDoc",
    "Meeting",
    "MeetingResult",
    "ServiceDisabledError",
    "fetch_moderngov",
    "list_committees",
    "site_base",
]

FetchProgress = Callable[[int, int, str], None]  # (meetings done, meetings in range, what is being fetched)

_NOT_PDF_SUFFIXES = (".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".rtf", ".zip", ".jpg", ".png")


# ---- the report ------------------------------------------------------------------------------------


@dataclass
class MeetingResult:
    """One meeting of a fetch run. ``status``: new, changed, unchanged, no_minutes or failed."""

    meeting_id: str
    committee: str
    meeting_date: str | None
    status: str
    url: str = ""
    items: int = 0  # agenda items written with minute or decision text
    restricted_items: int = 0
    path: str | None = None
    chunks: int = 0
    message: str = ""


@dataclass
class DocumentResult:
    """One linked document. ``status``: downloaded, already_fetched, restricted, not_pdf, off_site or failed."""

    url: str
    title: str
    meeting_id: str
    status: str
    path: str | None = None
    sha256: str | None = None
    chunks: int = 0
    message: str = ""


@dataclass
class FetchReport:
    """What a fetch run did, meeting by meeting and document by document."""

    site: str
    index: str
    since: str
    until: str
    committees: list[str] = field(default_factory=list)
    meetings: list[MeetingResult] = field(default_factory=list)
    documents: list[DocumentResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. committees with no meetings in range
    requests: int = 0
    seconds: float = 0.0

    def _meetings(self, *statuses: str) -> list[MeetingResult]:
        return [m for m in self.meetings if m.status in statuses]

    @property
    def items(self) -> int:
        return sum(m.items for m in self._meetings("new", "changed"))

    @property
    def skipped_restricted(self) -> int:
        return sum(m.restricted_items for m in self.meetings) + sum(
            1 for d in self.documents if d.status == "restricted")

    @property
    def failed(self) -> int:
        return len(self._meetings("failed")) + sum(1 for d in self.documents if d.status == "failed")

    @property
    def chunks_added(self) -> int:
        return sum(m.chunks for m in self.meetings) + sum(d.chunks for d in self.documents)

    def summary(self) -> dict[str, Any]:
        return {
            "meetings": len(self._meetings("new", "changed")),
            "unchanged_meetings": len(self._meetings("unchanged")),
            "meetings_without_minutes": len(self._meetings("no_minutes")),
            "items": self.items,
            "documents": sum(1 for d in self.documents if d.status == "downloaded"),
            "documents_already_fetched": sum(1 for d in self.documents if d.status == "already_fetched"),
            "skipped_restricted": self.skipped_restricted,
            "failed": self.failed,
            "chunks_added": self.chunks_added,
            "requests": self.requests,
            "seconds": round(self.seconds, 2),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "site": self.site, "index": self.index, "since": self.since, "until": self.until,
            "committees": self.committees, "summary": self.summary(), "notes": self.notes,
            "meetings": [asdict(m) for m in self.meetings], "documents": [asdict(d) for d in self.documents],
        }


# ---- talking to the service ------------------------------------------------------------------------


def site_base(site_url: str) -> str:
    """The site root of a ModernGov address (a page or service URL is cut back to its folder)."""
    raw = (site_url or "").strip()
    if raw and "://" not in raw:
        raw = "https://" + raw
    u = urllib.parse.urlsplit(raw)
    if u.scheme not in ("http", "https") or not u.hostname or " " in raw:
        raise ConfigError(
            f"{site_url!r} is not a web address: give the council's ModernGov site, "
            "e.g. https://democracy.bristol.gov.uk"
        )
    path = u.path.rstrip("/")
    if "/mgwebservice.asmx" in path.lower():
        path = path[: path.lower().find("/mgwebservice.asmx")]
    elif re.search(r"\.(aspx|asmx|html?)$", path, re.IGNORECASE):  # a page of the site: keep its folder
        path = path.rsplit("/", 1)[0]
    return urllib.parse.urlunsplit((u.scheme, u.netloc.lower(), path, "", ""))


def _call(client: PoliteClient, base: str, method: str, **params: str) -> ET.Element:
    url = f"{base}/mgWebService.asmx/{method}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    response = client.get(url, accept="text/xml, application/xml")
    return _xml(response, base, url)


def _xml(response: Response, base: str, url: str) -> ET.Element:
    service = f"{base}/mgWebService.asmx"
    hint = (f"download the minutes from {base} and run `minutes-rag ingest` on them, or ask the council "
            "to switch its web service on.")
    if response.status in (401, 403, 404, 410):
        raise ServiceDisabledError(
            f"the ModernGov web service at {service} is switched off or blocked (HTTP {response.status}): {hint}")
    if response.status != 200:
        raise FetchError(f"{url} answered HTTP {response.status}; try again later.")
    head = response.body[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or (
            response.content_type == "text/html" and not head.startswith(b"<?xml")):
        raise ServiceDisabledError(
            f"the ModernGov web service at {service} answered with an HTML page, not XML: it is switched off "
            f"or this is not a ModernGov site. {hint[0].upper()}{hint[1:]}")
    try:  # no DTD, no entity declaration, no external reference: whatever the encoding or where they stand
        root: ET.Element = fromstring(response.body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise FetchError(f"{url} answered XML with a DTD or entity declarations, which are refused; is {base} "
                         "a ModernGov site?") from None
    except ET.ParseError as exc:
        raise FetchError(f"{url} did not answer valid XML ({exc}); is {base} a ModernGov site?") from None
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]
    return root


def list_committees(site_url: str, *, client: PoliteClient | None = None, delay: float = 1.0) -> list[Committee]:
    """The committees a ModernGov site lists (deleted ones included, flagged); ServiceDisabledError if none."""
    base = site_base(site_url)
    return parse_committees(_call(client or _client(delay), base, "GetCommittees"))


def _client(delay: float) -> PoliteClient:
    if delay < 0:
        raise ConfigError(f"--delay must be 0 or more seconds, not {delay}.")
    return PoliteClient(delay=delay)


def _pick(committees: list[Committee], wanted: Sequence[str], base: str) -> list[Committee]:
    if not wanted:
        return [c for c in committees if not c.deleted]
    out: list[Committee] = []
    for name in wanted:
        key = name.strip().casefold()
        partial = [c for c in committees if key in c.title.casefold()]
        match = ([c for c in committees if c.id == name.strip()]
                 or [c for c in committees if c.title.casefold() == key]
                 or (partial if len(partial) == 1 else []))
        if not match:
            hint = f" Several match: {'; '.join(c.title for c in partial[:8])}." if partial else ""
            raise ConfigError(f"no committee at {base} matches {name!r}.{hint} See them all with "
                              f"`minutes-rag fetch moderngov {base} --list-committees`.")
        if match[0] not in out:
            out.append(match[0])
    return out


# ---- the cache and its state file ------------------------------------------------------------------


def _cache_dir(index: Path, base: str) -> Path:
    u = urllib.parse.urlsplit(base)
    name = re.sub(r"[^a-z0-9.-]+", "_", (u.netloc + u.path).lower()).strip("_")
    return index / "moderngov" / name


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _load_state(path: Path, report: FetchReport) -> dict[str, Any]:
    empty: dict[str, Any] = {"version": 1, "site": report.site, "meetings": {}, "documents": {}}
    if not path.exists():
        return empty
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(state.get("meetings"), dict) and isinstance(state.get("documents"), dict):
            return dict(state)
    except (OSError, ValueError, AttributeError):
        pass
    report.notes.append(f"{path} was unreadable and is rebuilt; meetings are fetched again (ingest skips "
                        "unchanged ones).")
    return empty


# ---- the fetch -------------------------------------------------------------------------------------


def fetch_moderngov(
    site_url: str,
    *,
    committees: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    authority: str | None = None,
    include_reports: bool = False,
    index: str | Path | None = None,
    delay: float = 1.0,
    progress: FetchProgress | None = None,
    client: PoliteClient | None = None,
    settings: Settings | None = None,
    ingest: Callable[..., Any],
) -> FetchReport:
    """Fetch a ModernGov site's meetings in a date range, write them to the index's cache and ingest them
    with ``ingest`` (the library's ingest verb: ``minutes_rag.fetch_moderngov`` passes it).

    ``committees`` are ids or (unique parts of) names; none means every committee that is not deleted.
    ``since`` and ``until`` are YYYY-MM-DD (default: the year up to today). With ``include_reports`` the
    linked public PDFs are downloaded and ingested with their meeting's committee and date. Idempotent:
    a re-run downloads no document twice and re-ingests only meetings whose content changed. ``client``
    (a :class:`~minutes_rag.sources.webclient.PoliteClient`) replaces the default one built from ``delay``.
    """
    base = site_base(site_url)
    since_iso, until_iso = parse_date(since, "--since"), parse_date(until, "--until")
    end = date.fromisoformat(until_iso) if until_iso else date.today()
    start = date.fromisoformat(since_iso) if since_iso else end - timedelta(days=365)
    if start > end:
        raise ConfigError(f"--since {start.isoformat()} is after --until {end.isoformat()}.")
    client = client or _client(delay)
    settings = settings or get_settings(index=index)
    started, first_request = time.perf_counter(), client.requests
    report = FetchReport(site=base, index=str(settings.index), since=start.isoformat(), until=end.isoformat())

    chosen = _pick(parse_committees(_call(client, base, "GetCommittees")), committees, base)
    report.committees = [c.title for c in chosen]
    todo: dict[str, Committee] = {}  # meeting id -> the committee it was listed under (first one wins)
    for c in chosen:
        try:
            root = _call(client, base, "GetMeetings", lCommitteeId=c.id, sFromDate=start.strftime("%d/%m/%Y"),
                         sToDate=end.strftime("%d/%m/%Y"))
        except FetchError as exc:
            report.notes.append(f"{c.title}: meetings could not be listed ({exc})")
            continue
        # some servers ignore the range and answer the committee's whole history: filter here too
        ids = [mid for mid, day in parse_meeting_stubs(root) if day and start.isoformat() <= day <= end.isoformat()]
        if not ids:
            report.notes.append(f"{c.title}: no meetings between {start.isoformat()} and {end.isoformat()}")
        for mid in ids:
            todo.setdefault(mid, c)

    run = _Run(client, base, _cache_dir(Path(settings.index), base), report, settings, authority,
               include_reports, ingest)
    if progress:
        progress(0, len(todo), f"{len(todo)} meetings to check")
    for n, (meeting_id, committee) in enumerate(todo.items(), start=1):
        result = run.meeting(committee, meeting_id)
        run.save_state()
        if progress:
            progress(n, len(todo), f"{committee.title[:40]} {result.meeting_date or ''}")
    report.requests = client.requests - first_request
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class _Run:
    """One fetch run over one site: the client, the cache folder and its state, the report being filled."""

    client: PoliteClient
    base: str
    folder: Path
    report: FetchReport
    settings: Settings
    authority: str | None
    include_reports: bool
    ingest: Callable[..., Any]
    state: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.state = _load_state(self.folder / "state.json", self.report)

    def save_state(self) -> None:
        self.state["site"] = self.base
        _write_atomic(self.folder / "state.json", json.dumps(self.state, indent=1, ensure_ascii=False).encode())

    def meeting(self, committee: Committee, meeting_id: str) -> MeetingResult:
        """Fetch one meeting, write its JSON if new or changed, fetch its papers, ingest what is new."""
        page = f"{self.base}/ieListDocuments.aspx?CId={committee.id}&MId={meeting_id}"
        try:
            meeting = parse_meeting(_call(self.client, self.base, "GetMeeting", lMeetingId=meeting_id), self.base)
        except FetchError as exc:
            failed = MeetingResult(meeting_id, committee.title, None, "failed", page, message=str(exc))
            self.report.meetings.append(failed)
            return failed
        title = meeting.committee_title or committee.title
        result = MeetingResult(meeting_id, title, meeting.date, "no_minutes", page,
                               restricted_items=sum(1 for i in meeting.items if i.restricted))
        self.report.meetings.append(result)
        data = meeting_json(meeting, self.base, committee, page)
        blob = json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")
        digest = hashlib.sha256(blob).hexdigest()
        path = self.folder / f"meeting-{meeting_id}.json"
        seen = self.state["meetings"].get(meeting_id) or {}
        to_ingest: list[Path] = []
        if data["items"]:
            result.items, result.path = len(data["items"]), str(path)
            if seen.get("sha256") == digest and path.exists():
                result.status = "unchanged"
            else:
                result.status = "changed" if seen else "new"
                _write_atomic(path, blob)
                to_ingest.append(path)
        docs = self.documents(meeting) if self.include_reports else []
        to_ingest.extend(Path(d.path) for d in docs if d.status == "downloaded" and d.path)
        if not to_ingest:
            return result

        try:
            files = self.ingest([str(p) for p in to_ingest], settings=self.settings, authority=self.authority,
                                committee=title, meeting_date=meeting.date, auto_manifest=False).files
        except NothingIngestedError as exc:
            files = getattr(exc.report, "files", [])
        results: dict[str, FileResult] = {f.path: f for f in files}
        if result.status in ("new", "changed"):
            f = results.get(str(path))
            if f is None or f.status not in INDEXED_STATUSES:  # not remembered: the next run tries again
                result.status, result.message = "failed", f.message if f else "not ingested"
            else:
                result.chunks = f.chunks
                self.state["meetings"][meeting_id] = {
                    "sha256": digest, "file": path.name, "committee": title, "meeting_date": meeting.date,
                    "fetched_at": _now()}
        for d in docs:
            f = results.get(d.path or "")
            if f is not None:
                d.chunks = f.chunks
                if f.status not in INDEXED_STATUSES:  # still remembered: downloading it again would not help
                    d.status, d.message = "failed", f"downloaded, but not indexed ({f.status.value}): {f.message}"
        return result

    def documents(self, meeting: Meeting) -> list[DocumentResult]:
        """Download the meeting's public linked PDFs not fetched before; restricted ones are never requested."""
        links: dict[str, LinkedDoc] = {}
        for item in meeting.items:
            if item.restricted:
                continue  # a restricted item's papers are exempt, whatever each document says
            for doc in item.documents:
                if doc.url in links:
                    links[doc.url].restricted |= doc.restricted  # linked twice: restricted if either says so
                else:
                    links[doc.url] = LinkedDoc(doc.title, doc.url, doc.restricted)
        out: list[DocumentResult] = []
        site = origin(self.base)
        for url, doc in links.items():
            res = DocumentResult(url, doc.title, meeting.id, "restricted")
            out.append(res)
            self.report.documents.append(res)
            known = self.state["documents"].get(url) or {}
            stored = self.folder / "docs" / f"{known.get('sha256')}.pdf"
            if doc.restricted:
                continue
            if origin(url) != site:
                res.status, res.message = "off_site", "links outside the ModernGov site (scheme, host and port) are not followed"
            elif known.get("status") == "not_pdf" or (known.get("sha256") and stored.exists()):
                res.status, res.sha256 = "already_fetched", known.get("sha256")
                res.path = str(stored) if res.sha256 else None
            elif urllib.parse.urlsplit(url).path.lower().endswith(_NOT_PDF_SUFFIXES):
                res.status, res.message = "not_pdf", "only PDFs are fetched"
            else:
                self.download(res)
        return out

    def download(self, res: DocumentResult) -> None:
        try:
            response = self.client.get(res.url, accept="application/pdf",
                                       max_bytes=int(self.settings.max_file_mb * 1e6))
        except RedirectRefusedError as exc:
            res.status, res.message = "off_site", str(exc)
            return
        except FetchError as exc:
            res.status, res.message = "failed", str(exc)
            return
        if response.status != 200:
            res.status, res.message = "failed", f"HTTP {response.status}; it is tried again on the next run"
            return
        if response.body.lstrip()[:5] != b"%PDF-":
            res.status, res.message = "not_pdf", f"the server sent {response.content_type or 'something'}, not a PDF"
            self.state["documents"][res.url] = {"status": "not_pdf", "title": res.title, "fetched_at": _now()}
            return
        res.sha256 = hashlib.sha256(response.body).hexdigest()
        path = self.folder / "docs" / f"{res.sha256}.pdf"
        if not path.exists():
            _write_atomic(path, response.body)
        res.status, res.path = "downloaded", str(path)
        self.state["documents"][res.url] = {"status": "downloaded", "sha256": res.sha256, "title": res.title,
                                            "meeting_id": res.meeting_id, "fetched_at": _now()}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

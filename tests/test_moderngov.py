"""Fetching from ModernGov: a real HTTP server on 127.0.0.1 answers the web service with hand-written XML
(double-escaped text, a restricted item, a restricted document, a document linked twice, a 500 that
succeeds on retry, a committee with no meetings in range) and real council PDFs from ../shared/corpus."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from minutes_rag import api
from minutes_rag.api import fetch_moderngov
from minutes_rag.cli import app
from minutes_rag.errors import FetchError, ServiceDisabledError
from minutes_rag.sources.moderngov import (
    FetchReport,
    list_committees,
    site_base,
)
from minutes_rag.sources.webclient import MockTransport, PoliteClient, Request, Response

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
PDFS = {  # mgConvert2PDF.aspx?ID= -> a real PDF of the shared corpus
    "9001": "bristol-city-council/src-bcc-0025_src-bcc-0025-decision-notice-transport-and-connectivity-policy"
            "-committee-19-march-2026.pdf",
    "9101": "east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf",
}
needs_corpus = pytest.mark.skipif(
    not all((CORPUS / p).is_file() for p in PDFS.values()),
    reason=f"the shared corpus PDFs are not under {CORPUS} (a user's clone has no ../shared)",
)
runner = CliRunner()
TRANSPORT = "Transport & Connectivity Policy Committee"

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committee><committeeid>139</committeeid>
    <committeetitle>Transport &amp;amp; Connectivity Policy Committee</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
  <committee><committeeid>142</committeeid><committeetitle>Full Council</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
  <committee><committeeid>150</committeeid><committeetitle>Licensing Sub-Committee</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
  <committee><committeeid>99</committeeid><committeetitle>Old Working Group</committeetitle>
    <committeedeleted>True</committeedeleted><committeeexpired>True</committeeexpired></committee>
</committees>"""

# the server ignores the date range (as some do) and answers the whole history: 480 is out of range
MEETINGS = {
    "139": [("501", "19/03/2026"), ("480", "12/09/2023")],
    "142": [("601", "27/01/2026")],
    "150": [],
}

MEETING_501 = """<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>501</meetingid><meetingdate>19/03/2026</meetingdate><meetingtime>10:00</meetingtime>
  <meetingstatus>Meeting held</meetingstatus>
  <meetinglocation>The Council Chamber, City Hall, College Green, Bristol</meetinglocation>
  <committeeid>139</committeeid><committeetitle>Transport &amp;amp; Connectivity Policy Committee</committeetitle>
  <minutepublished>True</minutepublished>
  <attendees>
    <attendee memberid="11" name="Councillor Ed Plowden" roledescription="Chair" attendance="Present"
      politicalparty="Green" ward="Windmill Hill"/>
    <attendee memberid="12" name="Councillor Ani Stafford-Townsend" roledescription="Committee Member"
      attendance="Apologies" politicalparty="Labour" ward="Lockleaze"/>
  </attendees>
  <agendaitems>
    <agendaitem>
      <agendaitemid>7001</agendaitemid><agendaitemnumber>1</agendaitemnumber>
      <agendaitemtitle>Apologies for absence</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;Apologies were received from Councillor Ani Stafford-Townsend.&lt;/p&gt;</minutesnonemptyhtmlbody>
      <isdecision>False</isdecision><isrestricted>False</isrestricted>
      <linkeddocuments/>
    </agendaitem>
    <agendaitem>
      <agendaitemid>7002</agendaitemid><agendaitemnumber>5</agendaitemnumber>
      <agendaitemtitle>Workplace Parking Levy &amp;amp; Bus Improvements</agendaitemtitle>
      <minutesnonemptyhtmlbody>&amp;lt;p&amp;gt;The Committee considered the outline business case for a Workplace Parking Levy &amp;amp;amp; the results of the public consultation.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Members asked about exemptions for NHS staff.&amp;lt;/p&amp;gt;</minutesnonemptyhtmlbody>
      <isdecision>True</isdecision>
      <decisionnonemptyhtmlbody>&lt;p&gt;RESOLVED:&lt;/p&gt;&lt;p&gt;That the Workplace Parking Levy proceed to a statutory consultation in summer 2026, with the levy set at &amp;amp;pound;550 per space per year.&lt;/p&gt;</decisionnonemptyhtmlbody>
      <isrestricted>False</isrestricted>
      <linkeddocuments>
        <linkeddoc><attachmentid>9001</attachmentid><title>Decision notice</title>
          <url>mgConvert2PDF.aspx?ID=9001</url><isrestricted>False</isrestricted></linkeddoc>
        <linkeddoc><attachmentid>9002</attachmentid><title>Appendix C - commercially sensitive costs</title>
          <url>mgConvert2PDF.aspx?ID=9002</url><isrestricted>True</isrestricted></linkeddoc>
        <linkeddoc><attachmentid>9004</attachmentid><title>Bus operator leaflet</title>
          <url>https://example.org/leaflet.pdf</url><isrestricted>False</isrestricted></linkeddoc>
      </linkeddocuments>
    </agendaitem>
    <agendaitem>
      <agendaitemid>7003</agendaitemid><agendaitemnumber>6</agendaitemnumber>
      <agendaitemtitle>Mayor&amp;amp;#39;s Forward Plan</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;The Committee noted the forward plan and the decision notice.&lt;/p&gt;</minutesnonemptyhtmlbody>
      <isdecision>False</isdecision><isrestricted>False</isrestricted>
      <linkeddocuments>
        <linkeddoc><attachmentid>9001</attachmentid><title>Decision notice</title>
          <url>http://{HOSTPORT}/mgConvert2PDF.aspx?ID=9001</url><isrestricted>False</isrestricted></linkeddoc>
        <linkeddoc><attachmentid>9005</attachmentid><title>Forward plan spreadsheet</title>
          <url>mgConvert2PDF.aspx?ID=9005</url><isrestricted>False</isrestricted></linkeddoc>
      </linkeddocuments>
    </agendaitem>
    <agendaitem>
      <agendaitemid>7004</agendaitemid><agendaitemnumber>7</agendaitemnumber>
      <agendaitemtitle>Exempt item: land acquisition</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;The Committee agreed to buy the Temple Quay plot for 4.2 million pounds.&lt;/p&gt;</minutesnonemptyhtmlbody>
      <isdecision>True</isdecision><isrestricted>True</isrestricted>
      <linkeddocuments>
        <linkeddoc><attachmentid>9003</attachmentid><title>Valuation report</title>
          <url>mgConvert2PDF.aspx?ID=9003</url><isrestricted>False</isrestricted></linkeddoc>
      </linkeddocuments>
    </agendaitem>
  </agendaitems>
</meeting>"""

MEETING_601 = """<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>601</meetingid><meetingdate>27/01/2026</meetingdate><meetingtime>6.00 pm</meetingtime>
  <meetingstatus>Meeting held</meetingstatus><committeeid>142</committeeid><committeetitle>Full Council</committeetitle>
  <agendaitems>
    <agendaitem>
      <agendaitemid>8001</agendaitemid><agendaitemnumber>3</agendaitemnumber>
      <agendaitemtitle>Report of the twinning visit to East Palo Alto</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;Council received the report of the twinning visit and thanked officers.&lt;/p&gt;</minutesnonemptyhtmlbody>
      <isdecision>False</isdecision><isrestricted>False</isrestricted>
      <linkeddocuments>
        <linkeddoc><attachmentid>9101</attachmentid><title>East Palo Alto council minutes</title>
          <url>mgConvert2PDF.aspx?ID=9101</url><isrestricted>False</isrestricted></linkeddoc>
      </linkeddocuments>
    </agendaitem>
    <agendaitem>
      <agendaitemid>8002</agendaitemid><agendaitemnumber>4</agendaitemnumber>
      <agendaitemtitle>Council Tax Setting 2026/27</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED that the Band D council tax for 2026/27 be set at &amp;amp;pound;2,212.47, an increase of 4.99 per cent.&lt;/p&gt;</minutesnonemptyhtmlbody>
      <isdecision>True</isdecision><isrestricted>False</isrestricted>
      <linkeddocuments/>
    </agendaitem>
  </agendaitems>
</meeting>"""


@dataclass
class Site:
    base: str
    hits: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    fail_once: set[str] = field(default_factory=set)

    def count(self, path: str) -> int:
        return self.hits[path]


def _answer(site: Site, path: str, query: dict[str, list[str]]) -> tuple[int, str, bytes]:
    q = {k: v[0] for k, v in query.items()}
    if path.startswith("/gone/"):
        return 404, "text/html", b"<html><body>Not found</body></html>"
    if path.startswith("/off/"):  # the service switched off: the site answers its home page instead
        return 200, "text/html; charset=utf-8", b"<!DOCTYPE html><html><title>Democracy</title></html>"
    xml = "text/xml; charset=utf-8"
    if path == "/mgWebService.asmx/GetCommittees":
        return 200, xml, COMMITTEES.encode()
    if path == "/mgWebService.asmx/GetMeetings":
        rows = "".join(f"<meeting><meetingid>{m}</meetingid><meetingdate>{d}</meetingdate>"
                       "<meetingstatus>Meeting held</meetingstatus></meeting>"
                       for m, d in MEETINGS.get(q.get("lCommitteeId", ""), []))
        return 200, xml, (f'<?xml version="1.0" encoding="utf-8"?><getmeetings><committee><committeeid>'
                          f"{q.get('lCommitteeId')}</committeeid><committeemeetings>{rows}</committeemeetings>"
                          "</committee></getmeetings>").encode()
    if path == "/mgWebService.asmx/GetMeeting":
        body = {"501": MEETING_501, "601": MEETING_601}.get(q.get("lMeetingId", ""))
        if body:
            return 200, xml, body.replace("{HOSTPORT}", urlsplit(site.base).netloc).encode()
    if path == "/mgConvert2PDF.aspx":
        if q.get("ID") in PDFS:
            return 200, "application/pdf", (CORPUS / PDFS[q["ID"]]).read_bytes()
        if q.get("ID") == "9005":  # not a PDF after all
            return 200, "application/vnd.ms-excel", b"PK\x03\x04 a spreadsheet"
    return 404, "text/html", b"<html>no such page</html>"


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits[self.path] += 1
            state.agents.add(self.headers.get("User-Agent", ""))
            u = urlsplit(self.path)
            if self.path in state.fail_once:
                state.fail_once.discard(self.path)
                status, ctype, body = 500, "text/html", b"<html>Server Error in '/' Application.</html>"
            else:
                status, ctype, body = _answer(state, u.path, parse_qs(u.query))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def _fetch(site: Site, index: Path) -> FetchReport:
    return fetch_moderngov(
        site.base, committees=["Transport", "142", "Licensing"], since="2025-06-01", until="2026-06-30",
        authority="Bristol City Council", include_reports=True, index=index,
        client=PoliteClient(delay=0, backoff=0),
    )


@needs_corpus
def test_fetch_ingests_items_and_documents_once(site: Site, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    site.fail_once.add("/mgWebService.asmx/GetMeeting?lMeetingId=501")
    report = _fetch(site, index)
    s = report.summary()

    # the 500 was retried and the meeting came through
    assert site.count("/mgWebService.asmx/GetMeeting?lMeetingId=501") == 2
    assert {m.meeting_id: m.status for m in report.meetings} == {"501": "new", "601": "new"}
    assert s["meetings"] == 2 and s["items"] == 5 and s["failed"] == 0, report.to_dict()
    assert not any("lMeetingId=480" in p for p in site.hits), "a meeting out of range was fetched"
    assert any("Licensing Sub-Committee: no meetings" in n for n in report.notes)
    assert report.committees == [TRANSPORT, "Full Council", "Licensing Sub-Committee"]

    # restricted: the item's own text and papers, and the restricted document, were never requested
    assert site.count("/mgConvert2PDF.aspx?ID=9002") == 0
    assert site.count("/mgConvert2PDF.aspx?ID=9003") == 0
    assert s["skipped_restricted"] == 2
    # linked from two items (once relative, once absolute http://): downloaded once
    assert site.count("/mgConvert2PDF.aspx?ID=9001") == 1 and site.count("/mgConvert2PDF.aspx?ID=9101") == 1
    assert s["documents"] == 2
    docs = {d.url.rsplit("=", 1)[-1] if "ID=" in d.url else d.url: d.status for d in report.documents}
    assert docs == {"9001": "downloaded", "9002": "restricted", "9005": "not_pdf",
                    "https://example.org/leaflet.pdf": "off_site", "9101": "downloaded"}
    assert all(a.startswith("minutes-rag/0.1 (+https://") for a in site.agents)

    # the cache: one JSON file per meeting, PDFs under their content hash, double escaping undone
    cache = index / "moderngov" / f"127.0.0.1_{site.base.rsplit(':', 1)[1]}"
    meeting = json.loads((cache / "meeting-501.json").read_text(encoding="utf-8"))
    assert meeting["meeting_type"] == TRANSPORT and meeting["datetime"] == "2026-03-19 10:00:00"
    assert list(meeting["items"]) == ["7001", "7002", "7003"]  # no restricted item
    wpl = meeting["items"]["7002"]
    assert wpl["title"] == "Workplace Parking Levy & Bus Improvements"
    assert wpl["url"] == f"{site.base}/mgAi.aspx?ID=7002"
    assert "Workplace Parking Levy & the results" in wpl["content"][0]
    assert wpl["content"][-1].startswith("DECISION: RESOLVED: That the Workplace Parking Levy")
    assert "£550 per space" in wpl["content"][-1]
    assert meeting["items"]["7003"]["title"] == "Mayor's Forward Plan"
    assert "Temple Quay" not in (cache / "meeting-501.json").read_text(encoding="utf-8")
    assert sorted(p.name for p in (cache / "docs").iterdir()) == sorted(
        f"{d.sha256}.pdf" for d in report.documents if d.status == "downloaded")

    # PDFs carry their meeting's committee, date and the authority
    by_source = {Path(d.source).name: d for d in api.documents(index=index)}
    notice = next(d for d in report.documents if d.url.endswith("ID=9001"))
    rec = by_source[f"{notice.sha256}.pdf"]
    assert (rec.status, rec.authority, rec.committee, rec.meeting_date) == (
        "ok", "Bristol City Council", TRANSPORT, "2026-03-19")
    twin = by_source[next(f"{d.sha256}.pdf" for d in report.documents if d.url.endswith("ID=9101"))]
    assert (twin.committee, twin.meeting_date) == ("Full Council", "2026-01-27")

    # search hits on item sections cite the item's own page
    hits = api.search("Workplace Parking Levy statutory consultation decision", k=10, index=index).hits
    item = next(h for h in hits if h.url == f"{site.base}/mgAi.aspx?ID=7002")
    assert (item.item_number, item.meeting_date, item.committee, item.authority) == (
        "5", "2026-03-19", TRANSPORT, "Bristol City Council")
    assert not any("Temple Quay" in h.text for h in api.search("Temple Quay plot land", index=index).hits)

    answer = api.ask("What Band D council tax was set for 2026/27?", index=index)
    assert not answer.abstained, answer.to_dict()
    assert answer.citations[0].url == f"{site.base}/mgAi.aspx?ID=8002"
    assert (answer.citations[0].item or "").startswith("4 ") and "2,212.47" in answer.answer

    # a second run (through the CLI) fetches nothing new: no document downloads, 0 chunks added
    before = Counter(site.hits)
    res = runner.invoke(app, ["fetch", "moderngov", site.base, "--committee", "Transport", "--committee", "142",
                              "--committee", "Licensing", "--since", "2025-06-01", "--until", "2026-06-30",
                              "--authority", "Bristol City Council", "--include-reports", "--index", str(index),
                              "--delay", "0", "--json"])
    assert res.exit_code == 0, res.output
    again = json.loads(res.stdout)["summary"]
    assert again["meetings"] == 0 and again["unchanged_meetings"] == 2 and again["documents"] == 0
    assert again["chunks_added"] == 0 and again["failed"] == 0
    downloads = {p: n - before[p] for p, n in site.hits.items() if p.startswith("/mgConvert2PDF")}
    assert downloads == {p: 0 for p in downloads}, downloads

    res = runner.invoke(app, ["fetch", "moderngov", site.base, "--committee", "Full Council", "--since",
                              "2025-06-01", "--until", "2026-06-30", "--index", str(index), "--delay", "0"])
    assert res.exit_code == 0, res.output
    assert "Fetch summary" in res.output and "Nothing new to index" in res.output


def test_list_committees(site: Site) -> None:
    found = list_committees(site.base, delay=0)
    assert [(c.id, c.title, c.deleted) for c in found] == [
        ("139", TRANSPORT, False), ("142", "Full Council", False), ("150", "Licensing Sub-Committee", False),
        ("99", "Old Working Group", True)]
    res = runner.invoke(app, ["fetch", "moderngov", f"{site.base}/mgListCommittees.aspx", "--list-committees",
                              "--delay", "0"])
    assert res.exit_code == 0, res.output
    assert TRANSPORT in res.output and "deleted" in res.output


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gone", ("the ModernGov web service at {base}/gone/mgWebService.asmx is switched off or blocked "
                  "(HTTP 404): download the minutes from {base}/gone and run `minutes-rag ingest` on them, "
                  "or ask the council to switch its web service on.")),
        ("/off", ("the ModernGov web service at {base}/off/mgWebService.asmx answered with an HTML page, not "
                 "XML: it is switched off or this is not a ModernGov site. Download the minutes from {base}/off "
                 "and run `minutes-rag ingest` on them, or ask the council to switch its web service on.")),
    ],
)
def test_service_disabled_is_said_clearly(site: Site, tmp_path: Path, path: str, message: str) -> None:
    expected = message.format(base=site.base)
    with pytest.raises(ServiceDisabledError) as exc:
        fetch_moderngov(site.base + path, index=tmp_path / "idx", delay=0)
    assert str(exc.value) == expected
    res = runner.invoke(app, ["fetch", "moderngov", site.base + path, "--index", str(tmp_path / "idx"),
                              "--delay", "0"])
    assert res.exit_code == 1
    assert " ".join(res.output.split()) == f"Error: {expected}"
    assert not (tmp_path / "idx").exists(), "a failed fetch must not create an index"


def test_unknown_committee_lists_the_way_out(site: Site, tmp_path: Path) -> None:
    res = runner.invoke(app, ["fetch", "moderngov", site.base, "--committee", "Planning", "--index",
                              str(tmp_path / "idx"), "--delay", "0"])
    assert res.exit_code == 1
    assert " ".join(res.output.split()) == (
        f"Error: no committee at {site.base} matches 'Planning'. See them all with "
        f"`minutes-rag fetch moderngov {site.base} --list-committees`.")
    res = runner.invoke(app, ["fetch", "moderngov", site.base, "--committee", "Co", "--delay", "0"])
    assert res.exit_code == 1 and "Several match: Transport & Connectivity Policy Committee; Full Council" in res.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["not a site"], 1, ("Error: 'not a site' is not a web address: give the council's ModernGov site, "
                            "e.g. https://democracy.bristol.gov.uk")),
        (["ftp://example.org"], 1, ("Error: 'ftp://example.org' is not a web address: give the council's "
                                   "ModernGov site, e.g. https://democracy.bristol.gov.uk")),
        (["https://x.example", "--since", "13/02/2025"], 1,
         "Error: --since '13/02/2025' is not a date: use YYYY-MM-DD, e.g. 2025-02-13"),
        (["https://x.example", "--since", "2025-03-01", "--until", "2025-01-01"], 1,
         "Error: --since 2025-03-01 is after --until 2025-01-01."),
        (["https://x.example", "--delay", "-1"], 1, "Error: --delay must be 0 or more seconds, not -1.0."),
        (["https://x.example", "--list-committees", "--delay", "-2"], 1,
         "Error: --delay must be 0 or more seconds, not -2.0."),
    ],
)
def test_bad_arguments(args: list[str], code: int, message: str) -> None:
    res = runner.invoke(app, ["fetch", "moderngov", *args])
    assert res.exit_code == code, res.output
    assert " ".join(res.output.split()) == message


def test_fetch_commands_have_help_and_docs() -> None:
    res = runner.invoke(app, ["fetch", "moderngov", "--help"])
    assert res.exit_code == 0 and "--include-reports" in res.output and "--list-committees" in res.output
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "## Fetch from ModernGov" in readme and "minutes-rag fetch moderngov" in readme


def test_site_base_cuts_pages_back_to_the_site() -> None:
    assert site_base("democracy.bristol.gov.uk/") == "https://democracy.bristol.gov.uk"
    assert site_base("https://Democracy.Bristol.gov.uk/ieListMeetings.aspx?CId=139") == \
        "https://democracy.bristol.gov.uk"
    assert site_base("https://www.council.gov.uk/moderngov/mgWebService.asmx/GetCommittees") == \
        "https://www.council.gov.uk/moderngov"


def test_polite_client_retries_with_backoff_then_says_what_to_do() -> None:
    seen: list[Request] = []
    waits: list[float] = []

    def busy(request: Request) -> Response:
        seen.append(request)
        return Response(request.url, 503, b"busy")

    client = PoliteClient(MockTransport(busy), delay=0, retries=3, backoff=0.5, sleep=waits.append)
    with pytest.raises(FetchError) as exc:
        client.get("https://x.example/mgWebService.asmx/GetCommittees")
    assert len(seen) == 4 and waits == [0.5, 1.0, 2.0]
    assert str(exc.value) == ("https://x.example/mgWebService.asmx/GetCommittees failed after 4 tries (HTTP 503); "
                              "the site may be down or busy: try again later, or with a longer --delay.")
    assert seen[0].headers["User-Agent"].startswith("minutes-rag/0.1") and seen[0].timeout == 30.0

    answers = iter([OSError("connection reset"), Response("u", 200, b"<ok/>")])

    def flaky(request: Request) -> Response:
        nxt = next(answers)
        if isinstance(nxt, Exception):
            raise nxt
        return nxt

    waits.clear()
    assert PoliteClient(MockTransport(flaky), delay=0, backoff=1, sleep=waits.append).get("https://x.example/u").body == b"<ok/>"
    assert waits == [1]


def test_polite_client_waits_as_long_as_retry_after_asks_up_to_a_minute() -> None:
    answers = iter([Response("u", 429, headers={"retry-after": "7"}), Response("u", 503, headers={"retry-after": "600"}),
                    Response("u", 503, headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}),
                    Response("u", 200, b"<ok/>")])
    waits: list[float] = []
    client = PoliteClient(MockTransport(lambda request: next(answers)), delay=0, retries=3, backoff=0.5,
                          sleep=waits.append)
    assert client.get("https://x.example/u").body == b"<ok/>"
    # the longer of Retry-After (capped at 60 s) and our own backoff; a date is not read: our backoff
    assert waits == [7.0, 60.0, 2.0] and client.requests == 4


def test_polite_client_pauses_between_requests_and_does_not_retry_a_refusal() -> None:
    seen: list[str] = []

    def answer(request: Request) -> Response:
        seen.append(request.url)
        return Response(request.url, 404 if request.url.endswith("/gone") else 200, b"<ok/>")

    waits: list[float] = []
    client = PoliteClient(MockTransport(answer), delay=5, backoff=1, sleep=waits.append)
    assert client.get("https://x.example/a").status == 200 and waits == []
    assert client.get("https://x.example/gone").status == 404  # asked once: a refusal is not retried
    assert seen == ["https://x.example/a", "https://x.example/gone"]
    assert len(waits) == 1 and 4.5 < waits[0] <= 5

"""Hostile documents and hostile servers (issue 16): what a document or a ModernGov site states can neither
inject links or images into reports, crash or restyle the terminal, smuggle a non-web link into a citation,
stall the tokeniser, nor make the fetcher parse a DTD, leave the site, wait for ever (over TLS too) or read past
the size cap (a compressed answer counted as it decodes).

Each test builds its hostile input here: documents in a temporary folder, a ModernGov service on 127.0.0.1.
"""

from __future__ import annotations

import datetime
import gzip
import ipaddress
import json
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from minutes_rag import api
from minutes_rag.cli import app
from minutes_rag.errors import ConfigError, FetchError, RedirectRefusedError
from minutes_rag.index.keyword import _number_phrases, fts_query
from minutes_rag.parse.load import load_json
from minutes_rag.render.escape import clean, markup
from minutes_rag.render.html import html_page
from minutes_rag.render.markdown import decisions_csv, sources_markdown, timeline_markdown
from minutes_rag.sources import moderngov
from minutes_rag.sources.moderngov_xml import meeting_json, parse_meeting
from minutes_rag.sources.webclient import HttpxTransport, PoliteClient
from minutes_rag.types import Citation, Decision, DocStatus, FileResult

from .serving import isolated_env

runner = CliRunner()
WIDE = {"COLUMNS": "250"}  # Rich tables fold long cells on a narrow terminal

# ---- hostile documents ---------------------------------------------------------------------------

INJECTED = "https://council.example/item/1)![b](http://evil.example/b.png)"
HOSTILE_JSON = {
    "title": "Cabinet [/x] - 3 March 2025",
    "datetime": "2025-03-03 10:00:00",
    "meeting_type": "Cabinet [/x]",
    "url": "https://council.example/meeting/7",
    "items": {
        "1": {"number": "1", "title": "Harbour [/x] dues \x1b[31mRED\x1b[0m \u202eevil",
              "url": INJECTED,
              "content": ["RESOLVED that harbour dues rise by 3% from April 2025, to £412 a year for a berth."]},
        "2": {"number": "2", "title": "Library opening hours", "url": "https://tracker.example/x",
              "content": ["RESOLVED that the central library open until 6pm on Saturdays from February 2025."]},
        "3": {"number": "3", "title": "Allotment water", "url": "javascript:alert(1)",
              "content": ["RESOLVED that allotment plot holders pay a flat water charge of £12 a year."]},
    },
}
OSC8 = "\x1b]8;;http://evil.example/\x1b\\click here\x1b]8;;\x1b\\"
DRAFT = ("Minutes of the Parks Committee held on 9 January 2025.\n\n1. Bandstand repairs\n"
         f"RESOLVED that the bandstand roof be repaired at a cost of £8,400. {OSC8} \u202etxt.exe\n")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """An index of two hostile documents: an eScribe-style JSON with markup, escapes, a ``)`` url, an off-site
    url and a javascript: url, and ``[/Minutes [draft].txt`` (a folder named ``[``) with an OSC-8 link."""
    with isolated_env(tmp_path_factory.mktemp("home")):
        root = tmp_path_factory.mktemp("hostile")
        (root / "docs" / "[").mkdir(parents=True)
        meeting = root / "docs" / "cabinet.json"
        meeting.write_text(json.dumps(HOSTILE_JSON), encoding="utf-8")
        draft = root / "docs" / "[" / "Minutes [draft].txt"
        draft.write_text(DRAFT, encoding="utf-8")
        index = root / "index"
        api.ingest([meeting, draft], index=index, authority="Test [bold]Borough[/bold]")
        yield SimpleNamespace(root=root, index=index, meeting=meeting, draft=draft)


def _html_of(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


def _assert_no_injection(markdown: str) -> None:
    html = _html_of(markdown)
    assert "<img" not in html, html
    assert "onerror" not in html.replace("%20onerror", ""), html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("https://council.example/", "https://tracker.example/", "file://"))
                         for h in hrefs), hrefs


# ---- 1. the Markdown sources list ------------------------------------------------------------------


def test_markdown_sources_cannot_inject_images_or_html() -> None:
    cites = [
        Citation(1, "/m/a.json", None, [], "A", "C", "2025-03-03", "1 Dues", "quote", url=INJECTED),
        Citation(2, "/m/b.json", None, [], "A", "C", "2025-03-03", "2 X", "quote",
                 url="https://council.example/a\t<img src=x onerror=alert(1)>"),
        Citation(3, "/m/c.json", None, [], "A", "C", "2025-03-03", "3 Y", "q", url="javascript:alert(1)"),
        Citation(4, "/m/d (1).pdf", 2, [2], "A", "C", "2025-03-03", "4 Z", "q"),
    ]
    md = "\n".join(sources_markdown(cites))
    _assert_no_injection(md)
    html = _html_of(md)
    assert 'href="https://council.example/item/1%29!%5Bb%5D%28http://evil.example/b.png%29"' in html
    assert "javascript" not in " ".join(re.findall(r'href="([^"]*)"', html))


def test_reports_of_a_hostile_document_stay_plain(hostile: SimpleNamespace) -> None:
    timeline = api.timeline("harbour dues library opening water charge", index=hostile.index)
    assert timeline.citations, timeline
    _assert_no_injection(timeline_markdown(timeline))
    page = html_page(timeline)
    assert "javascript:" not in page and "<img" not in page


def test_moderngov_item_ids_must_be_numbers() -> None:
    import xml.etree.ElementTree as ET

    xml = """<meeting><meetingid>5</meetingid><meetingdate>03/03/2025</meetingdate>
      <committeeid>12) ![c](http://evil.example/c.png)</committeeid><agendaitems><agendaitem>
      <agendaitemid>1) ![b](http://evil.example/b.png)</agendaitemid><agendaitemnumber>1</agendaitemnumber>
      <agendaitemtitle>Dues</agendaitemtitle><minutesnonemptyhtmlbody>The dues were agreed by the board.
      </minutesnonemptyhtmlbody></agendaitem></agendaitems></meeting>"""
    base = "https://democracy.council.example"
    meeting = parse_meeting(ET.fromstring(xml), base)
    assert meeting.items[0].id is None and meeting.committee_id is None
    page = f"{base}/ieListDocuments.aspx?CId=12&MId=5"
    data = meeting_json(meeting, base, moderngov.Committee("12", "Cabinet"), page)
    assert [i["url"] for i in data["items"].values()] == [page]
    assert "evil.example" not in json.dumps(data)


# ---- 2. the terminal -------------------------------------------------------------------------------


def _plain_terminal(output: str) -> None:
    assert "\x1b" not in output and "\u202e" not in output and "Traceback" not in output


def test_search_and_documents_print_markup_and_escapes_as_text(hostile: SimpleNamespace) -> None:
    res = runner.invoke(app, ["search", "harbour dues berth", "--index", str(hostile.index)], env=WIDE)
    assert res.exit_code == 0, res.output
    assert "Cabinet [/x]" in res.output and "Harbour [/x] dues RED" in res.output
    _plain_terminal(res.output)

    res = runner.invoke(app, ["search", "bandstand roof", "--index", str(hostile.index)], env=WIDE)
    assert res.exit_code == 0, res.output
    assert "Minutes [draft].txt" in res.output and "click here" in res.output
    _plain_terminal(res.output)

    res = runner.invoke(app, ["documents", "--index", str(hostile.index)], env=WIDE)
    assert res.exit_code == 0, res.output
    assert "Minutes [draft].txt" in res.output and "Cabinet [/x]" in res.output
    assert "Test [bold]Borough[/bold]" in res.output
    _plain_terminal(res.output)


def test_ingest_summary_and_errors_print_what_the_files_are_called(hostile: SimpleNamespace) -> None:
    bad = hostile.root / "docs" / "[" / "[bold] empty [draft].txt"
    bad.write_text("", encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(bad), str(hostile.draft), "--index", str(hostile.index)], env=WIDE)
    assert res.exit_code == 0, res.output
    assert "[/[bold] empty [draft].txt" in res.output and "Files not indexed" in res.output
    res = runner.invoke(app, ["ask", "What are the harbour dues for a berth?", "--llm", "anthropic:claude-x",
                              "--index", str(hostile.index)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert "pip install 'minutes-rag[anthropic]'" in " ".join(res.output.split()), res.output


def test_escape_strips_ansi_osc8_controls_and_bidi() -> None:
    assert clean(f"a\x1b[31mred\x1b[0m {OSC8} \u202eevil\u2066 \x07bell\x9b2J\ttab\nline") == \
        "ared click here evil bell2J\ttab\nline"
    assert markup("Cabinet [/x] [bold]") == "Cabinet \\[/x] \\[bold]"


def test_reports_printed_to_a_terminal_lose_their_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from minutes_rag.render.terminal import print_json, write_out

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    for tty in (True, False):
        out = Tty() if tty else io.StringIO()
        monkeypatch.setattr("sys.stdout", out)
        write_out(f"# Timeline: {OSC8} \u202eevil\n")
        print_json({"committee": "Cabinet \u202e [/x]", "title": "\x9b2J"})
        got = out.getvalue()
        if tty:
            assert got == '# Timeline: click here evil\n{\n  "committee": "Cabinet  [/x]",\n  "title": "2J"\n}\n', got
        else:  # a file or a pipe gets the document as it is
            assert OSC8 in got and "\u202e" in got


# ---- links that a document states ------------------------------------------------------------------


def test_citation_links_are_web_links_and_marked_when_off_site(hostile: SimpleNamespace) -> None:
    loaded = load_json(hostile.meeting).document
    assert loaded is not None and loaded.sections is not None
    assert [s.url for s in loaded.sections if s.item_number] == [INJECTED, "https://tracker.example/x", None]

    hits = {h.item_number: h for h in api.search("harbour library water", k=10, index=hostile.index).hits
            if h.source.endswith("cabinet.json")}
    assert hits["3"].url == "https://council.example/meeting/7"  # the javascript: one fell back to the meeting
    assert (hits["2"].url, hits["2"].site) == ("https://tracker.example/x", "council.example")

    cite = Citation(1, "/m/a.json", None, [], "A", "C", "2025-03-03", "2 Library", "q",
                    url="https://tracker.example/x", site="council.example")
    home = Citation(2, "/m/a.json", None, [], "A", "C", "2025-03-03", "1 Dues", "q",
                    url="https://council.example/item/1", site="council.example")
    md = "\n".join(sources_markdown([cite, home]))
    assert md.count("links to another site: tracker.example") == 1
    assert "links to another site" not in md.split("\n")[-1]
    res = runner.invoke(app, ["search", "central library Saturdays", "-k", "3", "--index", str(hostile.index)],
                        env=WIDE)
    assert "https://tracker.example/x (links to another site: tracker.example)" in res.output, res.output


def test_csv_cells_starting_with_tab_or_cr_are_prefixed() -> None:
    from minutes_rag.reports.types import DecisionRegister

    rows = [Decision("A", "C", "2025-01-01", f"{c}1 Item", f"{c}cmd|' /C calc'!A0", "resolution", "s.txt", 1)
            for c in ("\t", "\r", "=", "+", "-", "@")]
    import csv
    import io

    cells = list(csv.DictReader(io.StringIO(decisions_csv(DecisionRegister(rows)))))
    assert [r["decision"][:2] for r in cells] == ["'\t", "'\r", "'=", "'+", "'-", "'@"]
    assert all(r["item"].startswith("'") for r in cells)


# ---- 5. long queries -------------------------------------------------------------------------------


def test_the_tokeniser_is_linear_on_a_long_unbroken_token() -> None:
    started = time.perf_counter()
    assert _number_phrases("a" * 50_000) == [] and fts_query("7" * 50_000) is not None
    assert time.perf_counter() - started < 1.0  # was 6.6 s at 20,000 characters, quadratic
    assert _number_phrases("£1,530.9m R2024-090 8.1:1 fast-track x-") == ["1 530 9m", "R2024 090", "8 1 1",
                                                                          "fast track"]


def test_long_queries_are_refused_by_the_library(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^the query is over 2000 characters \(2001\): shorten it\.$"):
        api.search("x" * 2001, index=tmp_path / "none")
    with pytest.raises(ConfigError, match=r"^the question is over 2000 characters \(5000\): shorten it\.$"):
        api.ask("x" * 5000, index=tmp_path / "none")
    res = runner.invoke(app, ["search", "y" * 3000, "--index", str(tmp_path / "none")])
    assert res.exit_code == 1 and "over 2000 characters" in res.output
    assert not (tmp_path / "none").exists()


def test_the_mcp_tools_cap_query_length(tmp_path: Path) -> None:
    pytest.importorskip("mcp.server.mcpserver", reason="the MCP server needs the 'mcp' extra")
    import asyncio

    from mcp.server.mcpserver.exceptions import ToolError

    from minutes_rag.mcp_server import build_server
    from minutes_rag.settings import Settings

    server = build_server(Settings(index=tmp_path / "none"))
    for tool, field in (("search_minutes", "query"), ("ask_minutes", "question")):
        started = time.perf_counter()
        with pytest.raises(ToolError) as exc:
            asyncio.run(server.call_tool(tool, {field: "z" * 100_000}))
        assert "2000" in str(exc.value), str(exc.value)
        assert time.perf_counter() - started < 5


# ---- a hostile ModernGov service on loopback -------------------------------------------------------

Answer = Callable[[BaseHTTPRequestHandler], None]


class Hostile:
    """A loopback HTTP server answering each path with a function the test sets; over TLS with ``tls``."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Answer] = {}
        self.hits: list[str] = []
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hostile.hits.append(self.path)
                answer = hostile.routes.get(urlsplit(self.path).path)
                if answer is None:
                    send(self, 404, "text/html", b"<html>no such page</html>")
                else:
                    answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.base = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def send(h: BaseHTTPRequestHandler, status: int, ctype: str, body: bytes, **headers: str) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for k, v in headers.items():
        h.send_header(k.replace("_", "-"), v)
    h.end_headers()
    h.wfile.write(body)


def xml(body: str) -> Answer:
    return lambda h: send(h, 200, "text/xml; charset=utf-8", body.encode())


def redirect(to: str) -> Answer:
    return lambda h: send(h, 302, "text/html", b"", Location=to)


@pytest.fixture()
def servers() -> Iterator[list[Hostile]]:
    made = [Hostile(), Hostile()]
    yield made
    for s in made:
        s.close()


COMMITTEES = ('<?xml version="1.0" encoding="utf-8"?><committees><committee><committeeid>7</committeeid>'
              "<committeetitle>Cabinet</committeetitle></committee></committees>")
BOMB = ('<?xml version="1.0" encoding="{enc}"?>\n<!-- {pad} -->\n'
        '<!DOCTYPE committees [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<committees><committee><committeeid>7</committeeid><committeetitle>&b;</committeetitle></committee>"
        "</committees>")


def _client() -> PoliteClient:
    return PoliteClient(delay=0, retries=0, backoff=0, timeout=5)


def test_a_dtd_is_refused_wherever_it_stands_and_whatever_the_encoding(servers: list[Hostile]) -> None:
    site = servers[0]
    answers = {
        "after a long comment": BOMB.format(enc="utf-8", pad="x" * 4000).encode("utf-8"),
        "in UTF-16": BOMB.format(enc="utf-16", pad="").encode("utf-16"),
    }
    for what, body in answers.items():
        site.routes["/mgWebService.asmx/GetCommittees"] = lambda h, b=body: send(h, 200, "text/xml", b)
        with pytest.raises(FetchError, match="answered XML with a DTD or entity declarations, which are refused"):
            moderngov.list_committees(site.base, client=_client())
        assert what


def test_the_service_is_followed_only_within_its_own_site(servers: list[Hostile]) -> None:
    site, other = servers
    other.routes["/mgWebService.asmx/GetCommittees"] = xml(COMMITTEES)
    route = "/mgWebService.asmx/GetCommittees"
    for target in (f"http://localhost:{site.port}{route}",  # another host name
                   f"{other.base}{route}",  # the same host, another port
                   f"https://127.0.0.1:{site.port}{route}",  # another scheme
                   f"ftp://127.0.0.1:{other.port}/committees.xml"):
        site.routes[route] = redirect(target)
        with pytest.raises(RedirectRefusedError) as exc:
            moderngov.list_committees(site.base, client=_client())
        assert f"redirects to {target}, outside http://127.0.0.1:{site.port}" in str(exc.value)
    assert other.hits == []
    site.routes[route] = redirect("/moved/committees")  # within the site: followed
    site.routes["/moved/committees"] = xml(COMMITTEES)
    assert [c.title for c in moderngov.list_committees(site.base, client=_client())] == ["Cabinet"]


MEETING = """<?xml version="1.0" encoding="utf-8"?><meeting><meetingid>501</meetingid>
<meetingdate>19/03/2026</meetingdate><committeeid>7</committeeid><committeetitle>Cabinet</committeetitle>
<agendaitems><agendaitem><agendaitemid>7002</agendaitemid><agendaitemnumber>5</agendaitemnumber>
<agendaitemtitle>Parking levy</agendaitemtitle>
<minutesnonemptyhtmlbody>&lt;p&gt;The Cabinet agreed the parking levy consultation.&lt;/p&gt;</minutesnonemptyhtmlbody>
<linkeddocuments>
<linkeddoc><title>Report</title><url>mgConvert2PDF.aspx?ID=1</url></linkeddoc>
<linkeddoc><title>Other port</title><url>http://127.0.0.1:{other}/mgConvert2PDF.aspx?ID=2</url></linkeddoc>
</linkeddocuments></agendaitem></agendaitems></meeting>"""


def test_linked_pdfs_are_fetched_only_from_the_site(servers: list[Hostile], tmp_path: Path) -> None:
    site, other = servers
    site.routes["/mgWebService.asmx/GetCommittees"] = xml(COMMITTEES)
    site.routes["/mgWebService.asmx/GetMeetings"] = xml(
        "<getmeetings><meeting><meetingid>501</meetingid><meetingdate>19/03/2026</meetingdate></meeting>"
        "</getmeetings>")
    site.routes["/mgWebService.asmx/GetMeeting"] = xml(MEETING.replace("{other}", str(other.port)))
    site.routes["/mgConvert2PDF.aspx"] = redirect(f"http://localhost:{other.port}/evil.pdf")
    other.routes["/evil.pdf"] = lambda h: send(h, 200, "application/pdf", b"%PDF-1.4 planted")
    other.routes["/mgConvert2PDF.aspx"] = other.routes["/evil.pdf"]
    ingested: list[str] = []

    def fake_ingest(paths: list[str], **_: Any) -> Any:
        ingested.extend(paths)
        return SimpleNamespace(files=[FileResult(p, DocStatus.OK, chunks=1) for p in paths])

    report = moderngov.fetch_moderngov(site.base, since="2026-01-01", until="2026-06-30", include_reports=True,
                                       index=tmp_path / "idx", client=_client(), ingest=fake_ingest)
    docs = {d.title: (d.status, d.message) for d in report.documents}
    assert docs["Report"][0] == "off_site" and "redirects to http://localhost:" in docs["Report"][1]
    assert docs["Other port"] == ("off_site", "links outside the ModernGov site (scheme, host and port) are not followed")
    assert other.hits == [] and not any(p.endswith(".pdf") for p in ingested)
    assert [m.status for m in report.meetings] == ["new"]
    res = runner.invoke(app, ["fetch", "moderngov", site.base, "--since", "2026-01-01", "--until", "2026-06-30",
                              "--include-reports", "--index", str(tmp_path / "idx2"), "--delay", "0", "--json"])
    assert {d["status"] for d in json.loads(res.stdout)["documents"]} == {"off_site"}, res.output
    res = runner.invoke(app, ["fetch", "moderngov", site.base, "--since", "2026-01-01", "--until", "2026-06-30",
                              "--include-reports", "--index", str(tmp_path / "idx3"), "--delay", "0"], env=WIDE)
    assert res.exit_code == 0 and res.output.count("off_site") == 2, res.output
    assert "redirects to http://localhost:" in res.output and "only redirects within the same site" in res.output


# ---- 8. a total deadline per request ---------------------------------------------------------------


def _drip(head: bytes, body: bytes) -> Answer:
    def answer(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(head)  # the status line, then whatever is left, one byte every 0.2 s
        h.wfile.flush()
        for i in range(min(len(body), 100)):
            try:
                h.wfile.write(body[i:i + 1])
                h.wfile.flush()
            except OSError:
                return
            time.sleep(0.2)
    return answer


@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_dripping_server_is_cut_off_at_the_deadline(servers: list[Hostile], where: str) -> None:
    site = servers[0]
    if where == "headers":
        site.routes["/slow"] = _drip(b"HTTP/1.1 200 OK\r\n", b"Content-Type: text/xml\r\nX-Pad: " + b"a" * 90)
    else:
        site.routes["/slow"] = _drip(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", b"<" * 100)
    client = PoliteClient(delay=0, retries=0, timeout=5, deadline=1.0)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"\(TimeoutError: no complete answer within 1 s\)"):
        client.get(f"{site.base}/slow")
    assert time.monotonic() - started < 4


def _self_signed(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A certificate for 127.0.0.1: the server's TLS context, and a client context that trusts it alone."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return server, ssl.create_default_context(cafile=str(folder / "cert.pem"))


@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_dripping_server_over_tls_is_cut_off_at_the_deadline(tmp_path: Path, where: str) -> None:
    server_tls, client_tls = _self_signed(tmp_path)
    site = Hostile(tls=server_tls)
    try:
        site.routes["/ok"] = xml(COMMITTEES)
        if where == "headers":
            site.routes["/slow"] = _drip(b"HTTP/1.1 200 OK\r\n", b"Content-Type: text/xml\r\nX-Pad: " + b"a" * 90)
        else:
            site.routes["/slow"] = _drip(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", b"<" * 100)
        client = PoliteClient(HttpxTransport(verify=client_tls), delay=0, retries=0, timeout=5, deadline=1.0)
        assert client.get(f"{site.base}/ok").body == COMMITTEES.encode()  # the TLS itself works
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"\(TimeoutError: no complete answer within 1 s\)"):
            client.get(f"{site.base}/slow")
        assert time.monotonic() - started < 4
    finally:
        site.close()


# ---- 9. a size cap on what is read, compressed or not ----------------------------------------------


def test_an_answer_over_the_size_cap_is_refused_however_it_is_encoded(servers: list[Hostile]) -> None:
    site = servers[0]
    big = b"<x>" + b" " * 3_000_000 + b"</x>"
    site.routes["/plain"] = lambda h: send(h, 200, "text/xml", big)
    # 3 MB that arrive as a few kB: the cap counts what the body decodes to, not what came over the wire
    site.routes["/bomb"] = lambda h: send(h, 200, "text/xml", gzip.compress(big), Content_Encoding="gzip")
    site.routes["/small"] = lambda h: send(h, 200, "text/xml", gzip.compress(b"<x>ok</x>"), Content_Encoding="gzip")
    client = _client()
    for path in ("/plain", "/bomb"):
        with pytest.raises(FetchError, match=f"{path} is larger than 1 MB; not downloaded"):
            client.get(f"{site.base}{path}", max_bytes=1_000_000)
    assert client.get(f"{site.base}/small", max_bytes=1_000_000).body == b"<x>ok</x>"
    assert client.get(f"{site.base}/bomb").body == big  # under the default 50 MB

"""HTML reports: one self-contained page, text escaped, citations linking to the document's public address
(or naming the file and page as text; ``--link-files`` links the local file at its page), and a page headless
Chromium renders (skipped, saying why, when Chromium is not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import decisions, summarise
from minutes_rag.cli import app
from minutes_rag.render.html import html_page
from minutes_rag.render.labels import linking_files
from minutes_rag.reports.types import Summary, SummaryPoint, SummarySection
from minutes_rag.types import Citation

from .conftest import needs_corpus
from .reports_index import SEED_AUTHORITIES, reports_index

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_everything_is_escaped_and_only_safe_links_are_written() -> None:
    evil = '<script>alert("x")</script> & <img src=x onerror=1>'
    c = Citation(1, "/tmp/a <b>.pdf", 3, [3], "Evil & Co", None, "2025-01-01", "1 <i>item</i>", evil,
                 url="javascript:alert(1)")
    s = Summary(topic=evil, by="authority", citations=[c],
                sections=[SummarySection("Evil & Co", "Evil & Co", found=True, strength="strong",
                                         points=[SummaryPoint(evil, [1])])])
    page = html_page(s)
    assert "file://" not in page and "a &lt;b&gt;.pdf, p. 3" in page  # no local link unless asked for
    with linking_files():
        page = html_page(s)
    assert "<script" not in page and "<img" not in page and "javascript:" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in page
    assert 'href="file:///tmp/a%20%3Cb%3E.pdf#page=3"' in page
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page
    assert not re.search(r"<(?:link|script|iframe)\b|src=\"http", page), "no external assets"


@needs_corpus
def test_a_page_to_send_shows_file_and_page_as_text_without_local_links(tmp_path: Path) -> None:
    index = reports_index()
    out = tmp_path / "summary.html"
    res = runner.invoke(app, ["summarise", "children's services and Ofsted", "--index", str(index),
                              "--format", "html", "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    s = summarise("children's services and Ofsted", index=index)
    # the report leaves the author's disk: no file:// link, and no folder of theirs in it
    assert "file://" not in page and str(Path(s.citations[0].source).parent) not in page
    for c in s.citations:
        assert f'<li id="src-{c.n}">{Path(c.source).name}' in page.replace("&amp;", "&").replace("&#x27;", "'")
    res = runner.invoke(app, ["decisions", "--authority", "kent", "--index", str(index)])
    assert res.exit_code == 0 and "file://" not in res.stdout and "/full_council/" not in res.stdout


@needs_corpus
def test_link_files_links_each_citation_to_its_file_and_page(tmp_path: Path) -> None:
    index = reports_index()
    out = tmp_path / "summary.html"
    res = runner.invoke(app, ["summarise", "children's services and Ofsted", "--index", str(index),
                              "--format", "html", "-o", str(out), "--link-files"])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    s = summarise("children's services and Ofsted", index=index)
    assert len(re.findall(r'<li id="src-\d+">', page)) == len(s.citations)
    for c in s.citations:
        uri = Path(c.source).resolve().as_uri()
        want = f"{uri}#page={c.page}" if c.source.endswith(".pdf") else uri
        assert f'href="{want}"' in page.replace("&amp;", "&"), want
    for name in SEED_AUTHORITIES:
        assert f"seeds/{name}" in page and f">{name}</a>" in page
    assert "no evidence found" in page and "Coverage" in page and "Comparison" in page
    # children&#x27;s: the apostrophe of the topic is escaped too
    assert "<h1>Summary: children&#x27;s services and Ofsted</h1>" in page


@needs_corpus
def test_register_page_links_to_the_pdf_page() -> None:
    register = decisions(authority="kent", index=reports_index())
    page = html_page(register)
    assert "file://" not in page
    assert 'title="Printed minutes 13th-Feb-2025 09.30 County Council.pdf">minutes, p. 13</span>' in page
    # one table per meeting: its date, authority and body said once, in the heading
    assert page.count("<h2>2025-02-13 — Kent County Council / County Council</h2>") == 1
    assert "<th>Date</th>" not in page and "<td>Kent County Council" not in page
    bristol = html_page(decisions(authority="bristol", index=reports_index()))
    assert len(re.findall(r"<h2>20\d\d-\d\d-\d\d — Bristol City Council / ", bristol)) == 4
    with linking_files():
        page = html_page(register)
    pdf = "full_council/2025-02-13/Printed%20minutes%2013th-Feb-2025%2009.30%20County%20Council.pdf#page=13"
    assert pdf in page and "41 for, 10 against, 7 abstain (carried)" in page


@needs_corpus
def test_a_manifest_url_is_the_link(tmp_path: Path) -> None:
    from minutes_rag import ingest

    from .reports_index import SEEDS

    seed = next(iter(SEED_AUTHORITIES))
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEEDS / seed, folder / seed)
    url = "https://democracy.example.gov.uk/ieListDocuments.aspx?MId=1"
    (folder / "manifest.csv").write_text(f"file,authority,url\n{seed},{SEED_AUTHORITIES[seed]},{url}\n",
                                         encoding="utf-8")
    index = tmp_path / "index"
    ingest([folder], index=index)
    s = summarise("children's services and Ofsted", index=index)
    assert s.citations and all(c.url == url for c in s.citations)
    page = html_page(s)
    assert f'href="{url.replace("&", "&amp;")}"' in page and "file://" not in page
    # a url that is not a web address is refused, saying what to give
    (folder / "manifest.csv").write_text(f"file,authority,url\n{seed},x,file:///etc/passwd\n", encoding="utf-8")
    with pytest.raises(Exception, match="is not an http\\(s\\) address: give the document's public page"):
        ingest([folder], index=tmp_path / "index2", manifests=[folder / "manifest.csv"])


@needs_corpus
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium); "
                    "the headless rendering check is skipped")
def test_headless_chromium_renders_the_page(tmp_path: Path) -> None:
    index = reports_index()
    out = tmp_path / "brief.html"
    res = runner.invoke(app, ["brief", "--authority", "bristol", "--index", str(index), "--format", "html",
                              "-o", str(out)])
    assert res.exit_code == 0, res.output
    shot = tmp_path / "brief.png"
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             f"--screenshot={shot}", "--window-size=1200,1600", out.resolve().as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    assert len(data) > 30_000, "a blank page compresses to a few kB; a rendered pack does not"

"""HTML reports: one self-contained page, text escaped, citations linking to the file at its page, and a
page headless Chromium renders (skipped, saying why, when Chromium is not installed)."""

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
    assert "<script" not in page and "<img" not in page and "javascript:" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in page
    assert 'href="file:///tmp/a%20%3Cb%3E.pdf#page=3"' in page
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page
    assert not re.search(r"<(?:link|script|iframe)\b|src=\"http", page), "no external assets"


@needs_corpus
def test_summary_page_links_each_citation_to_its_file_and_page(tmp_path: Path) -> None:
    index = reports_index()
    out = tmp_path / "summary.html"
    res = runner.invoke(app, ["summarise", "children's services and Ofsted", "--index", str(index),
                              "--format", "html", "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    s = summarise("children's services and Ofsted", index=index)
    assert len(re.findall(r'<li id="src-\d+">', page)) == len(s.citations)
    for c in s.citations:
        uri = Path(c.source).resolve().as_uri()
        want = f"{uri}#page={c.page}" if c.source.endswith(".pdf") else uri
        assert f'href="{want}"' in page.replace("&amp;", "&"), want
    for name in SEED_AUTHORITIES:
        assert f"seeds/{name}" in page
    assert "no evidence found" in page and "Coverage" in page and "Comparison" in page
    # children&#x27;s: the apostrophe of the topic is escaped too
    assert "<h1>Summary: children&#x27;s services and Ofsted</h1>" in page


@needs_corpus
def test_register_page_links_to_the_pdf_page() -> None:
    page = html_page(decisions(authority="kent", index=reports_index()))
    pdf = "full_council/2025-02-13/Printed%20minutes%2013th-Feb-2025%2009.30%20County%20Council.pdf#page=13"
    assert pdf in page and "41 for, 10 against, 7 abstain (carried)" in page


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

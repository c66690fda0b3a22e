"""Saved ModernGov pages: the chrome is stripped and the agenda items are kept."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import documents, ingest, search
from minutes_rag.parse.load import load_file
from minutes_rag.settings import get_settings

MODERNGOV_PAGE = """<!DOCTYPE html>
<html><head><title>Minutes - Planning Committee, Thursday 6 March 2025 - Exampleshire Council</title>
<script>var tracking = "do not index me";</script><style>.mgHeader{color:red}</style></head>
<body>
<div id="mgHeader"><a href="/">Home</a> | <a href="/mgListCommittees.aspx">Committees</a></div>
<div id="mgBreadCrumbs">Home &gt; Committees &gt; Planning Committee</div>
<nav><ul><li>Council and democracy</li><li>Cookie settings</li></ul></nav>
<div id="mgContent">
<h1 class="mgMainTitleTxt">Minutes of the Planning Committee</h1>
<p>Meeting held on Thursday, 6 March 2025 at 7.00 pm.</p>
<p>Present: Councillors Ashby (Chair), Briggs and Cole.</p>
<h2 class="mgSubTitleTxt">1. Apologies for Absence</h2>
<p>Apologies were received from Councillor Dunn.</p>
<h2 class="mgSubTitleTxt">2. Land at Mill Lane, Exampleton</h2>
<p>The Committee considered an application for 45 dwellings at Mill Lane.</p>
<p>RESOLVED that planning permission be refused on highway safety grounds.</p>
<h2 class="mgSubTitleTxt">3. Tree Preservation Order 12/2024</h2>
<p>RESOLVED that the order be confirmed without modification.</p>
</div>
<div id="mgFooter">Exampleshire Council, Civic Centre. Privacy | Accessibility | Cookies</div>
<footer>Copyright 2025</footer>
</body></html>
"""


def test_moderngov_page_loads_without_chrome(tmp_path: Path) -> None:
    page = tmp_path / "mgMinutes.html"
    page.write_text(MODERNGOV_PAGE, encoding="utf-8")
    loaded = load_file(page)
    assert loaded.document is not None
    text = loaded.document.pages[0].text
    assert "Mill Lane" in text and "RESOLVED that planning permission be refused" in text
    for chrome in ("do not index me", "Cookie settings", "Privacy | Accessibility", "Home > Committees", "Copyright"):
        assert chrome not in text, chrome
    assert loaded.document.title and "Planning Committee" in loaded.document.title


def test_moderngov_page_is_indexed_by_item(tmp_path: Path) -> None:
    page = tmp_path / "mgMinutes.html"
    page.write_text(MODERNGOV_PAGE, encoding="utf-8")
    index = tmp_path / "idx"
    report = ingest([page], index=index, authority="Exampleshire Council")
    assert report.ingested == 1
    doc = documents(settings=get_settings(index=index))[0]
    assert doc.meeting_date == "2025-03-06" and doc.committee == "Planning Committee" and doc.kind == "minutes"
    assert doc.items == 3
    hit = search("housing application refused because of road safety", k=1, index=index).hits[0]
    assert hit.item_number == "2" and hit.item_title == "Land at Mill Lane, Exampleton"
    assert "refused on highway safety grounds" in hit.text and "Tree Preservation" not in hit.text

"""A committee named below its minutes' heading, in HTML pasted into Markdown ("MEETING MINUTES<br> ... Advisory
Committee (XYZ)<br> of the ... Commission<br>"), a consolidated "City and County of ..." authority, and an
authority filter that names a committee."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import ask, documents, ingest, search
from minutes_rag.errors import ConfigError
from minutes_rag.parse.header import meeting_body
from minutes_rag.parse.load import load_file
from minutes_rag.parse.meta import authority_from_text
from minutes_rag.types import PageText

from .conftest import needs_corpus

#: a website's Markdown minutes whose title block is HTML, with ids a web page's chrome might carry ("header")
HEADER_MD = """Meeting Minutes: March 9, 2023 (approved April 13, 2023)

<div id="meeting_header_right" class="headered">
Harbour Board<br>
City and County of Port Veyle<br>
Ada Quist, Secretary<br>
</div>

<div id="meeting_header_main" class="headered">
MEETING MINUTES (DRAFT)<br>
Tidal Energy Technical Advisory Committee (TETAC)<br>
of the Port Veyle Harbour Board<br>
Thursday, March 9, 2023<br>
6:00 p.m.<br>
</div>

**1\\. Call to Order & Roll Call**

Chair Marrow called the meeting to order at 6:02 p.m. Present: Members Quist, Marrow, Tennant.

**2\\. Turbine Trial**

Member Tennant moved that the committee recommend a six-month trial of two tidal turbines at the north pier.
Member Quist seconded. The motion carried 3-0.
"""


def _write(tmp_path: Path) -> Path:
    src = tmp_path / "port-veyle" / "2023-03-09 minutes.md"
    src.parent.mkdir(parents=True)
    src.write_text(HEADER_MD, encoding="utf-8")
    return src


def test_html_title_block_in_markdown_is_the_documents_own_text(tmp_path: Path) -> None:
    doc = load_file(_write(tmp_path)).document
    assert doc is not None
    text = doc.pages[0].text
    # (a div whose id says "header" or "main" is no page chrome, nor the only part worth reading, in Markdown)
    assert "Tidal Energy Technical Advisory Committee (TETAC)" in text and "City and County of Port Veyle" in text
    assert "six-month trial of two tidal turbines" in text


def test_committee_named_below_the_minutes_heading() -> None:
    page = PageText(None, "MEETING MINUTES (DRAFT)\nTidal Energy Technical Advisory Committee (TETAC)\n"
                          "of the Port Veyle Harbour Board\nThursday, March 9, 2023\n")
    assert meeting_body([page], "minutes") == "Tidal Energy Technical Advisory Committee"
    # a name run on to the next line ("... (TETAC) of") is cut where its line ends
    page = PageText(None, "MEETING MINUTES\nTidal Energy Technical Advisory Committee (TETAC) of\n"
                          "the Port Veyle Harbour Board\n\nThursday, March 9, 2023\n")
    assert meeting_body([page], "minutes") == "Tidal Energy Technical Advisory Committee"
    # the end of a name begun on the line above is no body of its own
    page = PageText(None, "Chair's notes\nof the Port Veyle Harbour Board\nThursday, March 9, 2023\n")
    assert meeting_body([page], "minutes") != "of the Port Veyle Harbour Board"


def test_a_city_and_county_is_named_whole() -> None:
    assert authority_from_text("Harbour Board\nCity and County of Port Veyle\nAda Quist, Secretary") == (
        "City and County of Port Veyle")


def test_an_authority_filter_naming_a_committee_searches_that_committee(tmp_path: Path) -> None:
    index = tmp_path / "index"
    ingest([_write(tmp_path)], index=index)
    [doc] = documents(index=index)
    assert (doc.authority, doc.committee) == ("City and County of Port Veyle", "Tidal Energy Technical Advisory Committee")
    ans = ask("What trial did the committee recommend at the north pier?",
              authority="Tidal Energy Technical Advisory Committee", index=index)
    assert not ans.abstained and "two tidal turbines" in ans.answer
    with pytest.raises(ConfigError, match="no indexed authority or committee matches 'Lighthouse Committee'"):
        search("turbines", authority="Lighthouse Committee", index=index)
    with pytest.raises(ConfigError, match="no indexed authority matches 'Atlantis'"):  # (no body's name: as before)
        search("turbines", authority="Atlantis", index=index)


@needs_corpus
def test_a_corpus_committee_given_as_the_authority(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    result = search("workplace parking levy charge", authority="Transport and Connectivity Committee", index=index)
    assert result.hits and {h.authority for h in result.hits} == {"Bristol City Council"}
    # (the committee however its papers write it: "Transport & Connectivity Policy Committee")
    assert {h.committee for h in result.hits} <= set(result.filters["committee"])
    assert all("Connectivity" in c for c in result.filters["committee"])

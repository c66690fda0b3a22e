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


def test_a_body_named_for_what_it_oversees_keeps_its_name() -> None:
    from minutes_rag.parse.header import _clean_body

    assert _clean_body("Louisa County Commission on Aging Meeting Minutes –") == "Louisa County Commission on Aging"
    assert _clean_body("Committee on Finance") == "Committee on Finance"
    # ("on" before a day or a date still ends the name)
    assert _clean_body("Planning Committee on Monday 3 March") == "Planning Committee"
    assert _clean_body("Planning Committee on March 3") == "Planning Committee"
    assert _clean_body("PLANNING COMMITTEE ON MONDAY") == "Planning Committee"
    assert _clean_body("Scrutiny Committee on the budget") == "Scrutiny Committee"


COMMISSION_MINUTES = ("{head}\nMinutes {date}\nPresent: Ann Hollis, Jo Tustin, Lila Morris\n"
                      "Treasurer Report: the balance is ${amount}. The holiday luncheon will be catered by Fitz Barnes.\n")


def test_a_committee_filter_reaches_papers_that_name_it_shorter(tmp_path: Path) -> None:
    folder = tmp_path / "coa"
    folder.mkdir()
    for day, head, amount in (("2019-05-01", "Commission on Aging", "259.53"),
                              ("2020-01-07", "Lowell County Commission on Aging", "1,319.51")):
        (folder / f"{day} minutes.txt").write_text(COMMISSION_MINUTES.format(
            head=head, date=day, amount=amount), encoding="utf-8")
    index = tmp_path / "index"
    ingest([folder], index=index)
    assert sorted(d.committee or "" for d in documents(index=index)) == [
        "Commission on Aging", "Lowell County Commission on Aging"]
    result = search("treasurer balance", authority="Lowell County Commission on Aging", index=index)
    assert {h.meeting_date for h in result.hits} == {"2019-05-01", "2020-01-07"}


def test_an_authority_filter_in_full_reaches_the_body_indexed_by_a_shorter_name(tmp_path: Path) -> None:
    folder = tmp_path / "hyndmoor-parent-council"  # (the authority read from the folder: "Hyndmoor Parent Council")
    folder.mkdir()
    (folder / "2021-02-24 minutes.txt").write_text(
        "PARENT COUNCIL MEETING (ONLINE)\n\nMINUTES FOR 24 FEBRUARY 2021\n\nPresent: Alan Bonn (Chair), Chris Bry "
        "(Treasurer)\n\nTreasurer's report: the account balance is £5363.52.\n", encoding="utf-8")
    index = tmp_path / "index"
    ingest([folder], index=index)
    [doc] = documents(index=index)
    assert doc.authority == "Hyndmoor Parent Council"
    result = search("account balance", authority="Hyndmoor Primary School Parent Council", index=index)
    assert result.hits and result.filters["authority"] == ["Hyndmoor Parent Council"]
    with pytest.raises(ConfigError):  # (another place's parent council is not it)
        search("account balance", authority="Hillfoot Primary School Parent Council", index=index)

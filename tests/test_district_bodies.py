"""Bodies that are no council: a college or school district whose minutes open with its name in capitals ("LOS RIOS
COMMUNITY COLLEGE DISTRICT" over "Board Meeting Minutes"), filed beside a city's minutes, and named in questions by
its place alone ("the Los Rios board", "Hays ... and Los Rios ..."). Before, the district's documents stated no
authority and took the city's from the folder above both, so a question filtered on the district found nothing;
a cross-authority question naming it by "Los Rios" set its evidence aside as "an authority the question does not
name".

The real passages are from the Los Rios Community College District board's 2025 minutes (from outside
``../shared/corpus``; their source is in ``eval/ext31/SOURCES.md``)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.parse.meta import authority_from_text, names_authority

from .conftest import ingest_texts

LOS_RIOS_TITLE = ("                       LOS RIOS COMMUNITY COLLEGE DISTRICT\n                                    Board Meeting "
                  "Minutes\n                                   Wednesday, January 8, 2025\n\n\n1. CALL TO ORDER\n\nThe board "
                  "meeting was called to order by President Wilkerson at 5:30 p.m., in the Board Room\nat 1919 Spanos "
                  "Court, Sacramento, CA 95825.\n")


def test_district_synthetic_named_in_capitals_on_a_line_of_its_own() -> None:
    assert authority_from_text("EASTBROOK UNIFIED SCHOOL DISTRICT\nRegular Board Meeting\n") == (
        "Eastbrook Unified School District")
    assert authority_from_text("HARBOUR REGIONAL TRANSIT AUTHORITY\nBoard minutes\n") == "Harbour Regional Transit Authority"
    for line in ("BOARD MEETING DISTRICT\n", "ITEM 4 PLANNING DISTRICT\n", "THE DISTRICT\n",
                 "Planning minutes\nItem 4\nThe site\n\nHISTORIC OVERLAY DISTRICT\nApproved"):
        assert authority_from_text(line) is None, line
    # (a consultee's heading below the council named in the title is not whose document it is)
    assert authority_from_text("Minutes of the Planning Committee of Cornwall Council held on 3 May\n\nLEAD LOCAL "
                               "FLOOD AUTHORITY\nNo objection.") == "Cornwall Council"


def test_district_real_los_rios_title_block(tmp_path: Path) -> None:
    assert authority_from_text(LOS_RIOS_TITLE) == "Los Rios Community College District"
    # (filed beside a city's minutes, it keeps its own name, not the city's from the folder above both)
    index = ingest_texts(tmp_path, {
        "hays-city-commission/minutes/2025-05-08 Hays commission minutes.txt":
            "City of Hays\nCity Commission Meeting Minutes\nMay 8, 2025\n\nThe Commission approved the minutes.\n",
        "los-rios-ccd-board/minutes/2025-01-08 Los Rios board minutes.txt": LOS_RIOS_TITLE})
    import sqlite3

    rows = sqlite3.connect(str(index / "keyword.sqlite3")).execute("select distinct authority from rows").fetchall()
    assert {r[0] for r in rows} == {"City of Hays", "Los Rios Community College District"}


def test_district_synthetic_named_by_its_place() -> None:
    name = "San Marco Unified School District"
    assert names_authority("What did the San Marco board decide?", name)
    assert names_authority("Both Hays and San Marco hired firms.", name)
    assert not names_authority("What did Marco decide?", name)  # (a word of it names no body)
    assert not names_authority("a san marco street", name)  # (as written: a place's name is capitalised)
    # (nor the place's own council, another body of the place, or a compass's name)
    assert not names_authority("What did the City of San Marco decide?", name)
    assert not names_authority("What did San Marco County supervisors approve?", name)
    assert not names_authority("Was the San Marco Valley Water District consulted?", name)
    assert not names_authority("How did the Greater London Council vote?", "Greater London Authority")
    assert not names_authority("What did North East Lincolnshire Council decide?", "North East Fire Authority")


def test_district_real_los_rios_named_by_its_place() -> None:
    name = "Los Rios Community College District"
    assert names_authority("what did the Los Rios board adopt in October 2025 about liability coverage", name)
    assert names_authority("Hays for its police station and Los Rios for relocating its police department", name)
    assert not names_authority("Which firm got the job in Hays?", name)


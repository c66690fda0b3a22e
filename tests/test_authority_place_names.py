"""Whose document is it, when the place's name is hyphenated ("BURTON-CUM-WALDEN PARISH COUNCIL", "Stoke-on-Trent"),
when a directory's heading sits above a council's name ("DIRECTORY OF CITY OFFICIALS / CITY COUNCIL"), when a
public body is a port ("Port of Alsea"), when a website's front matter nests keys under its own, and when a folder of
one body sits beside another body's folder. Before, "Burton-cum-Walden Parish Council" was read as "Walden Parish
Council" and a filter naming it failed; a port's minutes took the city beside them. All synthetic: the corpus has
no such names."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.index.ingest import other_body
from minutes_rag.parse.meta import authority_from_text, names_authority, same_body


def test_a_hyphenated_place_is_read_whole_in_capitals_and_in_title_case() -> None:
    assert authority_from_text("BURTON-CUM-WALDEN PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING") == (
        "Burton-cum-Walden Parish Council")
    assert authority_from_text("STOKE-ON-TRENT CITY COUNCIL\nCabinet") == "Stoke-on-Trent City Council"
    assert authority_from_text("NEWCASTLE-UNDER-LYME BOROUGH COUNCIL\n") == "Newcastle-under-Lyme Borough Council"
    assert authority_from_text("Minutes of Barrow-in-Furness Borough Council, 3 May") == (
        "Barrow-in-Furness Borough Council")
    # (a place without a hyphen is read as before)
    assert authority_from_text("WALDEN PARISH COUNCIL\n") == "Walden Parish Council"
    assert authority_from_text("MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK CITY AND\nCOUNTY COUNCIL HELD IN") == (
        "Limerick City and County Council")


def test_a_hyphenated_name_is_matched_written_with_spaces() -> None:
    stored = "Burton-cum-Walden Parish Council"
    assert names_authority("What did Burton cum Walden Parish Council decide about the swings?", stored)
    assert names_authority("What did Burton-cum-Walden decide?", stored)
    assert not names_authority("What did Walden decide?", stored)
    assert same_body("Burton cum Walden Parish Council", stored)
    assert not same_body("Walden Parish Council", stored)


def test_a_heading_above_a_council_and_a_list_of_bids_are_no_part_of_its_name() -> None:
    record = ("The City Record\nOfficial Publication of the Council of the City of Eastport\n\nCity of Eastport Bids\n\n"
              "14\n\nDIRECTORY OF CITY OFFICIALS\nCITY COUNCIL – LEGISLATIVE\nPresident of Council – A. Person\n")
    assert authority_from_text(record) == "City of Eastport"
    assert authority_from_text("Regular Meeting of the Port of Alsea Board of Commissioners\n") == "Port of Alsea"


FRONT_MATTER = """---
template: article
title: March 2018 Minutes
subtitle: Regular Meeting of the Port of Westhaven Board of Commissioners
date: 03/21/2018
content:
    title: Attachments
    items: '@self.children'
---

Thursday, March 15, 2018 02:03 PM at the Port Office

# CALL TO ORDER

Board President Bishop called the meeting to order at 2:00.

# NEW BUSINESS

Power moved to award the dredging contract to Coastline Marine for $48,500. Pankey seconded. The motion passed 5-0.
"""

CITY_MINUTES = """City of Eastport
Minutes of the City Council, 12 February 2018

The Council adopted Ordinance No. 101-18 on street lighting. Yeas 17. Nays 0.
"""


def test_a_ports_minutes_beside_a_citys_are_the_ports(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    (root / "port-of-westhaven" / "minutes").mkdir(parents=True)
    (root / "eastport-city-council" / "minutes").mkdir(parents=True)
    (root / "port-of-westhaven" / "minutes" / "2018-03-15 regular meeting minutes.md").write_text(
        FRONT_MATTER, encoding="utf-8")
    (root / "eastport-city-council" / "minutes" / "2018-02-12 minutes.txt").write_text(CITY_MINUTES, encoding="utf-8")
    index = tmp_path / "index"
    api.ingest([root], index=index)
    got = {Path(d.source).name: (d.authority, d.title) for d in api.documents(index=index)}
    # the front matter's own title, not a nested key's ("Attachments"); the subtitle names the port
    assert got["2018-03-15 regular meeting minutes.md"] == ("Port of Westhaven", "March 2018 Minutes"), got
    assert got["2018-02-12 minutes.txt"][0] == "City of Eastport", got
    hits = api.search("dredging contract", index=index, authority="Port of Westhaven").hits
    assert hits and "port-of-westhaven" in hits[0].source


def test_a_folder_named_after_another_body_does_not_take_the_authority_beside_it() -> None:
    assert other_body("port-of-alsea", "City of Cleveland")
    assert not other_body("full_council", "Kent County Council")  # (a council's own body)
    assert not other_body("highways-committee", "Kent County Council")
    assert not other_body("city-record", "City of Cleveland")  # (its papers)
    assert not other_body("2025-02-13", "Kent County Council")
    assert not other_body("kent-county-council", "Kent County Council")
    assert not other_body("minutes", "City of Cleveland")


def test_a_small_word_joins_a_place_with_spaces_only_as_and_upon_on_of() -> None:
    assert authority_from_text("Stratford upon Avon Town Council\n") == "Stratford upon Avon Town Council"
    assert authority_from_text("Flooding in Burton Parish Council's area\n") == "Burton Parish Council"

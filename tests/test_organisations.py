"""A body that is no council keeps its own minutes: a village hall's management committee, a community
association, a neighbourhood plan's working group. Its title block names it on a line of its own ("HORSLEY VILLAGE
HALL", "Millbrook Neighbourhood Plan Working Group Meeting", printed with its words spaced by tabs and no-break
spaces): that name is the document's authority, so a filter naming the body reaches its minutes instead of being
refused for naming no known authority. A council named in the opening still wins, and a hall named as a meeting's
venue is no body. (The shared corpus holds no such body's minutes; ext6 holds two, fetched by its script.)"""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.parse.header import meeting_body
from minutes_rag.parse.meta import authority_from_text, names_authority
from minutes_rag.types import PageText

HALL = ("WESTVALE VILLAGE HALL\n\nMinutes of Village Hall Management Committee\n held on Tuesday 8th October 2013 at "
        "7.30pm, Westvale Village Hall\n\nPresent: Ann Reed, Treasurer; Tom Hale (Chairperson)\n\n"
        "1. Noticeboard\nThe parish council had asked for an outside noticeboard. It was decided not to go ahead "
        "with an outside board for the time being, as the shop has plenty of display space.\n\n"
        "2. Blinds\nTwo firms quoted for blinds for the new doors: Brightshade at £594 and Kestrel Blinds at £402.\n")
GROUP = ("Minutes\t\r \xa0\nMillbrook\t\r \xa0Neighbourhood\t\r \xa0Plan\t\r \xa0Working\t\r \xa0Group\t\r \xa0Meeting"
         "\t\r \xa0\nDate:\t\r \xa0 19\t\r \xa0October\t\r \xa02014\nVenue:\t\r \xa0Millbrook\t\r \xa0Village\t\r \xa0Hall"
         "\nPresent:\nJane Archer (JA), Kate Kay (KK)\n")


def test_organisation_synthetic_its_title_block_names_the_body() -> None:
    assert authority_from_text(HALL) == "Westvale Village Hall"
    assert authority_from_text(GROUP) == "Millbrook Neighbourhood Plan Working Group"
    assert meeting_body([PageText(1, GROUP)], "minutes") == "Millbrook Neighbourhood Plan Working Group"
    # a council named in the opening is whose minutes they are; a hall named as the venue is no body
    assert authority_from_text("WESTVALE PARISH COUNCIL\nMeeting held at\nWestvale Village Hall\n") == \
        "Westvale Parish Council"
    assert authority_from_text("Minutes of the meeting held on 3 May 2024 at Westvale Village Hall.\n") is None


def test_organisation_filter_synthetic_reaches_its_minutes(tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "2013-10-08_minutes.txt"
    doc.parent.mkdir()
    doc.write_text(HALL, encoding="utf-8")
    index = tmp_path / "index"
    api.ingest([doc], index=index)
    ans = api.ask("Which two firms quoted Westvale Village Hall for blinds for the new doors?", index=index,
                  authority="Westvale Village Hall")
    assert not ans.abstained and "Kestrel Blinds" in ans.answer and "Brightshade" in ans.answer, ans.answer
    assert all(c.authority == "Westvale Village Hall" for c in ans.citations)


def test_named_synthetic_by_its_place_and_a_word_of_its_name() -> None:
    q = "What grant did the Millbrook library report in June 2020?"
    assert names_authority(q, "Millbrook Public Library District")
    assert not names_authority("What did the Millbrook council decide?", "Millbrook Public Library District")
    # a kind of council is no word of a body's own name ("Sacramento County" is the county's, not its school board's)
    assert not names_authority("What did Sacramento County decide?", "Sacramento County Board of Education")

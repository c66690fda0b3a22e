"""Whose document is it? Councils that no manifest describes name themselves in a document's title block (before
the list of who attended), as a community council or a combined authority, or as a public body on a line of its own
("Regional Transportation District"). A council named after the attendance list is one the minutes speak of, a guess
at best: a committee's minutes that name only the city council they report on take the authority that their
folder's other documents state as theirs, as does a document that names none. Each on synthetic files and on
real corpus files ingested without their manifest."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.index.ingest import body_named
from minutes_rag.parse.meta import authority_in_text, misspelt, names_authority

from .conftest import corpus, needs_corpus

COMMITTEE_MINUTES = """Amenities Committee Minutes | Tuesday 13th March 2018

Amenities Committee
Tuesday 13th March 2018
Town Hall

Present:
Cllrs Hodge (Chairman), Hewitt, Moss and Wood.

Public Questions:
A resident raised concerns about grass cutting on Mill Road. The Chairman advised that
Northborough City Council was responsible for the verges and the Town Clerk would write to it.

Community grants: the committee approved a grant of £500 to the Mill Road allotments society.
"""

COUNCIL_REPORT = """Westbrook Town Council
Report to Council, 21 February 2017
Summer events in the park

The Town Council is asked to approve a budget of £40,000 for the summer events programme.
"""


def test_authority_synthetic_the_title_block_names_the_council() -> None:
    assert authority_in_text("Manorvale and Hill Community Council held their meeting via Zoom at 7.30pm.\n"
                             "PRESENT\nCouncillors A, B and County Councillor C.") == (
        "Manorvale and Hill Community Council", True)
    assert authority_in_text("Joint meeting of the Eastshire Combined Authority\n27 March 2026") == (
        "Eastshire Combined Authority", True)
    assert authority_in_text("1660 Main Street\nDenver, CO\n\nRegional Transit District\n\nBoard of Directors\n"
                             "MINUTES") == ("Regional Transit District", True)
    # named only after the list of who attended: a council the minutes speak of
    assert authority_in_text(COMMITTEE_MINUTES) == ("Northborough City Council", False)
    assert authority_in_text("Board of Directors\nMINUTES\nCall to Order") == (None, True)


def _authorities(index: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    docs = api.documents(index=index)
    return {Path(d.source).name: (d.authority, d.provenance.get("authority"), d.provenance.get("authority_basis"))
            for d in docs}


def test_authority_synthetic_a_committees_minutes_take_their_folders_council(tmp_path: Path) -> None:
    folder = tmp_path / "westbrook"
    folder.mkdir()
    (folder / "2017-02-21 report.txt").write_text(COUNCIL_REPORT, encoding="utf-8")
    (folder / "2018-03-13 amenities minutes.txt").write_text(COMMITTEE_MINUTES, encoding="utf-8")
    index = tmp_path / "index"
    api.ingest([folder], index=index)
    got = _authorities(index)
    assert got["2017-02-21 report.txt"] == ("Westbrook Town Council", "text", None), got
    assert got["2018-03-13 amenities minutes.txt"] == ("Westbrook Town Council", "folder", "inferred"), got
    # the filter finds the committee's minutes under their council, and nothing is re-indexed on a second run
    hits = api.search("grant to the allotments society", index=index, authority="Westbrook Town Council").hits
    assert hits and Path(hits[0].source).name == "2018-03-13 amenities minutes.txt", hits
    again = api.ingest([folder], index=index)
    assert {f.status.value for f in again.files} == {"unchanged"}
    assert _authorities(index) == got


def test_authority_synthetic_a_folder_of_several_councils_speaks_for_none(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text(COUNCIL_REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(COUNCIL_REPORT.replace("Westbrook", "Eastbrook"), encoding="utf-8")
    (folder / "c.txt").write_text(COMMITTEE_MINUTES, encoding="utf-8")
    index = tmp_path / "index"
    api.ingest([folder], index=index)
    assert _authorities(index)["c.txt"] == ("Northborough City Council", "text:mention", "inferred")


@needs_corpus
def test_authority_real_an_agenda_that_names_no_council_takes_its_folders(tmp_path: Path) -> None:
    index = tmp_path / "index"
    api.ingest([corpus("souldern-parish-council/agendas/2023-10-26 Agenda.pdf"),
                corpus("souldern-parish-council/agendas/2025-11-27 Agenda.pdf")], index=index, auto_manifest=False)
    got = _authorities(index)
    assert got["2023-10-26 Agenda.pdf"][:2] == ("Souldern Parish Council", "text"), got
    assert got["2025-11-27 Agenda.pdf"] == ("Souldern Parish Council", "folder", "inferred"), got


@needs_corpus
def test_authority_real_a_meetings_folder_takes_the_council_of_the_folder_above(tmp_path: Path) -> None:
    index = tmp_path / "index"
    api.ingest([corpus("kent-county-council/cabinet/2025-03-04/Minutes of Previous Meeting.pdf"),
                corpus("kent-county-council/cabinet/2025-03-13/Agenda frontsheet 13th-Mar-2025 15.00 Cabinet.pdf")],
               index=index, auto_manifest=False)
    got = _authorities(index)
    assert got["Minutes of Previous Meeting.pdf"][:2] == ("Kent County Council", "text"), got
    assert got["Agenda frontsheet 13th-Mar-2025 15.00 Cabinet.pdf"] == ("Kent County Council", "folder", "inferred")


def test_authority_synthetic_a_board_that_governs_and_a_community_council_in_capitals() -> None:
    assert authority_in_text("Eastvale County Board of Education Meeting Agenda - 6:30 p.m.\nMINUTES") == (
        "Eastvale County Board of Education", True)
    assert authority_in_text("---\n**NORTHGATE COMMUNITY COUNCIL**\n**MINUTES OF ANNUAL GENERAL MEETING**\n"
                             "**Present**: A, B") == ("Northgate Community Council", True)
    assert authority_in_text("Board of Directors\nRegular meeting") == (None, True)


def test_authority_synthetic_a_council_named_by_its_place_or_its_kind() -> None:
    # (no corpus document names its council this way: a shire, a regional council, "X Council" alone)
    assert authority_in_text("Eastshire Council\nCabinet\nMinutes of the meeting held on 3 March 2025") == (
        "Eastshire Council", True)
    assert authority_in_text("Minutes of Northvale Council held on 3 May 2025") == ("Northvale Council", True)
    assert authority_in_text("Moorvale Shire Council\nOrdinary Meeting") == ("Moorvale Shire Council", True)
    assert authority_in_text("Westlake Regional Council\nMinutes") == ("Westlake Regional Council", True)
    for body in ("Full Council\n3 March 2025", "Youth Council meeting", "Minutes of the Full Council meeting"):
        assert authority_in_text(body) == (None, True), body


def test_authority_synthetic_a_long_place_name_in_capitals_and_a_special_district() -> None:
    # a place of four words before the kind of council ("TAYPORT FERRYPORT ON CRAIG"), whole, its joining word small
    assert authority_in_text("Ferryport –On-Craig\nMINUTES OF THE MEETING OF\nTHE EASTPORT FERRYPORT ON CRAIG "
                             "COMMUNITY COUNCIL\nHELD IN THE BURGH CHAMBERS\nPresent:\nChair: Mrs S Walker") == (
        "Eastport Ferryport on Craig Community Council", True)
    # (an annual or general meeting's words are not the place's)
    assert authority_in_text("MINUTES OF THE ANNUAL GENERAL MEETING OF MILLTOWN PARISH COUNCIL\nPresent: Cllr A") == (
        "Milltown Parish Council", True)
    # a US special district on a line of its own, with its number
    assert authority_in_text("Maple Square Special Service Area #14\nCommission Meeting Minutes\nMinutes from Monday")[0] \
        == "Maple Square Special Service Area #14"


def test_authority_synthetic_a_name_misspelt_by_a_letter_and_one_named_short() -> None:
    assert misspelt("Eastport Feeryport On Craig Community Council", "Eastport Ferryport On Craig Community Council")
    assert misspelt("Milltwon Parish Council", "Milltown Parish Council")  # two letters swapped
    assert not misspelt("North Somerset Council", "South Somerset Council")  # short words are other places
    assert not misspelt("Kent County Council", "Kent City Council")
    assert not misspelt("Eastport Community Council", "Eastport Ferryport On Craig Community Council")
    long_name = "Eastport Ferryport On Craig Community Council"
    assert names_authority("What did Eastport Community Council decide in May?", long_name)
    assert not names_authority("What did the community council decide in May?", long_name)
    assert not names_authority("What did North Parish Council decide?", "North Milltown Parish Council")


EASTPORT = """Eastport Ferryport –On-Craig
Community Council
MINUTES OF THE MEETING OF THE EASTPORT {name} ON CRAIG COMMUNITY COUNCIL
HELD IN THE BURGH CHAMBERS ON MONDAY {day} 2023 AT 19:00 HRS
Present:
Chair: Mrs S Walker

{body}
"""


def test_authority_synthetic_a_title_block_that_misspells_its_council_takes_its_folders(tmp_path: Path) -> None:
    folder = tmp_path / "eastport-cc"
    folder.mkdir()
    for day, name, body in [("6 NOVEMBER", "FERRYPORT", "The bus shelter on Shore Road is looking good."),
                            ("4 DECEMBER", "FERRYPORT", "The Christmas lights night raised £467.33."),
                            ("5 FEBRUARY", "FERRYPORT", "Nelson Street potholes require redoing."),
                            ("1 MAY", "FEERYPORT", "The defibrillator at Garvie Brae has new pads.")]:
        (folder / f"2023 {day.lower()}.txt").write_text(EASTPORT.format(name=name, day=day, body=body), "utf-8")
    index = tmp_path / "index"
    api.ingest([folder], index=index)
    got = _authorities(index)
    right = "Eastport Ferryport on Craig Community Council"
    assert got["2023 1 may.txt"] == (right, "folder", "inferred"), got
    assert got["2023 6 november.txt"] == (right, "text", None), got
    hits = api.search("defibrillator pads", index=index, authority=right).hits
    assert hits and Path(hits[0].source).name == "2023 1 may.txt", hits


def test_authority_synthetic_a_township_opening_its_title_line(tmp_path: Path) -> None:
    # Michigan townships' minutes open "Colfax Township Minutes" or "Mueller Township Board of Trustees Meeting"
    # (ext11); the corpus's townships write "Township of Nipissing", so this is on synthetic text only
    assert authority_in_text("Colfax Township Minutes \nApril 4, 2023 \n\nMeeting was called to order by the "
                             "Supervisor at 7:00 pm") == ("Colfax Township", True)
    assert authority_in_text("Mueller Township Board of Trustees Meeting\nMueller Township Hall\nJanuary 24th 2024")[
        0] == "Mueller Township"
    assert authority_in_text("Colfax Township~Oceana 5594 N 192nd Avenue June 2, 2026 Meeting Minutes")[0] == (
        "Colfax Township")
    assert authority_in_text("Mueller Township Hall\nMinutes of the meeting")[0] is None  # (its hall, not it)
    assert authority_in_text("The Township Board met.\nPresent: all")[0] is None
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "2024-05-07 board minutes.txt").write_text(
        "Lakeview Township Minutes\nMay 7, 2024\n\nMeeting was called to order by the Supervisor at 7:00 pm.\n\n"
        "The Road Commission estimated the repair of the washed-out stretch of Van Buren Road at $27,844.56.\n",
        encoding="utf-8")
    api.ingest([tmp_path / "m"], index=tmp_path / "idx")
    ans = api.ask("What did the Road Commission estimate for repairing Van Buren Road?", index=tmp_path / "idx",
                  authority=["Lakeview Township"])
    assert "$27,844.56" in ans.answer and ans.citations[0].authority == "Lakeview Township", ans


def test_authority_synthetic_a_folder_named_after_a_body(tmp_path: Path) -> None:
    # minutes that name no body at all ("Minutes of the regular meeting ...") in a folder named after one take it,
    # inferred; a folder named anything else ("minutes", "2024", "des-moines") says nothing
    assert body_named("colfax-township") == "Colfax Township"
    assert body_named("stratford-upon-avon-town-council") == "Stratford upon Avon Town Council"
    assert [body_named(f) for f in ("minutes", "2024", "des-moines", "city-council", "licton-springs-cc", "full_council",
                                    "youth-council")] == [None] * 7
    text = ("Minutes of the regular meeting, May 7, 2024\n\nMeeting was called to order at 7:00 pm.\n\nThe Road "
            "Commission estimated the repair of the washed-out stretch of Van Buren Road at $27,844.56.\n")
    for folder in ("lakeview-township/minutes", "papers/minutes"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "2024-05-07 board minutes.txt").write_text(text, encoding="utf-8")
    api.ingest([tmp_path / "lakeview-township", tmp_path / "papers"], index=tmp_path / "idx")
    docs = {Path(d.source).parts[-3]: d for d in api.documents(index=tmp_path / "idx")}
    assert docs["lakeview-township"].authority == "Lakeview Township"
    assert docs["lakeview-township"].provenance["authority_basis"] == "inferred"
    assert docs["papers"].authority is None

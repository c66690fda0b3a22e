"""JSON Lines files: each record one meeting item with its own body, date and item number (MeetingBank format)."""

from __future__ import annotations

import json
from pathlib import Path

from minutes_rag import DocStatus, ask, decisions, documents, ingest, search, summarise
from minutes_rag.parse.load import load_file
from minutes_rag.parse.records import body_name

from .conftest import CORPUS, HARBOUR_MINUTES, needs_corpus

#: two councils' meetings in one file, in the MeetingBank record format (uid: body, MMDDYYYY, item)
RECORDS = [
    {"uid": "RivertonCC_03042019_19-0211", "split": "validation",
     "summary": "Recommendation to the City of Riverton to adopt resolution authorizing the purchase of two electric street sweepers "
                "for a total amount not to exceed $812,000.",
     "transcript": "Item 14. Report from Public Works. Councilmember Okafor. Thank you. The two sweepers replace "
                   "diesel machines bought in 2006. I move the recommendation. Second by Councilmember Ruiz. "
                   "Members, please cast your vote. Motion carries seven zero."},
    {"uid": "HarlowCountyCC_11222020_2020-0457", "split": "test",
     "summary": "AN ORDINANCE relating to the county ferry service; setting the adult walk-on fare at $4.25.",
     "transcript": "The ordinance sets the adult walk-on fare for the county ferry at $4.25 from January. "
                   "Councilmember Lindqvist moved to pass the ordinance. The ordinance passed nine to zero."},
]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_body_names_from_camel_case_ids() -> None:
    assert body_name("LongBeachCC") == "Long Beach City Council"
    assert body_name("SeattleCityCouncil") == "Seattle City Council"
    assert body_name("KingCountyCC") == "King County Council"  # a county's CC is its County Council
    assert body_name("BostonCC") == "Boston City Council"


def test_each_record_keeps_its_own_body_date_and_item(tmp_path: Path) -> None:
    src = _write(tmp_path / "meetings.jsonl", [json.dumps(r) for r in RECORDS])
    loaded = load_file(src)
    assert loaded.status == DocStatus.OK and loaded.document is not None
    sections = loaded.document.sections or []
    assert [(s.authority, s.meeting_date, s.item_number) for s in sections] == [
        ("Riverton City Council", "2019-03-04", "19-0211"), ("Harlow County Council", "2020-11-22", "2020-0457")]

    index = tmp_path / "index"
    report = ingest([src], index=index)
    assert [f.status for f in report.files] == [DocStatus.OK]
    # a search filtered to one council finds its record only, dated and numbered as the record says
    hits = search("ferry fare", authority="Harlow County Council", index=index).hits
    assert hits and {(h.authority, h.meeting_date, h.item_number) for h in hits} == {
        ("Harlow County Council", "2020-11-22", "2020-0457")}
    assert {h.authority for h in search("street sweepers", authority="Harlow County Council", index=index).hits} == {
        "Harlow County Council"}
    # the first record's text ("the City of Riverton") speaks for that record, not for the file
    assert [d.authority for d in documents(index=index)] == [None]
    ans = ask("How much will Riverton spend on the electric street sweepers?", index=index)
    assert not ans.abstained and "$812,000" in ans.answer and "No evidence found" not in ans.answer
    assert {(c.authority, c.meeting_date) for c in ans.citations} == {("Riverton City Council", "2019-03-04")}


def test_reports_read_each_record_as_its_own_councils_meeting(tmp_path: Path) -> None:
    index = tmp_path / "index"
    ingest([_write(tmp_path / "meetings.jsonl", [json.dumps(r) for r in RECORDS])], index=index)
    # the decision register: each record's vote, under its own council and date (none "left out" for want of one)
    reg = decisions(index=index)
    assert {(d.authority, d.meeting_date) for d in reg.decisions} == {
        ("Riverton City Council", "2019-03-04"), ("Harlow County Council", "2020-11-22")}
    assert not reg.warnings
    assert {d.authority for d in decisions(index=index, authority="Harlow County Council").decisions} == {
        "Harlow County Council"}
    assert not decisions(index=index, since="2020-01-01", authority="Riverton City Council").decisions
    # a summary across authorities: one section per council of the file, "no evidence found" for the other
    summary = summarise("ferry walk-on fare", index=index)
    found = {s.authority: s.found for s in summary.sections}
    assert found == {"Harlow County Council": True, "Riverton City Council": False}


def test_bad_lines_are_skipped_with_a_warning_and_a_file_of_none_is_unreadable(tmp_path: Path) -> None:
    index = tmp_path / "index"
    ingest([_write(tmp_path / "harbour.txt", [HARBOUR_MINUTES])], index=index)
    mixed = _write(tmp_path / "mixed.jsonl", [json.dumps(RECORDS[0]), "", "{not json", "[1, 2]"])
    broken = _write(tmp_path / "broken.jsonl", ["{not json", "also not json"])
    empty = _write(tmp_path / "empty.jsonl", ['{"uid": "X_01012020_1", "n": 3}'])
    report = ingest([mixed, broken, empty], index=index)
    by = {Path(f.path).name: f for f in report.files}
    assert by["mixed.jsonl"].status == DocStatus.OK
    assert "2 line(s) not a JSON object, skipped (line 3, 4)" in by["mixed.jsonl"].message
    assert by["broken.jsonl"].status == DocStatus.UNREADABLE and "\n" not in by["broken.jsonl"].message
    assert "check the file" in by["broken.jsonl"].message
    assert by["empty.jsonl"].status == DocStatus.EMPTY
    # what was indexed before is intact, and the good record of the mixed file is searchable
    assert any("lighthouse" in h.text for h in search("lighthouse keepers cottages", index=index).hits)
    assert any(h.authority == "Riverton City Council" for h in search("street sweepers", index=index).hits)


@needs_corpus
def test_meetingbank_sample_is_indexed_record_by_record(tmp_path: Path) -> None:
    index = tmp_path / "index"
    src = CORPUS / "meetingbank" / "meetingbank_sample.jsonl"
    report = ingest([src], index=index)
    assert [f.status for f in report.files] == [DocStatus.OK]
    assert [(d.items, d.kind) for d in documents(index=index)] == [(4, "transcript")]  # what was said
    hits = search("Sheltered Market Program", index=index).hits
    assert hits[0].authority == "Boston City Council" and hits[0].meeting_date == "2021-12-15"
    assert hits[0].item_number == "2021-1239"
    seattle = search("tenant screening criminal history", authority="Seattle City Council", index=index).hits
    assert seattle and {h.meeting_date for h in seattle} == {"2016-06-13"}
    assert {h.authority for h in search("business improvement area assessment", index=index).hits} >= {
        "Long Beach City Council"}


def test_spoken_tallies_synthetic_as_a_chair_announces_them() -> None:
    from minutes_rag.parse.votes import bare_tally

    said = bare_tally("Council President Gonzalez aye. Nine in favor and unopposed.")
    assert said is not None and (said.for_, said.against, said.unanimous, said.outcome) == (9, 0, True, "carried")
    said = bare_tally("So the motion carries seven zero.")
    assert said is not None and (said.for_, said.against, said.outcome) == (7, 0, "carried")
    said = bare_tally("Four in favor, five opposed.")
    assert said is not None and (said.for_, said.against, said.outcome) == (4, 5, "lost")
    # a share of a survey's answers is no vote
    assert bare_tally("There were 60 in favour of the new crossing.") is None


@needs_corpus
def test_spoken_tallies_real_the_vote_in_a_meetingbank_transcript(tmp_path: Path) -> None:
    index = tmp_path / "index"
    ingest([CORPUS / "meetingbank" / "meetingbank_sample.jsonl"], index=index)
    ans = ask("How did the Long Beach City Council vote on joining the California HERO Program in April 2015?",
              index=index)
    assert not ans.abstained and "seven zero" in ans.answer, ans.answer

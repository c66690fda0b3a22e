"""A JSON array of meeting records (a volunteer's transcription of a council's minutes): one section per meeting,
dated by its record, its fields printed as labelled lines ("Yeas: ..."), read even with a comma before a closing
bracket, as hand-edited exports often have."""

from __future__ import annotations

import json
from pathlib import Path

from minutes_rag import DocStatus, ask, ingest
from minutes_rag.parse.load import load_file
from minutes_rag.parse.records import labelled_lines

from .conftest import CORPUS, needs_corpus

#: two meetings of a made-up council, as a hand-edited export: a comma left before a closing bracket
RECORDS_WITH_TRAILING_COMMA = """[
  {
    "date": "2023-04-04",
    "minutes_url": "https://example.org/minutes/1",
    "attendees": ["Okafor", "Lindqvist", "Ruiz", "Haddad", "Penhallow"],
    "public_hearings": [
      {
        "name": "Harbour library district",
        "description": "Consideration of a motion to adopt Resolution 1402 referring the formation of a library district to the voters",
        "opened": "7:05 pm",
        "motion": "Okafor",
        "seconded": "Ruiz",
        "yeas": ["Okafor,", "Ruiz,", "Haddad"],
        "nays": ["Lindqvist", "Penhallow"],
      }
    ]
  },
  {
    "date": "2023-05-16",
    "attendees": ["Okafor", "Lindqvist", "Ruiz", "Haddad", "Penhallow"],
    "consent_agenda": {
      "items": ["Consideration of a motion to approve the April 4, 2023 Regular Meeting Minutes, as written"],
      "yeas": ["Okafor", "Lindqvist", "Ruiz", "Haddad", "Penhallow"],
      "nays": ["N/A"]
    }
  }
]
"""


def test_a_comma_before_a_closing_bracket_is_read_and_said(tmp_path: Path) -> None:
    src = tmp_path / "minutes.json"
    src.write_text(RECORDS_WITH_TRAILING_COMMA, encoding="utf-8")
    with __import__("pytest").raises(json.JSONDecodeError):
        json.loads(RECORDS_WITH_TRAILING_COMMA)  # (the file is not JSON as the standard has it)
    loaded = load_file(src)
    assert loaded.status == DocStatus.OK and loaded.document is not None
    assert any("comma before a closing bracket" in w for w in loaded.warnings)
    # a comma inside a string is the text's own, and stays
    quoted = tmp_path / "quoted.json"
    quoted.write_text('{"minutes": "The motion (items 3, 4,] and 5) was carried unanimously by the board",}',
                      encoding="utf-8")
    doc = load_file(quoted).document
    assert doc is not None and "(items 3, 4,] and 5)" in doc.pages[0].text


def test_json_that_cannot_be_mended_is_unreadable_in_one_line(tmp_path: Path) -> None:
    src = tmp_path / "broken.json"
    src.write_text('[{"date": "2023-04-04", "minutes": "The board met"', encoding="utf-8")
    loaded = load_file(src)
    assert loaded.status == DocStatus.UNREADABLE and loaded.document is None
    assert "invalid JSON" in loaded.message and "\n" not in loaded.message


def test_each_meeting_record_is_a_section_with_its_date_and_labelled_votes(tmp_path: Path) -> None:
    src = tmp_path / "minutes.json"
    src.write_text(RECORDS_WITH_TRAILING_COMMA, encoding="utf-8")
    doc = load_file(src).document
    assert doc is not None
    assert [s.meeting_date for s in doc.sections] == ["2023-04-04", "2023-05-16"]
    first, second = (s.text for s in doc.sections)
    assert "Yeas (3): Okafor, Ruiz, Haddad." in first and "Nays (2): Lindqvist, Penhallow." in first
    assert "Seconded: Ruiz." in first and "Harbour library district" in first
    assert "example.org" not in first  # (a link is no prose)
    assert "Nays" not in second  # ("N/A" says nothing)
    assert "Attendees: Okafor, Lindqvist, Ruiz, Haddad, Penhallow." in second


def test_labelled_lines_keep_prose_whole_and_leave_out_empty_fields() -> None:
    out: list[str] = []
    labelled_lines({"name": "Budget hearing", "speakers": [], "opened": "N/A", "count": 3,
                    "notes": ["The council heard from residents about the levy."]}, out)
    assert out == ["Budget hearing", "Count: 3", "Notes:", "The council heard from residents about the levy."]


def test_a_records_vote_is_counted_and_answered_from_its_meeting(tmp_path: Path) -> None:
    src = tmp_path / "harbour-town-council" / "minutes.json"
    src.parent.mkdir()
    src.write_text(RECORDS_WITH_TRAILING_COMMA, encoding="utf-8")
    index = tmp_path / "index"
    report = ingest([src], index=index)
    assert [f.status for f in report.files] == [DocStatus.OK]
    ans = ask("How did the vote on Resolution 1402 go?", index=index)
    assert not ans.abstained
    assert "Resolution 1402" in ans.answer and "Yeas (3)" in ans.answer and "Nays (2)" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2023-04-04"}


def test_who_voted_against_is_answered_with_the_roll_calls_names(tmp_path: Path) -> None:
    src = tmp_path / "harbour-town-council" / "minutes.json"
    src.parent.mkdir()
    src.write_text(RECORDS_WITH_TRAILING_COMMA, encoding="utf-8")
    index = tmp_path / "index"
    ingest([src], index=index)
    ans = ask("What did the council decide about the Harbour library district, and which members voted against?",
              index=index)
    assert not ans.abstained
    assert "Nays (2): Lindqvist, Penhallow." in ans.answer  # (the names, not the counts alone)
    assert "2023-04-04" in {c.meeting_date for c in ans.citations}


@needs_corpus
def test_who_voted_against_an_escribe_amendment_is_named() -> None:
    src = CORPUS / "london-ontario/json/2025-03-19 1st Meeting of the Budget Committee.json"
    index = Path(__import__("tempfile").mkdtemp()) / "index"
    ingest([src], index=index)
    ans = ask("Which members of London's Budget Committee voted against amending the Surplus/Deficit Policy to put 3% "
              "into the Community Investment Reserve Fund?", index=index)
    assert not ans.abstained
    assert "A. Hopkins, E. Peloza" in ans.answer

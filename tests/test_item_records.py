"""One meeting's items exported as records: a JSON array of a town meeting's warrant articles, or a spreadsheet's CSV
of the votes taken (title, for, against, abstain, status, the day voted). Each record is a section, numbered and
titled by its fields, its tallies printed as labelled lines ("For: 166."), links left out. A township's minutes that
mention their county's board ("the County Board of Commissioners had dissolved ...") are not that board's: a board
that names no place is no authority, and their folder ("lincoln-township") says whose they are."""

from __future__ import annotations

import json
from pathlib import Path

from minutes_rag import DocStatus, api
from minutes_rag.index.ingest import body_named
from minutes_rag.parse.load import SUPPORTED_SUFFIXES, load_file
from minutes_rag.parse.meta import authority_from_text

from .conftest import CORPUS, needs_corpus

#: a made-up town meeting's warrant: its articles, their tallies and the links a civic site keeps beside them
WARRANT = [
    {"article": "ARTICLE 1", "voted": "20190", "for": "", "against": "", "abstain": "", "status": "",
     "id": "article1", "url": "CoverSheet.aspx?ItemID=1", "title": "TO ELECT BY BALLOT",
     "text": "One Moderator for three years and one Assessor for three years"},
    {"article": "ARTICLE 12", "voted": "2-Dec-2020", "for": "166", "against": "34", "abstain": "38", "status": "Pass",
     "id2": "draft-a-citizen", "official": "https://example.org/CoverSheet.aspx?ItemID=10246",
     "title": "RESOLUTION/HARBOUR LIGHTS BANNER AT TOWN HALL",
     "text": "To see if the Town will vote to continue to display the Harbour Lights banner on Town Hall until Town "
             "Meeting recommends its removal.",
     "insertby": "Inserted at the request of Mara Quill and 100 registered voters",
     "supplements": [{"comment": "Select Board voted (4-1) to advance this article without recommendation.",
                      "https://example.org/showdocument?id=53536": "Select Board report, p32..36"}]},
]

#: a made-up tally of a town meeting's votes, as a spreadsheet exports it (an escaped line break in a cell)
VOTES_CSV = """id,title,for,against,abstain,status,voted
agenda1,Consent Agenda #1,201,8,0,Pass,24-April-2019
debate,Terminate Debate,164,55,0,Pass,24-April-2019
article15,Article 15 - Accessory Dwelling Units,137,82,0,Fail,24-April-2019
article16#substitute,Article 16 – Substitute Motion_x000B_Ivo Brandt – Precinct 18,90,123,3,Fail,25-April-2019
"""


def test_item_records_synthetic_a_warrants_articles_are_numbered_sections_with_their_tallies(tmp_path: Path) -> None:
    src = tmp_path / "2020 special town meeting warrant.json"
    src.write_text(json.dumps(WARRANT), encoding="utf-8")
    loaded = load_file(src)
    assert loaded.status == DocStatus.OK and loaded.document is not None
    first, article = loaded.document.sections
    assert (article.item_number, article.item_title) == ("ARTICLE 12", "RESOLUTION/HARBOUR LIGHTS BANNER AT TOWN HALL")
    assert article.meeting_date == "2020-12-02" and first.meeting_date is None  # ("20190" is no day)
    for line in ("Voted: 2-Dec-2020; For: 166; Against: 34; Abstain: 38; Status: Pass.", "Inserted at the request of Mara Quill",
                 "Select Board voted (4-1) to advance this article without recommendation."):
        assert line in article.text, article.text
    for link in ("https://", "CoverSheet", "draft-a-citizen", "showdocument"):
        assert link not in loaded.document.pages[0].text


def test_item_records_synthetic_a_csv_of_votes_is_read_row_by_row(tmp_path: Path) -> None:
    assert ".csv" in SUPPORTED_SUFFIXES
    src = tmp_path / "2019 annual town meeting votes.csv"
    src.write_text(VOTES_CSV, encoding="utf-8")
    loaded = load_file(src)
    assert loaded.status == DocStatus.OK and loaded.document is not None
    rows = loaded.document.sections
    assert [r.item_title for r in rows][:3] == ["Consent Agenda #1", "Terminate Debate",
                                                "Article 15 - Accessory Dwelling Units"]
    assert rows[2].meeting_date == "2019-04-24" and rows[3].meeting_date == "2019-04-25"
    assert "For: 137; Against: 82; Abstain: 0; Status: Fail; Voted: 24-April-2019." in rows[2].text  # (one sentence)
    assert "Substitute Motion Ivo Brandt" in rows[3].item_title  # (the escaped line break read as a space)


def test_item_records_synthetic_a_csv_that_holds_no_records_is_refused_in_one_line(tmp_path: Path) -> None:
    src = tmp_path / "figures.csv"
    src.write_text("a,b,c\n1,2,3\n4,5,6\n", encoding="utf-8")
    loaded = load_file(src)
    assert loaded.status == DocStatus.EMPTY and "\n" not in loaded.message and "header row" in loaded.message
    binary = tmp_path / "votes.csv"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    assert load_file(binary).status == DocStatus.UNREADABLE
    huge = tmp_path / "notes.csv"  # (a cell past the csv module's limit: not a table a meeting's export writes)
    huge.write_text("title,notes\nA," + "x" * 200_000 + "\n", encoding="utf-8")
    loaded = load_file(huge)
    assert loaded.status == DocStatus.UNREADABLE and loaded.message.startswith("invalid CSV") and "\n" not in loaded.message


def test_item_records_synthetic_a_tally_is_answered_from_its_row(tmp_path: Path) -> None:
    folder = tmp_path / "harbourton-town-meeting"
    folder.mkdir()
    (folder / "2019 annual town meeting votes.csv").write_text(VOTES_CSV, encoding="utf-8")
    (folder / "2020 special town meeting warrant.json").write_text(json.dumps(WARRANT), encoding="utf-8")
    api.ingest([folder], index=tmp_path / "idx")
    assert {d.authority for d in api.documents(index=tmp_path / "idx")} == {"Town of Harbourton"}
    ans = api.ask("How many voted for the accessory dwelling units article, and did it pass?",
                  index=tmp_path / "idx", authority="Town of Harbourton")
    assert "137" in ans.answer and "Fail" in ans.answer, ans.answer


def test_item_records_synthetic_a_board_that_names_no_place_is_no_authority(tmp_path: Path) -> None:
    assert authority_from_text("County Commissioner D. Maple reported that the County Board of Commissioners had "
                               "formally dissolved the County Planning Commission.") is None
    assert authority_from_text("Clare County Board of Commissioners\nMinutes") == "Clare County Board of Commissioners"
    assert body_named("harbourton-town-meeting") == "Town of Harbourton"
    assert body_named("colfax-township-minutes") == "Colfax Township"
    folder = tmp_path / "lincoln-township" / "minutes"
    folder.mkdir(parents=True)
    (folder / "2017-05-08 board meeting minutes.md").write_text(
        "# Board Meeting — May 8, 2017\n\nSupervisor Zimmer called the meeting to order at 7PM.\n\nCounty "
        "Commissioner D. Maple reported that the County Board of Commissioners had formally dissolved the County "
        "Planning Commission.\n", encoding="utf-8")
    (folder / "2017-06-12 board meeting minutes.md").write_text(
        "# Board Meeting — June 12, 2017\n\nSupervisor Zimmer called the meeting to order at 7PM.\n\nThe board "
        "approved the road grading contract at $14,000.\n", encoding="utf-8")
    api.ingest([tmp_path / "lincoln-township"], index=tmp_path / "idx")
    assert {d.authority for d in api.documents(index=tmp_path / "idx")} == {"Lincoln Township"}


def test_item_records_synthetic_a_list_of_files_is_no_meetings_records(tmp_path: Path) -> None:
    src = tmp_path / "register.csv"
    src.write_text("source_id,title,publication_date,local_path,sha256\nS1,Levy project page,2026-02-23,raw/s1.html,ab12\n"
                   "S2,Levy update,2026-03-19,raw/s2.pdf,cd34\n", encoding="utf-8")
    loaded = load_file(src)
    assert loaded.status == DocStatus.UNSUPPORTED and "list of files" in loaded.message and "\n" not in loaded.message


@needs_corpus
def test_item_records_real_the_corpus_source_register_and_manifests_are_not_indexed() -> None:
    for name in ("bristol-city-council/source_register.csv", "pdf_manifest.csv", "text_manifest.csv"):
        loaded = load_file(CORPUS / name)
        assert loaded.status == DocStatus.UNSUPPORTED, (name, loaded.status, loaded.message)


def test_item_records_synthetic_a_records_status_is_its_votes_outcome_and_answers_what_became_of_it(
        tmp_path: Path) -> None:
    from minutes_rag.parse.votes import votes
    counted = votes("Voted: 24-April-2019; For: 137; Against: 82; Abstain: 0; Status: Fail.")
    assert [(v.counts.for_, v.counts.outcome) for v in counted] == [(137, "lost")]  # (more for than against, and
    assert counted[0].counts.text.endswith("Status: Fail")  # failed: a zoning change needs two thirds)
    assert votes("For: 233; Against: 3; Abstain: 7; Status: Pass-No Action.")[0].counts.text.endswith("Pass-No Action")
    assert votes("For: 3; Against: 9; Status: Withdrawn.")[0].counts.outcome is None  # (neither carried nor lost)
    (tmp_path / "docs" / "eastport-town-meeting").mkdir(parents=True)
    (tmp_path / "docs" / "eastport-town-meeting" / "2019 annual town meeting votes.csv").write_text(
        VOTES_CSV, encoding="utf-8")
    index = tmp_path / "idx"
    api.ingest([tmp_path / "docs"], index=index)
    register = api.decisions(index=index).decisions
    adu = [d for d in register if d.votes and d.votes.for_ == 137]
    assert adu and adu[0].votes.outcome == "lost", [(d.item, d.votes) for d in register]
    ans = api.ask("What happened to the accessory dwelling units article at the 2019 town meeting?", index=index)
    assert not ans.abstained and "Fail" in ans.answer and "137" in ans.answer, ans.answer
    # (and a question after how the meeting handled it, or after its tally)
    from minutes_rag.answer.cues import asks_vote
    assert asks_vote("How much did it put toward the depot, and what was the tally?")
    ans = api.ask("How did the 2019 town meeting handle the accessory dwelling units article?", index=index)
    assert not ans.abstained and "137" in ans.answer, ans.answer


def test_item_records_real_a_records_status_answers_what_became_of_it(tmp_path: Path) -> None:
    # Arlington's 2019 annual town meeting warrant, article 15, as its civic site's JSON holds it (outside
    # ../shared/corpus, in ext22; the supplements' links left out)
    record = {"article": "ARTICLE 15", "voted": "24-April-2019", "for": "137", "against": "82", "abstain": "0",
              "status": "Fail", "amendments": "", "id": "article15", "url": "CoverSheet.aspx?ItemID=7197&MeetingID=881",
              "title": "ZONING BYLAW AMENDMENT/ACCESSORY DWELLING UNITS",
              "text": "To see if the Town will vote to amend the Zoning Bylaw to allow accessory dwelling units in the "
                      "R0 and R1 Zoning Districts by amending SECTION 2 DEFINITIONS to define accessory dwelling "
                      "units; amending SECTION 5.4.3. USE REGULATIONS FOR RESIDENTIAL DISTRICTS to include the use in "
                      "the table of uses; and creating a new section, SECTION 5.9.2. ACCESSORY DWELLING UNITS, "
                      "containing standards for accessory dwelling units; or take any action related thereto.",
              "insertby": "(Inserted at the request of the Redevelopment Board)",
              "supplements": [{"comment": "The Redevelopment Board voted (4-0) to recommend Article 15 as amended."}]}
    election = {"article": "ARTICLE 5", "voted": "20190", "for": "", "against": "", "abstain": "", "status": "",
                "title": "ELECTION OF ASSISTANT TOWN MODERATOR",
                "text": "To elect a Town Meeting Member as Assistant Moderator for a term of one year, as provided in "
                        "Title I, Article 1, Section 11.A, of the Bylaws; or take any action related thereto.",
                "insertby": "(Inserted at the request of the Town Moderator)"}
    (tmp_path / "docs" / "arlington-town-meeting").mkdir(parents=True)
    (tmp_path / "docs" / "arlington-town-meeting" / "2019 annual town meeting warrant.json").write_text(
        json.dumps([election, record]), encoding="utf-8")
    (tmp_path / "docs" / "arlington-town-meeting" / "2020 special town meeting warrant.json").write_text(
        json.dumps(WARRANT), encoding="utf-8")  # (beside another meeting's articles, as it is filed)
    api.ingest([tmp_path / "docs"], index=tmp_path / "idx")
    ans = api.ask("What happened to the accessory dwelling units zoning change at Arlington's 2019 annual town "
                  "meeting?", index=tmp_path / "idx")
    assert not ans.abstained and "Fail" in ans.answer and "137" in ans.answer, (ans.answer, ans.warnings)
    ans = api.ask("How did Arlington's 2019 annual town meeting handle the accessory dwelling units zoning change?",
                  index=tmp_path / "idx")
    assert not ans.abstained and "137" in ans.answer, (ans.answer, ans.warnings)

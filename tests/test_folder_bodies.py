"""Whose papers they are, when their text names the body badly: a folder named after a body ("san-jose-city-council")
says whose documents are filed in it, over a place their text only mentions ("work with the County of Santa Clara")
or a name a line break cut short ("CITY OF SAN / JOSE"); a folder named by a place and the initials of the body its
papers' titles name ("charlotte-hdc" over "HISTORIC DISTRICT COMMISSION") names that body; a name is matched
whatever its accents ("San José"); words that only run into a kind of council ("a Statement of Policy and City
Council Questions", "Toni J. Taber, CMC / CITY COUNCIL") name no authority; the stamp of the meeting that approved
minutes ("APPROVED DECEMBER 11 2019") is not their meeting's date; a decision a form prints in capitals
("DECISION: APPLICATION FOR ROOF REPLACEMENT CONTINUED.") is one."""

from __future__ import annotations

from pathlib import Path

import pypdf

from minutes_rag import api
from minutes_rag.index.ingest import initialled
from minutes_rag.parse.header import meeting_date_of
from minutes_rag.parse.meta import authority_in_text, names_authority, place_of
from minutes_rag.reports.decisions import says_something
from minutes_rag.types import PageText

from .conftest import corpus, needs_corpus

AGENDA = "CITY OF EASTPORT\nCITY COUNCIL AGENDA AND NOTICE\nOctober 27, 2020\n\n1. Call to order.\n"
REPORT = ("DATE: January 26, 2021\nCATEGORY: New Business\nTITLE: Hotel Acquisition Opportunity\n\nRECOMMENDATION\n"
          "That the City Council direct staff to work with the County of Westshire to facilitate the acquisition of "
          "the Crestline Hotel, with 67 rooms, for housing.\n")
MEMO = ("TO: HONORABLE MAYOR AND FROM: Toni J. Taber, CMC\nCITY COUNCIL City Clerk\nSUBJECT: SEE BELOW DATE: August "
        "24, 2021\nApproval of three Dumpster Days sponsored by Council District 4, the first on August 21, 2021.\n")
RESOLUTION = ("RESOLUTION NO. ____\n\nA RESOLUTION OF THE COUNCIL OF THE CITY OF SAN\nJOSE RETROACTIVELY AUTHORIZING "
              "FREE USE OF CITY HALL ON AUGUST 14, 2021\n\nWHEREAS, the fire department held a written exam there.\n")
HDC = ("HISTORIC DISTRICT COMMISSION\nFebruary 12, 2020\nMINUTES\n\nMEMBERS PRESENT: Mr. Jim Haden (Chairperson)\n\n"
       "APPLICATION: 1545 WILMORE DRIVE - ROOF REPLACEMENT\nPROPOSAL: The proposal is a change in roof material.\n"
       "MOTION: CONTINUED 1st: RUMSCH 2nd: WALKER\nVOTE: 5/3 AYES: BARTH, HADEN NAYS: PARATI\n\nDECISION:\n"
       "APPLICATION FOR ROOF REPLACEMENT CONTINUED.\n\nAPPLICATION: 821 WALNUT AVENUE - TREE REMOVAL\n")


def test_folder_bodies_synthetic_the_words_that_name_no_authority() -> None:
    assert authority_in_text("RECOMMENDATION\nAdopt a Statement of Policy and City Council Questions related to the "
                             "selection of a prospective Chief of Police.")[0] is None
    assert authority_in_text(MEMO)[0] is None
    assert authority_in_text("Brighton and Hove City Council\nMinutes")[0] == "Brighton and Hove City Council"
    assert place_of("City of San José") == place_of("San Jose City Council") == ("san jose", "city")
    assert names_authority("What did San José decide?", "San Jose City Council")
    assert initialled("charlotte-hdc", ["Historic District Commission"] * 2) == "Charlotte Historic District Commission"
    assert initialled("charlotte-hdc", ["Planning Committee"]) is None and initialled("minutes", []) is None
    # (a body whose initials hold its place's: its name already names the place)
    assert initialled("eastport-epib", ["Eastport Public Information Board"] * 3) == "Eastport Public Information Board"


def test_folder_bodies_synthetic_the_folder_says_whose_papers_they_are(tmp_path: Path) -> None:
    for folder, name, text in [("eastport-city-council/agendas", "2020-10-27 agenda.txt", AGENDA),
                               ("eastport-city-council/reports", "2021-01-26 hotel report.txt", REPORT),
                               ("san-jose-city-council/reports", "2021-08-24 memo.txt", MEMO),
                               ("san-jose-city-council/reports", "2021-08-31 resolution.txt", RESOLUTION),
                               ("charlotte-hdc/minutes", "2020-02-12 minutes.txt", HDC),
                               ("charlotte-hdc/minutes", "2020-03-11 minutes.txt", HDC.replace("February 12", "March 11"))]:
        (tmp_path / "docs" / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / folder / name).write_text(text, encoding="utf-8")
    index = tmp_path / "idx"
    api.ingest([tmp_path / "docs"], index=index)
    got = {Path(d.source).name: d.authority for d in api.documents(index=index)}
    assert got["2020-10-27 agenda.txt"] == "City of Eastport"
    assert got["2021-01-26 hotel report.txt"] == "Eastport City Council", got  # (not "County of Westshire")
    assert got["2021-08-24 memo.txt"] == got["2021-08-31 resolution.txt"] == "San Jose City Council", got
    assert got["2020-02-12 minutes.txt"] == "Charlotte Historic District Commission", got
    # a filter written with its accents finds them, and one body's two namings are one authority
    hits = api.search("free use of city hall for the exam", index=index, authority="City of San José").hits
    assert hits and all(h.authority == "San Jose City Council" for h in hits)
    assert api.search("hotel rooms for housing", index=index, authority="City of Eastport").hits
    # the capitals of a form's decision are a decision
    register = api.decisions(index=index, authority="Charlotte Historic District Commission")
    assert any("ROOF REPLACEMENT CONTINUED" in d.text for d in register.decisions), register.decisions


def test_folder_bodies_synthetic_a_decision_in_capitals_and_an_approval_stamp() -> None:
    assert says_something("DECISION:\nAPPLICATION FOR ROOF REPLACEMENT CONTINUED.")
    assert not says_something("It was APPROVED that;") and not says_something("That the meeting BE ADJOURNED. "
                                                                                "**Motion Passed**")
    stamped = [PageText(1, "HISTORIC DISTRICT COMMISSION\nSeptember 23 - Room 901\nMINUTES\nMEMBERS PRESENT: Mr. A\n"),
               PageText(2, "APPROVED DECEMBER 11 2019\nAPPLICATION: 412 GRANDIN ROAD\n")]
    assert meeting_date_of(stamped, "minutes") is None
    assert meeting_date_of([PageText(1, "MINUTES\nMeeting held on 11 December 2019\n")], "minutes") == "2019-12-11"


@needs_corpus
def test_folder_bodies_real_a_report_that_runs_councils_together() -> None:
    # Kent's English Devolution White Paper report to County Council (9 January 2025) speaks of "Kent County
    # Council, Medway Council and District and Borough Councils": no council is named "Medway Council and District
    # and Borough Council"
    reader = pypdf.PdfReader(corpus("kent-county-council/full_council/2025-01-09/Devolution White Paper - County "
                                    "Council Report - FINAL.pdf"))
    head = "\n".join(p.extract_text() or "" for p in reader.pages[:2])
    assert "Medway Council and District and" in " ".join(head.split())
    assert authority_in_text(head)[0] != "Medway Council and District and Borough Council"


def test_folder_bodies_synthetic_an_association_a_school_committee_and_misread_dates(tmp_path: Path) -> None:
    from minutes_rag.index.ingest import body_named
    from minutes_rag.parse.meta import misread

    # a residents' association named alone on its title line, though its minutes speak of the city around it
    assert authority_in_text("EASTPORT DOWNTOWN RESIDENTS ASSOCIATION\nRegular Meeting January 28, 2009\nA speaker "
                             "from the City of Eastport attended.")[0] == "Eastport Downtown Residents Association"
    # a folder named after a place's school committee names it; a council's committee's folder names no authority
    assert body_named("minuteman-school-committee") == "Minuteman School Committee"
    assert body_named("finance-committee") is None and body_named("school-committee") is None
    # "4/2/2014" read day first in a file named "2014-04-02 ...", and a scan's "2073" for 2013
    assert misread("2014-02-04", "2014-04-02") and misread("2073-12-11", "2013-12-06")
    assert not misread("2014-04-02", "2014-04-02") and not misread("2013-12-11", "2013-12-06")
    assert not misread("2025-01-10", "2024-12-01")  # (an agenda filed the month before its meeting)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2014-04-02 referrals.txt").write_text(
        "City of Eastport\nOffice of the City Clerk\nLegislation Referred to Committees at the City Council Meeting\n"
        "4/2/2014\nWaiver of fees for the Harbour Festival.\n", encoding="utf-8")
    api.ingest([tmp_path / "docs"], index=tmp_path / "idx")
    doc = api.documents(index=tmp_path / "idx")[0]
    assert doc.meeting_date == "2014-04-02", (doc.meeting_date, doc.provenance)


def test_folder_bodies_synthetic_a_folder_named_by_place_and_initials_of_a_body_named_two_ways(tmp_path: Path) -> None:
    # a commission's minutes, some headed with its full name, some with its name without the place, one with none
    # (the heading forms of a county commission's minutes filed as "louisa-coa/minutes"): all are the commission's,
    # and a filter by its full name finds the one that names nothing
    papers = {
        "2019-05-01 minutes.txt": "Commission on Aging\nMinutes May 1, 2019\nLocation: Queen Center\nPresent: Ann Lee, "
                                  "Bob Kay\nTreasurer Report: Balance is $259.53\n",
        "2019-12-04 minutes.txt": "1\nDecember 4, 2019 Queen Intergenerational Center\nThe meeting was called to order "
                                  "by Vice President Barbara.\nHarbour Catering has been given the contract for the "
                                  "Holiday Luncheon.\n",
        "2020-01-07 minutes.txt": "Eastport County Commission on Aging Minutes\nJanuary 7, 2020\n1. Call to order (Ann "
                                  "Lee) (10:05 am)\n2. Treasurer's report: balance $1,319.51\n",
        "2020-02-05 minutes.txt": "Eastport County Commission on Aging Minutes\nFebruary 5, 2020\n1. Call to order (Ann "
                                  "Lee) (10:02 am)\n2. The luncheon debrief: 150 guests came.\n",
    }
    folder = tmp_path / "docs" / "eastport-coa" / "minutes"
    folder.mkdir(parents=True)
    for name, text in papers.items():
        (folder / name).write_text(text, encoding="utf-8")
    # and a public board whose initials hold its place's, on a Markdown heading (an information board's minutes)
    (tmp_path / "docs" / "iowa-ipib").mkdir()
    (tmp_path / "docs" / "iowa-ipib" / "2022-07-21 minutes.md").write_text(
        "# IOWA PUBLIC INFORMATION BOARD\n\n- July 21, 2022\n\n## Unapproved Minutes\n\nThe Board met on July 21, 2022 "
        "for its monthly meeting at 1:03 p.m.\n", encoding="utf-8")
    index = tmp_path / "idx"
    api.ingest([tmp_path / "docs"], index=index)
    got = {Path(d.source).name: d.authority for d in api.documents(index=index)}
    assert {got[n] for n in papers} == {"Eastport County Commission on Aging"}, got
    assert got["2022-07-21 minutes.md"] == "Iowa Public Information Board", got
    hits = api.search("which caterer for the holiday luncheon", index=index,
                      authority="Eastport County Commission on Aging").hits
    assert hits and "2019-12-04" in hits[0].source, [h.source for h in hits]

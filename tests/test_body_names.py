"""One body, named in several ways. A US township's minutes head with the jurisdictions stacked, outermost first
("State of Illinois / County of Will / Town of Crete"): the innermost is whose minutes they are. Its papers may name
it "Town of Crete" on one and "Crete Township" on another: a filter naming either reaches both, and an answer treats
them as one authority (no "No evidence found in the indexed minutes of" its other name). A title that reads "MINUTES
OF A MEETING OF X PARISH COUNCIL HELD ON 9TH JANUARY 2019" dates the meeting it heads, not an earlier one whose
draft minutes it then approves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from minutes_rag import scope
from minutes_rag.answer.around import one_naming
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.errors import ConfigError
from minutes_rag.parse.header import meeting_date_of
from minutes_rag.parse.meta import authority_core, authority_from_text, names_authority
from minutes_rag.types import Hit, PageText

from .conftest import corpus, needs_corpus
from .test_text_formats import _Names


def test_stacked_heading_synthetic_the_innermost_body_is_whose_minutes() -> None:
    assert authority_from_text("State of Illinois\nCounty of Eastwick\nTown of Millbrook\nMILLBROOK TOWNSHIP BOARD "
                               "OF TRUSTEES MEETING\nMarch 9, 2022") == "Town of Millbrook"
    assert authority_from_text("State of Illinois \nCounty of Eastwick \nMillbrook Township \nANNUAL TOWN MEETING\n"
                               "April 9, 2024") == "Millbrook Township"
    # a county's own minutes, naming a town in passing, stay the county's
    assert authority_from_text("County of Eastwick\nBoard minutes. The Town of Millbrook asked for a grant.") == \
        "County of Eastwick"
    assert authority_core("Millbrook Township") == "Millbrook"
    assert names_authority("What did Millbrook Township's board decide?", "Town of Millbrook")


def test_filter_synthetic_both_namings_of_one_body() -> None:
    names = _Names("Town of Millbrook", "Millbrook Township", "Westvale Parish Council")
    assert scope.resolve_authorities(names, ["Millbrook Township"]) == ["Millbrook Township", "Town of Millbrook"]
    assert sorted(scope.resolve_authorities(names, ["Millbrook"])) == ["Millbrook Township", "Town of Millbrook"]
    assert scope.resolve_authorities(names, ["Westvale Parish Council"]) == ["Westvale Parish Council"]
    two = _Names("Westshire District Council", "Westshire Combined Authority")
    assert scope.resolve_authorities(two, ["Westshire Combined Authority"]) == ["Westshire Combined Authority"]


def _hit(text: str, n: int, authority: str) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"d{n}:00000", doc_id=f"d{n}", source=f"d{n}.pdf", pages=[1],
               authority=authority, committee=None, meeting_date=f"2022-0{n}-09", item_number=None, item_title=None,
               kind="minutes", text=text)


def test_one_naming_synthetic_an_answer_speaks_of_one_body() -> None:
    hits = [_hit("The Millbrook board agreed to give the Park District $2,000 for Earth Day.", 1, "Town of Millbrook"),
            _hit("The Millbrook board heard that the racetrack site holds 200 semi-trailers.", 2,
                 "Millbrook Township")]
    assert [h.authority for h in one_naming(hits)] == ["Town of Millbrook", "Town of Millbrook"]
    # (one place's two bodies stay two: a district council and a combined authority)
    two = [_hit("x", 1, "Westshire District Council"), _hit("y", 2, "Westshire Combined Authority")]
    assert [h.authority for h in one_naming(two)] == ["Westshire District Council", "Westshire Combined Authority"]
    # the index knows both namings; the question uses the one the evidence does not
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1, authorities=("Millbrook Township", "Town of Millbrook",
                                                                    "Westvale Parish Council"))
    ans = answer_extractive("What did Millbrook Township's board agree to give the Park District for Earth Day?",
                            hits[:1], stats)
    assert not ans.abstained and "$2,000" in ans.answer, ans.answer
    assert "No evidence found" not in ans.answer and len(ans.citations) == 1


def test_title_date_synthetic_a_meeting_is_the_one_it_heads() -> None:
    page = ("                             NORTHVALE PARISH COUNCIL \n \n1 \n \nMINUTES OF A MEETING OF NORTHVALE "
            "PARISH COUNCIL \n  \nHELD ON 9TH JANUARY 2019 AT 19.00 IN NORTHVALE SCHOOL \n \nPRESENT: Cllrs Ann Lee, "
            "Bob Hale \n73. APOLOGIES FOR ABSENCE \nCllr Roger Morris \n77. MINUTES \nThe Chairman outlined some "
            "amendments to be made to the draft minutes for 12th December 2018.")
    assert meeting_date_of([PageText(1, page)], "minutes") == "2019-01-09"
    # the minutes of "the" meeting held on a day, in an approval, still date an earlier meeting
    approval = ("NORTHVALE PARISH COUNCIL\nMeeting on 13 February 2019\nThe minutes of the meeting held on\n"
                "9th January 2019 were approved.")
    assert meeting_date_of([PageText(1, approval)], "minutes") == "2019-02-13"


def test_heading_synthetic_a_body_on_a_line_of_its_own_before_one_in_running_text() -> None:
    text = ("Title: Council Meeting Minutes January 2022\n\n## WESTVALE SPRINGS COMMUNITY COUNCIL\n\n"
            "- Other Visitors Present: Tracy Cramer, Litter Manager at City of Northport\n")
    assert authority_from_text(text) == "Westvale Springs Community Council"
    # a role before the council's name is no part of it
    assert authority_from_text("MINUTES OF THE VIRTUAL MEETING HELD ON MAY 4TH 2020 Present: Cllr Ann Lee. It was "
                               "agreed that Ann Lee will remain as Chairman of Westvale Parish Council.") == \
        "Westvale Parish Council"
    # running text alone still names one
    assert authority_from_text("Minutes. The meeting of the City of Northport board was held.") == "City of Northport"


@needs_corpus
def test_heading_real_a_report_submitted_by_one_council_for_another() -> None:
    first = PdfReader(corpus("bristol-city-council/src-bcc-0006_appendix-a-feasibility-study-report-wpl-scheme-bristol-"
                             "final-draft.pdf")).pages[0].extract_text()
    assert "Submission by Nottingham City Council on behalf of" in first
    assert authority_from_text(first) == "Bristol City Council"


# ---- a council's name printed in capitals that wraps over the title block's lines ---------------------------


SYMPATHY = ("MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF NORTHSHIRE CITY AND\n\nCOUNTY COUNCIL HELD IN THE COUNCIL "
            "CHAMBER AND ONLINE, ON\n\nFRIDAY 26TH MAY, 2023, AT 9.30 AM, IN ORDER TO PASS A VOTE OF SYMPATHY\n\nON "
            "THE DEATH OF FORMER CHAIRMAN OF NORTHSHIRE COUNTY COUNCIL, JOHN SMITH.\n\nPRESENT IN THE CHAIR: "
            "Councillor F. Foley, Mayor.\n\nMEMBERS PRESENT:\n\nCouncillors Benson, Butler, Carey.")


def test_wrapped_title_synthetic_a_capitals_name_read_across_its_line_break() -> None:
    assert authority_from_text(SYMPATHY) == "Northshire City and County Council"
    assert authority_from_text("MINUTES OF PROCEEDINGS AT MEETING OF NORTHSHIRE CITY AND COUNTY\n\nCOUNCIL HELD IN "
                               "THE COUNCIL CHAMBER ON MONDAY, 22ND MAY, 2023.\n\nPRESENT IN THE CHAIR: Councillor "
                               "F. Foley.") == "Northshire City and County Council"
    # two names stacked are not one name: the council's own, then its meeting's body
    assert authority_from_text("WESSEX COUNTY COUNCIL\n\nCOUNTY COUNCIL\n\nMINUTES of a meeting of the County "
                               "Council held on 9 January 2025.") == "Wessex County Council"


def test_opening_synthetic_not_cut_inside_a_word() -> None:
    # the opening read for a name ends at a word's end, so a name it cuts is not read as a shorter one
    text = "Minutes of the committee. " + "x" * 1459 + " the City of London appended as Schedule 1."
    assert authority_from_text(text) is None


@needs_corpus
def test_wrapped_title_real_limericks_minutes_name_their_council() -> None:
    path = corpus("limerick/2024/01/22-Full Meeting of Limerick City and County Council/Minutes - Special Meeting "
                  "of Limerick City and County Council - 29th December 2023.md")
    assert authority_from_text(path.read_text(encoding="utf-8")) == "Limerick City and County Council"


def test_filter_synthetic_a_body_of_a_known_place_is_that_places_authority() -> None:
    # a filter that names a place's board or committee, not its council: "Millbrook Select Board" for "Town of
    # Millbrook" (its minutes head "SELECT BOARD"), "Eastmere Township Board of Trustees" for "Eastmere Township"
    names = _Names("Town of Millbrook", "Eastmere Township", "Westshire District Council")
    assert scope.resolve_authorities(names, ["Millbrook Select Board"]) == ["Town of Millbrook"]
    assert scope.resolve_authorities(names, ["Millbrook School Committee"]) == ["Town of Millbrook"]
    assert scope.resolve_authorities(names, ["Eastmere Township Board of Trustees"]) == ["Eastmere Township"]
    # a council of another kind of the same place is another authority; a place's other bodies that are no meeting
    # body are not its council's either
    for other in ("Westshire Community Council", "Westshire Police", "Northvale Select Board"):
        with pytest.raises(ConfigError, match="no indexed authority matches"):
            scope.resolve_authorities(names, [other])


def test_filter_synthetic_a_school_district_is_its_boards() -> None:
    # the district's full name for the committee whose minutes the index holds, and the other way round (eval/ext25:
    # "Minuteman Regional Vocational Technical School District" asked of the "Minuteman School Committee")
    names = _Names("Eastmere School Committee", "City of Westvale", "Town of Millbrook")
    assert scope.resolve_authorities(names, ["Eastmere Regional Vocational Technical School District"]) == [
        "Eastmere School Committee"]
    district = _Names("Northvale Unified School District", "City of Westvale")
    assert scope.resolve_authorities(district, ["Northvale Board of Education"]) == ["Northvale Unified School District"]
    # (a district of another place, or a place's other district, is no school board's)
    for other in ("Westvale Regional School District", "Eastmere Water District", "Southmere School District"):
        with pytest.raises(ConfigError, match="no indexed authority matches"):
            scope.resolve_authorities(names, [other])


def test_filter_synthetic_a_school_districts_name_searches_its_committees_minutes(tmp_path: Path) -> None:
    from minutes_rag import api

    doc = tmp_path / "2024-03-12 school committee minutes.md"
    doc.write_text("# Eastmere School Committee\n\nMinutes of the meeting of March 12, 2024\n\n## 4. Purchasing policy\n\n"
                   "The committee adopted the purchasing policy: the Assistant Superintendent of Finance serves as Chief "
                   "Procurement Officer.\n", encoding="utf-8")
    api.ingest([doc], index=tmp_path / "index", authority="Eastmere School Committee")
    ans = api.ask("Who serves as Chief Procurement Officer?", index=tmp_path / "index",
                  authority="Eastmere Regional Vocational Technical School District")
    assert not ans.abstained and "Assistant Superintendent of Finance" in ans.answer


@needs_corpus
def test_filter_real_kents_cabinet_is_kent_county_councils(session_index: tuple[Path, object]) -> None:
    from minutes_rag import api

    index, _ = session_index
    hits = api.search("budget consultation", k=5, index=index, authority="Kent County Council Cabinet").hits
    assert hits and {h.authority for h in hits} == {"Kent County Council"}, [h.authority for h in hits]


def test_filter_synthetic_a_council_of_a_place_named_the_australian_way() -> None:
    # "Regional Council of Eastvale" (as its papers are headed) for the "Eastvale Council" the index read elsewhere;
    # "District Council of Mount Vale" for "Mount Vale District Council"; "Shire of Westvale" for "Westvale Shire"
    names = _Names("Eastvale Council", "Mount Vale District Council", "Westvale Shire Council")
    assert scope.resolve_authorities(names, ["Regional Council of Eastvale"]) == ["Eastvale Council"]
    assert scope.resolve_authorities(names, ["District Council of Mount Vale"]) == ["Mount Vale District Council"]
    assert scope.resolve_authorities(names, ["Shire of Westvale"]) == ["Westvale Shire Council"]
    assert authority_core("Regional Council of Eastvale") == "Eastvale"

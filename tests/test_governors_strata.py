"""Whose minutes they are, for two kinds of body that are no council: a school's governing board ("DECOY COMMUNITY
PRIMARY SCHOOL BOARD OF GOVERNORS", its committees named in a form's field, "COMMITTEE; Business Management Committee
DATE; 28/09/2020", a semicolon for the colon) and a strata corporation, the owners of a condominium, named by its plan
("STRATA PLAN NW 2050": its "Strata Council" names no place). A user's fuller naming of such a body ("Cypress Point
Strata Council (Strata Plan NW2050)") finds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.errors import ConfigError
from minutes_rag.parse.header import _committee_in, meeting_date_of
from minutes_rag.parse.meta import authority_in_text
from minutes_rag.types import PageText

from .conftest import ingest_texts
from .outside_records import CYPRESS_POINT_2019_10_29, DECOY_BM_2020_09_28, DECOY_FGB_2019_12_09

FORM = ("GB 250310\nPage 1 of 6\nNORTHSHIRE HARBOUR PRIMARY SCHOOL BOARD OF GOVERNORS\n\nCOMMITTEE; Premises Committee "
        "DATE; 10/03/2025\n\n10/03/2025\n12/05/2025\n07/07/2025\nGOVERNOR ATTENDANCE\nJo Penrose P\nAlex Tull S\n")


def test_governors_synthetic_form() -> None:
    assert authority_in_text(FORM)[0] == "Northshire Harbour Primary School Board of Governors"
    assert _committee_in(FORM, "minutes") == "Premises Committee"
    assert meeting_date_of([PageText(1, FORM)], "minutes") == "2025-03-10"
    # (a school's kind alone names no board: "PRIMARY SCHOOL BOARD OF GOVERNORS")
    assert authority_in_text(FORM.replace("NORTHSHIRE HARBOUR ", ""))[0] is None
    assert authority_in_text("CATHOLIC PRIMARY SCHOOL GOVERNING BODY\nMinutes")[0] is None
    assert authority_in_text("HIGH STREET PRIMARY SCHOOL GOVERNING BODY\nMinutes")[0] == (
        "High Street Primary School Governing Body")


def test_governors_real_decoy() -> None:
    assert authority_in_text(DECOY_BM_2020_09_28)[0] == "Decoy Community Primary School Board of Governors"
    assert _committee_in(DECOY_BM_2020_09_28, "minutes") == "Business Management Committee"
    # ("Board of Governors DATE; 09/12/2019", above an attendance grid of the year's other dates)
    assert meeting_date_of([PageText(1, DECOY_FGB_2019_12_09)], "minutes") == "2019-12-09"
    assert _committee_in(DECOY_FGB_2019_12_09, "minutes") == "Board of Governors"


def test_governors_real_folder_names_the_board(tmp_path: Path) -> None:
    index = ingest_texts(tmp_path, {
        "decoy-governors/committees/2020-09-28 business management committee minutes.txt": DECOY_BM_2020_09_28,
        "decoy-governors/full-governing-body/2019-12-09 FGB minutes.txt": DECOY_FGB_2019_12_09})
    # (the full board's minutes, whose title line lacks the school's name, take the name its committee's give: their
    # folder, "full-governing-body", is the board's, not another body's)
    assert {d.authority for d in api.documents(index=index)} == {"Decoy Community Primary School Board of Governors"}


def test_strata_synthetic() -> None:
    text = "The Owners, Strata Plan LMS 123\nStrata Council Meeting\nMonday, March 3, 2025\nMinutes\n1. PRESENT: A. Tull"
    assert authority_in_text(text)[0] == "Strata Plan LMS123"
    assert authority_in_text("Strata Council Meeting\nMonday, March 3, 2025\nMinutes")[0] is None
    assert authority_in_text("Strata plan for 2026 levies\nMinutes")[0] is None


def test_strata_real_cypress_point_filter(tmp_path: Path) -> None:
    assert authority_in_text(CYPRESS_POINT_2019_10_29)[0] == "Strata Plan NW2050"
    index = ingest_texts(tmp_path, {"cypress-point-strata/council-minutes/2019-10-29 council minutes.txt":
                                    CYPRESS_POINT_2019_10_29})
    found = api.search("volunteer party in the lounge", authority="Cypress Point Strata Council (Strata Plan NW2050)",
                       index=index)
    assert found.hits and found.hits[0].authority == "Strata Plan NW2050", found
    with pytest.raises(ConfigError, match="no indexed authority"):  # (a kind of body alone matches none)
        api.search("volunteer party", authority="Strata Council of Nowhere", index=index)
    with pytest.raises(ConfigError, match="no indexed authority"):  # (nor does a neighbour's name ending in it)
        api.search("volunteer party", authority="North Strata Plan NW2050", index=index)

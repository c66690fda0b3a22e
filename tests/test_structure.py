"""Structure recovery (minutes_rag.parse.structure) on real council documents from the shared corpus.

Every expected value below was read off the extracted text of the named file (pypdf
``extract_text()`` for PDFs, the raw file for Markdown/text).  The corpus is read in place and
never copied; tests that need it skip with a reason when it is absent.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_rag.parse.dates import date_from_path, date_from_text
from minutes_rag.parse.header import KINDS
from minutes_rag.parse.structure import recover_structure
from minutes_rag.types import PageText, Section, Structure

CORPUS = Path(__file__).parent.parent.parent / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason=f"the shared corpus is not at {CORPUS} (a clone without ../shared); corpus tests skipped",
)

KENT_FEB = "kent-county-council/full_council/2025-02-13/Printed minutes 13th-Feb-2025 09.30 County Council.pdf"
KENT_FEB_AGENDA = "kent-county-council/full_council/2025-02-13/Agenda frontsheet 13th-Feb-2025 09.30 County Council.pdf"
KENT_S25 = "kent-county-council/full_council/2025-02-13/section 25 statement - FINAL.pdf"
KENT_CPP = "kent-county-council/full_council/2025-03-13/CPP Minutes 10.12.24.pdf"
KENT_QUESTIONS = "kent-county-council/full_council/2025-03-13/Questions put and answers given - March 2025.pdf"
BRISTOL_SEP = (
    "bristol-city-council/src-bcc-0022_src-bcc-0022-printed-minutes-transport-and-connectivity-policy-"
    "committee-12-september-2024.pdf"
)
BRISTOL_DN = "bristol-city-council/src-bcc-0004_decision-notice-transport-connectivity-policy-committee-2024-09-12.pdf"
BRISTOL_REPORT = "bristol-city-council/src-bcc-0003_committee-report-workplace-parking-levy-2024-09-12.pdf"
NIPISSING = "nipissing-township/minutes/Minutes-April-16-2024.pdf"
EPA = "east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf"
LONDON = "london-ontario/md/2025-01-06 2nd Meeting of the Community and Protective Services Committee.md"
LIMERICK = (
    "limerick/2024/01/22-Full Meeting of Limerick City and County Council/"
    "Minutes - Ordinary Meeting of Limerick City and County Council - 27th November 2023.md"
)
SOULDERN = "souldern-parish-council/minutes/2024-01-25 SPC minutes.pdf"
SEED_HARINGEY = "seeds/000_716b7456e7929a64.txt"
SEED_TOWER_HAMLETS = "seeds/002_5d3563911bb6194b.txt"

TEXT_SUFFIXES = (".md", ".txt")


@cache
def _pages(rel: str) -> tuple[PageText, ...]:
    """The document's text as the loader gives it: pypdf pages (1-based) or one unpaged text."""
    path = CORPUS / rel
    if not path.is_file():
        pytest.skip(f"corpus file missing: {rel}")
    if path.suffix.lower() == ".pdf":
        reader = pypdf.PdfReader(path)
        return tuple(PageText(i + 1, p.extract_text() or "") for i, p in enumerate(reader.pages))
    return (PageText(None, path.read_text(encoding="utf-8", errors="replace")),)


def _structure(rel: str) -> Structure:
    return recover_structure(list(_pages(rel)), Path(rel).name)


def _items(s: Structure) -> list[tuple[str | None, str | None]]:
    return [(sec.item_number, sec.item_title) for sec in s.sections if sec.item_number is not None]


def _section(s: Structure, item_number: str) -> Section:
    for sec in s.sections:
        if sec.item_number == item_number:
            return sec
    raise AssertionError(f"item {item_number} not found; items: {_items(s)}")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _assert_conserved(pages: list[PageText], s: Structure) -> None:
    """Every character lands in exactly one section, pages stay in order and in range."""
    assert s.sections, "at least one section"
    assert s.kind in KINDS
    by_page: dict[int | None, list[str]] = {}
    order: list[int | None] = []
    for sec in s.sections:
        assert sec.parts, "no section without parts"
        for part in sec.parts:
            by_page.setdefault(part.number, []).append(part.text)
            order.append(part.number)
    for page in pages:
        assert "".join(by_page.get(page.number, [])) == page.text, f"page {page.number} not conserved"
    joined = "".join(sec.text for sec in s.sections)
    assert _norm(joined) == _norm("".join(p.text for p in pages))
    numbers = [n for n in order if n is not None]
    if numbers:
        assert numbers == sorted(numbers), "page numbers must not go backwards"
        valid = {p.number for p in pages}
        assert set(numbers) <= valid
    if s.meeting_date is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s.meeting_date)


# ------------------------------------------------------------------------------------------
# Dates from text and paths
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "MINUTES of a meeting of the County Council held in the Council Chamber, Sessions House, "
                "County Hall, Maidstone on Thursday, 13 February 2025."
            ),
            "2025-02-13",
        ),
        ("12 September 2024 at 5.00 pm", "2024-09-12"),
        ("Tuesday, April 16, 2024", "2024-04-16"),
        ("Printed minutes 13th-Feb-2025 09.30 County Council", "2025-02-13"),
        ("Date: 12/09/2024", "2024-09-12"),  # UK day first
        ("Meeting on \n Thursday, 13th \nFebruary, 2025 \n at 9.30 am", "2025-02-13"),  # Kent agenda cover
        ("ONLINE, ON MONDAY, 27TH NOVEMBER, 2023, AT 3.00 P.M.", "2023-11-27"),  # Limerick, capitals
        ("Meeting: 13/10/2020 - Cabinet (Item 321)", "2020-10-13"),  # ModernGov issue page
        ("---\ntitle: 2nd Meeting\ndate: 2025-01-06\n---", "2025-01-06"),  # Markdown front matter
        ("January 27, 2020, 7:00 p.m.", "2020-01-27"),
        ("on 22nd of January 2024", "2024-01-22"),
        ("17® January, 2024,", "2024-01-17"),  # OCR turned "th" into a stray mark
        ("Board of Trustees Meeting----------August 26. 2025", "2025-08-26"),  # a typist's stop for the comma
        ("Plato Township Board Meeting Minutes \nJanuary, 23, 2024 \nPage 1 of 3", "2024-01-23"),  # and a comma more
    ],
)
def test_date_from_text(text: str, expected: str) -> None:
    assert date_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Page 2 of 14",
        "31/02/2024",  # no such day
        "Draft Revenue Budget 2025-26 and 2025-28 MTFP",  # year ranges are not dates
        "Finance Monitoring Report - Q3 - November 2024-25",
        "Report of the Director, March 2026",  # a month, no day
        "Questions 4 & 5 A,B,C",
        "09.30 County Council",  # a time
        "adjourned on March 3. The 2024 budget",  # (a sentence's stop is no part of a date)
    ],
)
def test_date_from_text_refuses_non_dates(text: str) -> None:
    assert date_from_text(text) is None


def test_date_from_text_takes_the_first_date() -> None:
    assert date_from_text("published 5 February 2025 for the meeting on 13 February 2025") == "2025-02-05"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (KENT_FEB, "2025-02-13"),
        (BRISTOL_SEP, "2024-09-12"),
        (NIPISSING, "2024-04-16"),
        ("souldern-parish-council/minutes/2019-07-25 SPC minutes.pdf", "2019-07-25"),
        (EPA, "2020-01-27"),
        # the file name wins over the folder it sits in
        ("kent-county-council/full_council/2025-02-13/9 January 2025 - County Council minutes.pdf", "2025-01-09"),
        ("kent-county-council/full_council/2025-02-13/19 December 2024 - County Council minutes.pdf", "2024-12-19"),
        (KENT_CPP, "2024-12-10"),  # dd.mm.yy
        ("kent-county-council/cabinet/2025-01-30/Appendix I Budget Risk Register 22.01.25.pdf", "2025-01-22"),
        ("nipissing-township/minutes/Minutes-September-2-2025-Special-Meeting.pdf", "2025-09-02"),
        ("nipissing-township/agenda-packages/April-16-2024-Council-Agenda-Package.pdf", "2024-04-16"),
        (LIMERICK, "2023-11-27"),
        # no date in the name: the folder's
        ("kent-county-council/full_council/2025-03-13/Governance Update Report.pdf", "2025-03-13"),
        # a date spread over folders
        ("limerick/2024/01/22-Full Meeting of Limerick City and County Council/notes.md", "2024-01-22"),
        ("C:\\minutes\\2025-02-13\\Printed minutes.pdf", "2025-02-13"),
    ],
)
def test_date_from_path(path: str, expected: str) -> None:
    assert date_from_path(path) == expected


@pytest.mark.parametrize(
    "path",
    [
        "24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf",
        "src-bcc-0014_committee-report-workplace-parking-levy-march-2026.pdf",
        "Questions put and answers given - March 2025.pdf",
        "SPC 201819 Audit Report.pdf",
        "",
    ],
)
def test_date_from_path_none(path: str) -> None:
    assert date_from_path(path) is None


# ------------------------------------------------------------------------------------------
# Kent County Council
# ------------------------------------------------------------------------------------------


@needs_corpus
def test_kent_budget_council_minutes() -> None:
    s = _structure(KENT_FEB)
    assert s.meeting_date == "2025-02-13"
    assert s.committee == "County Council"
    assert s.kind == "minutes"
    items = _items(s)
    assert [n for n, _ in items] == ["1", "2", "3", "4", "5", "6"]
    assert [sec.minute_number for sec in s.sections if sec.item_number] == ["286", "287", "288", "289", "290", "291"]
    assert items[0] == ("1", "Apologies for Absence")
    # a title wrapped over two lines before "(Item 2)" comes back whole
    assert items[1][1] == (
        "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda"
    )
    # text before the first item (attendance) is kept in a leading section
    lead = s.sections[0]
    assert lead.item_number is None and "PRESENT: Mr B J Sweetland" in lead.text

    s25 = _section(s, "5")
    assert s25.minute_number == "290"
    assert s25.item_title == "Section 25 Report"
    assert s25.parts[0].number == 2
    assert s25.resolutions[0].startswith("(4) RESOLVED that pursuant to section 25")
    assert s25.resolutions[0].endswith("decisions about the proposed budget.")

    minutes_item = _section(s, "3")
    assert (minutes_item.item_title or "").startswith("Minutes of the meetings held on 19 December 2024")
    assert minutes_item.resolutions == [
        (
            "RESOLVED that the minutes of the meetings held on 19 December 2024 and 9 \n"
            "January 2025 be approved as a correct record."
        )
    ]

    # the budget vote: item 6 runs from page 3 to the end, its decision is the lettered list
    budget = _section(s, "6")
    assert (budget.item_title or "").startswith("Capital Programme 2025-35 and Revenue Budget 2025-26")
    assert [p.number for p in budget.parts] == list(range(3, 15))
    (resolved,) = budget.resolutions
    assert resolved.startswith("(27)  RESOLVED that:")
    assert "The net revenue budget requirement of £1,530.9m for 2025-26." in resolved
    assert "(o)    To delegate authority to the Chief Executive" in resolved  # after "In addition:"
    assert resolved.endswith("replenish reserves at earliest opportunity.")
    # amendments that were lost are not decisions
    assert not any("Amendment lost" in r for sec in s.sections for r in sec.resolutions)


@needs_corpus
def test_kent_agenda_frontsheet() -> None:
    s = _structure(KENT_FEB_AGENDA)
    assert s.kind == "agenda"
    assert s.meeting_date == "2025-02-13"  # "Meeting on Thursday, 13th February, 2025" split over lines
    assert s.committee == "County Council"  # "A meeting of the County Council will be held" (page 3)
    items = _items(s)
    assert [n for n, _ in items] == ["1", "2", "3", "4", "5", "6"]
    assert items[4] == ("5", "Section 25 Report")
    assert all(sec.parts[0].number == 3 for sec in s.sections if sec.item_number)


@needs_corpus
def test_kent_report_stays_one_section() -> None:
    s = _structure(KENT_S25)
    assert s.kind == "report"
    assert s.title == "Section 25 Assurance Statement"
    assert s.committee == "County Council"  # "To: County Council"
    # numbered paragraphs ("1.1 ...", "(a) ...") are not agenda items
    assert len(s.sections) == 1 and s.sections[0].item_number is None
    assert [p.number for p in s.sections[0].parts] == list(range(1, 11))


@needs_corpus
def test_kent_panel_minutes_without_minute_numbers() -> None:
    s = _structure(KENT_CPP)
    assert s.meeting_date == "2024-12-10"  # not the "minutes of the meeting held on 29 October 2024" item
    assert s.committee == "Corporate Parenting Panel"
    items = _items(s)
    assert [n for n, _ in items] == [str(i) for i in range(1, 11)]
    assert items[3] == ("4", "Participation Team Update")  # title on page 1, "(Item 4)" on page 2
    assert _section(s, "4").resolutions == ["3. RESOLVED that the update be noted."]


@needs_corpus
def test_kent_questions() -> None:
    s = _structure(KENT_QUESTIONS)
    assert s.kind == "questions"
    assert s.meeting_date == "2025-03-13"
    assert s.committee == "County Council"
    assert _items(s) == [(str(i), f"Question {i}") for i in range(1, 13)]
    assert _section(s, "2").parts[0].number == 3


# ------------------------------------------------------------------------------------------
# Bristol City Council
# ------------------------------------------------------------------------------------------

BRISTOL_SEP_ITEMS = [
    ("1", "Welcome, Introductions and Safety Information"),
    ("2", "Apologies for Absence and Substitutions"),
    ("3", "Declarations of Interest"),
    ("4", "Minutes of the Previous Meeting"),
    ("5", "Chair's Announcements"),
    ("6", "Public Forum"),
    ("7", "Opportunities to promote sustainable transport through a review of parking policies and charges"),
    ("8", "Supported Bus Services Priorities Task and Finish Group"),
    ("9", "Bristol Regional Cycling Hub, Lawrence Weston"),
    ("10", "Workplace Parking Levy"),
    ("11", "2024/25 P3 Finance Forecast Report - Transport & Connectivity"),
    ("12", "Q1 2024/25 Corporate Risk Report - Transport and Connectivity"),
]


@needs_corpus
def test_bristol_minutes() -> None:
    s = _structure(BRISTOL_SEP)
    assert s.meeting_date == "2024-09-12"
    assert s.committee == "Transport and Connectivity Policy Committee"
    assert s.kind == "minutes"
    # the numbered public-forum statement list ("10 Dr Philippa A Nason" ... "67 ...") is not items
    assert _items(s) == BRISTOL_SEP_ITEMS
    wpl = _section(s, "10")
    assert [p.number for p in wpl.parts] == [12, 13, 14]
    assert wpl.parts[0].text.lstrip().startswith("10 Workplace Parking Levy")
    (decision,) = wpl.resolutions
    assert decision.startswith("It was APPROVED;")
    assert "at a cost of up to £1m" in decision
    parking = _section(s, "7")
    assert parking.parts[0].number == 5
    assert any(r.startswith("The Policy Committee RESOLVED:") for r in parking.resolutions)
    assert any("£2 per hour" in r for r in parking.resolutions)
    assert _section(s, "12").resolutions == [
        (
            "It was RESOLVED that the Committee noted the contents of report on the P3 forecast for the "
            "Transport \nand Connectivity Committee."
        )
    ]


@needs_corpus
def test_bristol_decision_notice() -> None:
    s = _structure(BRISTOL_DN)
    assert s.kind == "decision_notice"
    assert s.meeting_date == "2024-09-12"
    assert s.committee == "Transport and Connectivity Policy Committee"
    assert [n for n, _ in _items(s)] == ["7", "8", "9", "10", "11", "12"]  # "(agenda item N)"
    wpl = _section(s, "10")
    assert wpl.item_title == "Workplace Parking Levy"
    assert wpl.parts[0].number == 8
    assert wpl.parts[0].text.lstrip().startswith("Deadline for Escalation Panel referral")
    for sec in s.sections:
        if sec.item_number:
            assert len(sec.resolutions) == 1 and sec.resolutions[0].startswith("(d) Decision taken")
            assert "(e) Exempt Information" not in sec.resolutions[0]


@needs_corpus
def test_bristol_committee_report() -> None:
    s = _structure(BRISTOL_REPORT)
    assert s.kind == "report"
    assert s.meeting_date == "2024-09-12"  # "DATE: 12 September 2024"
    assert s.committee == "Transport and Connectivity Committee"  # "COMMITTEE: ..."
    assert s.title == "Workplace Parking Levy"
    assert len(s.sections) == 1


# ------------------------------------------------------------------------------------------
# Canada and the US
# ------------------------------------------------------------------------------------------


@needs_corpus
def test_nipissing_minutes_motions() -> None:
    s = _structure(NIPISSING)
    assert s.meeting_date == "2024-04-16"
    assert s.committee == "Township of Nipissing Council"
    assert "Nipissing" in (s.committee or "")
    assert s.kind == "minutes"
    resolutions = [r for sec in s.sections for r in sec.resolutions]
    assert [r.split()[0] for r in resolutions] == [f"R2024-{n:03d}" for n in range(89, 98)]
    assert resolutions[0] == (
        "R2024-089 D. Yemm, S. Kirkey: \n"
        "That the minutes of the Council Meeting held April 2, 2024 be adopted as published.  Carried."
    )
    assert all(r.endswith("Carried.") for r in resolutions)
    assert "NOW THEREFORE BE IT RESOLVED" in resolutions[1]  # inside the motion, not a second block
    assert not any("Deferred" in r for r in resolutions)  # "Item #10 ... Deferred." is no decision


@needs_corpus
def test_east_palo_alto_planning_commission() -> None:
    s = _structure(EPA)
    assert s.meeting_date == "2020-01-27"
    assert s.committee == "Planning Commission"
    assert s.kind == "minutes"
    assert _items(s) == [
        ("1", "CALL TO ORDER AND ROLL CALL"),
        ("2", "APPROVAL OF THE AGENDA"),
        ("3", "PUBLIC COMMENT"),
        ("4", "APPROVAL OF CONSENT CALENDAR"),  # its sub-items "1." and "2." stay inside it
        ("5", "SPECIAL PRESENTATIONS"),
        ("6", "PUBLIC HEARINGS - NONE"),
        ("7", "INFORMATIONAL ITEMS"),
        ("8", "ADJOURNMENT"),
    ]
    agenda = _section(s, "2")
    assert agenda.resolutions[0].startswith("RESULT: APPROVED [UNANIMOUS]")
    assert agenda.resolutions[0].endswith("ABSENT: Hernandez")
    # "RESULT: FAILED" is not a decision that was made
    assert not any("FAILED" in r for sec in s.sections for r in sec.resolutions)


@needs_corpus
def test_london_ontario_markdown() -> None:
    s = _structure(LONDON)
    assert s.meeting_date == "2025-01-06"
    assert s.committee == "Community and Protective Services Committee"
    assert s.kind == "minutes"
    assert s.title == "2nd Meeting of the Community and Protective Services Committee"
    numbers = [n for n, _ in _items(s)]
    assert numbers == ["1", "2", "2.1", "2.3", "2.4", "2.5", "2.6", "2.2", "3", "4", "4.1", "5", "6"]
    assert _items(s)[0] == ("1", "Disclosures of Pecuniary Interest")  # "&nbsp;" cleaned away
    assert _section(s, "1").resolutions == [
        "That it BE NOTED that no pecuniary interests were disclosed."
    ]
    received = _section(s, "2.1").resolutions
    assert len(received) == 1 and "BE RECEIVED" in received[0] and received[0].endswith("Motion Passed**")
    assert all(p.number is None for sec in s.sections for p in sec.parts)


# ------------------------------------------------------------------------------------------
# Limerick, Souldern, ModernGov pages
# ------------------------------------------------------------------------------------------


@needs_corpus
def test_limerick_minutes() -> None:
    s = _structure(LIMERICK)
    assert s.meeting_date == "2023-11-27"
    assert s.committee == "Limerick City and County Council"
    assert s.kind == "minutes"
    items = _items(s)
    assert [n for n, _ in items] == [str(i) for i in range(1, 19)]  # "1." alone, title on the next line
    assert items[0] == ("1", "Adoption of Minutes")
    assert items[2] == ("3", "Disposal of Land")
    land = _section(s, "3").resolutions
    assert len(land) >= 20
    assert all(r.startswith("And Resolved:") and "“That" in r and r.endswith("”") for r in land)


@needs_corpus
def test_souldern_minute_references() -> None:
    s = _structure(SOULDERN)
    assert s.meeting_date == "2024-01-25"
    assert s.committee == "Souldern Parish Council"
    refs = [sec.minute_number for sec in s.sections if sec.item_number]
    assert refs[:3] == ["01.24.01", "01.24.02", "01.24.03"]
    assert "07.17.02" not in refs  # action-log references from older meetings are not items
    assert _section(s, "8").item_title == "20mph limit"
    assert _section(s, "9").item_title == "Planning"
    assert any(r.startswith("It was agreed that the PC will send") for r in _section(s, "4").resolutions)


@needs_corpus
def test_moderngov_issue_pages() -> None:
    s = _structure(SEED_HARINGEY)
    assert (s.meeting_date, s.committee, s.kind) == ("2020-10-13", "Cabinet", "minutes")
    assert _items(s) == [("321", "Children's Services Update")]
    t = _structure(SEED_TOWER_HAMLETS)
    assert t.meeting_date == "2019-12-17"
    assert t.committee == "Children and Education Scrutiny Sub-Committee"
    assert _items(t) == [("4", "Children’s Social Care & Early Help – 6 months post inspection update")]


# ------------------------------------------------------------------------------------------
# Kinds and edge cases (no corpus needed)
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Printed minutes 13th-Feb-2025 09.30 County Council.pdf", "minutes"),
        ("Agenda frontsheet 13th-Feb-2025 09.30 County Council.pdf", "agenda"),
        ("src-bcc-0004_decision-notice-transport-connectivity-policy-committee-2024-09-12.pdf", "decision_notice"),
        ("Questions put and answers given - March 2025.pdf", "questions"),
        ("src-weca-0022_joint-meeting-2026-03-27-public-questions-mayor-responses.pdf", "questions"),
        ("src-weca-0023_joint-meeting-2026-03-27-statements.pdf", "statements"),
        ("src-bcc-0016_transport-connectivity-policy-committee-forward-plan-2026-01-21.pdf", "forward_plan"),
        ("24-00096 - EQIA.pdf", "eqia"),
        ("src-bcc-0032_part-2-articles-of-the-constitution-june-2024.pdf", "constitution"),
        ("src-bcc-0029_part-3-2-terms-of-reference-of-committees-november-2025.pdf", "constitution"),
        ("src-bcc-0003_committee-report-workplace-parking-levy-2024-09-12.pdf", "report"),
        ("February 2025 Kent County Council Budget Report.pdf", "budget"),
        ("2025-03-19 1st Meeting of the Budget Committee.md", "document"),  # a committee, not a budget
    ],
)
def test_kind_from_file_name(name: str, kind: str) -> None:
    assert recover_structure([PageText(1, "")], name).kind == kind


def test_kind_from_text_when_the_name_says_nothing() -> None:
    report = "From: Roger Gough, Leader\nTo: Cabinet – 30 January 2025\nSubject: Budget update\n1. Introduction\n"
    s = recover_structure([PageText(1, report)], "doc.pdf")
    assert s.kind == "report"
    assert s.committee == "Cabinet"
    assert s.meeting_date == "2025-01-30"
    assert s.title == "Budget update"
    assert len(s.sections) == 1


def test_no_pages_and_scanned_pages() -> None:
    empty = recover_structure([], "x.pdf")
    assert len(empty.sections) == 1 and empty.meeting_date is None and empty.committee is None
    scanned = [PageText(i, "") for i in range(1, 5)]
    s = recover_structure(scanned, "2019-07-25 SPC minutes.pdf")
    assert len(s.sections) == 1
    assert [p.number for p in s.sections[0].parts] == [1, 2, 3, 4]


def test_numbered_paragraphs_in_minutes_are_not_items() -> None:
    text = (
        "Minutes of the Example Committee\n12 September 2024 at 5.00 pm\n"
        "1 Welcome\nThe Chair welcomed all.\n"
        "2 Public Forum\nStatements were received:\n"
        "10 Jane Doe\n11 John Smith\n12 Ann Other\n13 Bob Jones\n"
        "3 Budget\nIt was APPROVED:\n"
        "1. The committee is asked to note the report and agree the recommendations set out in it.\n"
        "4 Close\nThe meeting ended.\n"
    )
    s = recover_structure([PageText(1, text)], "minutes.pdf")
    assert _items(s) == [("1", "Welcome"), ("2", "Public Forum"), ("3", "Budget"), ("4", "Close")]
    assert s.committee == "Example Committee"
    assert s.meeting_date == "2024-09-12"
    assert _section(s, "3").resolutions[0].startswith("It was APPROVED:\n1. The committee")


# ------------------------------------------------------------------------------------------
# Nothing is lost: every character of every page lands in exactly one section
# ------------------------------------------------------------------------------------------


def _corpus_files(suffixes: tuple[str, ...]) -> list[str]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
    )


def _sample() -> list[str]:
    """About 40 files for the default run: the smallest PDFs (fast to extract) and every other text."""
    pdfs = sorted(_corpus_files((".pdf",)), key=lambda rel: ((CORPUS / rel).stat().st_size, rel))[:22]
    texts = _corpus_files(TEXT_SUFFIXES)[::4]
    return sorted(pdfs + texts)


@needs_corpus
@pytest.mark.parametrize("rel", _sample() or ["<no corpus>"])
def test_nothing_lost_sample(rel: str) -> None:
    pages = list(_pages(rel))
    _assert_conserved(pages, recover_structure(pages, Path(rel).name))


@needs_corpus
@pytest.mark.slow
@pytest.mark.parametrize("rel", _corpus_files((".pdf",) + TEXT_SUFFIXES + (".json", ".csv", ".jsonl")) or ["<none>"])
def test_nothing_lost_whole_corpus(rel: str) -> None:
    pages = list(_pages(rel))
    _assert_conserved(pages, recover_structure(pages, rel))


_TOKENS = st.sampled_from(
    [
        "\n", "\n\n", " ", "1.", "2.", "12 ", "3 ", "(Item 1)", "(Item 2)", "286.   ", "Apologies", "Minutes of the ",
        "RESOLVED that", "It was agreed", "AGREED", "Carried.", "R2024-001 A. B, C. D:\nThat ", "> Moved by X",
        "> **Motion Passed**", "# 1.&nbsp;&nbsp;Title", "## 2.1 Sub", "(a) Subject: Thing\n(agenda item 7)",
        "Question 1 – Name", "01.24.01 Apologies", "13 February 2025", "April 16, 2024", "“That", "”", ":",
        "Meeting: 13/10/2020 - Cabinet (Item 3)", "3 Thing PDF 2 MB", "&nbsp;", "\x0c", "\r\n", "é", "£",
    ]
)
_TEXT = st.lists(st.one_of(_TOKENS, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(), _TEXT), min_size=1, max_size=5), st.booleans(), st.text(max_size=30))
def test_any_text_is_conserved(texts: list[str], paged: bool, name: str) -> None:
    pages = [PageText(i + 1, t) for i, t in enumerate(texts)] if paged else [PageText(None, "".join(texts))]
    s = recover_structure(pages, name)
    _assert_conserved(pages, s)
    for sec in s.sections:
        for r in sec.resolutions:
            assert r and r == r.strip() and r in sec.text


@given(st.text())
def test_date_helpers_never_raise(text: str) -> None:
    for value in (date_from_text(text), date_from_path(text)):
        assert value is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)


def test_a_weekday_the_calendar_contradicts_makes_the_text_date_doubtful() -> None:
    from minutes_rag.parse.header import meeting_date_of

    right = [PageText(1, "Public Questions and Mayor's Responses\nJoint Committee, Friday 05 June 2026\n\nQuestion 1")]
    wrong = [PageText(1, "Public Questions and Mayor's Responses\nJoint Committee, Friday 05 March 2026\n\nQuestion 1")]
    assert meeting_date_of(right, "report") == "2026-06-05"
    assert meeting_date_of(wrong, "report") is None  # 5 March 2026 was a Thursday: the file name's date is used


@needs_corpus
def test_a_misdated_heading_falls_back_to_the_file_name_date(tmp_path: Path) -> None:
    from minutes_rag import api

    pdf = CORPUS / "west-of-england-ca/src-weca-0025_joint-meeting-2026-06-05-public-questions-mayor-responses.pdf"
    api.ingest([pdf], index=tmp_path / "idx", embedder="hash")
    (doc,) = api.documents(index=tmp_path / "idx")
    assert doc.meeting_date == "2026-06-05" and doc.provenance["meeting_date"] == "filename"


def test_a_files_last_updated_stamp_is_not_its_meetings_date() -> None:
    """A running header's "Last Updated: 2/9/2021" (read day first, 2 September) stands above the title's
    "Meeting Minutes – January 6, 2021": the stamp says when the file changed, the title which meeting it records."""
    from minutes_rag.parse.header import meeting_date_of

    page = [PageText(1, "January 2021 Commission Minutes  Page 1 of 5\nLast Updated: 2/9/2021\nCounty Commission on "
                        "Aging\nMeeting Minutes – January 6, 2021\n1. Call to order\nMeeting was called to order at 10:06")]
    assert meeting_date_of(page, "minutes") == "2021-01-06"
    revised = [PageText(1, "Parish Council\nRevised: 12 March 2024\nMinutes of the meeting held on 4 March 2024\n")]
    assert meeting_date_of(revised, "minutes") == "2024-03-04"


def test_a_date_fused_into_a_pages_name_is_not_its_meetings_date() -> None:
    """A page's front matter names it by the day it was posted ("slug = 2009-07-02-minutes-of-regular-meeting-...");
    its title states the meeting's day."""
    from minutes_rag.parse.header import meeting_date_of

    page = [PageText(None, '+++\ntags = []\nauthor = "J Story"\npublished = 2009-07-02T11:34:00-07:00\ntitle = '
                           '"Minutes of Regular Meeting, May 27, 2009"\nslug = "2009-07-02-minutes-of-regular-meeting-'
                           'may-27-2009"\n+++\nChairperson: Lila Wood\nCall to Order: 7:08 pm')]
    assert meeting_date_of(page, "minutes") == "2009-05-27"


def test_an_updated_stamp_marks_only_the_date_on_its_own_line() -> None:
    from minutes_rag.parse.header import meeting_date_of

    page = [PageText(1, "Northshire Parish Council Minutes Updated\n4 March 2024 at 7pm\nApologies were received.\n"
                        "The minutes of 5 February 2024 were approved.")]
    assert meeting_date_of(page, "minutes") == "2024-03-04"

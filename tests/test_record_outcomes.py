"""Records of decisions that set out each item as its fields and then its outcome on a line of its own ("Granted, with
closing hours of 3:00 AM ...", "Deferred to the May 29, 2025 Voting Hearing", "Rejected with prejudice"):

- the outcome line is a sentence of its own, not the end of the field line above it;
- a quote from an item's fields is read on to its outcome line;
- an item put off to a later meeting is followed there: that record's outcome for the same item is quoted;
- a record's date is the one its file is named by when its title block states it too ("Voting Hearing Agenda May 1,
  2025" over the "Hearing on Tuesday, April 29, 2025" whose cases it decides).

The real passages are from the City of Boston Licensing Board's voting-hearing records of May and August 2025 (from
outside ``../shared/corpus``; their source is in ``eval/ext29/SOURCES.md``), held here as the library reads them."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.window import with_neighbours
from minutes_rag.parse.header import meeting_date_of
from minutes_rag.parse.structure import recover_structure
from minutes_rag.text import sentences
from minutes_rag.types import Hit, PageText

from .conftest import ask_texts

WESTVALE_MAY = ("Westvale Borough\nCommissioners:\nMayor A. Smith\nJ. Jones, Chair\nLicensing Board\n\n"
                "Voting Hearing Agenda\nMay 2, 2025\n\nLicensed Premise Hearing on Tuesday, April 29, 2025\n\n"
                "4. Harbour Kitchen Limited\nDoing business as: Harbour Kitchen 3 Quay Road, Westvale License #: WV-1001 "
                "Has applied to extend its opening hours to 2:00 AM on Fridays and Saturdays for the summer season.\n"
                "Deferred to the May 16, 2025 Voting Hearing\n"
                "5. Red Lion Tavern Limited\nDoing business as: Red Lion 12 High Street, Westvale License #: WV-1002 "
                "Has applied for a pavement licence for six tables outside the premises\nGranted, with a closing hour of "
                "10:00 PM for the tables\n")
WESTVALE_LATER = ("Westvale Borough\nCommissioners:\nMayor A. Smith\nJ. Jones, Chair\nLicensing Board\n\n"
                  "Voting Hearing Agenda\nMay 16, 2025\n\n"
                  "1. The Board deferred disposition of the following matter: Harbour Kitchen Limited d/b/a Harbour "
                  "Kitchen, 3 Quay Road, Westvale License #: WV-1001.\nRefused\n\n"
                  "2. Quayside Stores Limited\nDoing business as: Quayside Stores 9 Quay Road, Westvale License #: WV-1003 "
                  "Has applied for an off-licence to sell wine and beer until 11:00 PM.\nWithdrawn\n")


def test_outcome_line_synthetic_is_a_sentence_of_its_own() -> None:
    text = ("Manager: Jo Bloggs Closing Time: 11:00 PM Attorney: Sam Smith of Smith and Partners for the applicant\n"
            "Refused, the Board citing residents' complaints\n")
    assert [s for _, s in sentences(text)][-1] == "Refused, the Board citing residents' complaints"
    # (a wrapped line that goes on with a lower-case word is still one sentence)
    wrapped = "The committee considered the application from the owners of the Red Lion and its plans for the\nyard"
    assert len(sentences(wrapped)) == 1


def test_outcome_line_synthetic_quote_reads_on_to_it() -> None:
    text = WESTVALE_MAY
    sents = sentences(text)
    at = next((o, s) for o, s in sents if s.startswith("Doing business as: Red Lion"))
    quoted = [s for _, s in with_neighbours(text, [at])]
    assert any(s.startswith("Granted, with a closing hour of 10:00 PM") for s in quoted), quoted
    # (not the next item's outcome: the item opening between ends the reach)
    first = next((o, s) for o, s in sents if s.startswith("Doing business as: Harbour Kitchen"))
    assert not any(s.startswith("Granted") for _, s in with_neighbours(text, [first]))


def test_deferred_item_synthetic_followed_to_the_later_record(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westvale/2025-05-02 voting hearing record.txt": WESTVALE_MAY,
                               "westvale/2025-05-16 voting hearing record.txt": WESTVALE_LATER},
                    "What did the Westvale Licensing Board decide in May 2025 on Harbour Kitchen's application to extend "
                    "its opening hours?")
    assert not ans.abstained, ans.warnings
    assert "Refused" in ans.answer and "Withdrawn" not in ans.answer, ans.answer


def test_record_date_synthetic_is_the_one_its_file_is_named_by() -> None:
    pages = [PageText(1, WESTVALE_MAY)]
    assert meeting_date_of(pages, "minutes") == "2025-04-29"  # (the hearing's weekday backs its date)
    assert meeting_date_of(pages, "minutes", "2025-05-02") == "2025-05-02"  # (the title's, which the file names)
    assert meeting_date_of(pages, "minutes", "2025-06-30") == "2025-04-29"  # (a name's date the text does not state)
    assert recover_structure(pages, "2025-05-02 voting hearing record.txt").meeting_date == "2025-05-02"


BOSTON_AUG = (
    "City of Boston\nCommissioners:\nMayor Michelle Wu\nKathleen M. Joyce, Chairman\nLicensing Board\n\n"
    "Voting Hearing Agenda\nAugust 28, 2025\n\nLicensed Premise Inspection Hearing on Tuesday, August 26, 2025\n\n"
    "3. Cantina Hospitality, LLC\nDoing business as: Taco Bell 288 Washington St, Brighton, MA 02135 License #: "
    "LB-606086 Has applied for a Common Victualler License to be exercised on the above - The 1,370SF Single-story "
    "space features a customer lobby and service counter with a pickup window in the front, and a kitchen and "
    "employee restroom located in the rear. Manager: Nelson Aguero Hours of Operation: 8:00 AM to 3:00 AM Attorney: "
    "Thomas P Miller\nGranted, with closing hours of 3:00 AM Sunday-Thursday and 3:30 AM Friday-Saturday\n")


def test_outcome_line_real_boston_taco_bell() -> None:
    sents = sentences(BOSTON_AUG)
    assert sents[-1][1].startswith("Granted, with closing hours")
    at = next((o, s) for o, s in sents if s.startswith("Doing business as: Taco Bell"))
    assert any("3:30 AM Friday-Saturday" in s for _, s in with_neighbours(BOSTON_AUG, [at]))
    pages = [PageText(1, BOSTON_AUG)]
    assert meeting_date_of(pages, "minutes") == "2025-08-26"
    assert recover_structure(pages, "voting_minutes_2025-08-28.pdf").meeting_date == "2025-08-28"


BOSTON_MAY_15 = (
    "City of Boston\nLicensing Board\n\nVoting Hearing Agenda\nMay 15, 2025\n\n"
    "5. Selhi Associates, LLC\nDoing business as: McDonald’s 301 Warren St, Roxbury, MA 02119 License #: LB-100320 "
    "Holder of a Common Victualler License has petitioned to change the Hours of the licensed business From : 1:00 AM "
    "Drive thru Closing only To: 3:00 AM Closing for Drive thru & deliveries only.\n"
    "Deferred to the May 29, 2025 Voting Hearing\n"
    "6. Selhi Group 2, LLC\nDoing business as: McDonald’s 146-146A Tremon T Boston, MA 02111 License #: LB-128574 "
    "Holder of a Common Victualler License has petitioned to change the Hours of the licensed business From : 12:00 AM "
    "Drive thru Closing only To: 3:00 AM Closing for Drive thru & deliveries only\n"
    "Deferred to the May 29, 2025 Voting Hearing\n")
BOSTON_MAY_29 = (
    "City of Boston\nLicensing Board\n\nVoting Hearing Agenda\nMay 29, 2025\n\n"
    "2. The Board deferred disposition of the following transactional matter: Selhi Associates, LLC d/b/a McDonald’s, "
    "301 Warren St, Roxbury, MA 02119 License #: LB-100320 Holder of a Common Victualler License has petitioned to "
    "change the Hours of the licensed business From: 1:00 AM Drive thru Closing only To: 3:00 AM Closing for Drive thru "
    "& deliveries only.\nRejected with prejudice\n"
    "3. The Board deferred disposition of the following transactional matter: Selhi Group 2, LLCd/b/a McDonald’s "
    "146-146A Tremont St., Boston, MA 02111 License #: LB-128574 Holder of a Common Victualler License has petitioned to "
    "change the Hours of the licensed business From : 12:00 AM Closing hour To: 3:00 AM Closing for deliveries only\n"
    "The Board requests submission of a late-night operations plan for review prior to approval\n")


def test_deferred_item_real_boston_drive_thru(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"boston-licensing-board/voting_minutes_2025-05-15.txt": BOSTON_MAY_15,
                               "boston-licensing-board/voting_minutes_2025-05-29.txt": BOSTON_MAY_29},
                    "What did the Licensing Board decide in May 2025 on the request by the McDonald's at 301 Warren "
                    "Street in Roxbury to keep its drive-thru open until 3 a.m.?")
    assert not ans.abstained, ans.warnings
    assert "Rejected with prejudice" in ans.answer, ans.answer


def test_outcome_line_synthetic_prose_is_no_outcome() -> None:
    from minutes_rag.answer.forms import is_verdict

    for prose in ("Approved budget for 2024/25 was £1.2m.", "Withdrawn items are listed in Appendix B.",
                  "Denied access to the site, the contractor left.", "Upheld complaints numbered four this year.",
                  "Violation: none observed at the inspection.", "Approved June 2026. Published June 2026"):
        assert not is_verdict(prose), prose
    wrapped = ("Members received the annual report of the Treasurer on the council's\n"
               "Deferred Compensation Plan and noted the balances held at year end.\n")
    assert len(sentences(wrapped)) == 1
    # (the read on to an outcome line stops at a heading: the next topic's "Approved works ..." is not this one's)
    text = ("Cllr Jones asked about the potholes on Mill Lane. The Clerk will report them to Highways.\nFootpaths\n"
            "Approved, works to the footpath at Church Street will begin in June.\n")
    first = sentences(text)[0]
    assert [s for _, s in with_neighbours(text, [first])][-1] == "The Clerk will report them to Highways."


def test_deferred_item_synthetic_dates_are_no_references() -> None:
    from minutes_rag.answer.forms import _references

    text = "4. Playground\nThe report of 12/05/2025 on the FY 2025 budget for the playground.\nDeferred to June 3\n"
    assert _references(text, text.index("Deferred")) == set()
    text = "5. Harbour Kitchen\nLicense #: WV-1001; application 21/03267/OUT\nDeferred to June 3\n"
    assert _references(text, text.index("Deferred")) == {"WV1001", "21/03267/OUT"}


# An item whose record lists its fields ("Manager: ... Attorney: ...") before its outcome line, put off to a day
# named without its year; the later record's outcome line is short ("Rejected without prejudice") and is read with
# the field line above it. (The hits hold each record's chunk as the library stores it: a paragraph's lines joined.)
def _hit(text: str, n: int, date: str, source: str, authority: str = "Westvale Borough", doc: str = "",
         at: int = 0) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"{doc or f'd{n}'}:{at:05d}", doc_id=doc or f"d{n}", source=source, pages=[1],
               authority=authority, committee="Licensing Board", meeting_date=date, item_number=None,
               item_title=None, kind="minutes", text=text)


WESTVALE_JUNE = ("7. Corner Grocer Limited\nDoing business as: Corner Grocer 14 Mill Road, Westvale License #: WV-2040 "
                 "Has applied for an off-licence to sell beer and wine in a 600SF shop on one floor. Manager: Jo Bloggs "
                 "Closing Time: 10:00 PM Attorney: Sam J. Smith\nDeferred to the June 19 Voting Hearing\n"
                 "8. Mill Road Cafe Limited\nDoing business as: Mill Road Cafe 20 Mill Road, Westvale License #: "
                 "WV-2041 Has applied for a licence to serve wine with meals. Manager: Al Jones Attorney: Kim Lee\nGranted")
WESTVALE_JUNE_LATER = ("2. The Board deferred the following application: Corner Grocer Limited d/b/a Corner Grocer, "
                       "located at 14 Mill Road, Westvale License #: WV-2040. Manager: Jo Bloggs Closing Time: 10:00 PM "
                       "Attorney: Sam J. Smith\nRejected without prejudice")


def test_deferred_item_synthetic_short_outcome_after_fields() -> None:
    hits = [_hit(WESTVALE_JUNE, 1, "2025-06-05", "westvale/2025-06-05 record.pdf"),
            _hit(WESTVALE_JUNE_LATER, 2, "2025-06-19", "westvale/2025-06-19 record.pdf")]
    ans = answer_extractive("What did the Westvale Licensing Board finally decide on Corner Grocer's application for an "
                            "off-licence to sell beer and wine in its shop on Mill Road?", hits)
    assert not ans.abstained, ans.warnings
    assert "Rejected without prejudice" in ans.answer and "Granted" not in ans.answer, ans.answer
    assert ans.answer.count("Rejected without prejudice") == 1, ans.answer  # (not the outcome line twice)


def test_one_item_synthetic_fields_open_no_other_item() -> None:
    from minutes_rag.answer.cues import field_run
    from minutes_rag.answer.forms import ends_in_verdict

    assert field_run("Manager: Jo Bloggs Closing Time: 10:00 PM Attorney: Sam Smith")
    assert not field_run("Deferred to the June 19 Voting Hearing")
    assert ends_in_verdict("Manager: Jo Bloggs Attorney: Sam J. Smith Rejected without prejudice")
    assert ends_in_verdict("License #: WV-1001. Refused")
    assert not ends_in_verdict("The applicant said the licence was never refused")
    assert not ends_in_verdict("Manager: Jo Bloggs Attorney: Sam Smith")


BOSTON_AUG_7 = (
    "14. Aguasvivas Market, Inc.\nDoing business as: Aguasvivas Market 926 Morton St, Dorchester, MA 02124 License #: "
    "LB-603676 Has applied for a Retail Package Store Wines and Malt Beverages License to be exercised on the above - "
    "820SF convenience store on 1 floor with 1 entrance/2 exits. As you walk in, the service counter is to the left; "
    "shelving units and refrigerators throughout; additional 820SF in the basement for storage only. Manager: Angel "
    "Aguasvivas Lara Closing Time: 11:00 PM Attorney: Travis J. Jacobs\nDeferred to the August 28 Voting Hearing")
BOSTON_AUG_28 = (
    "2. The Board deferred the following application: Aguasvivas Market, Inc. d/b/a Aguasvivas Market, located at 926 "
    "Morton St, Dorchester, MA 02124 License #: LB-603676. Has applied for a Retail Package Store Wines and Malt "
    "Beverages License to be exercised on the above - 820SF convenience store on 1 floor with 1 entrance/2 exits. As "
    "you walk in, the service counter is to the left; shelving units and refrigerators throughout; additional 820SF in "
    "the basement for storage only. Manager: Angel Aguasvivas Lara Closing Time: 11:00 PM Attorney: Travis J. Jacobs\n"
    "Rejected without prejudice")


def test_deferred_item_real_boston_package_store() -> None:
    hits = [_hit(BOSTON_AUG_7, 1, "2025-08-07", "boston/voting_minutes_2025-08-07.pdf", "City of Boston"),
            _hit(BOSTON_AUG_28, 2, "2025-08-28", "boston/voting_minutes_2025-08-28.pdf", "City of Boston")]
    ans = answer_extractive("What did the Boston Licensing Board finally decide on Aguasvivas Market's application for "
                            "a package store wines and malt beverages license on Morton Street in Dorchester?", hits)
    assert not ans.abstained, ans.warnings
    assert ans.answer.count("Rejected without prejudice") == 1, ans.answer


# An item heard at one record and put off with no day named ("Deferred The Board requested internal reports ... by
# Thursday, May 22, 2025"), its outcome given at a later record that names it by the same licence number: asked how
# it ended, the later record's outcome is quoted, not another item's. (The quote's chunk opens inside the item: its
# licence number is in the chunk before.)
def test_final_outcome_synthetic_the_later_record_of_the_same_item() -> None:
    hits = [_hit("Deferred The Board requested the CCTV footage of the incident The Licensee must send the requested "
                 "documents by Thursday, June 12, 2025", 1, "2025-06-05", "westvale/2025-06-05 record.pdf",
                 doc="w1", at=6),
            _hit("4. Harbour Kitchen Limited\nLocation: 3 Quay Road, Westvale License#: WV-1001, Notice: Fight in the "
                 "premises.", 2, "2025-06-05", "westvale/2025-06-05 record.pdf", doc="w1", at=5),
            _hit("2. Red Lion Limited\nLocation: 12 High Street, Westvale License#: WV-1002, Notice: Fight outside the "
                 "premises.\nViolation - 3-Day Suspension", 3, "2025-07-03", "westvale/2025-07-03 record.pdf", doc="w3"),
            _hit("1. The Board deferred disposition of the following violation to allow the licensee to submit "
                 "additional materials: Harbour Kitchen Limited, 3 Quay Road, Westvale License#: WV-1001, Notice: Fight "
                 "in the premises.\nViolation - 1-Day Suspension", 4, "2025-06-19", "westvale/2025-06-19 record.pdf",
                 doc="w2")]
    ans = answer_extractive("Harbour Kitchen faced the Westvale Licensing Board over a fight. By what date did the board "
                            "first order it to hand over documents, and what was the final penalty?", hits)
    assert "1-Day Suspension" in ans.answer and "3-Day" not in ans.answer, ans.answer


BOSTON_MAY_15_JBOND = (
    "Deferred The Board requested internal reports of the incident as well as any signed agreements regarding staff "
    "and/or third party security acknowledgment of the Licensee’s security protocols The Licensee must send the "
    "requested documents by Thursday, May 22, 2025 ___________________________________________________________________")
BOSTON_MAY_15_ITEM = (
    "4. Jbond, LLC\nLocation: 25 Kingston St Boston, MA 02111 License#: LB‑99413, Notice/Violation#: 021453, Category: "
    "CV7AL Date: 03/08/2025 Notice: Assault and battery dangerous weapon (gun) patron on patron x2 in violation of "
    "M.G.L. ch. 138 s. 64, ch. 265 s. 15A.")
BOSTON_MAY_29_JBOND = (
    "1. The Board deferred disposition of the following violation to allow the licensee to submit additional materials: "
    "Jbond, LLC, 25 Kingston St Boston, MA 02111 License#: LB‑99413, Notice/Violation#: 021453, Category: CV7AL Date: "
    "03/08/2025 Notice: Assault and battery dangerous weapon (gun) patron on patron x2 in violation of M.G.L. ch. 138 s. "
    "64, ch. 265 s. 15A.\nViolation - 1-Day Suspension _______________________________________________________________")


def test_final_outcome_real_boston_jbond() -> None:
    hits = [_hit(BOSTON_MAY_15_JBOND, 1, "2025-05-15", "boston/voting_minutes_2025-05-15.pdf", "City of Boston",
                 doc="b15", at=6),
            _hit(BOSTON_MAY_15_ITEM, 2, "2025-05-15", "boston/voting_minutes_2025-05-15.pdf", "City of Boston",
                 doc="b15", at=5),
            _hit(BOSTON_MAY_29_JBOND, 3, "2025-05-29", "boston/voting_minutes_2025-05-29.pdf", "City of Boston",
                 doc="b29", at=13)]
    ans = answer_extractive("Jbond, LLC on Kingston Street faced a Boston Licensing Board hearing over a March 2025 "
                            "shooting incident. By what date did the board first order it to hand over documents, and "
                            "what was the final penalty?", hits)
    assert "May 22, 2025" in ans.answer and "1-Day Suspension" in ans.answer, ans.answer


def test_penalty_synthetic_a_sanction_is_the_penalty_asked() -> None:
    hits = [_hit("2. Red Lion Limited\nLocation: 12 High Street, Westvale License#: WV-1002, Notice: Fight outside the "
                 "premises on 3 May.\nViolation - 3-Day Suspension", 1, "2025-07-03", "westvale/2025-07-03 record.pdf")]
    ans = answer_extractive("What penalty did the Westvale Licensing Board impose on the Red Lion for the fight?",
                            hits)
    assert not ans.abstained and "3-Day Suspension" in ans.answer, ans.warnings
    # (standing orders suspended, or a flood warning, are no penalty)
    hits = [_hit("Standing orders were suspended so that residents could speak. A flood warning was issued for the "
                 "village.", 1, "2025-07-03", "westvale/2025-07-03 record.pdf")]
    assert answer_extractive("What penalty did the council set for parking on the green?", hits).abstained


def test_final_question_synthetic_a_final_reading_asks_no_outcome() -> None:
    from minutes_rag.answer.forms import FINAL_Q

    assert FINAL_Q.search("what was the final penalty?") and FINAL_Q.search("how was it finally resolved?")
    for q in ("When was its final reading?", "What was the final cost of the hall?", "Who approved the final plat?"):
        assert not FINAL_Q.search(q), q

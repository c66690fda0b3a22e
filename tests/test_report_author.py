"""A question after who wrote a report is answered from the report's own field naming its author ("By: Anna Taylor,
Scrutiny Research Officer", "Report Author: Nick Abrahams"): the field shares no word with the question, so it is
added from the document the best evidence is from, and it answers the question's "wrote"."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _hit

REPORT = ("By: Jane Holloway, Democratic Services Officer\nTo: Cabinet - 4 March 2025\nSubject: Reconsideration of "
          "Decision 25/00012 - Closure of the Riverside Day Centre\n\nSummary: Following the Scrutiny Committee's "
          "referral, Cabinet must reconsider the decision to close the Riverside Day Centre.\n\nCabinet may "
          "confirm, amend or rescind decision 25/00012 on the Riverside Day Centre.")


def test_report_author_synthetic_the_author_field_answers_who_wrote_it() -> None:
    ans = answer_extractive("Who wrote the report asking Cabinet to reconsider decision 25/00012 on the Riverside "
                            "Day Centre?", [_hit(REPORT)])
    assert not ans.abstained and "Jane Holloway" in ans.answer, ans.answer


def test_report_author_synthetic_only_a_question_after_the_author_gets_the_field() -> None:
    ans = answer_extractive("What may Cabinet do with decision 25/00012 on the Riverside Day Centre?", [_hit(REPORT)])
    assert not ans.abstained and "rescind" in ans.answer and "Jane Holloway" not in ans.answer, ans.answer


@needs_corpus
def test_report_author_real_kent_call_in_report(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who wrote the report asking Kent County Council's Cabinet on 4 March 2025 to reconsider decision "
                  "24/00093 on the Seashells and Millmead family hubs?", index=index)
    # (Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf p1: "By: Anna Taylor, Scrutiny Research
    # Officer")
    assert not ans.abstained and "Anna Taylor" in ans.answer, ans.answer


MEMO_A = ("TO: HONORABLE MAYOR AND CITY COUNCIL FROM: Maria T. Ostrowski\nSUBJECT: SEE BELOW DATE: March 3, 2025\n"
          "SUBJECT: SELECTION OF A NEW LIBRARY DIRECTOR\nRECOMMENDATION\nAdopt the recruitment timetable for a new "
          "Library Director as described in this memorandum.\nThe recruitment firm will shortlist five candidates for "
          "the Library Director post by May.")
MEMO_B = ("The Council will recognise Founders Day as a City-observed holiday from 2026, closing City Hall and the "
          "libraries.\nThe cost of the holiday memo's proposal is met from the existing staffing budget.\n"
          "GREGORY PALMER Acting City Manager\nFor questions, please contact the Director of Human Resources.")


def test_report_author_synthetic_a_memo_from_field_and_a_signature_answer_who_signed_each() -> None:
    """Asked who signed two memos, each memo's own sender: one from its "FROM:" field, one from its signature."""
    ans = answer_extractive("Who signed the March 2025 memo on choosing a Library Director, and who signed the "
                            "Founders Day holiday memo as Acting City Manager?",
                            [_hit(MEMO_A, 1, doc="memo-a"), _hit(MEMO_B, 2, doc="memo-b")])
    assert not ans.abstained and "Maria T. Ostrowski" in ans.answer and "GREGORY PALMER" in ans.answer, ans.answer


def test_report_author_synthetic_who_signed_a_lease_is_no_author_question() -> None:
    """"Signed" asks after a paper's writer only beside a paper: who signed a lease gets no memo's sender."""
    ans = answer_extractive("Who signed the lease for the Library Director's new office?", [_hit(MEMO_A, 1, doc="m")])
    assert "Ostrowski" not in ans.answer, ans.answer


@needs_corpus
def test_report_author_real_kent_report_from_field(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who signed off the report to Kent's Cabinet on the Commissioning Plan for Education Provision in "
                  "Kent 2025-29?", index=index)
    # (24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf p1: "From: Rory Love,
    # Cabinet Member for Education and Skills")
    assert not ans.abstained and "Rory Love" in ans.answer, ans.answer


CABINET_REPORT = ("From: Rhys Pennant, Cabinet Member for Highways\nTo: Cabinet - 6 February 2025\nSubject: Winter "
                  "Gritting Routes 2025-26\n\nSummary: This report asks Cabinet to agree the priority gritting routes "
                  "for 2025-26.\n\nCabinet is asked to agree the priority gritting routes.\n\nContact details\nReport "
                  "Author: Nadia Okafor, Head of Highway Operations")


def test_report_author_synthetic_who_wrote_it_is_its_author_field_before_whom_it_is_from() -> None:
    ans = answer_extractive("Who wrote the February 2025 Cabinet report on the priority gritting routes?",
                            [_hit(CABINET_REPORT, doc="gritting")])
    assert not ans.abstained and "Nadia Okafor" in ans.answer, ans.answer
    ans = answer_extractive("Who sent the February 2025 Cabinet report on the priority gritting routes?",
                            [_hit(CABINET_REPORT, doc="gritting")])
    assert not ans.abstained and "Rhys Pennant" in ans.answer, ans.answer


def test_report_author_synthetic_who_received_it_and_headings_are_no_author_question() -> None:
    from minutes_rag.answer.roles import AUTHOR_Q, SIGNATURE
    assert AUTHOR_Q.search("Who signed the August 2021 memo?") and AUTHOR_Q.search("Who was the memo signed by?")
    assert not AUTHOR_Q.search("Who was the letter sent to?")
    assert not AUTHOR_Q.search("Who seconded the motion to accept the report sent by staff?")
    assert SIGNATURE.match("Sincerely, JENNIFER A. MAGUIRE Acting City Manager")
    assert not SIGNATURE.match("ROLL CALL Mayor Liccardo called the roll.")
    assert not SIGNATURE.match("CLOSED SESSION City Attorney Doyle reported no reportable action.")

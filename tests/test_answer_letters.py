"""Attendance lists, letters and the questions asked of them. A chair listed as "Name – organisation (Chair)" is read
as the chair; a date that names an event ("the May 2025 county council elections") does not make a letter written
before it too early to answer; a role before a council's name ("the Leaders of Kent County Council") or a table's
wrapped line ("Membership of the" / "Mayoral Data Council") is no authority's name; a part asking where the money
comes from is answered by a funding source; what a letter concluded is a decision; a letter is dated where it opens;
and a statement that sets a question up weighs as its scope."""

from __future__ import annotations

import re
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import only_effect_dates
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.parse.meta import authority_from_text
from minutes_rag.types import Hit

from .conftest import needs_corpus
from .test_answer_parts import _hit, _model

# ---- the chair in a list of those attending --------------------------------------------------------------


def test_chair_synthetic_a_name_dash_organisation_and_role() -> None:
    opening = _hit("HARBOUR GROUP 14 November 2024\nAttendance: Ann Lee – HBG (Chair) Bob Ray – HBG Cy Dunn – Quay "
                   "Trust Di Evans – Quay Trust Ed Fox – Northshire Council\nDiscussion Summary:", 2,
                   date="2024-11-14", doc="m1")
    talk = _hit("The Group met on 14 November 2024. The Group reviewed the winter moorings and the Chair thanked "
                "officers of the Harbour Group.", 1, date="2024-11-14", doc="m1")
    ans = answer_extractive("Who chaired the Harbour Group meeting held on 14 November 2024?", [talk, opening],
                            Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert "Ann Lee – HBG (Chair)" in ans.answer
    assert not re.search(r"(?:^|\] )HBG \(Chair\)", ans.answer)  # never the role without the name


# ---- a date that names an event -----------------------------------------------------------------------------


def test_event_date_synthetic_a_letter_before_the_elections_it_names() -> None:
    assert only_effect_dates("What did that mean for the May 2025 county council elections?")
    assert not only_effect_dates("What did the May 2025 county council meeting decide?")
    assert not only_effect_dates("What did the council decide in May 2025?")
    assert not only_effect_dates("What contract did the city award after the June 2005 hearing?")  # a time asked
    # a time something is put off to
    assert only_effect_dates("Did the commission put off its chair election to July 2020?")
    assert only_effect_dates("Was the review deferred to the September 2024 meeting?")
    assert not only_effect_dates("Who went to the July 2020 meeting?")
    letter = _hit("Dear Leaders, I have concluded your proposals could not be taken forward. Please note that this "
                  "means that I will not be postponing the May 2025 elections to Northshire Council.",
                  date="2025-02-05")
    ans = answer_extractive("What did the minister's decision mean for the May 2025 county council elections?",
                            [letter], Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert not ans.abstained and "not be postponing" in ans.answer


# ---- what is no council's name ------------------------------------------------------------------------------


def test_authority_synthetic_a_role_or_a_tables_wrapped_line_is_no_name() -> None:
    assert authority_from_text("Page 1 of 2\nDear Minister,\nAs the Leaders of Westvale County Council and Northport "
                               "Council, we ask to join the programme.") == "Westvale County Council"
    assert authority_from_text("Appendix B: Framework Summary Table\nDetail Foundation Mayoral\nMembership of the\n"
                               "Regional Data Council\nx x\n") is None
    assert authority_from_text("AGENDA\nWiltshire Council\nCabinet") == "Wiltshire Council"  # a heading still is


# ---- where the money comes from -----------------------------------------------------------------------------


def test_funding_part_synthetic_a_forms_funding_source_answers_where_the_money_comes_from() -> None:
    form = _hit("Budget Amendment Form Amendment Name:\nHarbour Lighting Amendment Number:\n4 Directorate:\nGrowth "
                "Proposer:\nMr Alan Marsh Seconder:\nMs Beth Crane Proposed Purpose:\nHarbour lighting has failed on "
                "several nights this winter and the quay is dark for hours at a time.\nIt is proposed to provide "
                "additional funds for new harbour lamps and movable cameras on the quay.\nProposed Amount Proposed "
                "Funding Source: £1m Reduce the £3m harbour reserve to £2m and use this income for the lamps.",
                date="2025-02-13")
    ans = answer_extractive("What did the harbour lighting budget amendment want to pay for, and where would the "
                            "money come from?", [form], Stats(n_chunks=100, doc_freq=lambda w: 1,
                                                              embed=_model().embed))
    assert "harbour lamps" in ans.answer and "harbour reserve" in ans.answer


# ---- a minister's decision, as a letter gives it ------------------------------------------------------------


def test_letter_decision_synthetic_what_a_minister_concluded_answers_what_they_decided() -> None:
    from minutes_rag.answer.parts import records_decision

    assert records_decision("In the round, I concluded your proposals could not be taken forward.")
    assert not records_decision("We are confident the timetable can be met.")
    letter = _hit("Dear Leaders, Thank you for your request to join the Harbour Devolution Programme. I had to make a "
                  "judgement of the best-placed areas, and in the round, concluded your proposals could not be taken "
                  "forward due to the size of the population disparity between the two areas.\nThe programme will "
                  "open again next year and my officials will support your area.\nPlease note that this means that I "
                  "will not be postponing the May 2025 elections to Northshire Council.", date="2025-02-05")
    ans = answer_extractive("What did the minister decide about Northshire's bid to join the Harbour Devolution "
                            "Programme, and what did that mean for the May 2025 county council elections?", [letter],
                            Stats(n_chunks=100, doc_freq=lambda w: 1, embed=_model().embed))
    assert "could not be taken forward" in ans.answer and "not be postponing" in ans.answer


# ---- when a letter was written ------------------------------------------------------------------------------


def _letter(opening: str) -> tuple[list[Hit], Stats]:
    first = Hit(rank=2, score=0.5, chunk_id="L:00000", doc_id="L", source="L.pdf", pages=[1],
                authority="Northshire Council", committee="Council", meeting_date="2025-03-13", item_number=None,
                item_title=None, kind="report", text=opening)
    body = Hit(rank=1, score=1.0, chunk_id="L:00001", doc_id="L", source="L.pdf", pages=[1],
               authority="Northshire Council", committee="Council", meeting_date="2025-03-13", item_number=None,
               item_title=None, kind="report", text="Further to the White Paper of 16 December, we write to ask "
               "that Northshire be included in the Harbour Devolution Programme.")
    return [body], Stats(n_chunks=100, doc_freq=lambda w: 1, prev_chunk=lambda h: first if h is body else None)


def test_letter_date_synthetic_a_letter_is_dated_where_it_opens_not_by_the_meeting() -> None:
    question = "On what date did the Northshire leaders write asking to join the Harbour Devolution Programme?"
    hits, stats = _letter("Page 1 of 2\nAnn Lee Leader of the Council\n10 January 2025\nDear Minister,\nRe: Harbour "
                          "Devolution Programme")
    assert answer_extractive(question, hits, stats).answer.startswith("Dated 10 January 2025: ")
    # a pack's covering note dates the pack, not the papers it encloses
    hits, stats = _letter("Date: 7 January 2025\nDear Member\nPlease find enclosed the documents for Item 3.")
    assert "7 January 2025" not in answer_extractive(question, hits, stats).answer


# ---- a statement that sets a question up ---------------------------------------------------------------------


def test_told_synthetic_a_statement_before_the_question_weighs_as_its_scope() -> None:
    from minutes_rag.answer.scoring import score_sentences, told_stems

    question = ("The call-in quotes an annual saving from ending the two harbour contracts. How is the money split "
                "between the two centres?")
    assert told_stems(question) >= {"quot", "annual", "save", "contract"}
    assert not told_stems("What did Mr. Smith say about the St. Mary church hall?")  # one sentence, asked
    hits = [_hit("The contract value for the two harbour centres represents £222k for the North centre and £204k "
                 "for the South centre.")]
    _, weights = score_sentences(question, hits, Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert weights["save"] == weights["split"] / 2 and weights["two"] == weights["split"]


@needs_corpus
def test_told_real_kent_corporate_parenting_panel_in_autumn(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Kent's Corporate Parenting Panel heard from its participation team in autumn 2024. How many "
                  "apprentices did the team say it had recruited over the summer (October meeting), and what "
                  "fundraising target was set for the Corporate Parent Christmas Campaign (December meeting)?",
                  index=index)
    assert not ans.abstained and "six apprentices" in ans.answer and "25,000" in ans.answer

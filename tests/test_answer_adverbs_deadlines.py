"""An adverb is its adjective's word where the stemmer keeps "-li" ("validly" asked, "Valid votes" minuted; "jointly
managed" for "joint management"), and a noun ending in "-ly" is not cut ("family", "supply"). A date the question
gives as a deadline ("available up to 30 June 1931", "not cash backed up to 31 March 2026") is not when the evidence
was written: a report from before it answers."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.text import content_stems

from .conftest import corpus, needs_corpus
from .test_answer_parts import _ask_real, _hit


def test_adverb_synthetic_validly_is_valid() -> None:
    assert content_stems("validly publicly jointly monthly") == content_stems("valid public joint month")
    assert content_stems("family supply assembly") == ["famili", "suppli", "assembli"]
    hit = _hit("Election results. Valid votes were cast by 2330 of the 3,652 persons eligible: a 63.8% response.")
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1 if w in ("validly", "turnout") else 20)  # (no model: words alone)
    ans = answer_extractive("How many people voted validly in the first council election?", [hit], stats)
    assert not ans.abstained and "2330" in ans.answer, ans.answer


def test_adverb_synthetic_newly_and_hourly_are_new_and_hour() -> None:
    # (after "-ew", "-ear", "-ur", "-arter" and "-rmer" as well: "newly", "hourly", "yearly", "quarterly", "formerly")
    assert content_stems("newly hourly yearly nearly quarterly formerly") == content_stems(
        "new hour year near quarter former")
    assert content_stems("early reply July") == ["earli", "repli", "juli"]  # (short words are not cut)
    # nor a word whose "adjective" is another word ("rough sleepers", "a fair price", "Standing Orders", "Easter")
    for adverb, other in (("roughly", "rough"), ("fairly", "fair"), ("orderly", "order"), ("easterly", "easter"),
                          ("mainly", "main")):
        assert content_stems(adverb) != content_stems(other), adverb
    hit = _hit("Improvement plan. In reviewing the plan, it was raised that two new indicators had been added which were "
               "both red (cases open for 12 months and plans over 12 months).")
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1 if w in ("newly", "flagged") else 20)
    ans = answer_extractive("Which two newly added indicators were flagged as red?", [hit], stats)
    assert not ans.abstained and "cases open for 12 months" in ans.answer, ans.answer


@needs_corpus
def test_adverb_real_cumbrias_two_newly_added_red_indicators(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["seeds/003_f0a2a9b28d9b0817.txt"],
                    "When the Children and Young People's Scrutiny Advisory Board went through the Children's "
                    "Improvement Plan, which two newly added indicators were flagged as both being red?")
    assert not ans.abstained and "reassessment has been initiated" in ans.answer, ans.answer


@needs_corpus
def test_adverb_real_bristols_jointly_managed_car_parks() -> None:
    from pypdf import PdfReader

    path = corpus("bristol-city-council/src-bcc-0006_appendix-a-feasibility-study-report-wpl-scheme-bristol-final-"
                  "draft.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)
    at = text.index("jointly managed")
    assert {"joint", "manag"} <= set(content_stems(text[at - 20:at + 40]))
    assert {"joint", "manag"} <= set(content_stems("joint management"))


def test_deadline_synthetic_up_to_a_date_is_no_time_of_the_evidence() -> None:
    hit = _hit("Main Road grant. The main road grant available to 30 June was £135 with Council to contribute £65.",
               date="1931-02-02")
    ans = answer_extractive("How much main road grant was available up to 30 June 1931, and how much did the "
                            "council have to put in?", [hit], Stats(n_chunks=100, doc_freq=lambda w: 5))
    assert not ans.abstained and "£135" in ans.answer and "£65" in ans.answer, ans.answer


@needs_corpus
def test_deadline_real_kents_reserves_not_cash_backed_up_to_march_2026(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/full_council/2025-02-13/section 25 statement - FINAL.pdf"],
                    "Which of Kent's reserves are not cash backed up to 31 March 2026, according to the section 25 "
                    "statement?")
    assert not ans.abstained and "statutory override" in ans.answer, ans.answer

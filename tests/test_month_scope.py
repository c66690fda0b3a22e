"""A month the question names is honoured in retrieval and in dating the evidence: when no hit comes from that
month, that month's best chunks join the hits (the May 2025 annual meeting's report, though later meetings' reports
rank first); a stray sentence far below the lead does not place evidence from an older meeting in the month asked.
An agenda item followed by its outcome on a line of its own ("Deferred.") is a statement, quoted with the outcome.
One sentence that clearly outscores another meeting's several sentences places the answer in its meeting. Each on a
synthetic index or passage and on real minutes (the last real one passes without the change too: a small index
does not rank the other meeting's sentences as the whole corpus does)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import looks_like_heading
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.asking import answer_from_hits, stats_of
from minutes_rag.retrieve import retrieve, widen
from minutes_rag.scope import Filters
from minutes_rag.settings import get_settings

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

QUESTION = "Who became Leader of the county after the elections, as the county councillor reported in May 2025?"


def _widened(index: Path, question: str, other_month: str) -> list:
    """The question's best hit from another month (as a larger index ranks another meeting first), widened as
    ``ask`` widens its hits."""
    store, emb = api.open_store(get_settings(index=index))
    hits = retrieve(store, emb, question, 1, Filters(since=f"{other_month}-01", until=f"{other_month}-28"))
    assert [h.meeting_date[:7] for h in hits if h.meeting_date] == [other_month]
    return widen(store, emb, question, hits, 1, Filters())


def test_month_synthetic_the_month_asked_joins_the_hits_when_none_is_from_it(tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    for day, report in (("2025-11-27", "The county councillor's report covered the county's budget consultation "
                                       "and the annual meeting of the county council."),
                        ("2026-01-29", "The county councillor's report covered the county council's road repairs "
                                       "and its annual meeting plans."),
                        ("2025-05-20", "C/Cllr Epps reported that after the elections Cllr Leffman was chosen to "
                                       "lead the new administration.")):
        (folder / f"{day} parish minutes.txt").write_text(
            f"Minutes of the meeting of Northfield Parish Council held on {day}.\n\n1. Reports from councillors. "
            f"{report}\n")
    api.ingest([folder], index=tmp_path / "index")
    hits = _widened(tmp_path / "index", QUESTION, "2025-11")
    assert any(h.meeting_date == "2025-05-20" for h in hits[1:])  # the month asked joins the hits


@needs_corpus
def test_month_real_the_may_annual_meeting_joins_a_november_hit_and_is_quoted(tmp_path: Path) -> None:
    folder = "souldern-parish-council/minutes/"
    api.ingest([corpus(folder + "2025-05-20 Annual Parish Meeting minutes.pdf"),
                corpus(folder + "2025-11-27 SPC minutes.pdf")], index=tmp_path / "index")
    question = ("Who became Leader of Oxfordshire County Council after the elections, as the county councillor "
                "reported to Souldern's May 2025 annual parish meeting?")
    # (the whole corpus ranks the November minutes' councillors' reports first)
    widened = _widened(tmp_path / "index", question, "2025-11")
    assert any(h.meeting_date == "2025-05-20" for h in widened[1:])
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    ans = answer_from_hits(question, widened, None, None, stats_of(store, emb))
    assert not ans.abstained and ans.citations[0].meeting_date == "2025-05-20"


def test_month_synthetic_a_stray_sentence_does_not_date_older_evidence_in_the_month_asked() -> None:
    older = _hit("The proceedings (Record Number: 2022/1132 JR) are listed for hearing on 26 - 28 November 2024.\n\n"
                 "Proposed by Councillor Ryan;\n\nSeconded by Councillor Byrne;\n\nAnd Resolved:\n\n\u201cThat, having "
                 "regard to the fact that on 22nd December, 2022, Northshire Council received notice that Harbour "
                 "Estates Limited intended to seek to judicially review the Northshire Development Plan 2022-2028, the "
                 "express authorisation of the Elected Members be and is hereby given to do all such acts as may be "
                 "necessary for the defence of the proceedings entitled Harbour Estates Limited v. Northshire "
                 "Council.", 1, "2024-09-23")
    stray = _hit("(m) Property at 4 Mill Street, Kilbride, Co. Northshire.", 2, "2024-11-25")  # a November agenda line
    ans = answer_extractive("What was the outcome of the Harbour Estates Limited judicial review of the Northshire "
                            "Development Plan heard in November 2024?", [older, stray], _stats())
    assert ans.abstained, ans.answer


@needs_corpus
def test_month_real_a_stray_sentence_does_not_date_the_september_minutes_in_november() -> None:
    from minutes_rag.parse.load import load_file
    rel = ("limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary Meeting of "
           "Limerick City and County Council - 23rd September 2024.md")
    loaded = load_file(corpus(rel)).document
    assert loaded is not None
    text = "\n".join(p.text for p in loaded.pages)
    at = text.index("Voyage Property Limited")
    older = _hit(text[max(0, at - 300):at + 900], 1, "2024-09-23")
    stray = _hit("(m) Property at 4 Glenosheen, Kilmallock, Co. Limerick.", 2, "2024-11-25")  # a November agenda line
    ans = answer_extractive("What was the outcome of the Voyage Property Limited judicial review of the Limerick "
                            "Development Plan heard in November 2024?", [older, stray], _stats())
    assert ans.abstained, ans.answer


# ---- an agenda item with its outcome on a line of its own ----------------------------------------------------


def test_outcome_synthetic_an_item_line_with_its_outcome_line_answers() -> None:
    minutes = _hit("Item #9 Consideration of the roads report for the summer season.\nReceived for information.\n"
                   "Item #10 Consideration of a donation request received from the Hillside Community Centre.\n"
                   "Deferred.\nItem #11 Consideration of the fire hall roof tender.\nCarried.", 1, "2024-04-16")
    assert not looks_like_heading("Item #10 Consideration of a donation request received. Deferred.")
    ans = answer_extractive("What happened to the Hillside Community Centre's donation request in April 2024?",
                            [minutes], _stats())
    assert not ans.abstained and "Deferred" in ans.answer, ans.answer


@needs_corpus
def test_outcome_real_the_deferred_donation_request(tmp_path: Path) -> None:
    api.ingest([corpus("nipissing-township/minutes/Minutes-April-16-2024.pdf")], index=tmp_path / "index")
    ans = api.ask("What happened to the Commanda Community Centre's donation request at Nipissing Township council "
                  "in April 2024?", index=tmp_path / "index")
    assert not ans.abstained and "Deferred" in ans.answer, ans.answer


# ---- one sentence that clearly outscores another meeting's several places the answer in its meeting ----------


def test_lead_synthetic_a_clearly_best_sentence_outweighs_another_meetings_several() -> None:
    minutes = replace(_hit("Regarding secondary school offers, the Leader told the council that more than 96% of "
                           "children were recently offered their preferred schools and over 80% got their first "
                           "preference.", 1, "2025-03-13", "minutes"), committee="County Council")
    report = replace(_hit("Briefings give school leaders regular updates on secondary school offers. The latest "
                          "admissions data will follow in the spring.", 2, "2025-03-04", "report"), committee="Cabinet")
    table = replace(_hit("Percentage of secondary school applicants offered one of their top three preferences: the "
                         "offers are reported annually.", 3, "2025-03-04", "table"), committee="Cabinet")
    ans = answer_extractive("What did the Leader tell the county council in March 2025 about the latest secondary "
                            "school offers?", [minutes, report, table], _stats())
    assert not ans.abstained and "96%" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-03-13"}


@needs_corpus
def test_lead_real_the_leaders_report_on_school_offers(tmp_path: Path) -> None:
    api.ingest([corpus("kent-county-council/cabinet/2025-03-04/QPR Q3 Cabinet appendix 1.pdf"),
                corpus("kent-county-council/full_council/2025-03-13/Printed minutes 13th-Mar-2025 10.00 County "
                       "Council.pdf")], index=tmp_path / "index")
    ans = api.ask("What did Kent's Leader tell the county council in March 2025 about the latest secondary school "
                  "offers?", index=tmp_path / "index")
    assert not ans.abstained and "96%" in ans.answer and "80%" in ans.answer

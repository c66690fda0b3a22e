"""A part asking what later came of the first part's subject ("..., and what happened to the money that had been
budgeted for the conversion?") is answered from a later meeting of the same council, though the rest of the
question is answered at one meeting; a part about that meeting's own business keeps to it."""
from __future__ import annotations

from pypdf import PdfReader

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.types import Hit

from .conftest import corpus, needs_corpus

QUESTION = ("Why did Nipissing drop TownSuite, what did the replacement software cost, and what happened to the money "
            "that had been budgeted for the 2025 conversion?")


def _hit(text: str, n: int, date: str, authority: str | None = "Township of Nipissing", source: str = "") -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"d{n}:00000", doc_id=f"d{n}", source=source or f"minutes-{date}.pdf",
               pages=[1], authority=authority, committee="Council", meeting_date=date, item_number=None,
               item_title=None, kind="minutes", text=text)


def test_later_part_synthetic_a_later_meeting_answers_what_came_of_it() -> None:
    hits = [_hit("WHEREAS the move to Harbourware has failed since 2022, Council drops Harbourware and accepts the "
                 "Keelsoft quotation for replacement software, cost $25,860. Carried.", 1, "2025-09-02"),
            _hit("The money budgeted for the 2025 Harbourware conversion, $71,885, was returned to the operating "
                 "reserve, the conversion not being completed. Carried.", 2, "2025-12-16")]
    ans = answer_extractive("Why did the township drop Harbourware, what did the replacement software cost, and what "
                            "happened to the money budgeted for the 2025 conversion?", hits)
    assert not ans.abstained and "$25,860" in ans.answer and "$71,885" in ans.answer, ans.answer


def test_later_part_synthetic_another_councils_later_meeting_is_not_taken() -> None:
    hits = [_hit("WHEREAS the move to Harbourware has failed since 2022, Council drops Harbourware and accepts the "
                 "Keelsoft quotation for replacement software, cost $25,860. Carried.", 1, "2025-09-02"),
            _hit("The money budgeted for the 2025 Harbourware conversion, $71,885, was returned to the operating "
                 "reserve, the conversion not being completed. Carried.", 2, "2025-12-16", authority="Eastvale Council")]
    ans = answer_extractive("Why did the township drop Harbourware, what did the replacement software cost, and what "
                            "happened to the money budgeted for the 2025 conversion?", hits)
    assert "$71,885" not in ans.answer, ans.answer


def test_later_part_synthetic_no_council_named_no_later_meeting_taken() -> None:
    hits = [_hit("WHEREAS the move to Harbourware has failed since 2022, Council drops Harbourware and accepts the "
                 "Keelsoft quotation for replacement software, cost $25,860. Carried.", 1, "2025-09-02", authority=None),
            _hit("The money budgeted for the 2025 Harbourware conversion, $71,885, was returned to the operating "
                 "reserve, the conversion not being completed. Carried.", 2, "2025-12-16", authority=None,
                 source="other-town/minutes.pdf")]
    ans = answer_extractive("Why did the township drop Harbourware, what did the replacement software cost, and what "
                            "happened to the money budgeted for the 2025 conversion?", hits)
    assert "$71,885" not in ans.answer, ans.answer


@needs_corpus
def test_later_part_real_the_december_minutes_say_where_the_budget_went() -> None:
    rels = ["nipissing-township/minutes/Minutes-September-2-2025.pdf",
            "nipissing-township/minutes/Minutes-December-16-2025.pdf"]
    hits = [_hit(PdfReader(corpus(rel)).pages[0].extract_text(), n, date, source=rel)
            for n, (rel, date) in enumerate(zip(rels, ["2025-09-02", "2025-12-16"], strict=True), start=1)]
    ans = answer_extractive(QUESTION, hits)
    assert not ans.abstained and "$25,860" in ans.answer and "$71,885" in ans.answer, ans.answer
    assert [c.source for c in ans.citations] == rels

"""How a council voted on a report: when the best evidence is the report, its meeting's minutes are searched for
the vote (the report's own chunks left out), and a motion the minutes record as "put ... and it was agreed
unanimously" is the vote, counts or none: the one after the motion on what the report is about, where the
minutes print the same words for several items. "Vote in March 2025" names a time, not a poll."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import asks_vote
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.types import Hit

from .conftest import needs_corpus

REPORT = """Harbourside Borough Council
Report to Full Council, 13 March 2025

Harbour Walkway Lighting Scheme

Summary: This report sets out the lighting scheme for the harbour walkway and its costs.
Recommendation: The Council is asked to agree the harbour walkway lighting scheme and its budget of £120,000.
The walkway has twelve unlit sections between the ferry slip and the lifeboat station.
The lighting scheme uses low-glare columns approved by the harbour conservation panel.
"""

MINUTES = """41. Treasury Management Mid-Year Update
1) The Leader proposed the motion that Council endorses the treasury report.
2) Following the debate, the Chairman put the motion set out in paragraph 1 and it was agreed.
42. Item 7: Report of the Director of Place
1) Councillor Penhallow proposed the recommendation in the report on the walkway.
2) Following the debate, the Chairman put the motion set out in paragraph 1 and it was agreed unanimously.
43. Allotment Rents
1) Councillor Trevose proposed that allotment rents rise by 3%.
2) Following the debate, the Chairman put the motion set out in paragraph 1 to the vote and it was lost.
"""


def test_report_votes_synthetic_vote_in_a_month_is_no_poll() -> None:
    assert asks_vote("How did the county council vote in March 2025 on the revised terms of reference?")
    assert asks_vote("Who voted in 2024 for the plan?")
    assert not asks_vote("How many young people voted in the elections?")


def _hit(text: str, n: int, doc: str, kind: str) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"{doc}:{n:05d}:x", doc_id=doc, source=f"{doc}.txt", pages=[1],
               authority="Harbourside Borough Council", committee="Full Council", meeting_date="2025-03-13",
               item_number=None, item_title=None, kind=kind, text=text)


def test_report_votes_synthetic_the_minutes_record_the_vote_on_a_report() -> None:
    report = _hit(REPORT, 1, "report", "report")
    minutes = _hit(MINUTES, 2, "minutes", "minutes")
    stats = Stats(n_chunks=100, doc_freq=lambda w: 3, next_chunk=lambda h: None, prev_chunk=lambda h: None)
    ans = answer_extractive("How did the council vote on the harbour walkway lighting scheme?", [report, minutes], stats)
    # item 42's outcome (the motion on the report), not item 41's ("agreed") or item 43's ("lost")
    assert "put the motion set out in paragraph 1 and it was agreed unanimously" in ans.answer, ans.answer
    assert "it was lost" not in ans.answer, ans.answer


@needs_corpus
def test_report_votes_real_the_jhosc_terms_of_reference(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("How did Kent County Council vote in March 2025 on the revised terms of reference for the Kent and "
                  "Medway joint health scrutiny committee (JHOSC)?", index=index)
    assert not ans.abstained, ans.answer
    # Printed minutes 13th-Mar-2025, item 304 (p11): "... put the motion set out in paragraph 1 and it was agreed
    # unanimously. 3) RESOLVED that Council: Agrees the revised Terms of Reference ..."
    assert "agreed unanimously" in ans.answer and "Agrees the revised Terms of Reference" in ans.answer, ans.answer
    assert any("13th-Mar-2025" in c.source and 11 in c.pages for c in ans.citations), ans.citations


def test_report_votes_synthetic_the_reports_meeting_day_is_searched(tmp_path: Path) -> None:
    from minutes_rag import retrieve as retrieve_mod
    from minutes_rag.retrieve import widen
    from minutes_rag.scope import Filters
    from minutes_rag.settings import get_settings

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "2025-03-13 walkway lighting report.txt").write_text("\n\n".join(REPORT.splitlines()), encoding="utf-8")
    (folder / "2025-03-13 council minutes.txt").write_text(
        "Harbourside Borough Council\n\nMinutes of Full Council, 13 March 2025\n\n" + "\n\n".join(MINUTES.splitlines()),
        encoding="utf-8")
    api.ingest([folder], index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    question = "How did the council vote on the harbour walkway lighting scheme?"
    hits = [h for h in retrieve_mod.retrieve(store, emb, question, 4, Filters()) if "report" in h.source]
    assert hits and hits[0].kind not in ("minutes", "transcript"), [h.kind for h in hits]
    out = widen(store, emb, question, hits[:1], 1, Filters())
    # the minutes of the report's meeting join the hits, though the question's words favour the report
    assert any("council minutes" in h.source for h in out), [h.source for h in out]

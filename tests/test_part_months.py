"""A further part of a many-part question that names a month of its own ("..., and what figure did the Leader give
the county council in March 2025?") asks about the first part's subject at another meeting. It is searched within
that month with the first part's words but not its other times, and answered there: the first part's subject words
count, at half weight, towards the sentence that answers it, and a quote chosen for the first part's subject does
not count as answering the part. Synthetic: the query searched and the sentence chosen; real: Kent's overspend, as
forecast in the November monitoring report and as the Leader gave it to the county council in March 2025."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag import retrieve as retrieve_mod
from minutes_rag.asking import answer_from_hits, stats_of
from minutes_rag.retrieve import retrieve, widen
from minutes_rag.scope import Filters
from minutes_rag.settings import get_settings

from .conftest import needs_corpus

SYNTH_Q = ("What revenue overspend did the Harbour Authority forecast in its November 2024 monitoring report, and "
           "what figure did the Leader give the board in March 2025?")

CABINET = """Harbour Authority
Minutes of the Cabinet held on 30 January 2025

1. Revenue monitoring November 2024
The Authority is forecasting a revenue overspend of £23.3m in its November 2024 monitoring report.
Members noted the report.
"""

BOARD = """Harbour Authority
Minutes of the Harbour Board held on 13 March 2025

1. Report by the Leader
The Leader referred to the devolution programme and the government's decision on it.
The level of overspend would reduce this year but would still be around £20million.
The Leader recalled the pothole blitz funding, which had grown to £10million this year.
Members thanked the Leader for the report.
"""


def _index(tmp_path: Path) -> Path:
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "2025-01-30 cabinet minutes.txt").write_text(CABINET)
    (folder / "2025-03-13 harbour board minutes.txt").write_text(BOARD)
    for n, (month, topic) in enumerate([("April", "the ferry timetable"), ("May", "the new slipway"),
                                        ("June", "dredging of the channel"), ("July", "the lifeboat station"),
                                        ("September", "mooring charges"), ("October", "the fish market")]):
        # other meetings where the Leader reports: the Leader is an everyday word here, the overspend is not
        (folder / f"2024-{n + 4:02d}-10 harbour board minutes.txt").write_text(
            f"Harbour Authority\nMinutes of the Harbour Board held on 10 {month} 2024\n\n1. Report by the Leader\n"
            f"The Leader gave a figure of £{n + 2}million for {topic}.\n")
    api.ingest([folder], index=tmp_path / "index")
    return tmp_path / "index"


def test_part_months_synthetic_a_part_is_searched_in_its_own_month(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    store, emb = api.open_store(get_settings(index=_index(tmp_path)))
    searched: list[tuple[str, Filters]] = []
    real = retrieve_mod.retrieve

    def spy(store_: object, emb_: object, query: str, k: int, filters: Filters, *args: object) -> list:
        searched.append((query, filters))
        return real(store_, emb_, query, k, filters, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(retrieve_mod, "retrieve", spy)
    widen(store, emb, SYNTH_Q, [], 1, Filters())
    march = [q for q, f in searched if f.since == "2025-03-01" and f.until == "2025-03-31"]
    # the part with the first part's subject ("revenue overspend"), not its other time ("November 2024")
    assert any("overspend" in q and "figure did the Leader" in q and "November" not in q for q in march), searched


def test_part_months_synthetic_a_bare_part_is_answered_about_the_first_parts_subject(tmp_path: Path) -> None:
    store, emb = api.open_store(get_settings(index=_index(tmp_path)))
    hits = widen(store, emb, SYNTH_Q, retrieve(store, emb, SYNTH_Q, 2, Filters()), 2, Filters())
    ans = answer_from_hits(SYNTH_Q, hits, None, None, stats_of(store, emb))
    assert not ans.abstained and "£23.3m" in ans.answer, ans.answer
    # the overspend the Leader gave, not the sentence that only names the Leader (the pothole funding)
    assert "£20million" in ans.answer, ans.answer


@needs_corpus
def test_part_months_real_the_leaders_overspend_figure_in_march(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    question = ("What revenue overspend (excluding schools) did Kent County Council forecast in its November "
                "2024-25 budget monitoring report, and what figure did the Leader give the county council in "
                "March 2025?")
    ans = api.ask(question, index=index)
    assert not ans.abstained and "£23.3" in ans.answer, ans.answer
    assert "£20million" in ans.answer, ans.answer  # Printed minutes 13th-Mar-2025, item 298 (p3)
    assert any("13th-Mar-2025" in c.source and 3 in c.pages for c in ans.citations), ans.citations

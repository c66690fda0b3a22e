"""Each part of a many-part question that has a subject of its own is also searched on its own: joined with the
first part, that part's many words can outrank what a short part asks about (a combined authority's final revenue
outturn, asked after a council's budget). Synthetic: the queries searched; real: the outturn's chunk joins the
hits and is quoted. A question that asks the same of each authority it names ("What did A and B each record about
potholes?") is searched in each one's documents, though a hit of each (its title block, say) is among the hits."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag import retrieve as retrieve_mod
from minutes_rag.asking import answer_from_hits, stats_of
from minutes_rag.retrieve import retrieve, widen
from minutes_rag.scope import Filters
from minutes_rag.settings import get_settings
from minutes_rag.text import question_parts

from .conftest import corpus, needs_corpus

QUESTION = ("How big are the budgets: what total expenditure did Limerick City and County Council's 2024 budget "
            "provide for, and what was the West of England Mayoral Combined Authority's final revenue outturn for "
            "2025/26?")


def test_parts_synthetic_a_part_with_its_own_subject_is_searched_alone(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "2025-06-05 harbour board minutes.txt").write_text(
        "Minutes of the Harbour Board held on 5 June 2025.\n\n1. The final revenue outturn was reported.\n")
    api.ingest([folder], index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    queries: list[str] = []
    real = retrieve_mod.retrieve

    def spy(store_: object, emb_: object, query: str, *args: object, **kwargs: object) -> list:
        queries.append(query)
        return real(store_, emb_, query, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(retrieve_mod, "retrieve", spy)
    question = ("What did the council's budget for 2024 provide for roads, and what was the Harbour Board's final "
                "revenue outturn?")
    first, second = question_parts(question)
    widen(store, emb, question, [], 1, Filters())
    assert second in queries  # searched alone, not only joined with the first part's words
    assert first in queries
    # a bare part ("and how many voted?") has no subject of its own: it is searched with the first part only
    queries.clear()
    widen(store, emb, "What did the council decide about the Harbour Board's final outturn, and how many voted?",
          [], 1, Filters())
    assert not any(q.strip().lower().startswith("how many voted") for q in queries), queries


@needs_corpus
def test_parts_real_the_combined_authoritys_outturn_joins_a_councils_budget(tmp_path: Path) -> None:
    api.ingest([corpus("limerick/2024/01/22-Full Meeting of Limerick City and County Council/Minutes - Budget "
                       "Meeting of Limerick City and County Council - 17th November 2023.md"),
                corpus("west-of-england-ca/src-weca-0027_joint-meeting-2026-06-05-mca-mayoral-budget-outturn.pdf")],
               index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    hits = widen(store, emb, QUESTION, retrieve(store, emb, QUESTION, 2, Filters()), 2, Filters())
    assert any("£174.0m" in h.text for h in hits)  # (without the part searched alone: not among them)
    ans = answer_from_hits(QUESTION, hits, None, None, stats_of(store, emb))
    assert not ans.abstained and "942.79" in ans.answer and "£174.0m" in ans.answer, ans.answer


def test_parts_synthetic_a_question_asking_each_authority_searches_each(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "2021-01-26 milltown.txt").write_text(
        "Milltown Parish Council\nMinutes of the meeting held on 26 January 2021\n\nPotholes on the cart roads are a "
        "huge problem; a quote of £60k plus VAT was received for tarmac topping.\n")
    (folder / "2024-02-05 eastport.txt").write_text(
        "Eastport Community Council\nMinutes of the meeting held on 5 February 2024\n\nNelson Street potholes require "
        "redoing, agreed with the county council.\n")
    api.ingest([folder], index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    searched: list[list[str]] = []
    real = retrieve_mod.retrieve

    def spy(store_: object, emb_: object, query: str, k: int, filters: Filters, *args: object) -> list:
        searched.append(list(filters.authorities))
        return real(store_, emb_, query, k, filters, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(retrieve_mod, "retrieve", spy)
    hits = retrieve(store, emb, "Milltown Eastport minutes", 4, Filters())
    assert {h.authority for h in hits} == {"Milltown Parish Council", "Eastport Community Council"}
    # each named authority has a hit already (its title block, say): a question about each is searched for each
    widen(store, emb, "What did Milltown Parish Council and Eastport Community Council each record about potholes?",
          hits, 4, Filters())
    assert ["Eastport Community Council"] in searched and ["Milltown Parish Council"] in searched, searched
    # one authority's question that mentions another is not
    searched.clear()
    widen(store, emb, "What did Milltown Parish Council hear about the Eastport Community Council's potholes?",
          hits, 4, Filters())
    assert not any(searched), searched

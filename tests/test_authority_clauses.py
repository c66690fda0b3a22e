"""A question that asks one thing of each of two authorities in a single sentence ("Name the internal auditor A
appointed in April 2026 and the firm whose audit planning report B's Audit Committee approved") searches each
authority for its own clause: the whole question's words ("internal auditor") rank B's other item first. On a
synthetic question and on the City of London (Ontario)'s Audit Committee minutes of 12 February 2025."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.retrieve import authority_query, retrieve
from minutes_rag.scope import Filters
from minutes_rag.settings import get_settings

from .conftest import corpus, needs_corpus

QUESTION = ("Who audits the books? Name the internal auditor Souldern Parish Council reported as appointed in April "
            "2026 and the firm whose audit planning report for 2024 London, Ontario's Audit Committee approved in "
            "February 2025.")
NAMED = ["City of London (Ontario)", "Souldern Parish Council"]


def test_authority_query_one_sentence_each_its_clause() -> None:
    london = authority_query(QUESTION, "City of London (Ontario)", NAMED)
    assert "audit planning report" in london and "internal auditor" not in london, london
    souldern = authority_query(QUESTION, "Souldern Parish Council", NAMED)
    assert "internal auditor" in souldern and "planning report" not in souldern, souldern
    # a clause with too few words of its own is no query: the shared question is searched for each
    both = "How did Nipissing and Limerick each broadcast their meetings?"
    pair = ["Township of Nipissing", "Limerick City and County Council"]
    assert all(authority_query(both, a, pair) == both for a in pair)
    # without the authorities named, as before: the question, or the parts that name one
    assert authority_query(QUESTION, "City of London (Ontario)") == QUESTION


@needs_corpus
def test_authority_clause_real_london_audit_committee(tmp_path: Path) -> None:
    index = tmp_path / "index"
    api.ingest([corpus("london-ontario/md/2025-02-12 1st Meeting of the Audit Committee.md"),
                corpus("london-ontario/md/2025-03-04 4th Meeting of City Council.md"),
                corpus("souldern-parish-council/minutes/2026-04-30 SPC minutes.pdf"),
                corpus("souldern-parish-council/documents/2024-2025/Souldern Parish Council Financial Regulations "
                       "adopted June 2024.pdf")], index=index)
    _, store, emb, _ = api._search(QUESTION, 4, None, None, None, None, get_settings(index=index))
    london = Filters(["City of London (Ontario)"])
    whole = retrieve(store, emb, QUESTION, 4, london, "hybrid", store.facets().copies)
    assert whole and "KPMG" not in whole[0].text  # (the internal audit plan's item: "internal auditor" in the question)
    own = retrieve(store, emb, authority_query(QUESTION, "City of London (Ontario)", NAMED), 4, london, "hybrid",
                   store.facets().copies)
    assert own and "KPMG" in own[0].text, own[0].text[:200]

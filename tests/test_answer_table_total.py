"""Asked a total, a quoted table that runs on past its chunk's end is read on to its total row. A reply's table of
Riverfest 2024's costs ran over three chunks: the quote gave the first eleven items and stopped, and the "Total Inc.
VAT @23% €514,856.15" two chunks on was never quoted. A parish's financial report stopped at its balances, before
"... VAT £1,113.67 TOTAL £10,109.85" in the next chunk. Synthetic: made-up chunks; real: Limerick's minutes of 8 July
2024 and Souldern's annual parish meeting minutes of May 2025."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.window import TABLE_AMOUNT, TOTAL_ROW, runs_on, table_total

from .conftest import ask_corpus, needs_corpus
from .test_answer_parts import _hit

ROWS = "Item\nAmount\nStage hire\n€12,400.00\nLighting\n€3,150.50\nStewards\n€8,020.00\nPosters\n€640.00"
MORE = "Sound desk\n€2,000.00\nInsurance\n€1,910.00\nToilets\n€850.00"
TOTAL = "Cleaning\n€300.00\n**Total Inc. VAT**\n**€28,420.50**\nQuestion submitted by Councillor A. Byrne"
PROSE = ("The committee noted that the final account would be reported once all invoices for the festival had been "
         "received and checked.\nTotal €28,420.50")


@pytest.mark.parametrize(("text", "row"), [
    ("**Total Inc. VAT @23%**\n**€514,856.15**", "Total Inc. VAT @23%**\n**€514,856.15"),
    ("DOG BINS £557.70 VAT £1,113.67 TOTAL £10,109.85 * Internal Audit £100", "TOTAL £10,109.85"),
    ("Total £4,500", "Total £4,500"),
    ("Expenditure (10,109.85) TOTAL £10,109.85", "TOTAL £10,109.85"),
    ("| Total | £10,109.85 |", "Total | £10,109.85"),
    ("Grand Total £10,109.85", "Grand Total £10,109.85"),
    ("Total 10,109.85", "Total 10,109.85"),
    ("Combined Funds total: £16,052.57", None),  # (a figure named a total in words is no table's total row)
    ("Total 2024 was a good year", None),
    ("The total cost came to £4,500.", None),
])
def test_total_row(text: str, row: str | None) -> None:
    found = TOTAL_ROW.search(text)
    assert (found.group().strip("*") if found else None) == row


def test_table_amount_is_no_time_or_date() -> None:
    assert TABLE_AMOUNT.findall("The meeting closed at 21.15. Date of next meeting: 12.03.25 at 19.30.") == []
    assert TABLE_AMOUNT.findall("EXPENDITURE (10,109.85) EXPENDITURE 0.00 INCOME 543.26 €5,775.00") == [
        "(10,109.85)", "0.00", "543.26", "€5,775.00"]


def test_table_total_not_quoted_twice() -> None:
    # the total row opens the next chunk's first sentence, which is read on to: it is quoted once
    hits, nxt = _chunks("The month's payments were as follows:\n" + ROWS, "Total £28,420.50 paid in the month.")
    follow = runs_on(hits[0], [(0, hits[0].text)], True, nxt, question="What was the total paid?")
    quoted = [q for _, qs in follow for _, q in qs]
    assert sum("28,420.50" in q for q in quoted) == 1, quoted


def _chunks(*texts: str) -> tuple[list, object]:
    hits = [_hit(t, i + 1, doc="m") for i, t in enumerate(texts)]
    return hits, lambda h: next((n for p, n in zip(hits, hits[1:], strict=False) if p is h), None)


def test_table_total_synthetic() -> None:
    hits, nxt = _chunks("The festival's costs are as follows:\n" + ROWS, MORE, TOTAL)
    quote = [(0, hits[0].text)]
    found = table_total(hits[0], quote, nxt)
    assert found is not None and found[0] is hits[2] and "28,420.50" in found[1][1], found
    # (read on from the quote: the total's chunk comes after the chunk the quote runs on into)
    follow = runs_on(hits[0], quote, True, nxt, question="What was the total cost of the festival?")
    assert follow and "28,420.50" in follow[-1][1][-1][1], follow
    # not asked a total, nothing is read on to it
    follow = runs_on(hits[0], quote, True, nxt, question="How much did the stage hire cost?")
    assert not any("28,420.50" in q for _, qs in follow for _, q in qs), follow


def test_table_total_not_past_prose() -> None:
    # a line of prose ends the table: a total after it is another table's
    hits, nxt = _chunks("The festival's costs are as follows:\n" + ROWS, PROSE)
    assert table_total(hits[0], [(0, hits[0].text)], nxt) is None
    # and a quote that ends before its chunk's last rows is read on from nowhere
    long = "The festival's costs are as follows. " + "The council thanked the volunteers for their work. " * 6 + ROWS
    hits, nxt = _chunks(long, MORE, TOTAL)
    assert table_total(hits[0], [(0, "The festival's costs are as follows.")], nxt) is None


@needs_corpus
def test_table_total_real_limerick_riverfest(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, [
        "limerick/2024/09/23-Full Meeting of Limerick City and County Council/Minutes - Meeting of Limerick City and "
        "County Council - 8th July 2024.md"],
        "What was the total expenditure budget for Limerick's Riverfest 2024, as given in reply to Cllr O'Donovan at "
        "the July 2024 council meeting?")
    assert not ans.abstained and "514,856.15" in ans.answer, ans.answer


@needs_corpus
def test_table_total_real_souldern_financial_report(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["souldern-parish-council/minutes/2025-05-20 Annual Parish Meeting minutes.pdf"],
                     "In the financial report to Souldern's Annual Parish Meeting in May 2025, what was the parish "
                     "council's total main-account expenditure for 2024/25?")
    assert not ans.abstained and "TOTAL £10,109.85" in ans.answer, ans.answer


# ---- a table that runs on over chunks: the chunks it runs on into are weighed too -----------------------------------


def test_table_runs_synthetic() -> None:
    from minutes_rag.answer.around import table_runs
    from minutes_rag.answer.scoring import Stats

    hits, nxt = _chunks("The festival's costs are as follows:\n" + ROWS, MORE, TOTAL)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 5, next_chunk=nxt)  # type: ignore[arg-type]
    found = table_runs("How much did the cleaning cost?", hits[:1], hits[:1], stats)
    assert [h.chunk_id for h in found] == [hits[1].chunk_id, hits[2].chunk_id], found
    # (not asked a figure; nor past the table's end; nor a chunk already among the hits)
    assert table_runs("Who organised the festival?", hits[:1], hits[:1], stats) == []
    prose, nxt2 = _chunks("The council thanked the volunteers for their work at the festival.", MORE)
    assert table_runs("How much did the cleaning cost?", prose[:1], prose[:1],
                      Stats(n_chunks=100, doc_freq=lambda w: 5, next_chunk=nxt2)) == []  # type: ignore[arg-type]
    assert [h.chunk_id for h in table_runs("How much did the cleaning cost?", hits[:1], hits[:2], stats)] == [
        hits[2].chunk_id]


@needs_corpus
def test_table_runs_real_souldern_precept_row(tmp_path: Path) -> None:
    # the financial report's first chunk ends "... EXPENDITURE (10,109.85) EXPENDITURE 0.00"; its income breakdown,
    # "PRECEPT £7,994.00", is two chunks on
    from minutes_rag import api
    from minutes_rag.answer.around import table_runs
    from minutes_rag.asking import stats_of
    from minutes_rag.settings import get_settings

    from .conftest import corpus

    api.ingest([corpus("souldern-parish-council/minutes/2025-05-20 Annual Parish Meeting minutes.pdf")],
               index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    found = api.search("Financial Report MAIN ACCOUNT PLAYGROUND ACCOUNT BALANCE B/F INCOME EXPENDITURE",
                       index=tmp_path / "index", k=10).hits
    top = next(h for h in found if h.text.rstrip().endswith("EXPENDITURE 0.00"))
    assert "PRECEPT" not in top.text
    added = table_runs("How much precept income did Souldern receive in 2024/25?", [top], [top], stats_of(store, emb))
    assert any("PRECEPT £7,994.00" in h.text for h in added), [h.text[:80] for h in added]

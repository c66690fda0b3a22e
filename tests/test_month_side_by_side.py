"""A question that sets two months side by side and asks a figure of each ("How much did Govan Community
Council have in its account in June 2024, and how much by March 2025?") is searched within each month whose hits give
none: the hits may hold a month's opening chunk (its title names the month) and not the chunk that gives the figure,
which a search of the whole index ranks below other meetings' treasurers' reports. A month with no hits at all is
searched as before; a month whose hits give a figure is not searched again (asked a date, only a month with no hits is:
every opening chunk gives a date). Synthetic: made-up minutes; real: Govan Community Council's minutes of 3 June 2024,
7 October 2024 and 3 March 2025, from outside ``../shared/corpus``, held here as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.index.store import open_store
from minutes_rag.retrieve import widen
from minutes_rag.scope import Filters
from minutes_rag.settings import get_settings

from .conftest import ask_texts, ingest_texts
from .govan_minutes import JUNE_2024, MARCH_2025, OCTOBER_2024

SYNTH_Q = "How much did Westvale Community Council have in its account in June 2024, and how much by March 2025?"
REAL_Q = "How much did Govan Community Council have in its account in June 2024, and how much by March 2025?"


def _minutes(day: int, month: str, treasurer: str) -> str:
    items = "\n\n".join(f"{n}. ITEM {n}\n\nMembers discussed {topic} at length and agreed to return to it at the next "
                         "meeting." for n, topic in enumerate(["street lighting", "bus shelters", "litter picking",
                                                               "the park fence", "the library hours",
                                                               "school crossings"], 3))
    return (f"WESTVALE COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY {day} {month}\n\nHeld in the Village Hall at 7 p.m. "
            f"Present: A. Brown (Chair), C. Dunn, E. Fox.\n\n1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nApproved.\n\n"
            f"{items}\n\n9. TREASURER'S REPORT\n\n{treasurer}\n")


SYNTH = {
    "2024-06-03": _minutes(3, "JUNE 2024", "The treasurer reported that there was currently £5,863.21 in the council's "
                                           "account."),
    "2025-03-03": _minutes(3, "MARCH 2025", "We currently had £4,202.97 in our account after payment of all current "
                                            "bills."),
    "2024-10-07": _minutes(7, "OCTOBER 2024", "The treasurer reported that the council's account held £6,100.00 and the "
                                              "account for the gala held £950.00; the account statements were "
                                              "circulated."),
    "2024-12-02": _minutes(2, "DECEMBER 2024", "The treasurer reported that the council's account held £5,400.00 after "
                                               "the grant; the account would be audited."),
}


def _widened(tmp_path: Path, docs: dict[str, str], question: str, opening: str) -> list[str]:
    """The texts of a question's widened hits, given only the two months' opening chunks as its hits."""
    index = ingest_texts(tmp_path, docs)
    hits = api.search(question, index=index, k=20).hits
    firsts = [h for h in hits if opening in h.text[:200].upper() and h.meeting_date in ("2024-06-03", "2025-03-03")]
    assert len(firsts) == 2, [h.text[:80] for h in hits]
    store, emb = open_store(get_settings(index=index))
    return [h.text for h in widen(store, emb, question, firsts, 10, Filters())]


def test_month_side_by_side_synthetic_searched_for_its_figure(tmp_path: Path) -> None:
    docs = {f"westvale-community-council/minutes/{day} minutes.md": text for day, text in SYNTH.items()}
    texts = _widened(tmp_path, docs, SYNTH_Q, "GENERAL MEETING")
    assert any("£5,863.21" in t for t in texts), texts


def test_month_side_by_side_synthetic_answered_for_each_month(tmp_path: Path) -> None:
    docs = {f"westvale-community-council/minutes/{day} minutes.md": text for day, text in SYNTH.items()}
    ans = ask_texts(tmp_path, docs, SYNTH_Q)
    assert "£5,863.21" in ans.answer and "£4,202.97" in ans.answer, ans.answer


def test_month_side_by_side_real_govan_june_balance(tmp_path: Path) -> None:
    docs = {f"govan-community-council/minutes/{day}": text for day, text in (
        ("2024-06-03 general meeting minutes.md", JUNE_2024), ("2025-03-03 general meeting minutes.md", MARCH_2025),
        ("2024-10-07 annual general meeting minutes.md", OCTOBER_2024))}
    texts = _widened(tmp_path, docs, REAL_Q, "GENERAL MEETING")
    assert any("£5863.21p" in t for t in texts), [t[:80] for t in texts]

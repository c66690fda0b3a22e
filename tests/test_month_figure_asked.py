"""A question that names one month and asks a figure ("What bank balance did the Hyndland parent council treasurer
report at the March 2022 meeting?") is searched within that month when none of its hits gives a figure: the month's
opening chunk (its title names the month) may be among the hits while its financial report, which names neither
the month nor the treasurer, ranks below other meetings' reports. Asking a sum by its noun ("what bank balance",
"what precept") asks a figure as "how much" does; a time of day ("at 7.30 p.m.") is no figure. A month whose meeting's
body is among the hits is not searched again (its accounts' total is no fee the minutes never gave). Synthetic: made-up
minutes; real: Hyndland Primary Parent Council's minutes of November 2020, October 2021 and March 2022, from outside
``../shared/corpus``, held here as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.index.store import open_store
from minutes_rag.retrieve import widen
from minutes_rag.scope import Filters
from minutes_rag.settings import get_settings

from .conftest import ask_texts, ingest_texts
from .hyndland_minutes import MARCH_2022, NOVEMBER_2020, OCTOBER_2021

SYNTH_Q = "What bank balance did the Westvale parent council treasurer report at the March 2022 meeting?"
REAL_Q = "What bank balance did the Hyndland parent council treasurer report at the March 2022 meeting?"


def _minutes(title: str, report: str) -> str:
    return (f"WESTVALE PRIMARY SCHOOL PARENT COUNCIL MEETING (ONLINE) at 7.30 p.m.\nMINUTES FOR {title}\n"
            "Present: A. Brown "
            "(Treasurer, Chairing), C. Dunn (Secretary), E. Fox (Head Teacher)\n\n1. Welcome and apologies\n\n"
            "2. Approval of minutes The minutes were approved.\n\n3. Head teacher's report The school is planning the "
            "spring concert and the P7 residential trip, and thanked parents for their help with the book fair.\n\n"
            f"4. Financial report (AB) {report}\n\n5. Any other business None.\n")


SYNTH = {
    "2021-10-20": _minutes("20 October 2021", "The bank balance reported by the treasurer stands at £5,363.52 and "
                                              "the treasurer's report was accepted."),
    "2021-06-09": _minutes("9 June 2021", "The treasurer reported a bank balance of £3,630.76 after the recipe "
                                          "books were paid for."),
    "2022-03-09": _minutes("9 March 2022", "There is £7,344 in the bank, having already paid out £429.40 on the "
                                           "P7 hoodies."),
}


def _widened(tmp_path: Path, docs: dict[str, str], question: str) -> list[str]:
    """The texts of a question's widened hits, given only the March meeting's opening chunk as its hits."""
    index = ingest_texts(tmp_path, docs)
    hits = api.search(question, index=index, k=20).hits
    firsts = [h for h in hits if h.meeting_date == "2022-03-09"
              and "MINUTES FOR" in h.text[:120].replace("\xa0", " ").upper()]
    assert len(firsts) == 1, [h.text[:80] for h in hits]
    store, emb = open_store(get_settings(index=index))
    return [h.text for h in widen(store, emb, question, firsts, 10, Filters())]


def test_month_figure_asked_synthetic_searched_within_the_month(tmp_path: Path) -> None:
    docs = {f"westvale-parent-council/minutes/{day} minutes.txt": text for day, text in SYNTH.items()}
    texts = _widened(tmp_path, docs, SYNTH_Q)
    assert any("£7,344" in t for t in texts), [t[:80] for t in texts]


def test_month_figure_asked_synthetic_answered(tmp_path: Path) -> None:
    docs = {f"westvale-parent-council/minutes/{day} minutes.txt": text for day, text in SYNTH.items()}
    ans = ask_texts(tmp_path, docs, SYNTH_Q)
    assert not ans.abstained and "£7,344" in ans.answer, ans.answer


def test_month_figure_asked_real_hyndland_march_balance(tmp_path: Path) -> None:
    docs = {f"hyndland-parent-council/minutes/{day} minutes.txt": text for day, text in (
        ("2020-11-25", NOVEMBER_2020), ("2021-10-20", OCTOBER_2021), ("2022-03-09", MARCH_2022))}
    texts = _widened(tmp_path, docs, REAL_Q)
    assert any("£7344" in t.replace("\xa0", " ") for t in texts), [t[:80] for t in texts]
    ans = ask_texts(tmp_path / "asked", docs, REAL_Q)
    assert not ans.abstained and "£7344" in ans.answer, ans.answer


def _july() -> str:
    filler = "\n\n".join(f"ITEM Council discussed {topic} at length, heard from the staff who wrote the report, and "
                         "received the report for information. Carried." for topic in [
                             "road grading", "the fire hall roof", "library hours", "the dock", "waste site hours",
                             "the cemetery fence", "the arena ice", "snow ploughing", "the beach signs", "ditching"])
    return ("MINUTES TOWNSHIP OF WESTVALE Tuesday, July 15, 2025 A regular meeting of Council was held at 7.00 p.m. "
            f"Present: Mayor A. Brown, Councillors C. Dunn and E. Fox.\n\n{filler}\n\n8. ASSET PLAN R2025-135 C. Dunn, "
            "E. Fox: THAT we accept the proposal from Urban Plans Ltd for the Development of an updated Asset "
            f"Management Plan. Carried.\n\n{filler}\n\n9. ACCOUNTS R2025-140 C. Dunn, E. Fox: THAT the accounts "
            "payable totaling $520,884.91 be approved. Carried.\n")


def test_month_figure_asked_not_again_once_its_body_is_found(tmp_path: Path) -> None:
    """A month whose meeting's body is among the hits (the resolution hiring the firm) is not searched again for a
    figure the minutes do not give: its accounts' total is no answer to what the firm will be paid."""
    question = "How much will the firm Westvale hired in July 2025 to prepare its asset management plan be paid?"
    index = ingest_texts(tmp_path, {"westvale-township/minutes/2025-07-15 minutes.txt": _july()})
    hits = api.search(question, index=index, k=20).hits
    body = [h for h in hits if "Urban Plans" in h.text and "MINUTES TOWNSHIP" not in h.text]
    assert len(body) == 1 and "$520,884.91" not in body[0].text, [h.text[:60] for h in hits]
    store, emb = open_store(get_settings(index=index))
    assert not any("$520,884.91" in h.text for h in widen(store, emb, question, body, 10, Filters()))

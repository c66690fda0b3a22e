"""A question that sets two times side by side ("How did the bank balance change between November 2014 and May 2015?")
is answered from the meetings of those times and between them: another meeting's quote (a later year's changing
rooms, an earlier treasurer's report) is a citation a reader checks in vain. On synthetic minutes and on Souldern Parish
Council's minutes of November 2014, May 2015 and November 2017."""

from __future__ import annotations

from pathlib import Path

from .conftest import ask_corpus, ask_texts, needs_corpus


def _minutes(day: str, balance: str, extra: str = "") -> str:
    return (f"MINUTES of the Harbour Community Council meeting held on {day}.\n\n1. Treasurer's Report\n"
            f"The treasurer reported the bank balance in the council's account was {balance}. {extra}\n")


def test_times_between_synthetic(tmp_path: Path) -> None:
    docs = {"2020-11-17 minutes.txt": _minutes("17 November 2020", "£3,992.57"),
            "2021-01-19 minutes.txt": _minutes("19 January 2021", "£4,475.57", "A donation from the Gibson trust "
                                               "was received into the account."),
            "2021-05-25 minutes.txt": _minutes("25 May 2021", "£3,872.20", "The treasurer will change the account's "
                                               "signatories with the bank, as the balance and bank account need new "
                                               "names.")}
    answer = ask_texts(tmp_path, docs, "How did the council's bank balance change between November 2020 and January "
                                       "2021, and where did the extra money in the account come from?")
    assert "£3,992.57" in answer.answer and "£4,475.57" in answer.answer, answer.answer
    assert "£3,872.20" not in answer.answer and all("2021-05-25" not in c.source for c in answer.citations), \
        answer.answer


@needs_corpus
def test_times_between_real_souldern_balances(tmp_path: Path) -> None:
    minutes = "souldern-parish-council/minutes/"
    answer = ask_corpus(tmp_path, [minutes + "2014-11-20 SPC minutes.pdf", minutes + "2015-05-14 SPC minutes.pdf",
                                   minutes + "2017-11-23 SPC minutes.pdf"],
                        "How did Souldern Parish Council's bank balance change between November 2014 and May 2015?")
    assert "£10,128.49" in answer.answer, answer.answer
    assert answer.citations and all("2017-11-23" not in c.source for c in answer.citations), \
        [c.source for c in answer.citations]

"""A web or mail address is no word of what a sentence speaks of: "Web page - https://louisa-county-coa.github.io/
Contacts page has been updated" names no "Louisa" and no "COA" a question asks about, so it does not outscore the
minutes' "Balance is $4315.67" for the part of a question about that meeting's balance."""

from __future__ import annotations

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import score_sentences

from .test_answer_parts import _hit, _stats


def test_addresses_synthetic_an_address_words_are_not_the_sentences() -> None:
    hits = [_hit("Web page - https://harbour-board.example.org/moorings was updated. Mail moorings@harbour-board.org "
                 "with questions.", 1, doc="m")]
    ranked, _ = score_sentences("What did the Harbour Board decide on moorings?", hits, _stats())
    assert all("harbour" not in c.stems and "board" not in c.stems for c in ranked), [sorted(c.stems) for c in ranked]
    assert any("web" in c.stems for c in ranked)


# Louisa County Commission on Aging, minutes of 4 September 2019 p1 7 January 2020 p1 and 6 January 2021 p1 (outside ../shared/corpus,
# in ext20), as pypdf reads them
SEPTEMBER = ("Louisa County Commission on Aging\nMeeting Minutes – September 4, 2019\n1. Call to order\nThe meeting was "
             "called to order at 10:00.\n2. Approval of minutes\nNo discussion\nFinancial Report: Previous Balance $ "
             "1,319.51 No expenses and no receipts.\nCurrent Balance: $1,319.51.\n➢ Louisa County Community Listening "
             "Session: Announcement came from Woodforest National Bank Sept 18th at 12-2 at Spring Creek.\n")
JANUARY = ("Louisa County Commission on Aging\nMeeting Minutes – January 6, 2021\n1. Call to order/Moment of Silence\n"
           "Meeting was called to order at 10:06 by Jonathan Tustin\n3. Approval of December minutes\nDecember minutes "
           "were approved as corrected 1/7/2021\n4. Treasurer’s Report\nThere have been no transactions since the last "
           "report. Balance is $4315.67\n5. Old business\na. Web page - https://louisa-county-coa.github.io/\nContacts "
           "page has been updated (11/29/2020)\nb. Yellow Book\n")
DECEMBER = ("Louisa County Commission on Aging\nMeeting Minutes – January 7, 2020\n4. Treasurer’s Report\n• Note that "
            "bank name is changing to Blue Ridge bank • Barbara and Lillian on signature card\n")


def test_addresses_real_louisa_balance_not_its_web_page() -> None:
    coa = "Louisa County Commission on Aging"
    hits = [_hit(SEPTEMBER, 1, date="2019-09-04", doc="sep", authority=coa),
            _hit(DECEMBER, 2, date="2020-01-07", doc="dec", authority=coa),
            _hit(JANUARY, 3, date="2021-01-06", doc="jan", authority=coa)]
    ans = answer_extractive("How did the Louisa COA's bank balance change between the September 2019 meeting and the "
                            "January 2021 meeting?", hits, _stats())
    assert "1,319.51" in ans.answer and "$4315.67" in ans.answer, ans.answer
    assert "github" not in ans.answer, ans.answer


def test_addresses_synthetic_a_figure_with_an_at_sign_is_no_address() -> None:
    ranked, _ = score_sentences("What rate was the £5m loan taken at?", [_hit("The £5m loan was taken @3.5% and "
                                                                             "£5m@3.5% was confirmed.", 1)], _stats())
    assert any("3.5" in c.stems for c in ranked), [sorted(c.stems) for c in ranked]

"""Asked which item (matter, topic) a thing was heard under, the answer quotes the item's heading above the sentence
that records it ("Planning Commission Stipends" over "Patrick Heisinger, Assistant City Manager, made a
presentation ..."): the sentence itself never names its item."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.heads import ITEM_Q

from .conftest import needs_corpus
from .test_answer_parts import _hit

MINUTES = ("7.\nINFORMATIONAL ITEMS\n1.\nHarbour Mooring Fees Review\nDana Quill, Deputy Harbour Master, made a "
           "presentation and responded to questions posed by the Commission.\nThe Commission received the report and "
           "was told a follow-up will come to its next meeting.\n2.\nCoastal Path Signage\nThe Commission reviewed "
           "the draft signs for the coastal path.")


def test_which_item_synthetic_the_heading_above_is_quoted() -> None:
    assert ITEM_Q.search("Which informational item did the Commission hear from the Deputy Harbour Master?")
    assert ITEM_Q.search("What agenda item was the presentation under?")
    assert not ITEM_Q.search("Which councillor presented the report?")
    ans = answer_extractive("Which informational item did the Northshire Harbour Commission hear from its Deputy "
                            "Harbour Master in March 2025, and who presented it?", [_hit(MINUTES)])
    assert not ans.abstained and "Harbour Mooring Fees Review" in ans.answer and "Dana Quill" in ans.answer, ans.answer


def test_which_item_synthetic_not_asked_which_item_no_heading() -> None:
    ans = answer_extractive("Who made a presentation to the Northshire Harbour Commission in March 2025 as Deputy "
                            "Harbour Master?", [_hit(MINUTES)])
    assert not ans.abstained and "Dana Quill" in ans.answer and "Mooring Fees Review" not in ans.answer, ans.answer


@needs_corpus
def test_which_item_real_east_palo_alto_stipends(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Which informational item did East Palo Alto's Planning Commission hear from the Assistant City "
                  "Manager at its January 2020 meeting, and who presented it?", index=index)
    # (eastpaloalto_ca_minutes_2020-01-27.pdf p2, item 7.1: "Planning Commission Stipends / Patrick Heisinger,
    # Assistant City Manager, made a presentation ...")
    assert not ans.abstained and "Planning Commission Stipends" in ans.answer and "Heisinger" in ans.answer, ans.answer


def test_which_item_synthetic_subject_to_is_no_item() -> None:
    assert not ITEM_Q.search("Which councillors were subject to the code of conduct complaint?")
    assert not ITEM_Q.search("What subject did Councillor Jones raise?")
    assert ITEM_Q.search("What matters did the committee defer?")

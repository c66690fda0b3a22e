"""Who opened a meeting, and when: "Who opened the East Palo Alto Planning Commission meeting of 27 January 2020, and
at what time?" is answered by the minutes' "The meeting was called to order by Commissioner Robert Sherrard at 7:07
p.m.", a formality that shares few of the question's words. Before, the title block ("... MEETING MINUTES January
27, 2020, 7:00 p.m.", the time set, not who opened it) and an item about electing a chair were quoted instead.

The real passage is the East Palo Alto Planning Commission's minutes of 27 January 2020, in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.roles import OPENED_Q, OPENED_S

from .conftest import CORPUS, ask_corpus, ask_texts

WESTVALE = ("WESTVALE PLANNING COMMISSION REGULAR MEETING MINUTES March 2, 2020, 7:00 p.m.\nCity Hall Council Chamber\n\n"
            "1. CALL TO ORDER AND ROLL CALL\nThe meeting was called to order by Commissioner Dana Moss at 7:12 p.m.\n\n"
            "2. ELECTION OF CHAIR\nThe Commission will elect a new Chair and Vice Chair for the Westvale Planning "
            "Commission meeting cycle at its next regular meeting in April 2020.\n\n"
            "3. PARKING STANDARDS\nThe Commission reviewed the parking standards for the downtown plan area.\n")


def test_who_opened_synthetic_words() -> None:
    assert OPENED_Q.search("Who opened the Westvale Planning Commission meeting of 2 March 2020?")
    assert OPENED_Q.search("Who called the meeting to order?")
    assert not OPENED_Q.search("Who opened the new library in May?")  # (not a meeting)
    for other in ("Who opened the new library at the meeting?", "Who called for the meeting to be adjourned?",
                  "Who opened the floor for questions at the meeting?", "Who called for a public meeting on the bypass?",
                  "Who called in the decision at the meeting?"):  # (a thing opened or called at a meeting, or for one)
        assert not OPENED_Q.search(other), other
    for said in ("The Mayor called the Special Council Meeting to order at 6 p.m.", "Mayor Lee called the meeting of "
                 "council to order.", "Chair Lee opened the regular meeting at 7 p.m.", "The meeting opened at 7:00 p.m."):
        assert OPENED_S.search(said), said
    assert OPENED_S.search("The meeting was called to order by Commissioner Dana Moss at 7:12 p.m.")
    assert OPENED_S.search("Chair Lee called the regular meeting to order.")
    assert not OPENED_S.search("The Mayor opened the new library.")


def test_who_opened_synthetic_called_to_order(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westvale/2020-03-02 planning commission minutes.txt": WESTVALE},
                    "Who opened the Westvale Planning Commission meeting of 2 March 2020, and at what time?")
    assert not ans.abstained, ans.warnings
    assert "Dana Moss" in ans.answer and "7:12" in ans.answer, ans.answer


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_who_opened_real_east_palo_alto(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf"],
                     "Who opened the East Palo Alto Planning Commission meeting of 27 January 2020, and at what time?")
    assert not ans.abstained, ans.warnings
    assert "Robert Sherrard" in ans.answer and "7:07" in ans.answer, ans.answer

"""A bullet's short title names what the sentence after it is about ("• Whiterig Turbines. This application has been
refused by SBC"): the sentence takes the title's words as its own, as a sentence under an item's heading does. The
title, ending with a full stop, was no heading, so "This application has been refused" shared no word with a question
about the Whiterig turbines and was never quoted. Where a chunk ends between the two, the title is the last line of
the chunk before, when that chunk is among the hits. Synthetic: made-up minutes; real: Ayton Community Council's
minutes of 4 February 2014, from outside ``../shared/corpus``, held as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.heads import heads_next, line_above
from minutes_rag.text import sentences

from .ayton_minutes import FEBRUARY_2014
from .conftest import ask_texts
from .test_answer_parts import _hit, _stats


@pytest.mark.parametrize(("line", "heads"), [
    ("\uf0b7 Whiterig Turbines.", True),
    ("• Village Christmas Lights.", True),
    ("25. INNOVATE LIMERICK:", True),
    ("Motion Carried.", False),  # (an outcome)
    ("• Application Refused.", False),
    ("Cllr P Jones arrived.", False),  # (a record of who came, and no bullet)
    ("Village Christmas Lights.", False),  # (a short sentence in capitals without a bullet is no title)
    ("The plaque is still to be installed.", False),
    ("It was agreed.", False),
])
def test_heads_next(line: str, heads: bool) -> None:
    assert heads_next(line) is heads


BEFORE = ("5 Matters Arising from Minutes • Resilient Communities Plan A draft plan had been received. • Foulden Hill "
          "Turbines An alternative location for the 2 turbines had been proposed by the developers • Redhill Turbines.")
AFTER = ("This application has been refused by the council. • North Junction The design for the missing signs has been "
         "approved. • Village Website The new village website is now fully operational.")


def test_line_above_reaches_into_the_chunk_before() -> None:
    hits = [_hit(BEFORE, 4, doc="m"), _hit(AFTER, 5, doc="m")]
    assert line_above(hits, 1, sentences(AFTER), 0) == "• Redhill Turbines."
    assert line_above([hits[1]], 0, sentences(AFTER), 0) == ""  # (the chunk before is not among the hits)


def test_bullet_title_synthetic_across_a_chunk_end() -> None:
    hits = [_hit(BEFORE, 4, doc="m"), _hit(AFTER, 5, doc="m")]
    ans = answer_extractive("What happened to the Redhill wind turbine planning application?", hits, _stats())
    assert not ans.abstained, ans.answer
    assert "has been refused" in ans.answer, ans.answer


def test_bullet_title_synthetic_in_one_chunk(tmp_path: Path) -> None:
    docs = {"redhill-community-council/minutes/2014-02-04 minutes.md": (
        "REDHILL COMMUNITY COUNCIL\nMinutes of Meeting held on Tuesday 4th February 2014 in the Village Hall\n"
        "5 Matters Arising\n• Foulden Hill Turbines An alternative location for the 2 turbines had been proposed by the "
        "developers\n• Whitmoor Turbines. This application has been refused by the council.\n• North Junction The "
        "design for the missing signs has been approved.\n")}
    ans = ask_texts(tmp_path, docs, "What happened to the application for the Whitmoor turbines?")
    assert not ans.abstained, ans.answer
    assert "has been refused" in ans.answer, ans.answer


def test_bullet_title_real_ayton_whiterig_turbines(tmp_path: Path) -> None:
    docs = {"ayton-community-council/minutes/2014-02-04 minutes.md": FEBRUARY_2014}
    ans = ask_texts(tmp_path, docs, "What happened to the Whiterig wind turbine planning application, according to "
                                    "Ayton's February 2014 minutes?")
    assert not ans.abstained, ans.answer
    assert "refused" in ans.answer, ans.answer

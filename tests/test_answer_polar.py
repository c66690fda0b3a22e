"""Asked whether a thing was done ("Did the council send the decision back to the Cabinet?"), the answer may be no,
in other words than the question's ("makes comments but does not require reconsideration"): the question's names and
terms must be in the evidence, not its everyday words, however large the index."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import SMALL_INDEX, answer_extractive
from minutes_rag.answer.scoring import Stats

from .conftest import needs_corpus
from .test_answer_parts import _hit, _model

MOTION = ("Cllr Pender proposed and Cllr Wragg seconded that the "
          "Council makes comments but does not require reconsideration of the Wexcombe library closures decision. "
          "The motion was carried.")


def _big_index_stats() -> Stats:
    """An index past ``SMALL_INDEX`` chunks, in which the question's everyday verbs are rare."""
    rare = {"return", "look"}
    return Stats(n_chunks=SMALL_INDEX * 5, doc_freq=lambda w: 1 if w in rare else 40, embed=_model().embed,
                 pieces=_model().count_tokens)


def test_polar_synthetic_whether_it_was_done_stands_without_the_verbs() -> None:
    ans = answer_extractive("Did the Council return the Wexcombe library closures decision to the Cabinet for another "
                            "look?",
                            [_hit(MOTION)], _big_index_stats())
    assert not ans.abstained and "does not require reconsideration" in ans.answer, ans.answer


def test_polar_synthetic_the_names_asked_must_still_be_there() -> None:
    ans = answer_extractive("Did the Council return the Ashdown swimming pool decision to the Cabinet for another look?",
                            [_hit(MOTION)], _big_index_stats())
    assert ans.abstained, ans.answer


@needs_corpus
def test_polar_real_kent_family_hubs(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Did Kent County Council send the Family Hubs decision back to the Executive when the call-in "
                  "reached full council in March 2025?", index=index)
    # (Printed minutes 13th-Mar-2025 County Council p8, item 300: "That the Council makes comments but does not
    # require reconsideration of the decision.")
    assert not ans.abstained and "does not require reconsideration" in ans.answer, ans.answer


def test_polar_synthetic_another_things_decision_is_no_answer() -> None:
    """Asked whether a thing was done, evidence about another thing of the same body still abstains."""
    pool = "Northshire Cabinet decided to close the swimming pool at Ashdown Leisure Centre for the winter."
    common = {"northshir", "cabinet"}  # (a body's own name is in many of its chunks)
    stats = Stats(n_chunks=SMALL_INDEX * 5, doc_freq=lambda w: 400 if w in common else 40, embed=_model().embed,
                  pieces=_model().count_tokens)
    ans = answer_extractive("Did Northshire Cabinet approve the library roof repairs?", [_hit(pool)], stats)
    assert ans.abstained, ans.answer

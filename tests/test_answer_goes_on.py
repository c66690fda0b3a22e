"""A quote that opens with a word going on from the sentence before ("In particular, the Council urges ...",
"In addition, ...", "However, ...") is read with that sentence: what it goes on from is there ("That the Council makes
comments but does not require reconsideration of the decision."), as a quote opening with a pronoun is."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.window import REFERS_BACK

from .conftest import needs_corpus
from .test_answer_parts import _hit

MOTION = ("12. Review of the Library Closures Decision\nThe Chairman explained that the call-in had been referred to "
          "Full Council by the Scrutiny Committee.\nCllr Pender proposed and Cllr Wragg seconded the following motion:\n"
          "“That the Council makes comments but does not ask the Cabinet to think again. In particular, the Council "
          "urges the Cabinet to keep the Eastfield and Marsh Lane libraries open on Saturdays while the community "
          "groups take them over.”\nThe motion was carried.")


def test_goes_on_synthetic_the_sentence_a_quote_goes_on_from_is_quoted() -> None:
    ans = answer_extractive("When the library closures call-in reached full council, did councillors urge the "
                            "Cabinet to keep the Eastfield and Marsh Lane libraries open on Saturdays?",
                            [_hit(MOTION)])
    assert not ans.abstained and "does not ask the Cabinet to think again" in ans.answer, ans.answer


def test_goes_on_synthetic_only_a_word_that_goes_on_opens_such_a_quote() -> None:
    assert REFERS_BACK.match("In particular, the Council urges the Executive to act.")
    assert REFERS_BACK.match("However, the budget was not set.")
    assert not REFERS_BACK.match("In April the Council urged the Executive to act.")
    assert not REFERS_BACK.match("However the vote went, the item would return.")  # (no comma: not going on)


@needs_corpus
def test_goes_on_real_kent_family_hubs_call_in(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("When the Family Hubs call-in reached full council in March 2025, did Kent councillors send the "
                  "decision back to the Executive?", index=index)
    # (Printed minutes 13th-Mar-2025 County Council p8, item 300: "“That the Council makes comments but does not
    # require reconsideration of the decision. In particular, the Council urges the Executive ...")
    assert not ans.abstained and "does not require reconsideration" in ans.answer, ans.answer

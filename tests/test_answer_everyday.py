"""In a small index (a parish's few meetings) an everyday word is rare by chance: "spring", "wrote" or "offer" may
occur in no chunk at all though they name nothing specific. The words the evidence must hold are then the question's
names and terms (several word pieces to the model's tokenizer: "fouling", "defibrillator"), before its everyday
words. In a large index how many chunks hold a word is a fair measure of how specific it is, and nothing changes."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import SMALL_INDEX, answer_extractive
from minutes_rag.answer.scoring import Stats, everyday_stems

from .conftest import needs_corpus
from .test_answer_parts import _hit, _model

LETTER = ("Dog Fouling. A letter had been received from the pupils of Year 6 at Westvale Primary School highlighting "
          "concerns about dog fouling on the school path. It was agreed to ask for an extra bin.")
QUESTION = "Who wrote to the parish council in spring asking for support against dog fouling?"
RARE = {"wrote": 0, "write": 0, "spring": 0, "support": 1}


def _stats(n_chunks: int) -> Stats:
    return Stats(n_chunks=n_chunks, doc_freq=lambda w: RARE.get(w, 3), embed=_model().embed,
                 pieces=_model().count_tokens)


def test_everyday_synthetic_which_words_are_everyday() -> None:
    found = everyday_stems(QUESTION, _stats(100))
    assert {"spring", "support"} <= found, found
    assert "foul" not in found and "fouling" not in found, found  # two word pieces: a term


def test_everyday_synthetic_a_small_index_holds_the_question_to_its_terms() -> None:
    small = answer_extractive(QUESTION, [_hit(LETTER, 1)], _stats(200))
    assert not small.abstained and "Westvale Primary School" in small.answer, small.answer
    large = answer_extractive(QUESTION, [_hit(LETTER, 1)], _stats(SMALL_INDEX * 5))
    assert large.abstained, large.answer  # a large index: words it never holds are the question's own


@needs_corpus
def test_everyday_real_the_co_option_asked_in_other_words(tmp_path: Path) -> None:
    from .conftest import corpus

    index = tmp_path / "index"
    api.ingest([corpus("souldern-parish-council/minutes/2012-06-28 SPC minutes.pdf")], index=index)
    ans = api.ask("Which farmer did the Souldern councillors pick in summer 2012 to join them as a co-opted "
                  "member?", index=index)
    assert not ans.abstained and "Deeley" in ans.answer, ans.answer

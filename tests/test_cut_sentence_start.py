"""A quoted sentence whose start its chunk's start cut ("to the family of the late Brendan Danaher, Charleville, a
former Member and Chairman ...", after "At the outset ..., a Vote of Sympathy was extended" ends the chunk before).
The answer prints the sentence whole; what the evidence must hold of the question's words ("sympathy", "extended")
now counts that start too. Before, the question was refused ("no evidence mentions 'sympathi', 'extend'") once the
answer kept to the meeting it names by its day.

The real passage is Limerick City and County Council's minutes of 27 May 2024, in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.lists import cut_start
from minutes_rag.api import stats_of
from minutes_rag.settings import get_settings
from minutes_rag.text import sentences
from minutes_rag.types import Hit

from .conftest import CORPUS, ask_corpus


def _chunk(text: str, at: int) -> Hit:
    return Hit(rank=1, score=1.0, chunk_id=f"d1:{at:05d}", doc_id="d1", source="minutes.md", pages=[1],
               authority="Westvale Borough", committee="Council", meeting_date="2024-05-27", item_number=None,
               item_title=None, kind="minutes", text=text)


def test_cut_start_synthetic_is_the_chunk_before_s_last_sentence() -> None:
    before = _chunk("The Mayor opened the meeting. At the outset, a Vote of Sympathy was extended", 0)
    after = _chunk("to the family of the late Ann Ash, a former Member of the Council. A minute's silence was observed.", 1)
    prev = {after.chunk_id: before}.get
    assert cut_start(after, (0, "to the family of the late Ann Ash, a former Member of the Council."),
                     lambda h: prev(h.chunk_id)) == ["At the outset, a Vote of Sympathy was extended"]
    # (a sentence whole in its chunk, or one not opening it, has no start cut)
    assert cut_start(after, (67, "A minute's silence was observed."), lambda h: prev(h.chunk_id)) == []
    assert cut_start(before, (0, "The Mayor opened the meeting."), lambda h: None) == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_cut_start_real_limerick_vote_of_sympathy(tmp_path: Path) -> None:
    rel = ("limerick/2024/07/08-Full Meeting of Limerick City and County Council/Minutes - Meeting of Limerick City and "
           "County Council - 27th May 2024.md")
    ans = ask_corpus(tmp_path, [rel], "At the start of Limerick City and County Council's meeting on 27 May 2024, a vote "
                                      "of sympathy was extended to the family of a former Member and Chairman of "
                                      "Limerick County Council. Who was he?")
    assert not ans.abstained and "Brendan Danaher" in ans.answer, ans.answer
    # the chunk that names him opens inside the sentence; its start is the chunk before's last sentence
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    hit = next(h for h in api.search("Brendan Danaher Charleville", index=tmp_path / "index", k=10).hits
               if h.text.startswith("to the family of the late Brendan Danaher"))
    first = sentences(hit.text)[0]
    start = cut_start(hit, first, stats_of(store, emb).prev_chunk)
    assert len(start) == 1 and "Vote of Sympathy was extended" in start[0], start

"""Where a chunk ends does not change the answer. A quote that ends its chunk is read on into the next chunk's
first sentence exactly when it would be read on into the next sentence of its own chunk (a short quote, one
cut off, one without the figure asked, or one followed by what was decided on it): Limerick's vote of sympathy
and the sentence after it, in the next chunk, saying when the late member had been elected. And a question that
names its meeting's day ("on 2 July 2025") finds that day in the meeting the evidence is from, though no quoted
sentence prints it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.api import answer_from_hits, stats_of
from minutes_rag.settings import get_settings

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

FIRST = "Household Hazardous Waste Contract - Contributed $178.00 last year."
SECOND = "This year they are asking for a contribution of $200.70 which is based on total of residences."
QUESTION = "What did the township contribute to household hazardous waste collection last year, and what is asked now?"


def test_chunk_end_synthetic_one_answer_whichever_chunk_the_next_sentence_is_in() -> None:
    whole = _hit(f"Motion made by Shelby, seconded by Stuart. Vote voice carried. {FIRST} {SECOND}")
    ans = answer_extractive(QUESTION, [whole], _stats())
    assert "$200.70" in ans.answer, ans.answer
    lead = _hit(f"Motion made by Shelby, seconded by Stuart. Vote voice carried. {FIRST}")
    nxt = replace(lead, chunk_id="d1:00002", text=f"{SECOND} Motion made by Shelby B., seconded by Stuart O.")
    stats = replace(_stats(), next_chunk=lambda h: nxt if h.chunk_id == lead.chunk_id else None)
    # (retrieved below other hits, so the chunks around it are not searched as the best hits' are)
    others = [_hit(f"The township hall roof repair was discussed at length ({k}).", n=k, doc=f"o{k}") for k in (2, 3, 4)]
    ans = answer_extractive(QUESTION, [*others, replace(lead, rank=5)], stats)
    assert not ans.abstained and "$178.00" in ans.answer and "$200.70" in ans.answer, ans.answer


def test_meeting_day_synthetic_the_day_asked_is_the_meetings() -> None:
    hit = _hit("Schedule of Bills. The committee reviewed the schedule of bills, in the amount of $1,249,383.20. "
               "The motion passed (5-0).", date="2025-07-02")
    # ("2" is the question's rarest word: it must be found in the evidence or where it is from)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1 if w == "2" else 20)  # (no model: words alone)
    ans = answer_extractive("What schedule of bills did the committee approve at its meeting on 2 July 2025?", [hit],
                            stats)
    assert not ans.abstained and "$1,249,383.20" in ans.answer, ans.answer


@needs_corpus
def test_chunk_end_real_limerick_vote_of_sympathy_and_when_he_was_elected(tmp_path: Path) -> None:
    rel = ("limerick/2024/09/23-Full Meeting of Limerick City and County Council/Minutes - Meeting of Limerick City and "
           "County Council - 26th August 2024.md")
    api.ingest([corpus(rel)], index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    question = ("Whose death did Limerick City and County Council mark with a vote of sympathy at the start of its "
                "26 August 2024 meeting, and in what year had he been elected?")
    found = api.search("vote of sympathy", index=tmp_path / "index", k=10).hits
    lead = next(h for h in found if "Vote of Sympathy" in h.text)
    # the chunk with the vote of sympathy ends with it; the next one opens with when he was elected. Retrieved
    # below another hit (so its neighbours are not searched), it is still read on into that sentence
    other = next(h for h in found if h.chunk_id != lead.chunk_id)
    ans = answer_from_hits(question, [other, lead], None, None, stats_of(store, emb))
    assert not ans.abstained and "Denis McCarthy" in ans.answer and "2009" in ans.answer, ans.answer

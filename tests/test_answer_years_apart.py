"""Four things a reader of a many-meeting answer met:

- a question placing two things in two years ("voted for the A bylaw in 2019 and for the B amendment in November
  2020") is answered from both meetings, not only the lead's;
- a paper that records its own votes ("For: 117; Against: 69; Status: Pass") says what became of the motion, so it
  is not set aside as a paper put to a meeting whose minutes are at hand;
- a part's answer is not taken from a meeting years before the question's times (a later filter dropped it, and
  the part was left unanswered);
- a list's number alone ("a.") is never quoted as a sentence of its own.

Synthetic passages for each; the corpus holds no paper with its own votes nor a question of the first kind, so the
real test is of the list's number (Kent's call-in report to County Council, 13 March 2025)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.lists import marked
from minutes_rag.answer.scoring import Stats
from minutes_rag.answer.spanning import answers_across
from minutes_rag.index.embed import Embedder, get_embedder
from minutes_rag.text import question_parts
from minutes_rag.types import Hit

from .conftest import corpus, needs_corpus

CALL_IN = "kent-county-council/full_council/2025-03-13/Scrutiny Committee - call-in Family Hubs Report to County " \
          "Council - Final.pdf"


def _hit(text: str, n: int, date: str, kind: str = "minutes") -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"d{n}:{n:05d}", doc_id=f"d{n}", source=f"d{n}.txt", pages=[],
               authority="Northtown", committee="Town Meeting", meeting_date=date, item_number=None,
               item_title=None, kind=kind, text=text)


@cache
def _model() -> Embedder:
    return get_embedder("minilm")


def _stats() -> Stats:
    return Stats(n_chunks=100, doc_freq=lambda w: 5, embed=_model().embed)


def test_two_years_placed_synthetic() -> None:
    q = "How many members voted for the dark skies bylaw in 2019 and for the uplighting amendment in November 2020?"
    assert answers_across(q, question_parts(q))
    q = "How many members voted for the bylaw in 2019 and in 2020?"  # (years side by side: as before)
    assert answers_across(q, question_parts(q))
    q = "In 2019 which bylaw did the town meeting pass, and which amendment did it pass in November 2020?"
    assert answers_across(q, question_parts(q))
    for q in ("How many members voted for the bylaw in 2019?",
              "What audit plan did the committee approve in 2025 for 2025 and 2026?",
              "In 2024, how many members voted for the amendment, and who moved it in 2024?"):
        assert not answers_across(q, question_parts(q)), q


def test_paper_with_its_votes_synthetic() -> None:
    hits = [_hit("Article 3 bylaw amendment on uplighting of outdoor lighting. The town meeting debated the "
                 "uplighting amendment. For: 194; Against: 50; Abstain: 1; Status: Pass.", 1, "2020-11-16"),
            _hit("Article 34 dark skies bylaw on outdoor lighting. For: 117; Against: 69; Abstain: 5; Status: Pass; "
                 "Voted: 1-May-2019.", 2, "2019-05-01", kind="agenda"),
            _hit("The town meeting opened at 8pm. The moderator read the rules of debate for the dark skies bylaw "
                 "article.", 3, "2019-05-01")]
    ans = answer_extractive("How many members voted for the dark skies bylaw in 2019 and for the uplighting "
                            "amendment in November 2020?", hits, _stats(), explain=True)
    assert "117" in ans.answer and "194" in ans.answer, ans.answer
    assert ans.explain is not None
    assert not any("minutes are at hand" in s["why"] and "117" in s["text"] for s in ans.explain["sentences"])
    # (an options paper's "For:" and "Against:" are no recorded vote: it is still set aside for the minutes)
    hits = [_hit("The dark skies bylaw: Arguments For: 1. Darker skies. Arguments Against: 1. Safety concerns.", 1,
                 "2019-05-01", kind="agenda"),
            _hit("The town meeting adopted the dark skies bylaw after debate.", 2, "2019-05-01")]
    ans = answer_extractive("What became of the dark skies bylaw?", hits, _stats(), explain=True)
    assert ans.explain is not None
    assert any("minutes are at hand" in s["why"] for s in ans.explain["sentences"]), ans.explain["sentences"]


def test_part_not_from_years_before_synthetic() -> None:
    hits = [_hit("The clerk confirmed the caterer would charge $16.00 per person for the 2023 luncheon.", 1,
                 "2023-10-04"),
            _hit("Total expenditures for the Christmas luncheon: $4,783.29. December 7, 2023 was agreed for this "
                 "year's luncheon.", 2, "2023-01-04"),
            _hit("The Christmas luncheon committee agreed to contribute $500 to the Christmas luncheon costs as the "
                 "December luncheon total would exceed the money.", 3, "2019-11-06")]
    ans = answer_extractive("What did the December 2022 Christmas luncheon cost in total, and what per-person "
                            "catering price was confirmed for the 2023 luncheon?", hits, _stats())
    assert "4,783.29" in ans.answer and "16.00" in ans.answer, ans.answer
    assert "$500" not in ans.answer


def test_number_alone_synthetic() -> None:
    text = "Cabinet resolved the following: a. NOTE the comments. The meeting closed."
    assert marked(text, [(0, "Cabinet resolved the following:"), (33, "a.")], 4) == "Cabinet resolved the following: [4]"
    # (before its item, it is the item's: no marker of its own between them)
    assert marked(text, [(33, "a."), (36, "NOTE the comments.")], 4) == "a. NOTE the comments. [4]"


@needs_corpus
def test_number_alone_real(tmp_path: Path) -> None:
    api.ingest([corpus(CALL_IN)], index=tmp_path / "index")
    ans = api.ask("Why was a Kent Cabinet meeting called for 13 March 2025, and at what time was it due to start?",
                  index=tmp_path / "index")
    assert not ans.abstained and "Cabinet resolved the following:" in ans.answer, ans.answer
    assert " a. [" not in ans.answer, ans.answer

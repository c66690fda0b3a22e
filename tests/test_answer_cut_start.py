"""A quoted sentence that its chunk's start cut ("rail line throughout Limerick and indicated he has requested Irish
Rail to ...") is quoted with its start, the last sentence of the chunk before, so the answer does not open
mid-sentence; a quote that opens a list item ("b) the ...") is not. On synthetic chunks and on real minutes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats


def test_cut_start_synthetic_the_sentence_is_quoted_from_its_start() -> None:
    before = replace(_hit("The Mayor said housing was not affordable at present. The Mayor shared the members' ambition "
                          "for the extension of the", 1), chunk_id="d1:00001")
    cut = replace(_hit("tram line across the city and said he had asked the transport agency to do a feasibility "
                       "study on cost. He thanked the officials for their work.", 2), chunk_id="d1:00002")
    items = replace(_hit("b) the financing for the tram study BE APPROVED as set out in the report.", 3),
                    chunk_id="d3:00002")
    chunks = {"d1:00002": before, "d3:00002": replace(_hit("That the following actions be taken: a) the study BE "
                                                           "NOTED;", 4), chunk_id="d3:00001")}
    stats = replace(_stats(), prev_chunk=lambda h: chunks.get(h.chunk_id))
    ans = answer_extractive("What did the Mayor say he had asked the transport agency to do about extending the tram "
                            "line?", [cut], stats)
    assert not ans.abstained and "extension of the" in ans.answer, ans.answer
    assert ans.answer.index("extension of the") < ans.answer.index("feasibility study")
    ans = answer_extractive("What financing for the tram study was approved?", [items], stats)
    assert not ans.abstained and "BE NOTED" not in ans.answer, ans.answer  # a list item starts its own sentence


@needs_corpus
def test_cut_start_real_the_mayors_rail_line_feasibility_study(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - "
                               "Adjourned Ordinary Meeting of Limerick City and County Council - 4th October 2024.md"],
                    "During the October 2024 debate on Limerick's Mayoral Programme, what did Mayor John Moran say he "
                    "had asked Irish Rail to do about extending the rail line?")
    assert not ans.abstained and "feasibility study" in ans.answer, ans.answer
    assert "extension of the" in ans.answer, ans.answer

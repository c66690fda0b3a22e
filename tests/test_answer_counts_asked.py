"""Asked how many, a count answers. When some sources state figures, the ones that state none are dropped as
context; that held for one-part questions only, and a count ("2023 - 16" under "Successful Prosecution are as
follows:") or a span ("for six years") was not a figure, so the answer to "how many prosecutions" was dropped for
stating none. Now the rule holds when every part asks a figure, and a question after a count or a span is answered
by any quantity (others still by a sum, share or ratio). Synthetic: which test a
question's sources must pass; real: Limerick's minutes of 22 January 2024."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import has_figure, states_quantity
from minutes_rag.answer.figures import figure_test
from minutes_rag.text import question_parts

from .conftest import corpus, needs_corpus
from .test_lead_in_after_cells import LIMERICK


def _test(question: str) -> Callable[[str], bool] | None:
    return figure_test(question, question_parts(question))


def test_counts_asked_synthetic() -> None:
    assert _test("How much did the harbour works cost?") is has_figure
    assert _test("How much was spent on the quays, and what was the harbour master's salary?") is has_figure
    assert _test("How much was spent on the quays in 2023, and how many prosecutions were there?") is states_quantity
    assert _test("How many berths were let in 2024?") is states_quantity
    assert _test("How long must papers be kept, and how much notice must be given?") is states_quantity  # (spans)
    assert _test("What share of ballots were cast by mail, and how much did counting cost?") is has_figure
    assert _test("How much did the works cost, and who carried them out?") is None  # (a name answers one part)
    assert _test("How many residents answered, and what did the Mayor say about a threshold for funding?") is None
    assert states_quantity("2023 - 14") and not has_figure("2023 - 14")


@needs_corpus
def test_counts_asked_real(tmp_path: Path) -> None:
    api.ingest([corpus(LIMERICK)], index=tmp_path / "index")
    ans = api.ask("How much was spent clearing illegal dumping in the Metropolitan district in 2023, and how many "
                  "successful prosecutions for illegal dumping were there that year?", index=tmp_path / "index",
                  explain=True)
    assert not ans.abstained and "2023 - 16" in ans.answer, ans.answer
    dropped = [s["text"] for s in ans.explain["sentences"] if "states no figure" in s["why"]]
    assert not any("Prosecution" in t for t in dropped), dropped

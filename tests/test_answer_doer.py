"""Asked who did something ("who called it in?", "who wrote the report?"), the chunk that names who did it ("a
call-in made by Mrs Jackie Meade and Mr Barry Lewis") is searched for: the papers on the matter have many chunks
sharing the question's words, and the one naming who acted may share only its verb."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.retrieve import doer_named

from .conftest import needs_corpus


def test_doer_named_synthetic() -> None:
    said = doer_named("Who called in the decision on the harbour car park")
    assert said is not None
    assert said.search("the Committee considered a call-in made by Mrs Jackie Meade and Mr Barry Lewis of decision")
    assert said.search("The decision was called in by Councillor Trevail.")
    assert not said.search("The call-in process ends immediately, with the matter not progressing to Council.")
    wrote = doer_named("who wrote the January 2025 Cabinet report")
    assert wrote is not None and wrote.search("a report written by Ms Abrahams, Director of Education")
    assert doer_named("What did the council decide about the car park?") is None
    assert doer_named("Who is the clerk?") is None  # (no deed asked)
    # (a relative clause asks no doer; "by" before a body, a month or another verb names none)
    assert doer_named("What did the officer who presented the report recommend?") is None
    assert not said.search("The calendar was set by Council and approved by January 2025.")
    assert not said.search("The figures were calculated by Mr Jones.")


@needs_corpus
def test_doer_real_kent_call_in(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who called in Kent's decision on the Seashells and Millmead family hubs, and what did Full "
                  "Council finally resolve in March 2025?", index=index, authority="Kent County Council")
    assert not ans.abstained and "Barry Lewis" in ans.answer, ans.answer
    assert "does not require reconsideration" in ans.answer, ans.answer

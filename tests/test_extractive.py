"""The extractive answerer's reading rules on real documents: figures, chunk boundaries, machine-made text."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.cues import has_figure
from minutes_rag.parse.meta import authority_core, is_machine_made, names_authority
from minutes_rag.text import normalise

from .conftest import corpus, needs_corpus


@pytest.mark.parametrize(("text", "figure"), [
    ("Total quote: $192,373.50 plus applicable taxes.", True),
    ("KCC's current Pay Multiple figure is 8.1:1.", True),
    ("75.2% of posts were filled", True),
    ("up to £1m on Stage One", True),
    ("R2025-072 S. Foote: Quote No. 59226-24, approved in the 2025 Capital budget", False),
    ("accounts dated March 15, 20, 25", False),
    ("7.3 The administration's final draft capital programme is set out in appendices A and B.", False),
    ("3.2 KCC's current Pay Multiple figure is 8.1:1.", True),
])
def test_a_figure_is_an_amount_not_a_year_or_reference(text: str, figure: bool) -> None:
    assert has_figure(text) is figure


def test_machine_made_documents_are_known_by_name() -> None:
    assert is_machine_made("/x/nipissing-township/summaries.MACHINE_GENERATED.json")
    assert is_machine_made("meeting-2024-ai-generated-summary.md")
    assert not is_machine_made("/x/kent/Printed minutes 13th-Feb-2025.pdf")
    assert not is_machine_made("/x/said-generated-by-the-clerk.pdf")


@needs_corpus
def test_a_cost_question_brings_the_figure_from_the_next_sentence(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("What did the multi-plate culvert for Stone Cutter's Road cost?", index=index,
                  authority="Township of Nipissing")
    assert not ans.abstained
    assert "192,373.50" in ans.answer  # "Total quote: ..." follows the sentence that names the culvert
    assert any(c.source.endswith("Minutes-April-8-2025.pdf") and c.page == 2 for c in ans.citations)


@needs_corpus
def test_evidence_that_runs_over_a_chunk_end_is_read_on(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("What ratio between the highest salary and the median salary does Kent's pay policy report?",
                  index=index, authority="Kent County Council")
    assert not ans.abstained
    assert "8.1:1" in ans.answer
    # the definition ends one chunk and the figure opens the next: one passage, one citation of both
    figure = next(c for c in ans.citations if "8.1:1" in c.quote)
    assert "median" in figure.quote.split("8.1:1")[0], "the figure should follow the sentence it completes"
    assert figure.source.endswith("Pay Policy Statement 2025-2026.pdf") and figure.page == 2
    para = next(p for p in ans.answer.split("\n\n") if "8.1:1" in p)
    assert para.count(f"[{figure.n}]") >= 1 and f"[{figure.n - 1}]" not in para
    # a question after a figure: sources that state none (the pay award's wording, say) are left out
    assert all(has_figure(p) for p in ans.answer.split("\n\n"))


@needs_corpus
def test_machine_made_summaries_rank_below_the_minutes_and_are_not_quoted(tmp_path: Path) -> None:
    index = tmp_path / "idx"
    api.ingest([corpus("nipissing-township/minutes/Minutes-February-18-2025.pdf"),
                corpus("nipissing-township/summaries.MACHINE_GENERATED.json")],
               index=index, manifests=[corpus("authorities.csv")])
    question = "Which supplier did Nipissing Township choose for its new backhoe in February 2025, and at what price?"
    hits = api.search(question, k=5, index=index).hits
    assert hits[0].source.endswith("Minutes-February-18-2025.pdf")
    assert any(is_machine_made(h.source) for h in hits), "the summaries stay searchable"
    ans = api.ask(question, index=index)
    assert "brandt" in normalise(ans.answer)
    assert ans.citations and not any(is_machine_made(c.source) for c in ans.citations)


@pytest.mark.parametrize(("name", "core"), [
    ("London Borough of Haringey", "Haringey"),
    ("City of Bradford Metropolitan District Council", "Bradford"),
    ("City of London (Ontario)", "London"),
    ("West of England Combined Authority", "West of England"),
    ("Limerick City and County Council", "Limerick"),
    ("Township of Nipissing", "Nipissing"),
    ("Kent County Council", "Kent"),
])
def test_the_distinctive_part_of_an_authority_name(name: str, core: str) -> None:
    assert authority_core(name) == core
    assert names_authority(f"What did {core}'s cabinet decide?", name)
    assert not names_authority("What did Barnsley's cabinet decide?", name)


@needs_corpus
def test_a_question_that_names_authorities_quotes_only_them(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    # Kent's budget risk register also speaks of recruiting social workers; the question names two others
    ans = api.ask("What did Haringey and Bradford each say they were doing to recruit or hold on to children's "
                  "social workers?", index=index)
    assert not ans.abstained
    authorities = {c.authority for c in ans.citations}
    assert authorities == {"London Borough of Haringey", "City of Bradford Metropolitan District Council"}


@needs_corpus
def test_a_vote_question_gets_the_recorded_vote_of_the_final_motion(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("How many councillors voted for Kent's final budget motion approving the 2025-26 net revenue "
                  "budget requirement?", index=index, authority="Kent County Council")
    assert not ans.abstained
    vote = next((c for c in ans.citations if "For (41)" in c.quote), None)
    assert vote is not None, ans.answer
    # the substantive motion's vote (For 41 / Against 10 / Abstain 7), not an amendment's, where it is printed
    assert "Against (10)" in vote.quote and "Abstain (7)" in vote.quote
    assert vote.source.endswith(("Printed minutes 13th-Feb-2025 09.30 County Council.pdf", "Minutes of Previous Meeting.pdf"))
    assert 13 in vote.pages
    assert f"{vote.quote} [{vote.n}]" in ans.answer

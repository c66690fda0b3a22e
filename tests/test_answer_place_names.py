"""A place name inside another name ("the East Bristol Liveable Neighbourhood", "the Bristol to Bath corridor") does
not name the authority of that place: a question about a combined authority's scheme is not answered with "No
evidence found in the indexed minutes of Bristol City Council"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.parse.meta import names_authority

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats


def test_place_synthetic_a_district_or_a_route_is_not_the_authority() -> None:
    name = "Northbridge City Council"
    assert not names_authority("What did the East Northbridge Liveable Neighbourhood trial show?", name)
    assert not names_authority("For the Northbridge to Bath corridor scheme, what was spent?", name)
    assert names_authority("What did Northbridge decide about the East Northbridge trial?", name)
    assert names_authority("What did Northbridge City Council decide?", name)


def test_place_synthetic_no_silent_authority_for_a_scheme_named_after_a_place() -> None:
    statement = replace(_hit("Councillor Reed wrote in support of the East Northbridge Liveable Neighbourhood trial, "
                             "citing a 77 per cent fall in traffic.", authority="Westshire Combined Authority"))
    stats = replace(_stats(), authorities=("Northbridge City Council", "Westshire Combined Authority"))
    ans = answer_extractive("What figures did Councillor Reed cite to the Westshire joint committee in support of the "
                            "East Northbridge Liveable Neighbourhood?", [statement], stats)
    assert not ans.abstained and "77 per cent" in ans.answer, ans.answer
    assert "No evidence found" not in ans.answer, ans.answer


@needs_corpus
def test_place_real_the_east_bristol_scheme_statement(tmp_path: Path) -> None:
    api.ingest([corpus("west-of-england-ca/src-weca-0023_joint-meeting-2026-03-27-statements.pdf"),
                corpus("bristol-city-council/src-bcc-0004_decision-notice-transport-connectivity-policy-committee-"
                       "2024-09-12.pdf")], index=tmp_path / "index")
    ans = api.ask("What did Councillor Rob Bryher say in his statement to the West of England joint committee in "
                  "March 2026 about the East Bristol Liveable Neighbourhood?", index=tmp_path / "index")
    assert not ans.abstained and "Bryher" in ans.answer, ans.answer
    assert "No evidence found" not in ans.answer, ans.answer

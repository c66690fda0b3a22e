"""Cross-authority summaries on the five seed councils (children's services and Ofsted), beside Bristol
and Kent minutes that are not about the topic.

What the seeds say was read from the files: Tower Hamlets was rated 'inadequate' in 2017 and 'Good' after
the June 2019 inspection (002); Bradford's inspection found the services inadequate (004); Haringey's
cabinet item 321 was a children's services update after an Ofsted focused visit (000).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import api, summarise
from minutes_rag.answer.fakes import ScriptedChatModel
from minutes_rag.cli import app
from minutes_rag.reports.salience import is_chrome, specifics
from minutes_rag.reports.types import Summary

from .conftest import needs_corpus
from .reports_index import SEED_AUTHORITIES, reports_index

pytestmark = needs_corpus
runner = CliRunner()
TOPIC = "children's services and Ofsted"
SEEDS = sorted(SEED_AUTHORITIES.values())


@pytest.fixture(scope="module")
def index() -> Path:
    return reports_index()


@pytest.fixture(scope="module")
def summary(index: Path) -> Summary:
    """No --authority: every indexed authority is in scope, the two off-topic ones included."""
    return summarise(TOPIC, by="authority", index=index)


def test_each_seed_authority_gets_a_section_citing_its_own_file(summary: Summary) -> None:
    by_n = {c.n: c for c in summary.citations}
    sections = {s.group: s for s in summary.sections}
    for name, authority in SEED_AUTHORITIES.items():
        sec = sections[authority]
        assert sec.found and sec.strength == "strong" and sec.points, authority
        for p in sec.points:
            assert p.citations and p.group == authority
            for n in p.citations:
                assert by_n[n].source.endswith(name) and by_n[n].authority == authority
                assert p.text.removesuffix(" …")[:80] in " ".join(by_n[n].quote.split()), "a point quotes its source"
    # balanced: every group got its own search, so the numbered sources span all five files
    assert {Path(c.source).name for c in summary.citations} >= set(SEED_AUTHORITIES)


def test_coverage_lists_every_authority_and_says_no_evidence(summary: Summary) -> None:
    rows = {c.authority: c for c in summary.coverage}
    assert set(rows) == {*SEEDS, "Bristol City Council", "Kent County Council"}
    for a in SEEDS:
        assert rows[a].found and rows[a].status == "evidence found" and rows[a].sources == 1
    assert rows["London Borough of Tower Hamlets"].first_date == "2019-12-17"
    bristol = rows["Bristol City Council"]
    assert not bristol.found and bristol.status == "no evidence found" and bristol.documents_searched == 14
    assert bristol.sources == 0
    # Kent's budget minutes only name the Cabinet Member for Integrated Children's Services in passing: that
    # is no evidence, said with how often it was mentioned
    assert rows["Kent County Council"].status == "no evidence found (mentioned only in passing in 1 document(s))"
    assert not rows["Kent County Council"].found
    section = next(s for s in summary.sections if s.group == "Bristol City Council")
    assert section.note == "no evidence found" and not section.points


def test_comparison_is_cited_and_reports_the_judgements(summary: Summary) -> None:
    by_n = {c.n: c for c in summary.citations}
    assert summary.comparison
    for row in summary.comparison:
        assert len({p.group for p in row.points}) >= 2
        for p in row.points:
            assert p.citations and all(by_n[n].authority == p.group for n in p.citations)
        assert "Kent County Council" not in {p.group for p in row.points}  # weak evidence is not compared
    ratings = next(r for r in summary.comparison if r.aspect == "Judgements and ratings")
    labels = {(p.group, p.label) for p in ratings.points}
    assert ("London Borough of Tower Hamlets", "inadequate") in labels
    assert ("London Borough of Tower Hamlets", "good") in labels
    assert ("City of Bradford Metropolitan District Council", "inadequate") in labels
    assert ratings.finding.startswith("The judgements stated differ")


def test_by_meeting_and_filters(index: Path) -> None:
    s = summarise("workplace parking levy", by="meeting", authority="bristol", index=index)
    assert [sec.meeting_date for sec in s.sections] == ["2024-09-12", "2025-05-15", "2025-10-23", "2026-03-19"]
    assert all(sec.found for sec in s.sections)
    by_n = {c.n: c for c in s.citations}
    for sec in s.sections:
        assert all(by_n[n].meeting_date == sec.meeting_date for p in sec.points for n in p.citations)
    assert [c.authority for c in s.coverage] == ["Bristol City Council"]
    with pytest.raises(api.ConfigError, match="--by 'council': use one of authority, committee, meeting"):
        summarise(TOPIC, by="council", index=index)


def test_map_reduce_through_a_chat_model(index: Path) -> None:
    """One scripted call per group with evidence, then one for the comparison; citations checked as in ask."""
    group = ("Children's services were discussed by the council [1]. "
             "A zeppelin hangar costing £99m was unanimously commissioned [1]. See also [9].")
    model = ScriptedChatModel(responses=[group] * 5 + ["Both councils discussed children's services [1][2]."])
    s = summarise(TOPIC, authority=SEEDS, llm=model, index=index)
    assert model.calls == 6 and s.generator == "ScriptedChatModel"
    by_n = {c.n: c for c in s.citations}
    for sec in s.sections:
        assert [p.text for p in sec.points][0] == "Children's services were discussed by the council."
        for p in sec.points:
            assert all(by_n[n].authority == sec.group for n in p.citations)
        # the marker to a source that does not exist is dropped; the sentence stays, shown as uncited
        assert [p.text for p in sec.points if not p.citations] == ["See also."]
        zeppelin = next(p for p in sec.points if "zeppelin" in p.text)
        assert not zeppelin.supported
    assert any("zeppelin" in u for u in s.unsupported)
    assert any("removed citation(s) to source(s) that do not exist: [9]" in w for w in s.warnings)
    assert any("have no citation" in w for w in s.warnings)
    (row,) = s.comparison
    assert row.points and row.points[0].text == "Both councils discussed children's services."
    assert len({by_n[n].authority for n in row.points[0].citations}) == 2
    # the model saw its group's sources as numbered, untrusted data
    first = str(model.prompts[0][-1].content)
    assert '<source n="1"' in first and "untrusted" in first


def test_cli_formats(index: Path, tmp_path: Path) -> None:
    seeds = [a for name in SEEDS for a in ("--authority", name)]
    res = runner.invoke(app, ["summarise", TOPIC, "--index", str(index), *seeds, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) >= {"topic", "by", "coverage", "sections", "comparison", "citations", "warnings"}
    assert [c["authority"] for c in data["coverage"]] == SEEDS
    out = tmp_path / "summary.md"
    res = runner.invoke(app, ["summarise", TOPIC, "--index", str(index), "--authority", "bristol",
                              "--authority", "haringey", "-o", str(out)])
    assert res.exit_code == 0, res.output
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Summary: children's services and Ofsted")
    assert "| Bristol City Council | no evidence found | 14 | 0 | not stated |" in md
    assert "## London Borough of Haringey" in md and "## Sources" in md
    res = runner.invoke(app, ["summarise", "  ", "--index", str(index)])
    assert res.exit_code == 1 and "the topic is empty" in res.output


def test_reference_case_on_the_seeds_alone(tmp_path: Path) -> None:
    """`ingest seeds` then `summarise "children's services and Ofsted" --by authority`: five sections.

    Barnsley's minutes discuss children's social care but never name Ofsted: its section is kept, marked
    as partial evidence, not dropped as "no evidence found".
    """
    from .conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is absent")
    index = tmp_path / "idx"
    api.ingest([CORPUS / "seeds"], index=index)
    s = summarise("children's services and Ofsted", by="authority", index=index)
    assert sorted(sec.group for sec in s.sections) == sorted(SEED_AUTHORITIES.values())
    by_source = {c.n: c.source for c in s.citations}
    manifest = {auth: file for file, auth in SEED_AUTHORITIES.items()}
    for sec in s.sections:
        assert sec.points, sec.group
        for p in sec.points:
            assert all(by_source[n].endswith(manifest[sec.group]) for n in p.citations), sec.group
    status = {c.authority: c.status for c in s.coverage}
    assert status["Barnsley Metropolitan Borough Council"].startswith("evidence found (partial")


@pytest.mark.parametrize("topic", ["children's social care and Ofsted", "children's services and Ofsted"])
def test_evidence_is_judged_on_meaning_not_one_wording(index: Path, topic: str) -> None:
    s = summarise(topic, index=index)
    rows = {c.authority: c for c in s.coverage}
    # Bradford's minutes are about its Ofsted inspection whichever wording is used
    for a in SEEDS:
        assert rows[a].found and rows[a].status.startswith("evidence found"), (topic, a, rows[a].status)
    # Bristol's constitution lists name children's social care, and say nothing about it
    bristol = rows["Bristol City Council"]
    assert not bristol.found and bristol.status.startswith("no evidence found") and bristol.sources == 0
    section = next(sec for sec in s.sections if sec.group == "Bristol City Council")
    assert not section.points
    # judgements compared with their dates and sources, oldest first
    row = next(r for r in s.comparison if r.aspect == "Judgements and ratings")
    # (both authorities are inferred by the seeds' manifest, and named so)
    assert "oldest first: 2019-12-17, London Borough of Tower Hamlets (inferred): inadequate (002_" in row.finding
    assert "City of Bradford Metropolitan District Council (inferred): inadequate (004_" in row.finding
    # counts agree with the coverage table: the groups compared are those with evidence
    with_evidence = sum(c.found for c in s.coverage)
    for r in s.comparison:
        if r.finding.startswith("Raised for"):
            assert f"of the {with_evidence} groups with evidence" in r.finding, r.finding


#: what a web page saved as text carries besides its minutes: its title, meta fields, file links, breadcrumbs
CHROME = re.compile(r"Issue - meetings|\b[A-Z][a-z]+:\s*\d{1,2}/\d{1,2}/\d{4}|\bPDF \d+ KB\b|\s>\s")


def test_points_are_the_salient_facts_not_page_furniture(index: Path) -> None:
    """Tower Hamlets' page opens with its web page's title and "Meeting: 17/12/2019" field; Barnsley's minutes
    give the number of looked after children in a passage worded apart from the topic."""
    s = summarise("children's social care and Ofsted", by="authority", authority=SEEDS, index=index)
    sections = {sec.group: sec for sec in s.sections}
    for sec in s.sections:
        assert sec.points, sec.group
        for p in sec.points:
            assert not CHROME.search(p.text) and not is_chrome(p.text), (sec.group, p.text)
        # the first point of each states something specific: a figure, judgement, decision, change or concern
        assert specifics(sec.points[0].text), (sec.group, sec.points[0].text)
    barnsley = [p.text for p in sections["Barnsley Metropolitan Borough Council"].points]
    assert any("looked after children had reduced to 290" in t for t in barnsley), barnsley
    towers = [p.text for p in sections["London Borough of Tower Hamlets"].points]
    assert any("rated as ‘Good’" in t for t in towers) and any("‘inadequate’ rating" in t for t in towers), towers

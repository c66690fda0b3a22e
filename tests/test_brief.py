"""Briefing packs for a newly elected member, on Bristol's transport committee (four meetings in the index,
beside Kent's budget minutes and five other councils' pages, none of which may leak into the pack)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import api, brief
from minutes_rag.answer.fakes import ScriptedChatModel
from minutes_rag.cli import app
from minutes_rag.reports.types import Brief

from .conftest import needs_corpus
from .reports_index import reports_index

pytestmark = needs_corpus
runner = CliRunner()


@pytest.fixture(scope="module")
def index() -> Path:
    return reports_index()


@pytest.fixture(scope="module")
def pack(index: Path) -> Brief:
    return brief(authority="bristol", committee="transport and connectivity", index=index)


def test_pack_cites_only_bristol_documents(pack: Brief) -> None:
    assert pack.citations
    for c in pack.citations:
        assert c.authority == "Bristol City Council" and "/bristol-city-council/" in c.source
    sections = {s.key: s for s in pack.sections}
    assert list(sections) == ["covers", "meetings", "decisions", "recurring", "figures", "actions"]
    numbers = {c.n for c in pack.citations}
    for sec in pack.sections:
        assert sec.points, sec.key
        for p in sec.points:
            assert p.citations and set(p.citations) <= numbers, (sec.key, p.text)


def test_pack_contents(pack: Brief) -> None:
    assert (pack.meetings, pack.first_date, pack.last_date) == (4, "2024-09-12", "2026-03-19")
    sections = {s.key: s for s in pack.sections}
    meetings = [p.label for p in sections["meetings"].points]
    assert meetings == ["2024-09-12", "2025-05-15", "2025-10-23", "2026-03-19"]
    by_n = {c.n: c for c in pack.citations}
    levy = next(p for p in sections["decisions"].points if "Workplace Parking Levy" in p.text)
    assert levy.text.startswith("2024-09-12, 10 Workplace Parking Levy:") and "£1m" in levy.text
    assert levy.label == "decision (8 for, 1 against, 0 abstaining)"
    assert by_n[levy.citations[0]].page == 14
    recurring = sections["recurring"].points[0]
    assert recurring.text.startswith("Workplace Parking Levy") and "on the agenda at 4 meetings" in recurring.text
    assert sorted(by_n[n].meeting_date for n in recurring.citations) == meetings
    figures = " ".join(p.text for p in sections["figures"].points)
    assert "£" in figures
    actions = sections["actions"].points
    assert any("ACTION" in p.text for p in actions)


def test_topic_narrows_the_pack(index: Path) -> None:
    b = brief(authority="bristol", topic="workplace parking levy", index=index)
    decisions = next(s for s in b.sections if s.key == "decisions")
    assert decisions.points and all("parking" in p.text.lower() for p in decisions.points)
    assert {c.authority for c in b.citations} == {"Bristol City Council"}


def test_overview_through_a_chat_model(index: Path) -> None:
    model = ScriptedChatModel(responses=["The committee deals with the workplace parking levy [1]. Also [30]."])
    b = brief(authority="bristol", llm=model, index=index)
    assert model.calls == 1 and b.generator == "ScriptedChatModel"
    overview = b.sections[0]
    assert overview.key == "overview" and overview.points[0].citations
    assert overview.points[0].text == "The committee deals with the workplace parking levy."
    assert any("[30]" in w for w in b.warnings)
    assert {c.authority for c in b.citations} == {"Bristol City Council"}


def test_cli_and_bad_arguments(index: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.json"
    res = runner.invoke(app, ["brief", "--authority", "bristol", "--index", str(index), "--format", "json",
                              "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["authority"] == "Bristol City Council" and data["meetings"] == 4
    res = runner.invoke(app, ["brief", "--index", str(index)])
    assert res.exit_code == 2 and "Missing option '--authority'" in res.output
    res = runner.invoke(app, ["brief", "--authority", "bristol", "--committee", "planning", "--index", str(index)])
    assert res.exit_code == 1
    assert "no indexed committee of Bristol City Council matches 'planning'" in " ".join(res.output.split())
    with pytest.raises(api.ConfigError, match="--authority is required"):
        brief(authority=" ", index=index)


def test_meetings_are_sittings_and_the_body_has_one_name(index: Path) -> None:
    # the index also holds an equality impact assessment (2024-08-20) and two forward plans (2026-01-21,
    # 2026-02-18) of the same council: dated papers, but not meetings
    for committee in (None, "Transport & Connectivity", "transport and connectivity committee"):
        b = brief(authority="bristol", committee=committee, index=index)
        assert (b.meetings, b.first_date, b.last_date) == (4, "2024-09-12", "2026-03-19"), committee
        meetings = next(s for s in b.sections if s.key == "meetings").points
        assert [p.label for p in meetings] == ["2024-09-12", "2025-05-15", "2025-10-23", "2026-03-19"]
        # one canonical name, shown everywhere; the other spellings kept as aliases
        assert b.committees == ["Transport and Connectivity Policy Committee"], committee
        assert b.aliases == ["Transport & Connectivity Policy Committee", "Transport and Connectivity Committee"]
        assert all("— Transport and Connectivity Policy Committee (" in p.text for p in meetings)


def test_brief_and_register_count_the_same_decisions(index: Path) -> None:
    for topic in (None, "workplace parking levy"):
        reg = api.decisions(authority="bristol", committee="transport and connectivity", topic=topic, index=index)
        b = brief(authority="bristol", committee="transport and connectivity", topic=topic, index=index)
        note = next(s for s in b.sections if s.key == "decisions").note or ""
        shown = len(next(s for s in b.sections if s.key == "decisions").points)
        assert (f"{shown} of {len(reg.decisions)} decisions shown" in note) or (shown == len(reg.decisions)
                                                                                and not note), (topic, note)


def test_synthetic_body_names_and_meetings() -> None:
    from minutes_rag.reports.meetings import bodies, canonical, meetings
    from minutes_rag.types import DocumentRecord

    def doc(n: int, committee: str | None, day: str, kind: str) -> DocumentRecord:
        return DocumentRecord(f"d{n}", f"{n}.pdf", "ok", "h", None, "Shire Council", committee, day, kind, None,
                              1, 1, 1)

    docs = [doc(1, "Roads & Bridges Committee", "2025-01-09", "minutes"),
            doc(2, "Roads and Bridges Committee", "2025-01-09", "decision_notice"),
            doc(3, "ROADS AND BRIDGES POLICY COMMITTEE", "2025-03-06", "minutes"),
            doc(4, "Roads and Bridges Committee", "2025-03-06", "report"),
            doc(5, None, "2025-02-01", "forward_plan"), doc(6, None, "2024-12-01", "eqia")]
    (body,) = bodies(docs).values()
    assert body.name == "Roads and Bridges Committee"
    assert body.aliases == ["ROADS AND BRIDGES POLICY COMMITTEE", "Roads & Bridges Committee"]
    assert canonical(docs, ["Roads & Bridges Committee"]) == (["Roads and Bridges Committee"], [
        "Roads & Bridges Committee", "ROADS AND BRIDGES POLICY COMMITTEE"])
    sittings = meetings(docs)
    assert [k[0] for k in sittings] == ["2025-01-09", "2025-03-06"]
    assert [d.doc_id for d in sittings[("2025-03-06", "Shire Council", "bridges roads")]] == ["d3", "d4"]

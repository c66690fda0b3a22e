"""Topic timelines: Bristol's workplace parking levy through its transport committee, September 2024 to
March 2026 (printed minutes and decision notices of four meetings).

From the PDFs: 12 September 2024, item 10 "Workplace Parking Levy": the recommendation was CARRIED (8 voting
FOR, 1 against) and Stage One / OBC approved at up to £1m (minutes p.14); 15 May 2025 item 19, 23 October 2025
item 13/15 and 19 March 2026 item 10: the committee noted the levy update reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import timeline
from minutes_rag.answer.fakes import ScriptedChatModel
from minutes_rag.cli import app
from minutes_rag.reports.types import Timeline

from .conftest import needs_corpus
from .reports_index import reports_index

pytestmark = needs_corpus
runner = CliRunner()
MEETINGS = ["2024-09-12", "2025-05-15", "2025-10-23", "2026-03-19"]


@pytest.fixture(scope="module")
def index() -> Path:
    return reports_index()


@pytest.fixture(scope="module")
def levy(index: Path) -> Timeline:
    return timeline("workplace parking levy", index=index)


def test_levy_meetings_in_order_each_cited_to_its_own_meeting(levy: Timeline) -> None:
    assert [e.meeting_date for e in levy.entries] == MEETINGS
    by_n = {c.n: c for c in levy.citations}
    for e in levy.entries:
        assert e.authority == "Bristol City Council" and "Connectivity" in (e.committee or "")
        assert e.points and all(p.citations for p in e.points)
        for p in e.points:
            for n in p.citations:
                c = by_n[n]
                assert c.meeting_date == e.meeting_date and c.authority == "Bristol City Council"
                assert "bristol-city-council" in c.source and c.page
        assert any("parking levy" in i.lower() for i in e.items), e.items


def test_first_meeting_records_the_decision_and_its_vote(levy: Timeline) -> None:
    first = levy.entries[0]
    decision = first.points[0]
    assert "at a cost of up to £1m" in decision.text
    assert decision.label == "decision (8 for, 1 against, 0 abstaining)"
    c = next(c for c in levy.citations if c.n == decision.citations[0])
    assert "src-bcc-0022" in c.source and c.page == 14 and c.item == "10 Workplace Parking Levy"
    later = " ".join(p.text for p in levy.entries[-1].points)
    assert "noted this update report" in later


def test_filters_narrow_the_timeline(index: Path) -> None:
    t = timeline("workplace parking levy", since="2025-01-01", until="2025-12-31", authority="bristol", index=index)
    assert [e.meeting_date for e in t.entries] == MEETINGS[1:3]
    assert timeline("workplace parking levy", authority="kent", index=index).entries == []


def test_timeline_through_a_chat_model(index: Path) -> None:
    model = ScriptedChatModel(responses=["The committee discussed the workplace parking levy [1]. Extra [4]."])
    t = timeline("workplace parking levy", authority="bristol", llm=model, index=index)
    assert model.calls == 4 and [e.meeting_date for e in t.entries] == MEETINGS
    by_n = {c.n: c for c in t.citations}
    for e in t.entries:
        cited = [p for p in e.points if p.citations]
        assert cited[0].text == "The committee discussed the workplace parking levy." and cited[0].supported
        assert all(by_n[n].meeting_date == e.meeting_date for p in cited for n in p.citations)


def test_cli_json_and_markdown(index: Path) -> None:
    res = runner.invoke(app, ["timeline", "workplace parking levy", "--index", str(index), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [e["meeting_date"] for e in data["entries"]] == MEETINGS
    assert data["citations"] and {"n", "source", "page", "meeting_date", "item", "quote"} <= set(data["citations"][0])
    res = runner.invoke(app, ["timeline", "workplace parking levy", "--index", str(index)])
    assert res.exit_code == 0
    heads = [ln for ln in res.stdout.splitlines() if ln.startswith("## 20")]
    assert [h[3:13] for h in heads] == MEETINGS


def test_a_timeline_of_meetings_each_subject_once_nothing_retold(levy: Timeline) -> None:
    # the index also holds an equality impact assessment (2024-08-20), two forward plans (2026-01-21,
    # 2026-02-18) and the levy reports of three meetings: the first two are not meetings at all
    assert [e.meeting_date for e in levy.entries] == MEETINGS
    assert any("not meetings" in w for w in levy.warnings)
    # the minutes (item 15) and the decision notice (item 13) of 23 October 2025 number the same item
    october = levy.entries[2]
    assert len([i for i in october.items if "Workplace Parking Levy" in i]) == 1, october.items
    # a later entry does not retell the September 2024 decision its reports recount
    for e in levy.entries[1:]:
        for p in e.points:
            assert "September 2024" not in p.text and "£1m" not in p.text and "£1 million" not in p.text, p.text
    said = [p.text for e in levy.entries for p in e.points]
    assert len(said) == len(set(said))
    # one name for the body on every entry; no cover-sheet fields quoted as statements
    assert {e.committee for e in levy.entries} == {"Transport and Connectivity Policy Committee"}
    assert not any(p.text.count(":") >= 3 or p.text.startswith("(a) Subject") for e in levy.entries for p in e.points)


def test_broken_email_is_joined() -> None:
    from minutes_rag.reports.evidence import clip

    assert clip("Contact adam.smith@shire.gov.u\nk for details") == "Contact adam.smith@shire.gov.uk for details"
    assert clip("Write to a.b@shire.co m.") == "Write to a.b@shire.com."
    assert clip("Write to a.b@shire.gov.uk to ask") == "Write to a.b@shire.gov.uk to ask"

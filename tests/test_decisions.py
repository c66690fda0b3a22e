"""The decision register on real minutes: Kent's budget meeting (recorded votes by name) and Bristol's
transport committee (votes in a sentence, decision notices beside the minutes).

Expected values were read from the PDFs themselves (pypdf): Kent, 13 February 2025, item 6, page 12-13:
"For (41) ... Against (10) ... Abstain (7) ... Substantive Motion Carried. (27) RESOLVED that: ... (c) The
net revenue budget requirement of £1,530.9m for 2025-26"; Bristol, 12 September 2024, item 10, page 14:
"CARRIED (8 voting FOR, 1 against). It was APPROVED; ... at a cost of up to £1m".
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import api
from minutes_rag.cli import app
from minutes_rag.reports.types import DecisionRegister
from minutes_rag.types import Decision

from .conftest import needs_corpus
from .reports_index import reports_index

pytestmark = needs_corpus
runner = CliRunner()


@pytest.fixture(scope="module")
def index() -> Path:
    return reports_index()


@pytest.fixture(scope="module")
def kent(index: Path) -> DecisionRegister:
    return api.decisions(authority="kent", index=index)


@pytest.fixture(scope="module")
def bristol(index: Path) -> DecisionRegister:
    return api.decisions(authority="Bristol City Council", index=index)


def _one(reg: DecisionRegister, **want: object) -> Decision:
    found = [d for d in reg.decisions if all(str(v) in str(getattr(d, k)) for k, v in want.items())]
    assert len(found) == 1, (want, [(d.meeting_date, d.item, d.text[:80]) for d in found])
    return found[0]


def test_kent_budget_resolution_with_its_recorded_vote(kent: DecisionRegister) -> None:
    d = _one(kent, item="6 Capital Programme 2025-35", kind="resolution")
    assert d.authority == "Kent County Council" and d.committee == "County Council"
    assert d.meeting_date == "2025-02-13"
    assert d.text.startswith("(27) RESOLVED that:")
    # the whole resolved list, (a) to (v), not only its first lines
    for part in ("£1,419m", "(c) The net revenue budget requirement of £1,530.9m for 2025-26",
                 "£994,287,655", "(v) To note the rate of recent drawdown"):
        assert part in d.text, part
    assert d.page == 13 and d.pages == [13, 14]
    assert d.source.endswith("Printed minutes 13th-Feb-2025 09.30 County Council.pdf")
    assert d.votes is not None
    assert (d.votes.for_, d.votes.against, d.votes.abstain, d.votes.outcome) == (41, 10, 7, "carried")


def test_kent_other_resolutions_and_lost_amendments(kent: DecisionRegister) -> None:
    s25 = _one(kent, item="5 Section 25 Report")
    assert "pursuant to section 25 of the Local Government Act" in s25.text and s25.page == 3
    assert s25.votes is not None and (s25.votes.for_, s25.votes.against, s25.votes.abstain) == (57, 0, 2)
    minutes = _one(kent, item="3 Minutes of the meetings")
    assert minutes.text == ("RESOLVED that the minutes of the meetings held on 19 December 2024 and 9 January 2025 "
                            "be approved as a correct record.")
    assert minutes.votes is None
    # an amendment voted down has no RESOLVED block: it is a row of its own, with what was moved
    labour = _one(kent, kind="vote", text="Labour Group’s Alternative Budget")
    assert labour.votes is not None
    assert (labour.votes.for_, labour.votes.against, labour.votes.abstain, labour.votes.outcome) == (12, 42, 7, "lost")
    assert labour.text.startswith("(7) Mr Brady proposed, and Ms Meade seconded") and labour.page == 6
    amendments = [d for d in kent.decisions if d.kind == "vote"]
    assert len(amendments) == 6 and all(d.votes and d.votes.outcome == "lost" for d in amendments)


def test_bristol_levy_decision_from_the_minutes_with_its_notice(bristol: DecisionRegister) -> None:
    d = _one(bristol, meeting_date="2024-09-12", item="10 Workplace Parking Levy")
    assert "progression to Stage One Development and Outline Business Case (OBC) at a cost of up to £1m" in d.text
    assert "Stage One Development and OBC costs to be funded through CAZ funding" in d.text
    assert d.doc_kind == "minutes" and "src-bcc-0022" in d.source and d.page == 14
    assert d.votes is not None and (d.votes.for_, d.votes.against, d.votes.outcome) == (8, 1, "carried")
    # the decision notice of the same meeting prints the same decision: one row, the notice listed with it
    assert any("src-bcc-0004" in s for s in d.also_in)


def test_bristol_votes_printed_in_sentences(bristol: DecisionRegister) -> None:
    rps = _one(bristol, meeting_date="2025-10-23", item="Bristol Resident Parking Scheme Expansion Programme",
               kind="resolution", text="£7,502,000")
    assert "approved the total allocation of £7,502,000 for the RPS expansion programme" in rps.text
    assert rps.votes is not None and (rps.votes.for_, rps.votes.against) == (5, 4)
    bond = _one(bristol, meeting_date="2025-05-15", item="Bond St", kind="resolution")
    assert bond.votes is not None and (bond.votes.for_, bond.votes.against, bond.votes.abstain) == (4, 1, 4)
    permits = _one(bristol, meeting_date="2024-09-12", text="2a. Residents Parking - Approve and implement increase")
    # "CARRIED (6 members voting in favour, none against with 3 abstentions)"
    assert permits.votes is not None and (permits.votes.for_, permits.votes.against, permits.votes.abstain) == (6, 0, 3)
    assert permits.pages == [5, 6]
    fell = _one(bristol, meeting_date="2026-03-19", kind="vote", text="recommendation 3 FELL")
    assert fell.votes is not None and (fell.votes.for_, fell.votes.against, fell.votes.outcome) == (2, 7, "lost")
    # a decision only the notice records (the minutes say "noted") is kept, from the notice
    noted = _one(bristol, meeting_date="2026-03-19", item="Workplace Parking Levy Update report")
    assert "noted this update report" in noted.text and noted.doc_kind == "decision_notice"
    # "carried out" and "lost powers" are not votes
    assert not any(d.kind == "vote" and "carried out" in d.text for d in bristol.decisions)


def test_register_is_in_meeting_order_and_filters(index: Path, bristol: DecisionRegister) -> None:
    dates = [d.meeting_date or "" for d in bristol.decisions]
    assert dates == sorted(dates) and set(dates) == {"2024-09-12", "2025-05-15", "2025-10-23", "2026-03-19"}
    assert {d.authority for d in bristol.decisions} == {"Bristol City Council"}
    spring = api.decisions(authority="bristol", since="2025-01-01", until="2025-06-30", index=index)
    assert {d.meeting_date for d in spring.decisions} == {"2025-05-15"}
    levy = api.decisions(authority="bristol", topic="workplace parking levy", index=index)
    assert levy.decisions and all("levy" in f"{d.item} {d.text}".lower() or "wpl" in d.text.lower()
                                  or "parking" in f"{d.item} {d.text}".lower() for d in levy.decisions)
    assert len(levy.decisions) < len(bristol.decisions)


def test_cli_json_and_csv(index: Path) -> None:
    res = runner.invoke(app, ["decisions", "--authority", "kent", "--index", str(index), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    budget = next(d for d in data["decisions"] if d["text"].startswith("(27) RESOLVED"))
    assert budget["votes"] == {"for": 41, "against": 10, "abstain": 7, "unanimous": False, "outcome": "carried",
                               "text": "For (41); Against (10); Abstain (7)"}
    res = runner.invoke(app, ["decisions", "--authority", "kent", "--index", str(index), "--csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    row = next(r for r in rows if r["decision"].startswith("(27) RESOLVED"))
    assert (row["for"], row["against"], row["abstain"], row["page"], row["meeting_date"]) == ("41", "10", "7", "13",
                                                                                               "2025-02-13")
    res = runner.invoke(app, ["decisions", "--authority", "kent", "--index", str(index)])
    assert res.exit_code == 0 and "| 2025-02-13 | Kent County Council / County Council |" in res.stdout
    assert "41 for, 10 against, 7 abstain (carried)" in res.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "13/02/2025"], "--since '13/02/2025' is not a date: use YYYY-MM-DD"),
    (["--since", "2025-03-01", "--until", "2025-01-01"], "--since 2025-03-01 is after --until 2025-01-01."),
    (["--authority", "narnia"], "no indexed authority matches 'narnia'."),
    (["--authority", "kent", "--committee", "cabinet"], "no indexed committee of Kent County Council matches 'cabinet'"),
    (["--format", "pdf"], "--format 'pdf': use one of md, json, csv, html"),
])
def test_cli_bad_arguments(index: Path, args: list[str], message: str) -> None:
    res = runner.invoke(app, ["decisions", "--index", str(index), *args])
    assert res.exit_code in (1, 2)
    assert message in " ".join(res.output.split())


def test_help_and_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in ("summarise", "brief", "decisions", "timeline"):
        res = runner.invoke(app, [name, "--help"])
        assert res.exit_code == 0, name
        assert f"minutes-rag {name}" in readme, f"README does not document `minutes-rag {name}`"


def test_labels_recaps_and_headings_are_not_decision_text(bristol: DecisionRegister) -> None:
    # a form's label ("(d) Decision taken") is not part of what was decided
    assert not any(d.text.startswith(("(d)", "Decision taken")) for d in bristol.decisions)
    noted = _one(bristol, meeting_date="2025-05-15", item="Workplace Parking Levy Update")
    assert noted.text == "The Committee for Transport and Connectivity noted the update report."
    # a "SUMMARY OF APPROVED RECOMMENDATIONS" recap repeats the rows above it: it is not a row of its own
    assert not any("SUMMARY OF APPROVED RECOMMENDATIONS" in d.text for d in bristol.decisions)
    _one(bristol, meeting_date="2024-09-12", text="2a. Residents Parking - Approve and implement increase")
    # decision 2c ends where the next recommendation's heading begins
    c = _one(bristol, meeting_date="2024-09-12", text="price alignment for all Easton (ES) RPS permits")
    assert c.text.endswith("in consultation with the Chair") and "Recommendation 3" not in c.text
    # boilerplate ("the Committee ... noted the report") does not make two different decisions one
    assert {d.item for d in bristol.decisions if d.meeting_date == "2025-05-15" and d.doc_kind == "decision_notice"} >= {
        "17 Residents Parking Schemes Update", "19 Workplace Parking Levy Update"}
    assert not any(d.kind == "resolution" and len(d.text.split()) <= 4 for d in bristol.decisions)


def test_synthetic_label_heading_and_recap() -> None:
    from minutes_rag.parse.decisions import resolutions, without_label

    assert without_label("(d) Decision taken\nThe Board noted the report.") == "The Board noted the report."
    assert without_label("Decision: The Board noted the report.") == "The Board noted the report."
    assert without_label("RESOLVED that the report be noted.") == "RESOLVED that the report be noted."
    long = "subject to further financial and equalities assessment delegated to officers in consultation with the Chair"
    text = (f"Some discussion followed about the proposals before the meeting today.\n"
            f"It was APPROVED c. Approve the alignment of all permits with the rates elsewhere, {long}\n"
            "Recommendation 4 – Visitor Permits and Trader Permits\n"
            "Recommendation 4A was moved by the Chair and seconded.\n")
    (block,) = resolutions(text)
    assert block.endswith("with the Chair") and "Recommendation 4" not in block


def test_synthetic_recap_is_folded_into_the_decisions_it_repeats() -> None:
    from minutes_rag.reports.decisions import fold_recaps

    parts = ["It was APPROVED: 1. The Board set up a working group on allotment waiting lists chaired by the deputy.",
             "It was APPROVED: 2. The Board raised the allotment rent from £40 to £55 a year from April next year.",
             "It was APPROVED: 3. The Board asked officers to consult tenants on water charges before the autumn."]
    recap = "SUMMARY OF DECISIONS The Board RESOLVED:\n" + "\n".join(p.split(": ", 1)[1] for p in parts)
    rows = [Decision(None, None, "2025-01-01", "4 Allotments", t, "resolution", "x.pdf", 1) for t in [*parts, recap]]
    assert [d.text for d in fold_recaps(rows)] == parts
    # one block printed inside another (a notice's extract) is not a recap: both stay
    assert len(fold_recaps(rows[:1] + rows[3:])) == 2

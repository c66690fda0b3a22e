"""eScribe minutes: a motion's recorded vote with its counts, in the JSON export (the names under each way of
voting and a result that may not give the count) and in the published minutes ("Motion Passed (12 to 0)"
printed after the motion it carries), read by the loader, the vote parser and the decision register."""

from __future__ import annotations

import json
from pathlib import Path

from minutes_rag import api
from minutes_rag.parse.load import load_file
from minutes_rag.parse.votes import votes

from .conftest import corpus, needs_corpus


def _motion(result: str, rows: list[dict[str, object]]) -> dict[str, object]:
    return {"pre_motion_texts": [], "moved_by": {"string": "Motion made by A. Avery", "__class__": "Mover"},
            "seconded_by": {"string": "", "__class__": "Mover"},
            "motion_texts": [{"string": "That the bid submitted by Acme Paving Ltd. at its tendered price of "
                                        "$1,250,000 BE ACCEPTED.", "__class__": "Paragraph"}],
            "vote": {"rows": rows, "__class__": "Vote"}, "result": {"string": result, "__class__": "MotionResult"},
            "post_motion_texts": [], "__class__": "Motion"}


def _export(tmp_path: Path, motion: dict[str, object]) -> Path:
    path = tmp_path / "2025-01-21 Council.json"
    path.write_text(json.dumps({
        "title": "Council", "datetime": "2025-01-21 13:00:00", "meeting_type": "Council", "items": {
            "1": {"title": "(2.6) Contract Award: Riverside Road Paving", "number": "11", "content": [motion],
                  "items": {}, "__class__": "MeetingItem"}}}), encoding="utf-8")
    return path


def test_escribe_synthetic_a_motions_vote_is_written_with_its_counts(tmp_path: Path) -> None:
    rows = [{"vote": "Yeas:", "voters": ["A. Avery", "B. Byrne", "C. Cole"]}, {"vote": "Nays:", "voters": ["D. Dunne"]},
            {"vote": "Absent:", "voters": ["E. Egan"]}]
    text = load_file(_export(tmp_path, _motion("Motion Passed", rows))).document.pages[0].text
    assert "Yeas (3): A. Avery, B. Byrne, C. Cole\nNays (1): D. Dunne\nAbsent (1): E. Egan\nMotion Passed (3 to 1)" in text
    # a result that gives its count already is kept as it is
    text = load_file(_export(tmp_path, _motion("Motion Passed (5 to 0)", rows[:1]))).document.pages[0].text
    assert "Motion Passed (5 to 0)" in text and "(3 to 0)" not in text


def test_escribe_synthetic_a_verdict_with_its_count_is_a_recorded_vote() -> None:
    (vote,) = votes("b) the contribution BE APPROVED in the amount of $50,000;\n> **Motion Failed (7 to 8)**")
    assert (vote.counts.for_, vote.counts.against, vote.counts.outcome) == (7, 8, "lost")


def test_escribe_synthetic_the_register_gives_the_vote_printed_after_the_motion(tmp_path: Path) -> None:
    minutes = tmp_path / "2025-01-21 Council.md"
    minutes.write_text("# Council Minutes, January 21, 2025\n\n### 8.1 Contract Award: Riverside Road Paving\n\n"
                       "> Motion made by A. Avery\n\nThat the bid submitted by Acme Paving Ltd. at its tendered price "
                       "of $1,250,000 BE ACCEPTED.\n\n> [!abstract]- Vote:\n> |Yeas:|Nays:|\n> |-|-|\n"
                       "> |A. Avery|D. Dunne|\n> |B. Byrne||\n\n> **Motion Passed (2 to 1)**\n", encoding="utf-8")
    api.ingest([minutes, _export(tmp_path, _motion("Motion Passed", [
        {"vote": "Yeas:", "voters": ["A. Avery", "B. Byrne"]}, {"vote": "Nays:", "voters": ["D. Dunne"]}]))],
        index=tmp_path / "index", authority="Northshire Council")
    register = api.decisions(index=tmp_path / "index")
    paving = [d for d in register.decisions if "Acme Paving" in d.text]
    assert len(paving) >= 1 and all(d.votes is not None and (d.votes.for_, d.votes.against) == (2, 1) for d in paving)


@needs_corpus
def test_escribe_real_a_contract_award_and_its_council_vote(tmp_path: Path) -> None:
    api.ingest([corpus("london-ontario/json/2025-01-21 2nd Meeting of City Council.json"),
                corpus("london-ontario/md/2025-01-21 2nd Meeting of City Council.md")], index=tmp_path / "index")
    award = [d for d in api.decisions(index=tmp_path / "index").decisions if "Bre-Ex" in d.text]
    assert award
    assert all(d.votes is not None and (d.votes.for_, d.votes.against) == (12, 0) for d in award)

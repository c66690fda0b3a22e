"""Asked who voted one way ("which councillors voted against", "who voted no"), the answer names them: the names a
roll call prints under that way of voting (before its count, "**Against** / Councillors Benson, Carey, Gavan.
**(3)**", or after it, "Against (45) / Mr Baldock, ..."), or the vote's own sentence that names them ("Approved,
6-1, with Breitbarth voting nay."). On synthetic minutes and on Limerick's September 2024 minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.answer.window import way_asked
from minutes_rag.parse.votes import bare_tally, voters
from minutes_rag.types import Hit

from .conftest import corpus, needs_corpus

ROLL = ("The Cathaoirleach directed that a vote be taken on the proposal to vary the rate of the property tax upwards "
        "by ten per cent.\n\nThe result of the voting was as follows:\n\n**For**\n\nCouncillors Ahern, Brady, "
        "Cullen,\n\nDunne, Egan. **(5)**\n\n**Against**\n\nCouncillors Fahy, Grogan. **(2)**\n\nThere were no "
        "abstentions.\n")
RUN = ("The Chairman put the amendment to the vote and the voting was as follows:\nFor (2)\nMr Avery, Mrs Byrne\n"
       "Against (3)\nMr Cole, Ms Dunne, Dr Egan\nAbstain (1)\nMr Fitch\n\nAmendment lost.\n")


def test_who_voted_synthetic_names_under_each_way_of_voting() -> None:
    assert voters(ROLL, "against") == [("For: 5; Against: 2", "Against: Councillors Fahy, Grogan")]
    assert voters(ROLL, "for") == [("For: 5; Against: 2", "For: Councillors Ahern, Brady, Cullen, Dunne, Egan")]
    assert voters(ROLL, "abstain") == []  # (none printed)
    tally = "For (2); Against (3); Abstain (1): Amendment lost"
    assert voters(RUN, "against") == [(tally, "Against: Mr Cole, Ms Dunne, Dr Egan")]
    assert voters(RUN, "abstain") == [(tally, "Abstain: Mr Fitch")]  # (the last names end at the blank line)


@pytest.mark.parametrize(("part", "way"), [("which councillors voted against", "against"),
                                           ("and who voted no?", "against"),
                                           ("which members voted in favour of the motion", "for"),
                                           ("who abstained", "abstain"),
                                           ("how did the council vote", None),
                                           ("what did the committee vote down", None)])
def test_who_voted_synthetic_the_way_asked(part: str, way: str | None) -> None:
    assert way_asked(part) == way


def test_who_voted_synthetic_a_verdict_with_its_dashed_count() -> None:
    vc = bare_tally("Approved, 6-1, with Breitbarth voting nay.")
    assert vc is not None and (vc.for_, vc.against, vc.outcome) == (6, 1, "carried")
    vc = bare_tally("Failed 2-5.")
    assert vc is not None and (vc.for_, vc.against, vc.outcome) == (2, 5, "lost")
    assert bare_tally("Adopted 2024-25 budget figures were circulated.") is None
    assert bare_tally("The committee approved 6-1 bedroom units.") is None  # (not a verdict opening its sentence)


def _hit(text: str, n: int) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"m:{n:05d}:x", doc_id="m", source="m.md", pages=[],
               authority="Northshire County Council", committee="Full Council", meeting_date="2024-09-23",
               item_number="4", item_title="Property Tax", kind="minutes", text=text)


STATS = Stats(n_chunks=100, doc_freq=lambda w: 3)


def test_who_voted_synthetic_the_roll_call_names_those_against() -> None:
    question = "What rate of property tax did the council set, and which councillors voted against?"
    ans = answer_extractive(question, [_hit(ROLL, 1)], STATS)
    assert "ten per cent" in ans.answer and "Fahy, Grogan" in ans.answer, ans.answer
    assert "Ahern" not in ans.answer  # (the names of the way not asked)
    # asked only how the vote went, the counts without the names
    ans = answer_extractive("What rate of property tax did the council set, and how did the vote go?", [_hit(ROLL, 1)],
                            STATS)
    assert "Against: 2" in ans.answer and "Fahy" not in ans.answer, ans.answer


def test_who_voted_synthetic_the_verdict_that_names_who_voted_no() -> None:
    text = ("- Kelly, Nora (22FC:0122 – County Sheriff's Office). A motion by Lindahl and second by Gill to approve the "
            "acceptance order.\nApproved, 6-1, with Breitbarth voting nay.\n- Moore, Mike (22FC:0116 – City of "
            "Newton). A motion by Gill and second by Lindahl, to approve the dismissal order.\n"
            "Unanimously approved, 7-0.\n")
    ans = answer_extractive("By what margin did the board approve the acceptance order on Nora Kelly's complaint "
                            "against the sheriff's office, and who voted no?", [_hit(text, 1)], STATS)
    assert "6-1" in ans.answer and "Breitbarth voting nay" in ans.answer, ans.answer


@needs_corpus
def test_who_voted_real_limerick_property_tax_roll_call(tmp_path: Path) -> None:
    minutes = corpus("limerick/2024/11/25-Full Meeting of Limerick City and County Council/"
                     "Minutes - Ordinary Meeting of Limerick City and County Council - 23rd September 2024.md")
    assert ("For: 36; Against: 3", "Against: Councillors Benson, Carey, Gavan") in voters(
        minutes.read_text(encoding="utf-8"), "against")
    api.ingest([minutes], index=tmp_path / "idx")
    ans = api.ask("How did Limerick's council vary the Local Property Tax rate for 2025, and which councillors voted "
                  "against it?", index=tmp_path / "idx")
    assert not ans.abstained and "fifteen per cent" in ans.answer, ans.answer
    assert "Benson, Carey, Gavan" in ans.answer, ans.answer


def test_who_voted_synthetic_a_dashed_verdict_closes_the_motion_before_it(tmp_path: Path) -> None:
    minutes = tmp_path / "2022-12-15 Board Minutes.md"
    minutes.write_text("# Board Minutes, December 15, 2022\n\n## 5. Cases\n\n- Kelly, Nora (22FC:0122 – County "
                       "Sheriff's Office). A motion by Lindahl and second by Gill to approve the acceptance order.\n"
                       "Approved, 6-1, with Breitbarth voting nay.\n- Moore, Mike (22FC:0107 – Conservation Board). "
                       "A motion by Gill and second by Corbin to approve the informal resolution report and set for "
                       "compliance.\nUnanimously approved, 7-0.\n", encoding="utf-8")
    api.ingest([minutes], index=tmp_path / "index", authority="Northshire Information Board")
    register = api.decisions(index=tmp_path / "index").decisions
    six = [d for d in register if d.votes is not None and (d.votes.for_, d.votes.against) == (6, 1)]
    assert six and all("Breitbarth voting nay" in d.text for d in six), register
    # (the motion after it is not what the 6-1 vote carried)
    assert not any("informal resolution" in d.text for d in six), six


def test_who_voted_synthetic_a_recorded_decision_is_not_read_on_into_the_next_chunk() -> None:
    from minutes_rag.types import Decision, VoteCount

    lead = _hit("- Kelly, Nora (22FC:0122 – County Sheriff's Office). Jamie Vance spoke. A motion by Lindahl and second "
                "by Gill to approve the acceptance order on Nora Kelly's complaint.", 1)
    after = _hit("A motion by Gill and second by Corbin to approve the informal resolution report and set for "
                 "compliance.", 2)
    verdict = Decision(authority=lead.authority, committee=lead.committee, meeting_date=lead.meeting_date, item="4 Property Tax",
                       text="Approved, 6-1, with Breitbarth voting nay.", kind="vote", source="m.md", page=None,
                       votes=VoteCount(for_=6, against=1, outcome="carried", text="Approved, 6-1"),
                       chunk_id="m:00009:x")  # (the chunk it ends, before ``after``)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 3, next_chunk=lambda h: after if h.chunk_id == verdict.chunk_id
                  else None, decisions=lambda h: [verdict])
    ans = answer_extractive("What did the board decide on Nora Kelly's complaint, and who voted no?", [lead], stats)
    assert "Breitbarth voting nay" in ans.answer, ans.answer
    assert "informal resolution" not in ans.answer, ans.answer  # (the next chunk is not the decision's)

"""Asked how a motion was voted on, the answer gives the vote on the motion, not the vote on an amendment to it that
the quotes happen to hold ("... the Chairman put the amendment to the vote ... For (13); Against (45)"); asked about
an amendment, its vote answers. On synthetic decisions and on Kent County Council's January 2025 minutes."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.scoring import Cand
from minutes_rag.answer.votes import vote_asked
from minutes_rag.types import Decision, Hit, VoteCount

from .conftest import needs_corpus


def _decision(text: str, counts: tuple[int, int], chunk: int) -> Decision:
    return Decision(authority="Northshire Council", committee="Council", meeting_date="2025-01-09", item="3 Devolution",
                    text=text, kind="resolution", source="m.txt", page=None,
                    votes=VoteCount(for_=counts[0], against=counts[1], text=f"For ({counts[0]}); Against ({counts[1]})"),
                    chunk_id=f"m:{chunk:05d}")


HELD = [_decision("17) Mr Hood proposed and Mr Baldock seconded the following amendment to the substantive motion: "
                  "add 'subject to a referendum'.", (13, 45), 3),
        _decision("26) RESOLVED that the Council endorses the request to join the Devolution Priority Programme.",
                  (39, 19), 6)]
LEAD = Hit(rank=1, score=1.0, chunk_id="m:00002", doc_id="m", source="m.txt", pages=[], authority="Northshire Council",
           committee="Council", meeting_date="2025-01-09", item_number="3", item_title="Devolution", kind="minutes",
           text="The Council debated the request to join the Devolution Priority Programme.")
#: a quote holding the amendment's counts
QUOTED = Cand(hit=0, offset=0, text="18) The Chairman put the amendment to the vote and the voting was as follows: "
                                    "For (13); Against (45). Amendment lost.", stems=set(), score=1.0)


def test_amendment_vote_synthetic_the_motion_s_vote_not_the_amendment_s() -> None:
    got = vote_asked("How did the council vote on the motion to join the Devolution Priority Programme?", LEAD,
                     [QUOTED], lambda h: HELD)
    assert got is not None and got.votes is not None and got.votes.for_ == 39, got
    # asked about the amendment, its counts in the quotes answer
    assert vote_asked("How did the council vote on the referendum amendment?", LEAD, [QUOTED], lambda h: HELD) is None
    # with no quote of counts, the first vote after the lead is still the motion's, not the amendment's
    got = vote_asked("What was the vote on joining the programme?", LEAD, [], lambda h: HELD)
    assert got is not None and got.votes is not None and got.votes.for_ == 39, got


@needs_corpus
def test_amendment_vote_real_kent_devolution_motion_january_2025(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("How did Kent County Council vote on 9 January 2025 on the motion endorsing a joint bid with Medway "
                  "to join the Devolution Priority Programme?", index=index, authority="Kent County Council")
    assert not ans.abstained and "For (39)" in ans.answer and "Against (19)" in ans.answer, ans.answer


# ---- the motion's vote read on past an amendment's ----------------------------------------------------------

AMENDMENT_THEN_MOTION = ("22) The Chairman put the amendment set out in paragraph 21 to the vote and the voting was as "
                         "follows:\nFor (3)\nMr Avery, Mrs Byrne, Mr Cole\nAgainst (5)\nMr Dunne, Ms Egan, Mr Fahy, "
                         "Dr Grogan, Mr Hale\nAmendment lost.\n25) The Chairman put the substantive motion set out in "
                         "paragraph 15 to the vote and the voting was as follows:\nFor (6)\nMr Dunne, Ms Egan, Mr Fahy, "
                         "Dr Grogan, Mr Hale, Mr Ives\nAgainst (2)\nMr Avery, Mrs Byrne\nSubstantive Motion carried.\n")


def test_amendment_vote_synthetic_two_runs_of_counts() -> None:
    from minutes_rag.parse.votes import count_runs

    assert [t for _, _, t in count_runs(AMENDMENT_THEN_MOTION)] == [
        "For (3); Against (5): Amendment lost", "For (6); Against (2): Substantive Motion carried"]


def test_amendment_vote_synthetic_the_motions_vote_read_on_past_the_amendments() -> None:
    from minutes_rag.answer.extractive import answer_extractive
    from minutes_rag.answer.scoring import Stats

    def chunk(n: int, text: str) -> Hit:
        return Hit(rank=n, score=1.0, chunk_id=f"m:{n:05d}:x", doc_id="m", source="m.txt", pages=[],
                   authority="Northshire Council", committee="County Council", meeting_date="2025-01-09",
                   item_number="3", item_title="Devolution", kind="minutes", text=text)

    cut = AMENDMENT_THEN_MOTION.index("25)")
    lead = chunk(1, "15) Mr Gough proposed the motion that the Council endorse the request to join the Devolution "
                    "Priority Programme.\n" + AMENDMENT_THEN_MOTION[:cut])
    rest = [chunk(2, AMENDMENT_THEN_MOTION[cut:]), chunk(3, "26) RESOLVED that the Council endorses the request.")]
    chunks = {h.chunk_id: h for h in [lead, *rest]}

    def next_chunk(h: Hit) -> Hit | None:
        n = int(h.chunk_id.split(":")[1]) + 1
        return chunks.get(f"m:{n:05d}:x")

    ans = answer_extractive("How did the council vote on the motion to join the Devolution Priority Programme?", [lead],
                            Stats(n_chunks=100, doc_freq=lambda w: 3, next_chunk=next_chunk))
    assert "For (6)" in ans.answer and "Against (2)" in ans.answer, ans.answer
    assert "For (3); Against (5)" not in ans.answer, ans.answer


@needs_corpus
def test_amendment_vote_real_kent_two_meetings_votes(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("How did Kent County Council vote on the devolution motion in January 2025 and on the devolution and "
                  "reorganisation update in March 2025?", index=index, authority="Kent County Council")
    assert "For (39)" in ans.answer and "For (38)" in ans.answer, ans.answer
    assert "For (13)" not in ans.answer  # (an amendment's vote, not the motion's)

"""Asked what a body decided, the decision may come chunks after the discussion that was found: a member's long
proposal is minuted in full, then "Members discussed this proposal and agreed that ...". The chunks after each of the
best few hits are read, as far as the decision; and only a decision of the lead quote's own document counts as
already quoting one ("As agreed with the liaison officers, there was no AGM in 2020" in another paper does not)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.around import DECIDED_NEIGHBOURS, DECIDED_REACH, neighbours
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.parts import cover_decision
from minutes_rag.answer.scoring import Cand, Stats
from minutes_rag.types import Hit

from .conftest import needs_corpus
from .test_answer_parts import _hit, _stats


def _doc(doc: str, n: int) -> list[Hit]:
    return [replace(_hit(f"{doc} chunk {k}.", n=k + 1, doc=doc), chunk_id=f"{doc}:{k:05d}") for k in range(n)]


def test_decided_later_synthetic_neighbours() -> None:
    docs = {d: _doc(d, 8) for d in ("a", "b", "c")}
    by_id = {h.chunk_id: h for hs in docs.values() for h in hs}

    def step(by: int) -> Callable[[Hit], Hit | None]:
        return lambda h: by_id.get(f"{h.doc_id}:{int(h.chunk_id.split(':')[1]) + by:05d}")

    stats = Stats(n_chunks=24, doc_freq=lambda w: 1, next_chunk=step(1), prev_chunk=step(-1))
    searched = [docs["a"][2], docs["b"][3], docs["c"][0]]
    got = {h.chunk_id for h in neighbours("What did the council agree to do about speeding?", searched, searched, stats)}
    # the chunk before and after the best hit, and the next DECIDED_REACH chunks after each of the best few
    assert {"a:00001", "a:00003", "a:00004", "a:00005", "b:00004", "b:00005", "b:00006", "c:00001"} <= got, got
    assert DECIDED_NEIGHBOURS >= 3 and DECIDED_REACH >= 3
    # not asked what was decided: the chunks either side of the best hit and the chunk after the second best only
    for question in ("How fast were cars going on the village road?", "What position does Cllr Smith hold?"):
        got = {h.chunk_id for h in neighbours(question, searched, searched, stats)}
        assert got == {"a:00001", "a:00003", "b:00004"}, (question, got)


def test_decided_later_synthetic_other_papers_decision() -> None:
    # the lead quote's document records no decision; another paper's "As agreed with ..." is no decision on it
    lead = _hit("We have received a response from the Roads Officer that no further action on speeding is possible.",
                n=1, doc="minutes")
    agm = _hit("As agreed with the liaison officers, there was no AGM in 2024.", n=2, doc="agm")
    later = replace(_hit("Members discussed this proposal and agreed that Councillor Ritchie should start a Community "
                         "Speed Watch on the road.", n=3, doc="minutes"), chunk_id="minutes:00002")
    lead = replace(lead, chunk_id="minutes:00001")
    ans = answer_extractive("What did the community council agree to do about speeding after the Roads Officer's "
                            "response?", [lead, agm, later], _stats())
    assert not ans.abstained and "Speed Watch" in ans.answer, ans.answer


@needs_corpus
def test_decided_later_real_bristol_permit_prices(session_index: tuple[Path, object]) -> None:
    # the printed minutes of 12 September 2024: the pay-and-display rate is quoted, and the permit decision
    # ("increase of £56 to £124 for first vehicle permit tariffs") is in a later chunk of the same minutes. Over the
    # whole corpus that chunk was in no hit before the chunks after the best few were read (eval dev14-012); in this
    # slice it is found either way, so this guards the answer, and the neighbours test above the reading
    index, _ = session_index
    ans = api.ask("What did Bristol's transport committee decide in September 2024 about the price of a first "
                  "residents' parking permit and the hourly pay-and-display rate in permit zones?", index=index,
                  authority="Bristol City Council")
    assert not ans.abstained and "£56 to £124" in ans.answer and "£2 per hour" in ans.answer, ans.answer


def test_decided_later_synthetic_record_of_the_same_meeting() -> None:
    # the lead quote is a transcript's; the same meeting's minutes, already quoted, record the decision: no other
    # "agreed" sentence of the transcript is added as the decision
    def mk(doc: str, n: int, kind: str) -> Hit:
        return replace(_hit("", n=n, doc=doc, date="2024-03-05"), chunk_id=f"{doc}:{n:05d}", kind=kind)

    hits = [mk("transcript", 3, "transcript"), mk("minutes", 4, "minutes"), mk("transcript", 4, "transcript")]
    lead = Cand(hit=0, offset=0, text="Members discussed the library closure proposal at length.", stems=set(),
                score=3, coverage=0.5, doc="transcript")
    resolved = Cand(hit=1, offset=0, text="RESOLVED that the library closure proposal be rejected.", stems=set(),
                    score=2, coverage=0.5, doc="minutes")
    other = Cand(hit=2, offset=10, text="It was agreed that the Chair would write to the library trust.", stems=set(),
                 score=1, coverage=0.3, doc="transcript")
    out = cover_decision("What did Cabinet decide about the library closure?", hits, [lead, resolved, other],
                         [lead, resolved])
    assert [c.text for c in out] == [lead.text, resolved.text]


def test_decided_later_synthetic_read_on_stops_at_the_decision() -> None:
    chunks = _doc("a", 8)
    chunks[3] = replace(chunks[3], text="RESOLVED that the volunteers proceed with the Community Speed Watch.")
    chunks[5] = replace(chunks[5], text="DECISION: APPLICATION FOR REAR DECK APPROVED.")
    by_id = {h.chunk_id: h for h in chunks}
    stats = Stats(n_chunks=8, doc_freq=lambda w: 1, prev_chunk=None,
                  next_chunk=lambda h: by_id.get(f"a:{int(h.chunk_id.split(':')[1]) + 1:05d}"))
    got = [h.chunk_id for h in neighbours("What did the council agree to do about speeding?", [chunks[1], chunks[4]],
                                          [chunks[1], chunks[4]], stats)]
    # from a:00001, on to the decision in a:00003 and no further; from a:00004, on to the verdict in a:00005
    assert got == ["a:00002", "a:00003", "a:00005"], got
    # another agenda item's chunk is not read on to
    items = [replace(h, item_number="5" if k < 3 else "6") for k, h in enumerate(_doc("b", 6))]
    by_id = {h.chunk_id: h for h in items}
    stats = replace(stats, next_chunk=lambda h: by_id.get(f"b:{int(h.chunk_id.split(':')[1]) + 1:05d}"))
    got = [h.chunk_id for h in neighbours("What did the council agree to do about speeding?", items[1:2], items[1:2],
                                          stats)]
    assert got == ["b:00002"], got

"""What finally became of something ("what did the council do with the resolution ...", "what happened to ..."): the
last decision recorded in its agenda item, which a transcript's long debate reaches only at its end (the chair's
"Resolution 186 has been referred to committee"), is quoted after the debate, even when an earlier step of the
item ("approved direct filing") is quoted too. The item's last chunk is read in for such a question when the search
did not return it. Each on synthetic chunks and on a real MeetingBank transcript."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.parts import cover_decision
from minutes_rag.answer.scoring import Stats, score_sentences
from minutes_rag.types import Hit

from .conftest import CORPUS, needs_corpus
from .test_answer_parts import _hit, _model

DEBATE = [
    "Item 7. A resolution amending the council's rules of procedure to define the word impugn. Councillor Amos "
    "approved direct filing of this item.",
    "Councillor Amos: I incorporated what we heard in committee to define impugn in the rules of procedure, so that "
    "we operate from common definitions.",
    "Councillor Birch: I do not agree with this definition of impugn and I would rather the rules committee took "
    "it up again.",
    "Councillor Cole: I move to refer the resolution on the rules of procedure to the rules committee.",
    "Madam Secretary, please call the roll. Two nays, ten ayes. Tonight's resolution has been referred to "
    "committee. Next item, please.",
]


def _item(texts: list[str]) -> tuple[list[Hit], Stats]:
    """Consecutive chunks of one transcript's agenda item (then the next item), and stats that read on."""
    hits = [replace(_hit(t, i + 1, doc="t1"), chunk_id=f"t1:{i:05d}", item_number="7") for i, t in enumerate(texts)]
    hits.append(replace(_hit("Item 8. Street lighting contract.", 9, doc="t1"), chunk_id=f"t1:{len(texts):05d}",
                        item_number="8"))
    after = {h.chunk_id: nxt for h, nxt in zip(hits, hits[1:], strict=False)}
    return hits, Stats(n_chunks=100, doc_freq=lambda w: 5, embed=_model().embed,
                       next_chunk=lambda h: after.get(h.chunk_id))


def test_outcome_synthetic_the_items_last_decision_answers_what_became_of_it() -> None:
    hits, stats = _item(DEBATE)
    question = "What did the council do with the resolution defining impugn in its rules of procedure?"
    # the search returned the debate, not the item's end: it is read in, and its outcome quoted after the debate
    ans = answer_extractive(question, hits[:3], stats)
    assert not ans.abstained and "has been referred to committee" in ans.answer, ans.answer
    assert ans.answer.index("has been referred") > ans.answer.index("approved direct filing")
    # a question after what was said, not what became of it, is not given the outcome
    said = answer_extractive("Which councillor did not agree with the definition of impugn?", hits[:3], stats)
    assert "referred to committee" not in said.answer


@needs_corpus
def test_outcome_real_what_became_of_a_resolution_in_a_meetingbank_transcript(tmp_path: Path) -> None:
    index = tmp_path / "index"
    api.ingest([CORPUS / "meetingbank" / "meetingbank_sample.jsonl"], index=index)
    ans = api.ask("What happened to the Seattle City Council resolution on individualized tenant assessments when "
                  "criminal history is used in landlord screening?", index=index)
    assert not ans.abstained and "the resolution is adopted" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2016-06-13"}


# ---- what became of a motion in minutes whose agenda items are not known: the decision recorded after it ------


RECORDING = ("Notice of Motion submitted by Councillor S. Hartley. I will move at the next Meeting that all public "
             "meetings of Northshire County Council are video recorded and that these recordings are publicly "
             "available. The Motion was proposed by Councillor Hartley and seconded by Councillor Sheehan. The written "
             "Minutes of the Meeting form the record of public meetings and are publicly available. With regard to the "
             "video recording of public meetings, this topic is being considered by a Working Group of the council. "
             "Members asked whether meetings of the council could be recorded by the public. The Members "
             "discussed the merits and risks of recording Meetings and the remedies available if someone were to "
             "record the meeting without permission. The Meetings Administrator outlined the requirements of Standing "
             "Orders that any recording is prohibited. Following further discussion, Councillor Hartley stated that he "
             "was happy to defer the Motion if legal advice were sought on the matter. The Chief Executive agreed to "
             "the request. Item 12. Roads programme.")


def test_outcome_synthetic_a_motion_deferred_in_minutes_without_item_numbers() -> None:
    question = ("What happened to Councillor Hartley's motion that all public meetings of the council be video "
                "recorded?")
    hits = [_hit(RECORDING, 1, "2023-01-23")]
    assert hits[0].item_number is None
    ranked, _ = score_sentences(question, hits, Stats(n_chunks=100, doc_freq=lambda w: 3))
    motion = next(c for c in ranked if c.text.startswith("I will move"))
    added = [c.text for c in cover_decision(question, hits, ranked, [motion])[1:]]
    assert added and "happy to defer the Motion" in added[0], added

"""eScribe minutes: a motion's recorded vote with its counts, in the JSON export (the names under each way of
voting and a result that may not give the count) and in the published minutes ("Motion Passed (12 to 0)"
printed after the motion it carries), read by the loader, the vote parser and the decision register."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.cite import quoted_in
from minutes_rag.answer.cues import asks_vote
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.figures import with_verdict
from minutes_rag.answer.scoring import Stats, vote_cand
from minutes_rag.index.fields import row_hit
from minutes_rag.index.store import open_store
from minutes_rag.parse.load import load_file
from minutes_rag.parse.votes import count_runs, verdict_after, votes
from minutes_rag.settings import Settings
from minutes_rag.types import Citation, Decision, Hit, VoteCount

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


def test_escribe_synthetic_a_report_path_after_the_verdict_is_no_count() -> None:
    # the JSON export prints the committee report's path after a council motion's result: its years are no tally
    assert votes("That the 2nd Report BE APPROVED. Motion Passed 2025-01/2025-01-13 2nd Meeting of the Committee") == []
    assert votes("Motion Passed 2024-12/2024-12-02 1st Meeting of the Committee") == []
    # the counts a chair says stand (in figures, in words, with or without "to")
    for said, counts in (("The bill passes 9 to 0.", (9, 0)), ("The motion carries seven zero.", (7, 0)),
                         ("Motion carried 6-1.", (6, 1))):
        (vote,) = votes(said)
        assert (vote.counts.for_, vote.counts.against) == counts, said


@needs_corpus
def test_escribe_real_no_vote_is_read_from_a_report_path(tmp_path: Path) -> None:
    api.ingest([corpus("london-ontario/json/2025-01-21 2nd Meeting of City Council.json")], index=tmp_path / "index")
    register = api.decisions(index=tmp_path / "index").decisions
    assert any("Motion Passed 2025-01/2025-01-13" in d.text for d in register)  # (the form is there)
    # a council of 15: no motion has more votes than members (the path "2025-01/..." had read as 20 for, 25 against)
    counted = [d.votes for d in register if d.votes is not None and d.votes.for_ is not None]
    assert counted and all(v.for_ + (v.against or 0) <= 15 for v in counted), [v.text for v in counted][:3]


# ---- the council's vote on what its committee recommended --------------------------------------------------


def _hit(text: str, n: int, doc: str, committee: str, date: str, item: str) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"{doc}:{n:05d}:x", doc_id=doc, source=f"{doc}.md", pages=[],
               authority="City of Northshire", committee=committee, meeting_date=date, item_number=None,
               item_title=item, kind="minutes", text=text)


MZO = ("That the request to the Minister to issue a Zoning Order for the lands at 12 Mill Road, to designate them for "
       "Light Industrial uses, BE APPROVED.")


def test_vote_synthetic_the_council_vote_after_its_committee() -> None:
    committee = _hit(f"4.1 Zoning Order for 12 Mill Road. Motion made by A. Avery. {MZO}\n> **Motion Passed (4 to 0)**",
                     1, "pec", "Planning Committee", "2025-02-19", "4.1 Zoning Order for 12 Mill Road")
    other = _hit("8.1.14 Street Lighting. Motion made by B. Byrne. That the street lighting report BE RECEIVED.\n"
                 "> **Motion Passed (15 to 0)**", 2, "council", "City Council", "2025-03-04", "8.1.14 Street Lighting")
    council = _hit(f"8.1.15 Zoning Order for 12 Mill Road. Motion made by A. Avery. {MZO}\n> **Motion Passed (13 to 2)**",
                   3, "council", "City Council", "2025-03-04", "8.1.15 Zoning Order for 12 Mill Road")
    question = "What did the city ask the Minister to do for the land at 12 Mill Road, and how did the council vote?"
    ans = answer_extractive(question, [committee, other, council], Stats(n_chunks=100, doc_freq=lambda w: 3))
    assert "Light Industrial" in ans.answer and "(13 to 2)" in ans.answer
    assert "(15 to 0)" not in ans.answer  # another item's vote
    # asked of the committee, the committee's vote
    ans = answer_extractive(question.replace("the council vote", "the committee vote"), [committee, other, council],
                            Stats(n_chunks=100, doc_freq=lambda w: 3))
    assert "(4 to 0)" in ans.answer and "(13 to 2)" not in ans.answer


@pytest.mark.parametrize(("part", "asked"), [("how did it fare at council on April 1", True),
                                             ("what did city council finally do with that contribution", True),
                                             ("how did the fare box revenue change", False)])
def test_vote_synthetic_what_became_of_a_proposal(part: str, asked: bool) -> None:
    assert asks_vote(part) is asked


@needs_corpus
def test_vote_real_the_council_vote_on_a_committees_zoning_request(tmp_path: Path) -> None:
    api.ingest([corpus("london-ontario/md/2025-02-19 The 4th Meeting of the Planning and Environment Committee.md"),
                corpus("london-ontario/md/2025-03-04 4th Meeting of City Council.md")], index=tmp_path / "index")
    ans = api.ask("What did London ask the Ontario government to do for the land at 4423 Highbury Avenue South, for "
                  "what kind of use, and how did the council vote?", index=tmp_path / "index")
    assert "Light Industrial" in ans.answer and "Motion Passed (13 to 2)" in ans.answer


def test_vote_synthetic_the_vote_on_the_motion_the_question_names() -> None:
    item = "8.3.6 Library Board Vacancy"

    def chunk(n: int, text: str) -> Hit:
        return replace(_hit(text, n, "council", "City Council", "2025-03-04", item), chunk_id=f"council:{n:05d}:x")

    first = chunk(1, "8.3.6 Library Board Vacancy. Motion made by S. Lewis. That a) the letter from the Library Board "
                     "Chair BE RECEIVED; and b) Mayor J. Morgan BE APPOINTED to the Public Library Board.\n"
                     "> Motion made by S. Lewis")
    second = chunk(2, "That a) the letter from the Library Board Chair BE RECEIVED.\n> [!abstract]- Vote:\n"
                      "> |Yeas:|\n> |A. Avery|\n> **Motion Passed (15 to 0)**\n> Motion made by S. Lewis")
    third = chunk(3, "That b) Mayor J. Morgan BE APPOINTED to the Public Library Board.\n> [!abstract]- Vote:\n"
                     "> |Yeas:|Nays:|\n> |A. Avery|B. Byrne|\n> **Motion Passed (9 to 6)**\nItem 6 reads as follows.")
    after = {"council:00001:x": second, "council:00002:x": third}
    stats = Stats(n_chunks=100, doc_freq=lambda w: 3, next_chunk=lambda h: after.get(h.chunk_id))
    ans = answer_extractive("How did the council vote on appointing Mayor Morgan to the Public Library Board?",
                            [first], stats)
    assert "(9 to 6)" in ans.answer and "(15 to 0)" not in ans.answer


@needs_corpus
def test_vote_real_a_mayors_appointment_voted_apart_from_the_letter(tmp_path: Path) -> None:
    api.ingest([corpus("london-ontario/md/2025-03-04 4th Meeting of City Council.md")], index=tmp_path / "index")
    ans = api.ask("How did London city council vote on appointing Mayor Josh Morgan to the London Public Library Board "
                  "in March 2025?", index=tmp_path / "index")
    assert "Motion Passed (9 to 6)" in ans.answer


def test_vote_synthetic_a_verdict_before_the_amendment_is_the_earlier_motions() -> None:
    item = "2.1 The 4th Report of the Advisory Committee"

    def chunk(n: int, text: str) -> Hit:
        return replace(_hit(text, n, "pec", "Planning and Environment Committee", "2025-04-08", item),
                       chunk_id=f"pec:{n:05d}:x")

    first = chunk(4, "Yeas (6): A. Avery, B. Byrne\n\nMotion Passed (6 to 0)\n\nMoved by E. Peloza Seconded by P. Cuddy "
                     "that the motion be amended to include a new part that reads as follows: the Civic "
                     "Administration BE REQUESTED to include in the Ecological Reference Group terms of reference a "
                     "review of environmental impact studies.")
    second = chunk(5, "Yeas (1): E. Peloza\n\nNays (5): A. Avery, B. Byrne\n\nMotion Failed (1 to 5)\n\n3. Items for "
                      "Direction")
    stats = Stats(n_chunks=100, doc_freq=lambda w: 3,
                  next_chunk=lambda h: second if h.chunk_id == first.chunk_id else None)
    ans = answer_extractive("What did Councillor Peloza try to add about the Ecological Reference Group, and what "
                            "happened to the amendment?", [first], stats)
    assert "Motion Failed (1 to 5)" in ans.answer and "(6 to 0)" not in ans.answer


@needs_corpus
def test_vote_real_an_amendment_that_failed_after_a_motion_that_passed(tmp_path: Path) -> None:
    api.ingest([corpus("london-ontario/json/2025-04-08 The 6th Meeting of the Planning and Environment Committee.json")],
               index=tmp_path / "index")
    ans = api.ask("At the April 8, 2025 planning committee, what did Councillor Peloza move to add about the Ecological "
                  "Reference Group, and what happened to the amendment?", index=tmp_path / "index")
    assert "Motion Failed (1 to 5)" in ans.answer


# ---- a motion voted in parts: the verdict on the part the question is about ----------------------------------


def _voted_in_parts(last: str) -> tuple[Hit, Stats]:
    """An item whose motion (parts a to c) is printed whole, then put in parts, each part with its verdict."""
    item = "3.1 Elm Park"

    def chunk(n: int, text: str) -> Hit:
        return replace(_hit(text, n, "cps", "Community and Protective Services Committee", "2025-04-07", item),
                       chunk_id=f"cps:{n:05d}:x")

    chunks = [chunk(1, "3.1 Elm Park\n> Moved by H. McAlister\n> Seconded by P. Cuddy\nThat the following actions be "
                       "taken with respect to Elm Park:\na) the Civic Administration BE DIRECTED to assist those living "
                       "unhoused in Elm Park;\nb) the Civic Administration BE DIRECTED to cease the operation of the "
                       "Elm Park depot and move to the mobile service model; and\nc) " + last + "\nAdditional Votes:"),
              chunk(2, "> Moved by S. Trosow\n> Seconded by D. Ferreira\nThat part a) of the motion be approved.\n"
                       "> [!abstract]- Vote:\n> |Yeas:|\n> |A. Avery|\n> **Motion Passed (5 to 0)**"),
              chunk(3, "> Moved by H. McAlister\n> Seconded by P. Cuddy\nThat part b) of the motion be approved.\n"
                       "> [!abstract]- Vote:\n> |Yeas:|Nays:|\n> |A. Avery|B. Byrne|\n> **Motion Passed (3 to 2)**"),
              chunk(4, "> Moved by H. McAlister\n> Seconded by P. Cuddy\nThat part c) of the motion be approved.\n"
                       "> [!abstract]- Vote:\n> |Yeas:|Nays:|\n> |A. Avery|C. Cole|\n> **Motion Passed (4 to 1)**\n"
                       "4. Adjournment")]
    after = {a.chunk_id: b for a, b in zip(chunks, chunks[1:], strict=False)}
    return chunks[0], Stats(n_chunks=100, doc_freq=lambda w: 3, next_chunk=lambda h: after.get(h.chunk_id))


def test_vote_synthetic_the_verdict_on_the_part_asked_about() -> None:
    first, stats = _voted_in_parts("Jane Smith BE APPOINTED to the Elm Park Board for the term ending December 31, "
                                   "2026.")
    ans = answer_extractive("What did the committee decide about the Elm Park depot, and by what vote?", [first], stats)
    assert "(3 to 2)" in ans.answer and "(5 to 0)" not in ans.answer, ans.answer
    # a vote part that names nothing of its own ("approve it") is on what the rest of the question asks
    ans = answer_extractive("Who did the committee appoint to the Elm Park Board, for what term, and by what vote "
                            "did the committee approve it?", [first], stats)
    assert "Jane Smith" in ans.answer and "(4 to 1)" in ans.answer and "(5 to 0)" not in ans.answer, ans.answer


@needs_corpus
def test_vote_real_the_part_of_a_motion_voted_apart(tmp_path: Path) -> None:
    api.ingest([corpus("london-ontario/md/2025-04-07 7th Meeting of the Community and Protective Services "
                       "Committee.md")], index=tmp_path / "index")
    ans = api.ask("What did London's Community and Protective Services Committee decide in April 2025 about the "
                  "Watson Park depot, and by what vote?", index=tmp_path / "index")
    assert "cease the operation of the Watson Park depot" in ans.answer, ans.answer
    assert "Motion Passed (3 to 2)" in ans.answer, ans.answer


# ---- counts and the verdict printed after the names: one vote, quoted whole --------------------------------


def test_vote_synthetic_counts_and_the_verdict_after_the_names_are_one_vote() -> None:
    text = ("b) the City Clerk BE DIRECTED to give the firm 30 days' notice;\nYeas (9): A. Avery, B. Byrne, C. Cole, "
            "D. Dunne, E. Egan, F. Fox, G. Gill, H. Hale, I. Ince\nNays (6): J. Judd, K. Kerr, L. Lane, M. Moss, "
            "N. Nash, O. Oakes\nMotion Passed (9 to 6)\n")
    (vote,) = votes(text)
    assert vote.counts.text == "Yeas (9); Nays (6); Motion Passed (9 to 6)"
    assert (vote.counts.for_, vote.counts.against, vote.counts.outcome) == (9, 6, "carried")
    # another motion's verdict (its own counts first, or a count that differs) is never this vote's
    other = ("Yeas (3): A. Avery, B. Byrne, C. Cole\nNays (1): D. Dunne\nThe committee went on to item 5.\n"
             "Yeas (5): A. Avery, B. Byrne, C. Cole, D. Dunne, E. Egan\nMotion Passed (5 to 0)\n")
    first, second = votes(other)
    assert first.counts.text == "Yeas (3); Nays (1)" and second.counts.text.endswith("Motion Passed (5 to 0)")
    (vote,) = [v for v in votes("Yeas (4): A. Avery\nNays (2): B. Byrne\nMotion Failed (1 to 5)\n") if v.start == 0]
    assert "(1 to 5)" not in vote.counts.text
    # nor its outcome, however its verdict is worded, nor one printed after the next vote's counts
    (vote,) = [v for v in votes("Yeas (4): A. Avery\nNays (2): B. Byrne\nMotion Carried (1 to 5)\n") if v.start == 0]
    assert vote.counts.outcome is None and "(1 to 5)" not in vote.counts.text
    assert count_runs("Yeas (4): A. Avery\nNays (2): B. Byrne\nMotion Carried (1 to 5)\n")[0][2] == "Yeas (4); Nays (2)"
    first = votes("Yeas (3): A. Avery\nNays (1): D. Dunne\nThe committee went on to item 5.\nYeas (5): A. Avery\n"
                  "Nays (0):\nMotion Carried (5 to 0)")[0]
    assert first.counts.outcome is None and first.counts.text == "Yeas (3); Nays (1)"
    # a quote of two votes' counts is given no verdict: whose it is is unclear
    two = "Yeas (9): A\nNays (6): B\nMotion Passed (9 to 6)\nYeas (15): C\nNays (0): none\nMotion Passed (15 to 0)"
    assert verdict_after(two, 0, "Yeas (9); Nays (6); Yeas (15); Nays (0)") is None
    assert verdict_after(two, 0, "Yeas (9); Nays (6)") == "Motion Passed (9 to 6)"


@needs_corpus
def test_vote_real_the_json_exports_vote_is_quoted_with_its_result(tmp_path: Path) -> None:
    api.ingest([corpus("london-ontario/json/2025-03-25 4th Meeting of the Strategic Priorities and Policy "
                       "Committee.json")], index=tmp_path / "index")
    register = api.decisions(index=tmp_path / "index")
    notice = [d for d in register.decisions if "notice in writing of termination" in d.text and d.votes]
    assert notice, [d.text[:80] for d in register.decisions]
    assert all(d.votes.text == "Yeas (9); Nays (6); Motion Passed (9 to 6)" for d in notice), [  # type: ignore[union-attr]
        d.votes for d in notice]
    ans = api.ask("By what vote did London's Strategic Priorities and Policy Committee on 25 March 2025 direct the "
                  "Clerk to give Principles Integrity notice terminating their services?", index=tmp_path / "index")
    assert "Principles Integrity" in ans.answer and "Motion Passed (9 to 6)" in ans.answer, ans.answer
    assert ans.answer.count("(9 to 6)") == 1, ans.answer  # the vote quoted once, not again from the register


def test_vote_synthetic_the_verdict_read_on_past_the_chunks_end() -> None:
    item = "6.1 Integrity Commissioner"
    first = replace(_hit("6.1 Integrity Commissioner\nMoved by J. Pribil Seconded by P. Cuddy\nb) the City Clerk BE "
                         "DIRECTED to give the Integrity Commissioner 30 days' notice of the termination of their "
                         "services;\nYeas (9): A. Avery, B. Byrne, C. Cole, D. Dunne, E. Egan\nNays (6):", 1, "sppc",
                         "Strategic Priorities and Policy Committee", "2025-03-25", item), chunk_id="sppc:00001:x")
    second = replace(_hit("F. Fox, G. Gill, H. Hale, I. Ince, J. Judd, K. Kerr\nMotion Passed (9 to 6)\nMoved by "
                          "S. Lewis Seconded by S. Stevenson\nThat part a) be approved.\nYeas (15): A. Avery\nMotion "
                          "Passed (15 to 0)", 2, "sppc", "Strategic Priorities and Policy Committee", "2025-03-25",
                          item), chunk_id="sppc:00002:x")
    at = first.text.index("Yeas (9)")
    counts = vote_cand(0, at, "Yeas (9); Nays (6)", "sppc")
    with_verdict([counts], [first], lambda h: second if h is first else None)
    assert counts.text == "Yeas (9); Nays (6); Motion Passed (9 to 6)"
    # the next vote's verdict is never read for this one; nor another document's
    later = replace(second, text="F. Fox, G. Gill\nYeas (15): A. Avery\nMotion Passed (15 to 0)")
    for nxt in (later, replace(second, doc_id="other")):
        counts = vote_cand(0, at, "Yeas (9); Nays (6)", "sppc")
        with_verdict([counts], [first], lambda h, nxt=nxt: nxt)  # type: ignore[misc]
        assert counts.text == "Yeas (9); Nays (6)"


@needs_corpus
def test_vote_real_the_verdict_read_on_past_the_chunks_end(tmp_path: Path) -> None:
    name = "2025-03-25 4th Meeting of the Strategic Priorities and Policy Committee"
    api.ingest([corpus(f"london-ontario/json/{name}.json")], index=tmp_path / "index")
    store, _ = open_store(Settings(index=str(tmp_path / "index")))
    rows = sorted(store.get_chunks(), key=lambda r: r["id"])
    cut = [i for i, r in enumerate(rows) if r["text"].rstrip().endswith("Nays (6):") and "Principles Integrity with 30 "
           "days" in r["text"]]  # the motion, its counts, and the names and verdict in the next chunk
    assert cut, "the chunk with the notice motion's counts no longer ends at its counts"
    first, second = (replace(row_hit(rows[i]), rank=1) for i in (cut[0], cut[0] + 1))
    stats = Stats(n_chunks=len(rows), doc_freq=lambda w: 3,
                  next_chunk=lambda h: second if h.chunk_id == first.chunk_id else None)
    ans = answer_extractive("By what vote did the Strategic Priorities and Policy Committee direct the Clerk to give "
                            "Principles Integrity notice terminating their services?", [first], stats)
    assert "Motion Passed (9 to 6)" in ans.answer, ans.answer


def test_vote_synthetic_another_items_verdict_by_the_same_count_is_not_the_vote_quoted() -> None:
    vote = Decision(authority="City of Northshire", committee="Council", meeting_date="2025-03-25", item="6.1 Integrity",
                    kind="vote", text="Yeas (9); Nays (6); Motion Passed (9 to 6)", source="c.json", page=None,
                    chunk_id="c:00006:x", votes=VoteCount(9, 6, outcome="carried",
                                                          text="Yeas (9); Nays (6); Motion Passed (9 to 6)"))
    other = Citation(n=1, source="c.md", page=None, pages=[], authority="City of Northshire", committee="Council",
                     meeting_date="2025-03-25", item="4.2 Parking By-law", quote="... BE AMENDED. Motion Passed (9 to 6)",
                     chunk_id="c:00002:x")
    assert quoted_in([other], vote) is None
    own = replace(other, item="6.1 Integrity")
    assert quoted_in([own], vote) is own
    whole = replace(other, quote="Yeas (9); Nays (6); Motion Passed (9 to 6)")  # the whole line, from its copy
    assert quoted_in([whole], vote) is whole

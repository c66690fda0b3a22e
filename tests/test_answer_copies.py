"""A meeting published twice (as Markdown and as JSON) gives the same lines twice: a quote that another document of
the same meeting already gives word for word is cited once, the other document listed among its copies, and a
recorded vote already quoted is not printed again. Synthetic: the folding itself; real: London's committee minutes
in both formats."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cite import format_copies, quoted_in
from minutes_rag.types import Citation, Decision, VoteCount

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit


def test_copies_synthetic_a_quote_given_by_the_same_meetings_other_document_is_folded() -> None:
    md = _hit("Item 4. The bid of Acme Ltd BE ACCEPTED. Motion Passed (3 to 1)", 1, doc="minutes-md")
    js = _hit("Motion Passed (3 to 1)", 2, doc="minutes-json")
    other_day = _hit("Motion Passed (3 to 1)", 3, doc="later", date="2025-04-01")
    hits = [md, js, other_day]
    groups = [(0, [(0, "Item 4."), (8, "Motion Passed (3 to 1)")], []), (1, [(0, "Motion Passed  (3 to 1)")], []),
              (2, [(0, "Motion Passed (3 to 1)")], [])]
    kept, also = format_copies(groups, hits)
    assert [g[0] for g in kept] == [0, 2]  # another meeting's vote with the same words is its own evidence
    assert also == {0: ["minutes-json.txt"]}
    # the same words from another place in the same document are kept: they may be another item's
    same_doc = [(0, [(0, "Motion Passed (3 to 1)")], []), (0, [(90, "Motion Passed (3 to 1)")], [])]
    assert len(format_copies(same_doc, hits)[0]) == 2


def test_copies_synthetic_a_recorded_vote_already_quoted_is_found() -> None:
    cite = Citation(n=1, source="minutes-md.txt", page=None, pages=[], authority="Northshire Council",
                    committee="Cabinet", meeting_date="2025-03-01", item=None, quote="Item 4. Motion Passed (3 to 1)")
    vote = Decision(authority="Northshire Council", committee="Cabinet", meeting_date="2025-03-01", item="4",
                    text="Motion Passed (3 to 1)", kind="vote", source="minutes-json.txt", page=None,
                    votes=VoteCount(for_=3, against=1, text="Motion Passed  (3 to 1)"))
    assert quoted_in([cite], vote) is cite
    assert quoted_in([cite], Decision(**{**vote.__dict__, "meeting_date": "2025-04-01"})) is None


@needs_corpus
def test_copies_real_a_vote_in_the_minutes_and_the_decision_notice_is_quoted_once(tmp_path: Path) -> None:
    files = ["bristol-city-council/src-bcc-0023_src-bcc-0023-decision-notice-transport-and-connectivity-policy-"
             "committee-23-october-2025.pdf",
             "bristol-city-council/src-bcc-0024_src-bcc-0024-printed-minutes-transport-and-connectivity-policy-"
             "committee-23-october-2025.pdf"]
    ans = _ask_real(tmp_path, files, "What did Bristol's transport committee decide in October 2025 about repainting "
                    "centre lines on 20mph roads after resurfacing, and how close was the vote?")
    assert not ans.abstained and "centreline" in ans.answer.lower(), ans.answer
    quotes = [" ".join(c.quote.split()) for c in ans.citations]
    assert len(quotes) == len(set(quotes)), ans.answer  # no line quoted twice


def test_copies_synthetic_the_same_words_split_apart_otherwise_are_folded() -> None:
    md = _hit("That the following actions be taken: a) the plan BE APPROVED; b) staff BE DIRECTED to study Pack Road.",
              1, doc="minutes-md")
    js = _hit("b) staff BE DIRECTED to study Pack Road.", 2, doc="minutes-json")
    groups = [(0, [(0, "That the following actions be taken: a) the plan BE APPROVED; b) staff BE DIRECTED to study "
                      "Pack Road.")], []),
              (1, [(0, "b) staff BE DIRECTED to study Pack Road.")], [])]
    kept, also = format_copies(groups, [md, js])
    assert [g[0] for g in kept] == [0] and also == {0: ["minutes-json.txt"]}
    # words the first does not give are kept apart
    groups[1] = (1, [(0, "b) staff BE DIRECTED to study Pack Road and Bradley Avenue.")], [])
    assert len(format_copies(groups, [md, js])[0]) == 2


def test_copies_synthetic_a_run_over_chunks_ending_in_a_label_is_folded() -> None:
    js = _hit("Moved by A. Ash That the following actions be taken: a) the plan BE APPROVED; b) staff BE DIRECTED to "
              "study Pack Road; it being noted that the committee heard a presentation.", 1, doc="minutes-json")
    md = _hit("That the following actions be taken: a) the plan BE APPROVED;", 2, doc="minutes-md")
    md_next = _hit("b) staff BE DIRECTED to study Pack Road; it being noted that the committee heard a presentation. "
                   "ADDITIONAL VOTES:", 3, doc="minutes-md")
    groups = [(0, [(0, js.text)], []),
              (1, [(0, "That the following actions be taken:"), (38, "a) the plan BE APPROVED;")],
               [(md_next, [(0, md_next.text)])])]  # (the Markdown's quote runs on into its next chunk)
    kept, also = format_copies(groups, [js, md, md_next])
    assert [g[0] for g in kept] == [0] and also == {0: ["minutes-md.txt"]}


@needs_corpus
def test_copies_real_a_committees_markdown_and_json_quoted_once(tmp_path: Path) -> None:
    name = "2025-02-18 4th Meeting of the Community and Protective Services Committee"
    ans = _ask_real(tmp_path, [f"london-ontario/md/{name}.md", f"london-ontario/json/{name}.json"],
                    "Which company did London's community and protective services committee recommend in February 2025 "
                    "to run the Oxford Street and Clarke Road EnviroDepots, and what was the estimated cost for the "
                    "one-year term?")
    assert not ans.abstained, ans.answer
    quotes = [" ".join(c.quote.split()).lower() for c in ans.citations]
    assert not any(a in b for i, a in enumerate(quotes) for j, b in enumerate(quotes) if i != j), ans.answer


@needs_corpus
def test_copies_real_a_councils_two_formats_quoted_once_though_one_runs_on(tmp_path: Path) -> None:
    names = ["2025-02-24 4th Meeting of the Infrastructure and Corporate Services Committee",
             "2025-03-04 4th Meeting of City Council"]
    ans = _ask_real(tmp_path, [f"london-ontario/{kind}/{n}.{kind}" for n in names for kind in ("md", "json")],
                    "Who won the contract to build Phase 5 of London's Innovation Industrial Park subdivision in "
                    "February 2025, at what tendered price, and how many bids were received?")
    assert not ans.abstained and "VanRooyen" in ans.answer, ans.answer
    days = [c.meeting_date for c in ans.citations]
    assert len(days) == len(set(days)), ans.answer  # one citation per meeting, its other format a copy

"""Nothing is quoted twice. Chunks overlap, and a questions paper may print one reply under two questions: the
same sentence came back from two hits of one document and was printed twice, under two citations. A group that the
same document already gives whole is dropped; a sentence an earlier group gives is left out of a later one that
says more (its run into the next chunks too). Short lines said of many items ("Motion Passed (3 to 1)") are kept.
Synthetic: the folding itself; real: the West of England Mayor's answers to public questions (June 2026) and
the seed minutes (a Barnsley scrutiny meeting's)."""

from __future__ import annotations

import re
from pathlib import Path

from minutes_rag.answer.cite import format_copies

from .conftest import corpus, needs_corpus
from .test_answer_parts import _ask_real, _hit

#: the West of England Mayor's answers to public questions, June 2026 (one reply printed under two questions)
MAYORS_ANSWERS = "west-of-england-ca/src-weca-0025_joint-meeting-2026-06-05-public-questions-mayor-responses.pdf"
SAID = "Members thanked the officers of the housing team for their work on the winter plan."
NEW = "The chair asked that the plan be brought back to the committee in the spring of next year."
MORE = "Officers confirmed that the three new temporary accommodation units would open in March."


def _repeats(answer: str) -> list[str]:
    """The sentences of eight words or more that an answer prints twice."""
    seen: set[str] = set()
    twice = []
    for part in re.split(r"(?<=\])\s+", answer):
        text = " ".join(re.sub(r"\s*\[\d+\]", "", part).split()).lower()
        if len(text.split()) >= 8 and text in seen:
            twice.append(text)
        seen.add(text)
    return twice


def test_no_repeats_synthetic_a_group_its_document_gives_already_is_dropped() -> None:
    one = _hit(f"{SAID} {NEW}", 1, doc="minutes")
    overlap = _hit(f"{NEW} {MORE}", 2, doc="minutes")
    again = _hit(SAID, 3, doc="minutes")
    hits = [one, overlap, again]
    groups = [(0, [(0, SAID), (len(SAID) + 1, NEW)], []), (1, [(0, NEW), (len(NEW) + 1, MORE)], []),
              (2, [(0, SAID)], [])]
    kept, also = format_copies(groups, hits)
    assert [g[0] for g in kept] == [0, 1] and also == {}
    assert kept[1][1] == [(len(NEW) + 1, MORE)]  # (the overlap's repeat left out, what it adds kept)


def test_no_repeats_synthetic_a_run_into_the_next_chunk_says_nothing_again() -> None:
    one = _hit(f"{SAID} {NEW}", 1, doc="minutes")
    two = _hit(MORE, 2, doc="minutes")
    nxt = _hit(f"{NEW} Carried.", 3, doc="minutes")
    groups = [(0, [(0, SAID), (len(SAID) + 1, NEW)], []), (1, [(0, MORE)], [(nxt, [(0, NEW)])])]
    kept, _ = format_copies(groups, [one, two, nxt])
    assert kept[1] == (1, [(0, MORE)], [])


def test_no_repeats_synthetic_a_sentence_a_chunk_opened_mid_way_is_not_given_again() -> None:
    tail = "amended, the approval of the Council be and is hereby given to a study tour by seven councillors."
    whole = f"That, in accordance with section 142 of the Act, as {tail}"
    one = _hit(f"{tail} {NEW}", 2, doc="minutes")  # (its opening, in the chunk before, is printed with it)
    two = _hit(f"{MORE} {whole}", 1, doc="minutes")
    kept, _ = format_copies([(0, [(0, tail), (len(tail) + 1, NEW)], []), (1, [(0, MORE), (len(MORE) + 1, whole)], [])],
                            [one, two])
    assert kept[1][1] == [(0, MORE)]


def test_no_repeats_synthetic_short_lines_and_other_meetings_are_kept() -> None:
    a = _hit(f"{SAID} Motion Passed (3 to 1)", 1, doc="minutes")
    b = _hit(f"{MORE} Motion Passed (3 to 1)", 2, doc="minutes")
    later = _hit(f"{SAID} {NEW}", 3, doc="later", date="2025-06-01")
    groups = [(0, [(0, SAID), (90, "Motion Passed (3 to 1)")], []), (1, [(0, MORE), (70, "Motion Passed (3 to 1)")], []),
              (2, [(0, SAID), (90, NEW)], [])]
    kept, _ = format_copies(groups, [a, b, later])
    assert [g[0] for g in kept] == [0, 1, 2]  # (another meeting saying the same is its own evidence)
    assert kept[1][1] == [(0, MORE), (70, "Motion Passed (3 to 1)")] and kept[2][1] == [(0, SAID), (90, NEW)]


def test_no_repeats_synthetic_what_is_left_is_short_lines_or_repeats() -> None:
    one = _hit(f"{SAID} Carried.", 1, doc="minutes")
    two = _hit(f"{SAID} Carried.", 2, doc="minutes")
    assert [g[0] for g in format_copies([(0, [(0, SAID), (90, "Carried.")], []),
                                         (1, [(0, SAID), (90, "Carried.")], [])], [one, two])[0]] == [0]
    three = _hit(f"{SAID} {MORE}", 3, doc="minutes")  # (each said before, by two groups)
    kept, _ = format_copies([(0, [(0, SAID)], []), (1, [(0, MORE)], []), (2, [(0, SAID), (90, MORE)], [])],
                            [one, two, three])
    assert [g[0] for g in kept] == [0, 1]
    # (a quote that says more than an earlier one within it stays; what a run was cut before is still to be said)
    fuller = f"{SAID[:-1]}, and the costs were £5,000."
    four = _hit(f"{fuller} {NEW}", 4, doc="minutes")
    assert format_copies([(0, [(0, SAID)], []), (1, [(0, fuller), (90, NEW)], [])], [one, four])[0][1][1] == [
        (0, fuller), (90, NEW)]
    nxt, after = _hit(SAID, 5, doc="minutes"), _hit(MORE, 6, doc="minutes")
    kept, _ = format_copies([(0, [(0, SAID)], []), (1, [(0, NEW)], [(nxt, [(0, SAID)]), (after, [(0, MORE)])]),
                             (2, [(0, MORE)], [])], [one, two, after])
    assert [g[0] for g in kept] == [0, 1, 2] and kept[1][2] == []


@needs_corpus
def test_no_repeats_real_a_questions_paper_that_prints_one_reply_twice(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, [MAYORS_ANSWERS],
                    "What reason did the Mayor give in June 2026 for First Bus taking the 73 off Lockleaze?")
    assert not ans.abstained and "Keynsham" in ans.answer, ans.answer
    assert not _repeats(ans.answer), ans.answer


@needs_corpus
def test_no_repeats_real_a_scrutiny_seed(tmp_path: Path) -> None:
    seeds = sorted(p.relative_to(corpus("")).as_posix() for p in corpus("seeds").glob("*.txt"))
    ans = _ask_real(tmp_path, seeds, "What concern did Barnsley scrutiny members raise about the Strengths and "
                                     "Difficulties Questionnaire, and who was expected to drive improvement?")
    assert not ans.abstained and "completion rates" in ans.answer, ans.answer
    assert not _repeats(ans.answer), ans.answer

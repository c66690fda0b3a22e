"""A question that opens with, or turns on, a "when" clause ("what happened when a commissioner moved to put off the
election?") asks what happened, not a date: no date is wanted of its evidence. And a minutes' title block that names
only whose meeting it was and on which day ("... MEETING MINUTES January 27, 2020, 7:00 p.m.") answers nothing,
though the question names that day too."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import asked_cue
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import score_sentences

from .conftest import needs_corpus
from .test_answer_parts import _hit

TITLE = "NORTHSHIRE HARBOUR COMMISSION REGULAR MEETING MINUTES March 3, 2025, 7:00 p.m."
MINUTES = (f"{TITLE}\nHarbour Office, Quay Street\n\n5.1 Election of Chair and Vice Chair\nCommissioner Penrose made a "
           "motion, seconded by Commissioner Tull, to postpone the election of Chair and Vice Chair to July 2025, and "
           "the motion failed to gather a majority vote.\nCommissioner Penrose made a motion, seconded by "
           "Commissioner Abel, to continue this item to the next Harbour Commission meeting.")
QUESTION = ("At its March 3, 2025 meeting, what happened when a Northshire harbour commissioner moved to put off "
            "electing a new chair and vice chair until July 2025?")


def test_when_clause_synthetic_asks_no_date() -> None:
    assert asked_cue(QUESTION) is None
    assert asked_cue("When was the new chair of the Harbour Commission elected?") is not None


def test_when_clause_synthetic_the_title_block_naming_the_asked_day_places_only() -> None:
    hit = _hit(MINUTES, date="2025-03-03", authority="Northshire Harbour Commission")
    ranked, _ = score_sentences(QUESTION, [hit])
    title = next(c for c in ranked if c.text.startswith("NORTHSHIRE HARBOUR"))
    assert title.placing, title


def test_when_clause_synthetic_the_answer_quotes_the_motion_not_the_title() -> None:
    ans = answer_extractive(QUESTION, [_hit(MINUTES, date="2025-03-03", authority="Northshire Harbour Commission")])
    assert not ans.abstained and "failed to gather a majority" in ans.answer, ans.answer
    assert "REGULAR MEETING MINUTES" not in ans.answer, ans.answer


@needs_corpus
def test_when_clause_real_east_palo_alto_postponed_election(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("At its January 27, 2020 meeting, what happened when an East Palo Alto planning commissioner moved "
                  "to put off choosing a new chair and vice chair until July 2020?", index=index)
    # (eastpaloalto_ca_minutes_2020-01-27.pdf p2, item 5.1: the motion "failed to gather a majority vote"; p1 is
    # the title block "EAST PALO ALTO PLANNING COMMISSION REGULAR MEETING MINUTES January 27, 2020, 7:00 p.m.")
    assert not ans.abstained and "failed to gather a majority" in ans.answer, ans.answer
    assert "REGULAR MEETING MINUTES" not in ans.answer, ans.answer


APPOINTMENT = ("R2025-201 A. Penrose, B. Tull: THAT we accept the resignation of Tom Harker as the Township's "
               "representative to the Riverside Lodge Board and appoint Dana Quill for the remainder of the term. "
               "Carried.")


def test_when_clause_synthetic_at_which_council_meeting_asks_its_day() -> None:
    """"At which council meeting" asks a day, as "at which meeting" does: the minutes' date leads the quote."""
    from minutes_rag.answer.when import ASKS_WHEN
    assert ASKS_WHEN.search("Who replaced him on the board, and at which council meeting was this done?")
    assert ASKS_WHEN.search("In what special committee meeting was the levy set?")
    assert not ASKS_WHEN.search("Which council meeting papers mention the levy?")  # (no "at", "in" or "by" before it)
    ans = answer_extractive("Who was appointed to the Riverside Lodge Board after Tom Harker's resignation, and at "
                            "which council meeting was this done?", [_hit(APPOINTMENT, date="2025-10-07")])
    assert not ans.abstained and "Dana Quill" in ans.answer and "7 October 2025" in ans.answer, ans.answer


@needs_corpus
def test_when_clause_real_nipissing_at_which_council_meeting(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who replaced Tom Piper as Nipissing's representative on the Eastholme Home board, and at which "
                  "council meeting was this done?", index=index)
    # (Minutes-October-7-2025.pdf p1, R2025-177: "... appoint Dave Yemm to represent Area 1 on the Eastholme Home
    # Board of Management ...")
    assert not ans.abstained and "Yemm" in ans.answer and "October 7, 2025" in ans.answer, ans.answer


def test_when_clause_synthetic_when_asked_in_other_words() -> None:
    from minutes_rag.answer.when import ASKS_WHEN
    for q in ("When exactly did the Cabinet adopt the parking strategy?", "When, and by whom, was it adopted?",
              "When in 2024 did the Cabinet adopt it?"):
        assert ASKS_WHEN.search(q), q
    assert not ASKS_WHEN.search("In what kind of meeting was the budget discussed, open or closed?")
    assert not ASKS_WHEN.search("In which meeting room was the hearing held?")  # (a place, not a day)

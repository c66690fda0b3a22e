"""A meeting's formalities (called to order, the pledge, who was present, the last meeting's minutes approved,
adjourned) repeat the words a question uses to name the body, its meeting and its month, so they outscored what was
decided; they answer only a question asked of them (who attended, where it met, who chaired, the minutes)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.formality import asks_formality, is_formality
from minutes_rag.answer.window import with_neighbours
from minutes_rag.parse.load import load_file
from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus

MINUTES = ("State of Illinois\nCounty of Eastwick\nTown of Millbrook\nMILLBROOK TOWNSHIP BOARD OF TRUSTEES MEETING\n"
           "March 9, 2022\nThe regular scheduled meeting of the Millbrook Township Board of Trustees was called to order "
           "by Supervisor Lane at 7:00 PM. Board members present were Trustee Elm, Trustee Hodge and Supervisor Lane. "
           "Motion to approve the minutes of the regular Board of Trustees meeting on February 9, 2022, as written made "
           "by Trustee Hodge, seconded by Trustee Elm. All were in favor.\n\n"
           "Renee Chavez from the Millbrook Park District was in attendance. The Park District will be hosting an Earth "
           "Day in April. A motion to give $500.00 to the Millbrook Park District for their Earth Day by Trustee Elm, "
           "seconded by Trustee Hodge. All were in favor.\n\nThe meeting was adjourned at 8:05 PM.\n")


def test_formality_synthetic_what_was_decided_leads(tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "2022-03-09_minutes.txt"
    doc.parent.mkdir()
    doc.write_text(MINUTES, encoding="utf-8")
    api.ingest([doc], index=tmp_path / "index")
    ans = api.ask("What did the Millbrook Township board agree to give the Millbrook Park District in March 2022?",
                  index=tmp_path / "index")
    assert not ans.abstained and "A motion to give $500.00" in ans.answer, ans.answer
    assert "called to order" not in ans.answer and "present were" not in ans.answer, ans.answer
    # asked of a formality, it is the answer
    ans = api.ask("Who called the Millbrook Township board's March 2022 meeting to order?", index=tmp_path / "index")
    assert "Supervisor Lane" in ans.answer, ans.answer


def test_formality_synthetic_the_cue_and_the_question() -> None:
    assert is_formality("The meeting was called to order at 1:01 PM.")
    assert is_formality("That the Minutes of the 1st Meeting of the Council, held on December 17, 2024, BE APPROVED.")
    assert not is_formality("That the report on the Earth Day grant BE APPROVED.")
    assert asks_formality("Where was the meeting held?") and asks_formality("Who chaired it?")
    assert not asks_formality("What did the board agree to give the Park District?")


@needs_corpus
def test_formality_real_council_minutes() -> None:
    text = corpus("london-ontario/md/2025-01-21 2nd Meeting of City Council.md").read_text(encoding="utf-8")
    flagged = [s for _, s in sentences(text) if is_formality(s)]
    assert any("called to order" in s for s in flagged) and any("Minutes of the 1st Meeting" in s for s in flagged)
    assert any("adjourned at" in s for s in flagged), flagged
    # the council's other resolutions are no formality
    approved = [s for _, s in sentences(text) if "BE APPROVED" in s]
    assert len(approved) > len([s for s in approved if is_formality(s)]) >= 1
    assert all("inute" in s for s in approved if is_formality(s)), flagged


def test_formality_synthetic_no_quote_is_completed_by_one() -> None:
    text = "The grant of £350 for litter picking equipment was approved. The meeting closed at 9.55 pm."
    assert with_neighbours(text, [(0, "The grant of £350 for litter picking equipment was approved.")]) == [
        (0, "The grant of £350 for litter picking equipment was approved.")]


@needs_corpus
def test_formality_real_the_adjournment_after_a_motion_is_not_its_neighbour() -> None:
    text = corpus("london-ontario/md/2025-01-21 2nd Meeting of City Council.md").read_text(encoding="utf-8")
    sents = sentences(text)
    i = next(i for i, (_, s) in enumerate(sents) if "adjourned at" in s)
    quoted = with_neighbours(text, [sents[i - 1]])
    assert quoted and all("adjourned at" not in s for _, s in quoted), quoted


def test_formality_synthetic_a_present_list_and_where_a_meeting_was() -> None:
    # a minutes' title block with its attendance list ("... Town Hall Present: Cllrs Hodivala (Chairman), ...")
    assert is_formality("Amenities Committee Tuesday 13th March 2018 Town Hall Present: Cllrs Hodivala (Chairman), "
                        "Hewett and Wood.")
    assert not is_formality("The following were present at the fair: the Scouts, the Guides and the band.")
    # where a meeting was held asks of its formalities; where something else goes does not
    assert asks_formality("Where did the commission meet on 29 January 2018?")
    assert asks_formality("Where was the March meeting held?")
    assert not asks_formality("Where did the committee say new defibrillators should go first, in its March 2018 "
                              "meeting?")
    assert not asks_formality("Where is the new depot to be built?")


@needs_corpus
def test_formality_real_a_present_list() -> None:
    loaded = load_file(corpus("nipissing-township/minutes/Minutes-September-2-2025.pdf")).document
    assert loaded is not None
    present = [s for p in loaded.pages for _, s in sentences(p.text) if "Present: Councillors" in s]
    assert present and all(is_formality(s) for s in present), present

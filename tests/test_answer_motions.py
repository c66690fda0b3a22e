"""A motion and its fate written as two sentences: "Ultimately Melanie made a motion to allow Kathleen to draft a
letter ..." then "Lindsey seconded the motion and it passed unanimously." The second records the decision (it
passed, unanimously), and quoting it brings the sentence before it, where the motion's words are: a seconder or
a verdict on "the motion" says nothing of what was moved."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.parts import records_decision
from minutes_rag.answer.window import with_neighbours
from minutes_rag.text import sentences

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

LETTER = ("Letter to the Mayor - Ann suggested the council send a short letter of thanks to the Mayor for opening "
          "the new footbridge. There was a discussion about whether the council should write at all while the "
          "works were unfinished. Ultimately Ben made a motion to allow Ann to draft a letter of thanks that also "
          "asks when the lighting will be installed. Carol seconded the motion and it passed unanimously. "
          "Parks Report - Dan reported that the spring clean-up drew forty volunteers.")


def test_motions_synthetic_a_verdict_on_it_records_a_decision() -> None:
    assert records_decision("Lindsey seconded the motion and it passed unanimously.")
    assert records_decision("The recommendation was carried unanimously.")
    assert records_decision("The amendment was put to the meeting, which carried it; the budget, which passed.")
    assert not records_decision("Members asked whether it would be passed on to residents.")


def test_motions_synthetic_a_seconder_is_quoted_with_the_motion_before_it() -> None:
    text = "The clerk read the letter. Ben moved to accept the quote of £400 for the hedge. Carol seconded."
    offsets = {s: o for o, s in sentences(text)}
    quoted = with_neighbours(text, [(offsets["Carol seconded."], "Carol seconded.")])
    assert [s for _, s in quoted] == ["Ben moved to accept the quote of £400 for the hedge.", "Carol seconded."]


def test_motions_synthetic_what_was_decided_and_how_the_vote_went() -> None:
    ans = answer_extractive("What did the council decide about thanking the Mayor for the footbridge, and how did "
                            "the vote go?", [_hit(LETTER)], _stats())
    assert not ans.abstained
    assert "draft a letter of thanks" in ans.answer and "passed unanimously" in ans.answer, ans.answer


@needs_corpus
def test_motions_real_limerick_proposer_before_seconder(tmp_path: Path) -> None:
    # Limerick's minutes of 27 May 2024, item 4: "Proposed by Councillor Collins (M); Seconded by Councillor Sheahan
    # (J); And Resolved: "That, the approval of the Council be and is hereby given to the appointment of Seán Golden
    # ...": the seconder was quoted without the proposer before it
    ans = _ask_real(tmp_path, ["limerick/2024/07/08-Full Meeting of Limerick City and County Council/"
                               "Minutes - Meeting of Limerick City and County Council - 27th May 2024.md"],
                    "Who did Limerick council appoint in May 2024 to fill the business and commercial sector seat on "
                    "its Home and Social Development Strategic Policy Committee, and whom did that person replace?")
    assert "Golden" in ans.answer and "Dee Ryan" in ans.answer, ans.answer
    assert "Proposed by Councillor Collins (M); [1] Seconded by Councillor Sheahan" in ans.answer, ans.answer


TALLY = ("Three quotes were received for the grass cutting. Council voted on the appointment.\n"
         "Holly Landscapes: 2 votes\nCountry Grounds Maintenance: 4 votes\nThe Landscape Group: 0 votes.\n"
         "All resolved that the Country Grounds Maintenance quotation should be accepted for the 2014 season.")


def test_motions_synthetic_a_tally_printed_a_line_each_is_quoted_whole() -> None:
    # (the corpus holds no tally printed a row a line; ext1's Norfolk parish minutes do)
    offsets = {s: o for o, s in sentences(TALLY)}
    row = "The Landscape Group: 0 votes."
    quoted = [s for _, s in with_neighbours(TALLY, [(offsets[row], row)])]
    assert quoted[:3] == ["Holly Landscapes: 2 votes", "Country Grounds Maintenance: 4 votes", row], quoted
    assert "Council voted on the appointment." not in quoted
    ans = answer_extractive("Which contractor did the parish council choose for grass cutting, and how many votes "
                            "did it get?", [_hit(TALLY)], _stats())
    assert "Country Grounds Maintenance: 4 votes" in ans.answer, ans.answer


def _discussion(k: int) -> str:
    return " ".join(f"A parishioner raised concern number {i} about lorries, noise and odour from the site at Station "
                    "Road, and the clerk noted it for the response." for i in range(k))


def test_decisions_synthetic_the_decision_after_a_long_discussion() -> None:
    # (ext1's West Dereham minutes: the parish's objection is recorded two chunks after its item's heading; the corpus
    # has no such passage)
    doc = "wd"
    heading = ("10.4 Application - Waste Recycling Centre, Station Road: retrospective installation and use of a waste "
               "shredding plant. ")
    chunks = [heading + _discussion(4), _discussion(5),
              _discussion(2) + " The Parish Councillors agreed to object by a unanimous decision. 10.5 Application - "
              "Extensions at White House Farm Barn."]
    question = ("How did the parish council respond to the consultation on the retrospective waste shredding plant at "
                "the Station Road waste recycling centre?")
    ans = answer_extractive(question, [_hit(t, n=k + 1, doc=doc) for k, t in enumerate(chunks)], _stats())
    assert "agreed to object by a unanimous decision" in ans.answer, ans.answer
    # another item opened between them: its decision is not this one's
    chunks[1] = _discussion(2) + " 10.5 Application - Extensions at White House Farm Barn. " + _discussion(2)
    ans = answer_extractive(question, [_hit(t, n=k + 1, doc=doc) for k, t in enumerate(chunks)], _stats())
    assert "agreed to object" not in ans.answer, ans.answer


def test_decisions_synthetic_a_decision_ends_its_item() -> None:
    text = ("The Parish Councillors agreed to object by a unanimous decision. 10.5 Application - Extensions at White "
            "House Farm Barn, Church Road.")
    sents = sentences(text)
    assert [s for _, s in with_neighbours(text, [sents[0]])] == [sents[0][1]]
    # (a resolution's next point is no other item)
    text = "RESOLVED that the plan be adopted. 2 The Improvement Plan be a standing item on each meeting's agenda."
    sents = sentences(text)
    assert len(with_neighbours(text, [sents[0]])) == 2

"""A council that splits a committee's recommendation into parts and votes on each ("Motion to approve part a)" ...
"Motion Passed (15 to 0)", "Motion to approve part b)" ... "Motion Failed (7 to 8)"). Its eScribe record's lines,
stored joined in a chunk, ran the first part's result into the second part's motion ("... C. Rahman Motion Passed (15
to 0) Motion made by S. Franke Motion to approve part b): b) the Civic Administration BE DIRECTED ..."), so the second
part's motion was one sentence with the first part's result, and its own result was never read on to.

- A motion's result with its count ends its sentence.
- Asked what the council did with the committee's direction, the answer quotes that part's motion with its own
  result ("Motion Failed (7 to 8)"), not the other part's nor another item's.

The real passages are the City of London (Ontario) Infrastructure and Corporate Services Committee of 24 March 2025
and council of 1 April 2025, in ``../shared/corpus``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minutes_rag.text import sentences

from .conftest import CORPUS, ask_corpus

JOINED = ("Yeas (15): Mayor A. Grey, B. Hall, C. Ives, D. Jones, E. King Motion Passed (15 to 0) Motion made by B. Hall "
          "Motion to approve part b): b) the Civic Administration BE DIRECTED to prepare a Business Case for a wider "
          "tax deferral program; Yeas (7): B. Hall, C. Ives Nays (8): Mayor A. Grey, D. Jones Motion Failed (7 to 8) "
          "Item 14, clause 2.12, reads as follows: That the report BE RECEIVED.")


def test_vote_result_synthetic_ends_its_sentence() -> None:
    said = [s for _, s in sentences(JOINED)]
    assert said[0].endswith("Motion Passed (15 to 0)"), said
    assert said[1].startswith("Motion made by B. Hall Motion to approve part b)"), said
    assert any(s.endswith("Motion Failed (7 to 8)") for s in said), said
    assert said[-1].startswith("Item 14, clause 2.12"), said
    # (whatever its case or spacing, and a result "Lost" too; not a span in brackets after any word in "-ed")
    assert [s for _, s in sentences("MOTION CARRIED (9 to 2) Moved by A. B. Smith.")] == [
        "MOTION CARRIED (9 to 2)", "Moved by A. B. Smith."]
    assert len(sentences("Motion Lost  (2 to 13) Motion made by B. Hall")) == 2
    assert len(sentences("Children aged (5 to 11) Years 1 to 6 took part in the survey.")) == 1
    assert len(sentences("The works (phases 1 to 3) Stage Two of the scheme were approved.")) == 1


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_vote_result_real_london_council_part_b_failed(tmp_path: Path) -> None:
    question = ("In March 2025 London's infrastructure committee directed staff to prepare a business case for an expanded "
                "tax deferral program for low-income seniors. Which city's program was the model, and what became of "
                "that direction at council on 1 April?")
    ans = ask_corpus(tmp_path, [
        "london-ontario/json/2025-03-24 6th Meeting of the Infrastructure and Corporate Services Committee.json",
        "london-ontario/json/2025-04-01 6th Council Meeting.json"], question)
    assert not ans.abstained, ans.warnings
    assert "Ottawa" in ans.answer and "Motion Failed (7 to 8)" in ans.answer, ans.answer
    # the council's part b motion, as its chunk holds it, is a sentence of its own: not part a's result with it
    con = sqlite3.connect(str(tmp_path / "index" / "keyword.sqlite3"))
    try:
        texts = [t for (t,) in con.execute("select text from chunks where text like '%Motion to approve part b)%Ottawa%'")]
    finally:
        con.close()
    assert texts
    part_b = [s for t in texts for _, s in sentences(t) if "part b)" in s and "Ottawa" in s]
    assert part_b and not any("Motion Passed" in s for s in part_b), part_b

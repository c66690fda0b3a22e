"""Two sentences much alike (an agenda's title and a transcript's reading of it): for a question after when, the
one that holds the date ("introduced March 7th, 2016": a date written "March 7th" is a date) is quoted, not its
twin without it. A long sentence that opens with an agenda item's label and ends with a stop states something; a
bare label does not. Synthetic evidence: the corpus holds no transcript that reads an agenda title with its date,
and no long sentence opening with an item's label but a form's (the outside sets ext4 and ext5 do: Portland's and
Seattle's)."""

from __future__ import annotations

from minutes_rag.answer.cues import DATE_S, looks_like_heading
from minutes_rag.answer.extractive import answer_extractive

from .test_answer_parts import _hit, _stats

TITLE = ("AN ORDINANCE approving an amendment of the development agreement for the property located at 12 Harbour "
         "Road.")
READ = ("Agenda item two, Council Bill 4471, approving an amendment of the development agreement for the property "
        "located at 12 Harbour Road, introduced March 7th, 2016.")


def test_twins_synthetic_the_twin_with_the_date_asked_is_quoted() -> None:
    said = ("AN ORDINANCE approving an amendment of the development agreement for the property located at 12 Harbour "
            "Road, introduced March 7th, 2016.")
    hits = [_hit(f"{TITLE} Thank you very much.", 1), _hit(f"{said} Councilmember Okafor presented it.", 2)]
    ans = answer_extractive("When was the ordinance amending the development agreement for 12 Harbour Road first "
                            "brought forward?", hits, _stats())
    assert not ans.abstained and "March 7th, 2016" in ans.answer, ans.answer
    assert ans.answer.count("AN ORDINANCE") == 1  # (its twin without the date is not quoted as well)
    # a question after what it is, not when: the title stands
    what = answer_extractive("What does the ordinance for 12 Harbour Road approve?", hits, _stats())
    assert "AN ORDINANCE" in what.answer


def test_twins_synthetic_item_labels_and_dates() -> None:
    assert not looks_like_heading(READ)
    assert looks_like_heading("Item 7 Development agreement for 12 Harbour Road")
    assert looks_like_heading("Agenda item 4: Development agreement")
    assert DATE_S.search("introduced March 7th, 2016") and DATE_S.search("on 7th March 2016")

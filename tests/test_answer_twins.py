"""Two sentences much alike (an agenda's title and a transcript's reading of it): for a question after when, the
one that holds the date ("introduced March 7th, 2016": a date written "March 7th" is a date) is quoted, not its
twin without it. A long sentence that opens with an agenda item's label and ends with a stop states something; a
bare label does not. Synthetic evidence: the corpus holds no transcript that reads an agenda title with its date,
and no long sentence opening with an item's label but a form's (the outside sets ext4 and ext5 do: Portland's and
Seattle's)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import DATE_S, asked_items, looks_like_heading
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

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


# ---- items of one list alike but for their figures, for a question after each of several things -------------


GRANTS = ("That the following actions be taken with respect to the highly supportive housing projects: a) a grant of "
          "$1,485,000, in the form of a forgivable loan, to the Northshire Mental Health Association for the "
          "development of 33 highly supportive housing units at 248 Hill Street BE APPROVED;\nb) a grant of $3,690,000, "
          "in the form of a forgivable loan, to the Northshire Mental Health Association for the development of 82 "
          "highly supportive housing units at 644 Huron Street BE APPROVED;\nc) the Deputy City Manager BE AUTHORIZED "
          "to approve amendments to the agreements.")


def test_twins_synthetic_each_item_alike_but_for_its_figures_is_quoted() -> None:
    assert asked_items("How many units is each project?") == 2
    assert asked_items("Did the two councils consult each other?") == 2  # (its count, not "each other")
    assert asked_items("How many units did the project have?") == 1
    ans = answer_extractive("How much did the council grant, as forgivable loans, for the highly supportive housing "
                            "projects at 248 Hill Street and 644 Huron Street, and how many units is each project?",
                            [_hit(GRANTS, 1)], _stats())
    assert not ans.abstained and "$1,485,000" in ans.answer and "$3,690,000" in ans.answer, ans.answer


@needs_corpus
def test_twins_real_each_farmland_lease_accepted(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["london-ontario/md/2025-02-24 4th Meeting of the Infrastructure and Corporate Services "
                               "Committee.md"],
                    "What annual lease amounts did London accept in February 2025 from J.R. Fleming Farms and Jeremy "
                    "Witteveen for city farmland, and for how long is each lease?")
    assert "($16,050.00)" in ans.answer and "($24,570.00)" in ans.answer, ans.answer

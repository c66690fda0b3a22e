"""A commission's resolutions as US cities print them: recitals ("WHEREAS, ..."), then "NOW, THEREFORE, BE IT
RESOLVED", numbered sections ("SECTION 2. That ...") and, under the text adopted, its vote ("Majority: (3-2) Vote").
Asked how the vote went, the answer quotes that line; a section's number is part of its sentence, not a sentence
of its own; the clauses of form every resolution carries (its recitals "hereby ratified", the day it takes effect)
answer nothing asked. And an agenda's own date is the one in its heading, not a date of the earlier meetings whose
minutes it lists for approval."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.formality import is_formality
from minutes_rag.parse.header import meeting_date_of
from minutes_rag.parse.votes import bare_tally, votes
from minutes_rag.text import ends_abbreviation, sentences
from minutes_rag.types import PageText

from .conftest import ask_texts
from .outside_records import HUNTSVILLE_AGENDA_2026_07_23, REMOVAL_2024_27, WHITE_WAY_2024_41
from .test_answer_parts import _hit

RESOLUTION = ("RESOLUTION NO. 2025-12\nA RESOLUTION OF THE TOWN COUNCIL CLOSING THE HARBOUR CAR PARK.\n"
              "WHEREAS, the Harbour car park has been found unsafe by the town engineer; and\n"
              "WHEREAS, the Town Council wishes to protect the public;\n"
              "NOW, THEREFORE, BE IT RESOLVED BY THE TOWN COUNCIL OF NORTHSHIRE:\n"
              "SECTION 1.\nThat the foregoing \u201cWHEREAS\u201d clauses are hereby ratified and confirmed as being "
              "true and correct.\n"
              "SECTION 2.\nThat the Harbour car park is closed until its repair is complete.\n"
              "SECTION 3.\nThat this Resolution shall become effective upon the date of its passage and adoption.\n"
              "PASSED AND ADOPTED THIS FOURTH DAY OF MARCH, 2025.\n"
              "Moved: Penrose / Seconded: Tull)\nYeas: Penrose, Tull, Abel, Quill)\nNays: Harker)\n"
              "Majority: ( 4-1) Vote)\nAgenda Item: F-3)")


def test_vote_line_synthetic_counts() -> None:
    majority = bare_tally("Majority: ( 4-1) Vote)")
    assert majority is not None and (majority.for_, majority.against, majority.outcome) == (4, 1, "carried")
    unanimous = bare_tally("Unanimous: 5-0 Vote)")
    assert unanimous is not None and unanimous.unanimous and (unanimous.for_, unanimous.against) == (5, 0)
    assert bare_tally("Vote: 2-3") is not None
    split = bare_tally("Unanimous: 4-1 Vote)")  # (a misprinted label: one against is no unanimous vote)
    assert split is not None and not split.unanimous
    # (a vote told in passing is often another body's: "the Select Board recommends by a 5-0 vote")
    assert bare_tally("The Select Board recommends favorable action by a 5-0 vote.") is None
    assert [v.counts.for_ for v in votes(RESOLUTION)] == [4]


def test_sections_synthetic_one_sentence_each() -> None:
    said = [s for _, s in sentences(RESOLUTION)]
    assert "SECTION 2. That the Harbour car park is closed until its repair is complete." in said, said
    assert not any(s.strip() in ("SECTION 1.", "SECTION 2.") for s in said), said
    # (a chunk that stops after a section's number is read on into the next; a section referred to ends its sentence
    # as any word does)
    assert ends_abbreviation("That Mr Tull will be paid $1,000 a month.\nSECTION 4.")
    assert not ends_abbreviation("The details are set out in SECTION 2.")
    assert len(sentences("The details are set out in SECTION 2. The Committee noted the report.")) == 2


def test_clauses_of_form_synthetic() -> None:
    assert is_formality("SECTION 1. That the foregoing \u201c WHEREAS\u201d clauses are hereby ratified and confirmed.")
    assert is_formality("SECTION 3. That this Resolution shall become effective upon the date of its passage.")
    assert not is_formality("SECTION 2. That the Harbour car park is closed until its repair is complete.")
    # (not a day it takes effect on, which may be asked, nor a clause that also authorises something)
    assert not is_formality("SECTION 3. That this ordinance shall become effective on January 1, 2026.")
    assert not is_formality("BE IT RESOLVED that the foregoing WHEREAS clauses are hereby ratified and the City Manager "
                            "is authorized to execute the agreement.")


def test_resolution_vote_synthetic_answer_quotes_it() -> None:
    ans = answer_extractive("What did Northshire's town council decide about the Harbour car park in March 2025, and "
                            "by what vote?", [_hit(RESOLUTION, date="2025-03-04", authority="Northshire Town Council")])
    assert not ans.abstained and "car park is closed" in ans.answer and "4-1" in ans.answer, ans.answer


def test_resolution_vote_real_coral_gables_city_manager(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {
        "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-27.txt": REMOVAL_2024_27,
        "coral-gables-city-commission/resolutions/2024-02-27 resolution 2024-41.txt": WHITE_WAY_2024_41},
        "How did the Coral Gables commission vote in February 2024 on removing its city manager, Peter Iglesias?")
    assert not ans.abstained and "3-2" in ans.answer, ans.answer
    assert "removed as City Manager" in ans.answer and "5-0" not in ans.answer, ans.answer
    assert "SECTION 1. [" not in ans.answer and "SECTION 2. [" not in ans.answer, ans.answer


def test_agenda_date_synthetic_heading_not_minutes_listed() -> None:
    page = ("Jo Penrose, Mayor\nDana Quill, City Clerk\nCOUNCIL CHAMBERS 5:30 PM Thursday, March 12, 2026\n"
            "REGULAR MEETING OF THE CITY COUNCIL\n1. APPROVAL OF THE AGENDA\n2. APPROVAL OF THE MINUTES\n"
            "a. Minutes of the Regular Meeting of the City Council held on February 26, 2026.\n"
            "b. Minutes of the Work Session of the City Council held on February 27, 2026. (Minutes\nReceived)\n")
    assert meeting_date_of([PageText(1, page)], "agenda") == "2026-03-12"


def test_agenda_date_real_huntsville() -> None:
    # (its heading says "Thursday, July 23, 2026"; it lists the minutes of meetings held on July 9 and July 10)
    assert meeting_date_of([PageText(1, HUNTSVILLE_AGENDA_2026_07_23)], "agenda") == "2026-07-23"

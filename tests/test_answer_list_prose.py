"""A list's long item that is a sentence is quoted whole or not at all: only a table's rows run together (no
sentence end anywhere) are cut to their opening. "Two retrospective planning applications were noted: ... 14
photovoltaic panels at the Hall. (Two members declared an interest and left.) Members noted ... and accordingly did
not object to the application." must not end at "accordingly"."""

from __future__ import annotations

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.lists import list_after
from minutes_rag.text import sentences

from .test_answer_parts import _hit, _stats

PLANNING = ("6. Planning Applications\nTwo retrospective planning applications were noted:\n"
            "• installation of 18 No solar panels at Jesmond, Old Town, Ayrmouth. No further information was "
            "available;\n• installation of 14 No photovoltaic panels at the Hall, High Street, Ayrmouth. (Two members "
            "who were also members of the hall association declared an interest and left the meeting at this point.) "
            "Members noted that the Conservation officer had commented on the neutral impact of this installation and "
            "accordingly did not object to the application.\n\n7. Area Councillor's Report\nNothing to report.")

ROWS = ("The grants awarded were as follows:\nMetropolitan €22,719.13 €66,161.95 Adare €4,110.00 €9,876.54 Rathkeale "
        "€3,300.00 €7,100.25 Newcastle West €12,480.00 €30,004.10 Abbeyfeale €6,650.00 €14,200.90 Kilmallock €5,000.00 "
        "€11,800.00 Cappamore €2,950.00 €6,420.75 Askeaton €3,875.00 €8,910.40 Foynes €4,020.00 €9,100.00 Glin "
        "€2,100.00 €4,750.00 Croom €3,640.00 €8,020.00 Bruff €2,880.00 €6,300.00 Hospital €3,010.00 €6,990.00 Pallas "
        "€2,760.00 €6,050.00 Castleconnell €4,400.00 €9,640.00")


def test_a_long_list_item_that_ends_a_sentence_is_not_cut() -> None:
    sents = sentences(PLANNING)
    lead = next(i for i, (_, s) in enumerate(sents) if s.endswith("were noted:"))
    items = [t for _, t in list_after(PLANNING, sents, lead)]
    assert not any(t.endswith("accordingly") for t in items)
    assert all(t.rstrip().endswith((".", ";", ":")) for t in items)


def test_a_tables_rows_run_together_are_still_cut_to_their_opening() -> None:
    sents = sentences(ROWS)
    items = [t for _, t in list_after(ROWS, sents, 0)]
    assert items and items[0].startswith("Metropolitan €22,719.13") and len(items[0]) < len(sents[1][1])


def test_the_position_taken_is_quoted_to_the_end_of_its_sentence() -> None:
    ans = answer_extractive("What position did the council take on the retrospective application for photovoltaic "
                            "panels on the Hall in the High Street?", [_hit(PLANNING)], _stats())
    assert not ans.abstained
    assert "accordingly did not object to the application." in ans.answer


ROLL = ("8. Library District\nCouncil Member Okafor moved to adopt Resolution 1402 referring the formation of a library "
        "district to the voters.\nSeconded by Council Member Ruiz.\nThe public hearing opened at 7:05 pm and closed at "
        "9:40 pm.\nForty residents spoke.\nYeas (3): Okafor, Ruiz, Haddad.\nNays (2): Lindqvist, Penhallow.\nThe motion "
        "carried.\n\n9. Adjournment\nThe meeting adjourned at 10:02 pm.")


def test_who_voted_against_is_answered_with_the_roll_lines_after_the_motion() -> None:
    ans = answer_extractive("What did the council decide about forming a library district, and which members voted "
                            "against?", [_hit(ROLL)], _stats())
    assert not ans.abstained
    assert "Nays (2): Lindqvist, Penhallow." in ans.answer

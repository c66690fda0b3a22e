"""Who held an office: a US agenda opens with the body's officers, each name before its post on a line of its own
("Tommy Battle, Mayor", "Shaundrika Edwards, City Clerk"). Asked who was mayor or clerk, the openings of the meetings
among the hits are searched too, since the papers' many "Resolution authorizing the Mayor to ..." name the post and
no one."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.holders import names_holder
from minutes_rag.retrieve import HOLDER_Q

from .conftest import ask_texts
from .outside_records import HUNTSVILLE_AGENDA_2026_07_23

ITEMS = "\n".join(f"{c}. Resolution authorizing the Mayor to enter into an agreement with Northshire Paving for the "
                  f"resurfacing of Harbour Road, Phase {n}.\nResolution No. 26-{400 + n}\nSponsors: Public Works"
                  for n, c in enumerate("abcdefghijklmnop", start=1))


def test_officers_synthetic_name_before_post() -> None:
    opening = ("Jo Penrose, Mayor\nDana Quill, City Clerk\nAlex Tull, City Attorney\nCITY COUNCIL CHAMBERS 5:30 PM "
               "Thursday, March 12, 2026")
    assert names_holder("mayor", opening) and names_holder("clerk", opening)
    assert not names_holder("mayor", "Resolution authorizing the Mayor to enter into an agreement.")
    assert not names_holder("mayor", "John Smith, Mayor of Northshire, said the road would reopen.")
    assert HOLDER_Q.search("Who was mayor of Northshire in 2026?")
    assert HOLDER_Q.search("Who served as city clerk for the council in early 2024?")
    assert not HOLDER_Q.search("Who moved the motion to appoint a new city clerk?")


def test_officers_synthetic_opening_searched(tmp_path: Path) -> None:
    opening = ("Jo Penrose, Mayor\nDana Quill, City Clerk\nAlex Tull, City Attorney\nCITY COUNCIL CHAMBERS 5:30 PM "
               "Thursday, March 12, 2026\nREGULAR MEETING OF THE CITY COUNCIL\n1. INVOCATION\n2. APPROVAL OF THE "
               "AGENDA\n")
    page_two = "\n".join(["\f"] + [ITEMS] * 3)
    ans = ask_texts(tmp_path, {"northshire-city-council/agendas/2026-03-12 regular meeting agenda.txt":
                               opening + ITEMS + page_two},
                    "Who was mayor of Northshire in 2026?")
    assert not ans.abstained and "Jo Penrose" in ans.answer, ans.answer


def test_officers_real_huntsville_clerk(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"huntsville-city-council/agendas/2026-07-23 regular meeting agenda.txt":
                               HUNTSVILLE_AGENDA_2026_07_23 + "\n" + "\n".join(
                                   ["\f"] + [ITEMS.replace("Northshire", "Huntsville").replace("Mayor", "City Clerk")] * 4)},
                    "Who was the city clerk of Huntsville in 2026?")
    # (the agenda's first lines: "... Trey Riley, City Attorney / Shaundrika Edwards, City Clerk / ...")
    assert not ans.abstained and "Shaundrika Edwards" in ans.answer, ans.answer

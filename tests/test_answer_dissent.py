"""A question part asking who dissented asks how a vote went: the vote's record ("Approved 5-1 with ... voting yea;
and McCrea voting nay") is read with the motion it carried, as for "who voted against". The real passage (the Iowa
Public Information Board's minutes of 18 August 2022, its cases) is from outside ``../shared/corpus`` and is held
here as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import asks_vote

from .conftest import ask_texts

BOARD = ("# WESTVALE LICENSING BOARD\n\n- March 9, 2023\n\n## Items Discussed\n\n"
         "- The board heard the appeals and took action as indicated:\n"
         "    - Hale, Tom (23LA:0011 - Street trading - Market Square 1/4/23). Tom Hale spoke on the matter. A motion "
         "by Reed and second by Amis to approve the refusal order.  Unanimously approved, 5-0.\n"
         "    - Lee, Ann (23LA:0014 - Late licence - Quay Bar 1/20/23). Ann Lee spoke on the matter. A motion by Amis "
         "and second by Reed to approve the refusal order.  Approved 4-1 with Amis, Reed, Tull and Webb voting yea; "
         "and Pike voting nay.\n"
         "    - Moss, Ian (23LA:0015 - Street trading - Bridge Street 1/22/23). A motion by Pike and second by Tull "
         "to approve the grant order.  Unanimously approved, 5-0.\n")


def test_dissent_synthetic_who_dissented_asks_how_a_vote_went(tmp_path: Path) -> None:
    assert asks_vote("and who dissented?") and asks_vote("Was there a dissenting vote?")
    ans = ask_texts(tmp_path, {"2023-03-09_board_minutes.md": BOARD},
               "How did the Westvale Licensing Board decide Ann Lee's late licence appeal, and who dissented?")
    assert not ans.abstained, ans.warnings
    assert "Pike voting nay" in ans.answer, ans.answer


def test_dissent_real_the_iowa_boards_vote_on_a_records_complaint(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"iowa-ipib/minutes/2022-08-18_board_minutes.md": IPIB},
               "How did the IPIB resolve Randy Evans's records complaint against the Carlisle Community School "
               "District, and who dissented?")
    assert not ans.abstained, ans.warnings
    assert "McCrea voting nay" in ans.answer, ans.answer


IPIB = (
    '# IOWA PUBLIC INFORMATION BOARD\n'
    '\n'
    '\n'
    '- August 18, 2022\n'
    '\n'
    '- Board Chair – Pottorff offered brief remarks. She announced that Margaret Johnson has notified the Board that she plans to retire from the IPIB on March 30, 2023.\n'
    '- Advisory Opinions –\n'
    '    - IPIB – 22AO:0004 – Timeliness of record  release – Chapter 22. A motion by Lindahl and second by McCrea to approve the advisory opinion.  Unanimously approved, 6-0.\n'
    '- The board was briefed on cases and took action as indicated:\n'
    '    - Beck, Tim (22FC:0036 – Both Chapters – Pleasant Valley School District 5/5/22).  Tim Beck and Mikkie Schiltz spoke on the matter. A motion by Lindahl and second by Breitbarth to approve the motion to continue the matter. Unanimously approved, 6-0.\n'
    '    - Bode, Ken (22FC:0063 – Chapter 22 – Woodbury Co. Sheriff Office 6/29/22). A motion by Lindahl and second by Breitbarth to approve the dismissal order.  Unanimously approved, 6-0.\n'
    '    - Close, Valerie (22FC:0064 – Chapter 22 – Vinton Public Library 7/4/22). Doug Herman spoke on the matter. A motion by Breitbarth and second by Lindahl to approve the dismissal order.  Unanimously approved, 6-0.\n'
    '    - Dingbaum, Heather (22FC:0039 – Chapter 22 – Central DeWitt Comm. School 5/11/22).  A motion by Breitbarth and second by Lindahl to approve the dismissal order.  Unanimously approved, 6-0.\n'
    '    - Evans, Randy (22FC:0062 – Chapter 22 – Carlisle Community School District 6/26/22). Randy Evans spoke on the matter. A motion by Lindahl and second by Breitbarth to approve the dismissal order.  Approved 5-1 with Breitbarth, Corbin, Lindahl, McHugh, and Pottorff voting yea; and McCrea voting nay.\n'
    '    - Johnson, Jarod (22FC:0040 – Chapter 22 – City of Muscatine 5/13/22). Matt Brick spoke on the matter. A motion by Breitbarth and second by McCrea to approve the dismissal order.  Unanimously approved, 6-0.\n'
    '    - Radtke, Mari (22FC:0050 – Chapter 22 – City of Paullina 5/26/22). Tina Halverson spoke on the matter. A motion by McCrea and second by Lindahl to approve the acceptance order.  Unanimously approved, 6-0.\n'
    '    - Reed, Paul (22FC:0068 – Chapter 22 – City of West Liberty 7/12/22). Paul Reed spoke on the matter. A motion by Breitbarth and second by Lindahl to approve the dismissal order.  Unanimously approved, 6-0.\n'
    '    - Ryan, Nicholas (22FC:0065 – Chapter 21 – South Central Regional Airport Agency 7/6/22). Amy Beattie spoke on the matter. A motion by Breitbarth and second by McCrea to approve the dismissal order.  Unanimously approved, 5-0 with Corbin abstaining.\n'
    '    - Sly, Diana (22FC:0053 – Chapter 21 – Lorimor City Council 6/1/22). A motion by Lindahl and second by Breitbarth to approve the informal resolution and set the matter for review.  Unanimously approved, 6-0.\n'
)

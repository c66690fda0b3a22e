"""A body that is no council may print its name with its legal form and an owner's mark: "Suffolk's Libraries IPS"
(an industrial and provident society). A question names it as people say it, "the Suffolk Libraries board": that
names the body, so a question across it and another body gets one statement for each, not the other's alone. The
owner's mark is still read where a place's name holds it ("King's Lynn"). The real passages (Suffolk Libraries'
board minutes of 24 September 2015, the Iowa Public Information Board's of 21 July 2022) are from outside
``../shared/corpus`` and are held here as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.parse.meta import authority_core, names_authority

from .conftest import ask_texts

WESTVALE = ("Registered Office: County Library, High Street, Westvale WV1 2AB\n\n1\n\nWestvale’s Libraries IPS\n"
            "The Industrial & Provident Society Limited running library services supported by Westvale County "
            "Council\n\nBOARD MEETING MINUTES\nTitle of Meeting Westvale Libraries IPS - Board Meeting\n"
            "Date 24th September 2015\nPlace Meeting Room, Westvale Library\n\n"
            "1. Election of Chair and Vice Chair\nThe vote for these positions was held in the closed session.\n"
            "For the period of 2015/16 the Board roles are as follows:\n"
            "• Chair – Martin Hale • Vice-Chair – Rosa Pike • Honorary Secretary – Ian Dray\n\n"
            "2. Stock\nThe Stock Manager reported on the new stock suppliers and the cost of the courier service.\n")
EASTMOOR = ("EASTMOOR PARISH COUNCIL\n\nMinutes of the meeting held on 21 July 2022 at Eastmoor Village Hall\n\n"
            "1. Election of Chair\nCllr Reed nominated Cllr Joan Tull to serve as the Chair of the council for another "
            "year. Cllr Amis seconded the nomination. Cllr Tull was elected unanimously.\n\n"
            "2. Footpaths\nThe clerk reported that the stile on footpath 4 had been repaired.\n")

SUFFOLK = ("2015-09-24 Open Board Minutes NS v1 \nRegistered Office: County Library, Northgate Street, Ipswich IP1 3DE "
           "Registered in England by the FCA, registered number \n31542R  \n \n1 \n \nSuffolk’s Libraries IPS \n"
           "The Industrial & Provident Society Limited enabling county-wide library services supported by Suffolk "
           "County Council \n \n \n \nOPEN BOARD MEETING MINUTES    \nTitle of Meeting Suffolk Libraries IPS - Board "
           "Meeting \nDate 24th September 2015 \nPlace Meeting Room, Bury Library \nTime 11.15am – 1.15pm \n"
           "Attendees Tony Brown (Chair), Sylvia Knights (Vice Chair), Anne Mallalieu, Alison \nWheeler (General "
           "Manager), Sue Buck, Jonathan Ogden (Honorary \nSecretary)\n\n"
           "1.\nElection of Chair, Vice Chair and Honorary Secretary and Co-options\n"
           "The vote for these positions was conducted during the closed session with the results announced at the "
           "beginning of this meeting.\n"
           "For the period of 2015/16, until the first Board meeting after the AGM in 2016, the Board roles are as "
           "follows:\n• Chair – Tony Brown • Vice-Chair – Sylvia Knights • Honorary Secretary – Jonathan Ogden\n")
IPIB = ("# IOWA PUBLIC INFORMATION BOARD\n\n- July 21, 2022\n\n## Unapproved Minutes\n\n"
        "The Board met on July 21, 2022 for its monthly meeting at 1:03 p.m. in person and by conference call in the "
        "2nd floor N/S Conference Room in the Wallace Building with the following members participating: Daniel "
        "Breitbarth, Des Moines; Joan Corbin, Pella (arrived at 1:07); E. J. Giovannetti, Urbandale; Barry Lindahl, "
        "Dubuque; Monica McHugh, Zwingle; Julie Pottorff, Des Moines; Jackie Schmillen, Urbandale.\n\n"
        "## Items Discussed\n\n- Board Chair – Pottorff offered brief remarks.\n- IPIB Board Elections -\n"
        "    - McHugh nominated Julie Pottorff to serve as the Chair of the IPIB for another year.  Giovannetti "
        "seconded the nomination.  Pottorff was selected by a unanimous vote of the Board.\n"
        "    - Pottorff nominated Monica McHugh to serve as the Vice-Chair of the IPIB for another year.  Giovannetti "
        "seconded the nomination.  McHugh was selected by a unanimous vote of the Board.\n")


def test_legal_form_synthetic_a_body_is_named_without_its_legal_form_or_owners_mark() -> None:
    assert authority_core("Westvale’s Libraries IPS") == "Westvale’s Libraries"
    assert authority_core("Acme Leisure Trust Ltd.") == "Acme Leisure Trust"
    assert names_authority("Who chaired the Westvale Libraries board?", "Westvale’s Libraries IPS")
    assert names_authority("Who chaired Westvale's Libraries in 2015?", "Westvale’s Libraries IPS")
    assert not names_authority("Who chaired the Eastmoor board?", "Westvale’s Libraries IPS")
    # (a place whose name holds the mark is named as printed)
    assert names_authority("What did King's Lynn and West Norfolk decide?", "King's Lynn and West Norfolk Borough Council")
    # (a mark that ends a name is no owner's mark inside it: "St John's" is not "St John")
    assert not names_authority("What did St John Ambulance report?", "St John's Parish Council")


def test_legal_form_synthetic_a_question_across_it_gets_a_statement_for_each(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westvale/2015-09-24_board_minutes.txt": WESTVALE,
                               "eastmoor/2022-07-21_minutes.txt": EASTMOOR},
                    "Who chaired the Westvale Libraries board for 2015/16, and who was elected Chair of Eastmoor "
                    "Parish Council in July 2022?")
    assert not ans.abstained, ans.warnings
    assert "Martin Hale" in ans.answer and "Joan Tull" in ans.answer, ans.answer
    assert {c.authority for c in ans.citations} >= {"Westvale’s Libraries IPS", "Eastmoor Parish Council"}
    # (in the order the question names them)
    assert ans.answer.index("Martin Hale") < ans.answer.index("Joan Tull")


def test_legal_form_real_suffolk_libraries_and_the_iowa_board(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"suffolk-libraries/2015-09-24_open_board_minutes.txt": SUFFOLK,
                               "iowa-ipib/2022-07-21_board_minutes.md": IPIB},
                    "Who chaired the Suffolk Libraries board for 2015/16, and who chaired the Iowa Public "
                    "Information Board from July 2022?")
    assert not ans.abstained, ans.warnings
    assert "Chair – Tony Brown" in ans.answer and "nominated Julie Pottorff to serve as the Chair" in ans.answer, \
        ans.answer
    assert ans.answer.index("Tony Brown") < ans.answer.index("Julie Pottorff")
    assert {c.authority for c in ans.citations} >= {"Suffolk’s Libraries IPS", "Iowa Public Information Board"}

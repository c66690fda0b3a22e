"""A part of a question that asks only where its meeting was held ("... and where was that meeting held?") has no
words of its own to find: it is answered by the lead meeting's title block when that states the place, read as a
table without its colons ("Date 10th September 2015 Place The Cookhouse, Suffolk Food Hall Time 6.30pm"), and the
title block is read though the search did not bring it. The real passage (Suffolk Libraries' AGM minutes of 10
September 2015, both pages) is from outside ``../shared/corpus`` and is held here as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.around import title_blocks
from minutes_rag.answer.formality import asks_where_met
from minutes_rag.answer.places import states_place
from minutes_rag.answer.scoring import Stats
from minutes_rag.types import Hit

from .conftest import ask_texts

WESTVALE = ("Registered Office: Central Library, Market Street, Westvale WV1 2AB Registered charity number 1180042\n"
            "1\nWestvale Libraries Trust\nThe charitable trust running the library service for Westvale Borough\n\n"
            "AGM MINUTES\nTitle of Meeting WLT - AGM\nDate 12th September 2019\n"
            "Place The Boathouse, Westvale Quay, Westvale\nTime 6.30pm - 8pm\nAttendees Directors, Members and Staff "
            "of the trust (for a full list of attendees, please contact the Clerk to the Board at the office)\n\n"
            "1. Welcome\nThe Chair welcomed the members and staff to Westvale Libraries Trust's fifth Annual General "
            "Meeting and was delighted that 20 out of the 21 libraries were represented.\n\n"
            "2. Apologies for Absence\nApologies were received from the Friends of Eastmoor Library, the Friends of "
            "Northby Library, the county's Head of Culture and two former board members.\n\n"
            "3. Accounts 2018/19\nThe accounts for 2018/19 were presented by the Treasurer and approved. There were "
            "no questions. Proposer: Ann Reed. Seconder: Tom Hale.\n\n"
            "4. Guest Speaker\nMaria Stone, Author, gave a talk on the place of reading rooms in village life and on "
            "her own first library card. She thanked the volunteers of Westvale Libraries Trust.\n\n"
            "5. Closing Remarks\nThe Chair thanked the members for their attendance and declared the meeting closed.\n")


def test_meeting_place_synthetic_a_title_tables_place_is_stated() -> None:
    assert states_place("Date 12th September 2019 Place The Boathouse, Westvale Quay Time 6.30pm")
    assert states_place("Location: Westvale Library")
    # (a place named in running text, or a date's field alone, states no meeting's place)
    assert not states_place("Date 12th September 2019 Time 6.30pm")
    assert not states_place("The place of reading rooms in village life was discussed.")


def test_meeting_place_synthetic_a_meeting_asked_of_not_a_thing() -> None:
    assert asks_where_met("and where was that meeting held?") and asks_where_met("Where did it hold its AGM?")
    assert not asks_where_met("Where are the CCTV recordings held?")
    assert not asks_where_met("Where is the data held and for how long?")
    assert not states_place("Date Valid 01/02/2024 Location Land at Mill Lane")


def _hit(doc: str, n: int) -> Hit:
    return Hit(rank=1, score=1.0, chunk_id=f"{doc}:{n:05d}:x", doc_id=doc, source=f"{doc}.txt", pages=[1],
               authority=None, committee=None, meeting_date=None, item_number=None, item_title=None, kind="minutes",
               text=f"Chunk {n} of the minutes {doc}.")


def test_meeting_place_synthetic_the_title_block_is_fetched_for_a_hit_near_it() -> None:
    def prev(h: Hit) -> Hit | None:
        n = int(h.chunk_id.split(":")[1])
        return _hit(h.doc_id, n - 1) if n > 0 else None

    stats = Stats(n_chunks=100, doc_freq=lambda t: 1, prev_chunk=prev)
    near, far, first = _hit("a", 2), _hit("b", 9), _hit("c", 0)
    got = title_blocks("Who spoke, and where was that meeting held?", [near, far, first], [near, far, first], stats)
    # (the first chunk of a document whose hit is near its start; not one deep in its pack, nor one already found)
    assert [h.chunk_id for h in got] == ["a:00000:x"]
    assert title_blocks("Who spoke at the meeting?", [near], [near], stats) == []


def test_meeting_place_synthetic_where_that_meeting_was_held(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"2019-09-12_agm_minutes.txt": WESTVALE},
               "Who was the guest speaker at Westvale Libraries Trust's 2019 annual general meeting, and where was "
               "that meeting held?")
    assert not ans.abstained, ans.warnings
    assert "Maria Stone" in ans.answer and "The Boathouse" in ans.answer, ans.answer


def test_meeting_place_real_suffolk_libraries_2015_agm(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"suffolk-libraries/agm/2015-09-10_agm_minutes.txt": AGM},
               "Who was the guest speaker at Suffolk Libraries' 2015 annual general meeting, and where was that "
               "meeting held?")
    assert not ans.abstained, ans.warnings
    assert "Joanna Trollope" in ans.answer and "The Cookhouse, Suffolk Food Hall" in ans.answer, ans.answer


AGM = (
    'Registered Office: County Library, Northgate Street, Ipswich IP1 3DE Registered in England by the FCA, registered number\n'
    '31542R\n'
    '\n'
    '1\n'
    'Suffolk’s Libraries IPS\n'
    'The Industrial & Provident Society Limited enabling county-wide library services supported by Suffolk County Council\n'
    '\n'
    'ANNUAL GENERAL MEETING MINUTES\n'
    'Title of Meeting Suffolk’s Libraries IPS Ltd. - AGM\n'
    'Date 10th September 2015\n'
    'Place The Cookhouse, Suffolk Food Hall, Wherstead, Ipswich, Suffolk\n'
    'IP9 2AB\n'
    'Time 6.30pm – 7.45pm\n'
    'Attendees Directors, Members and Staff of Suffolk Libraries\n'
    '(for a full list of attendees, please contact Nikki Sturmey at\n'
    'nikki.sturmey@suffolklibraries.co.uk)\n'
    '\n'
    '1.\n'
    '\n'
    'Welcome\n'
    '\n'
    'The Chair welcomed the members, staff and other interested parties to Suffolk Libraries’\n'
    'third Annual General Meeting and remarked that he was delighted that 43 out of the 44\n'
    'libraries were represented.\n'
    '\n'
    '2.\n'
    '\n'
    'Apologies for Absence\n'
    '\n'
    'Deborah Cadman – SCC, Marion Harvey – Ipswich County Library, Sue Charteris –\n'
    'Equal Value, David Thomas Friends of Halesworth Library, Charlotte Clark – Southwold\n'
    'Library, Ali Hopkins – Halesworth Library, Lynne Walker – ex-board member, Peter\n'
    'Aldous – MP for Waveney, James Cartlidge – MP for South Suffolk, Chris Fardon – Arts\n'
    'Council, Jenny Peachey – Carnegie Trust, Jimmy Jewell – Elmswell Library Friends,\n'
    'Clara Eastell – Society of Chief Librarians, Dr. Daniel Poultor – MP for Central Suffolk\n'
    'and North Ipswich, Ed Vaisey – Minister fir Culture and Communications, Peter Bernard\n'
    '– Eye Library Friends, Di Humphrey – Friends of Lowestoft Library, Rachel Wood –\n'
    'Friends of Newmarket Library, Becky Brooks – Friends of Oulton Broad Library, Bob\n'
    'Jardine – Saxmundham Library Friends, Chris Bally - Suffolk County Council, Ben\n'
    'Gummer – MP for Ipswich\n'
    '\n'
    '3.\n'
    '\n'
    'Minutes\n'
    '\n'
    'The minutes from the AGM 2014 were accepted as a true account of discussions.\n'
    '\n'
    '4.\n'
    '\n'
    'Annual Report\n'
    '\n'
    'Tony Brown (Chair) gave a speech in which he read excerpts from two customer letters\n'
    'complimenting Suffolk Libraries for their service. He praised staff on their success in\n'
    'embedding new ways of working after leaving Suffolk County Council. He also thanked\n'
    'community groups and stated that the board and community team want to support all\n'
    'groups in recruiting and maintaining their numbers and their energy.\n'
    '\n'
    'Alison Wheeler (General Manager) thanked Suffolk Libraries staff for their hard work\n'
    'since divesting from Suffolk County Council three years ago. She also quoted the recent\n'
    'staff survey. She thanked the community groups for their fundraising efforts; she spoke\n'
    'of Suffolk Libraries sharing their successes to assist other library services in moving Registered Office: County Library, Northgate Street, Ipswich IP1 3DE Registered in England by the FCA, registered number\n'
    '31542R\n'
    '\n'
    '2\n'
    'forward. She concluded by stating that the future will be focused on continuing the\n'
    'Suffolk Libraries services and thanking the board for their guidance and advice.\n'
    '\n'
    '5.\n'
    '\n'
    'Accounts 2014/15\n'
    '\n'
    'Jonathan Ogden (Honorary Secretary) presented a speech detailing the struggle Suffolk\n'
    'Libraries faced at the beginning of the financial year. He commented on the success\n'
    'Suffolk Libraries had in breaking even after funding cuts and beginning the year with a\n'
    'deficit. There were no questions and the accounts were accepted and approved.\n'
    '\n'
    'Proposer: Sylvia Knights (Bungay Library)\n'
    'Seconder: Sue Buck (Long Melford Library)\n'
    '\n'
    '6.\n'
    '\n'
    'Appointment of Auditor\n'
    '\n'
    'The nominated members were asked to consider the appointment of Larking Gowen as\n'
    'the society’s auditor for the ensuing year. The appointment was agreed.\n'
    '\n'
    'Proposed: Sylvia Knights (Bungay Library)\n'
    'Seconded: Anne  Mallalieu (Glemsford Library)\n'
    '\n'
    '7.\n'
    '\n'
    'Announcement of the election of 2 Suffolk Libraries IPS Ltd Board Members\n'
    '\n'
    'The following Directors were voted in by the society membership:\n'
    '\n'
    'Tony Brown (Beccles)\n'
    'Jonathan Ogden (Kesgrave)\n'
    '\n'
    'All nominees were thanked for their interest in becoming a Director.\n'
    '\n'
    '8.\n'
    '\n'
    'Guest Speaker\n'
    '\n'
    'Joanna Trollope, Author, gave a passionate speech on her personal view of the\n'
    'importance of Libraries in today’s society as not just a place of learning but a safe haven\n'
    'for the vulnerable. She gave an overview of her role on last year’s committee in\n'
    'conducting a public review of the nation’s library services. She concluded by\n'
    'complimenting Suffolk Libraries as the blueprint that the nation should follow.\n'
    '\n'
    '9.\n'
    '\n'
    'Closing Remarks\n'
    '\n'
    'The Chair thanked the members for their attendance and declared the meeting closed.\n'
    '\n'
)

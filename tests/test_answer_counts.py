"""A question asking how many of a thing is answered by a count of that thing: "67 total rooms" for "how many rooms
does the hotel have?", a number with the noun asked just after it, though the sentences around it share more of the
question's words and count nothing. The real passage (Mountain View's report of 26 January 2021 on the Crestview
Hotel, pages 1, 2, 4 and 5) is from outside ``../shared/corpus`` and is held here as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.counts import counted_things, counts

from .conftest import ask_texts

WESTVALE = ("WESTVALE TOWN COUNCIL\nReport to the Housing Committee, 12 March 2024\n\n"
            "TITLE: Purchase of the Riverside Hotel for temporary housing\n\n"
            "The owner of the Riverside Hotel asked whether the council would buy the hotel. The following is a "
            "summary of the hotel:\n\n• Built in 1972.\n\n• 48 total rooms:\n\n— 40 single rooms.\n\n"
            "— 8 family rooms.\n\n• 30 parking spaces.\n\n"
            "Renovation of the Riverside Hotel. The council does not have the money to buy the hotel, but it holds "
            "about $2.1 million of housing grant that could pay for renovating the Riverside Hotel rooms.\n\n"
            "FISCAL IMPACT\n\nStaff recommend using up to $2.1 million of housing grant for the renovation of the "
            "Riverside Hotel rooms once the hotel has been bought.\n")


def test_counts_synthetic_what_a_question_counts() -> None:
    assert counted_things("How many rooms does the hotel have, and how much will it cost?") == {"room"}
    assert counted_things("How many committee members does it take to call a meeting?") == {"member"}
    assert counted_things("How many permanent SEND places will it create?") == {"place"}
    assert counted_things("How much did the council spend?") == frozenset()
    rooms = counted_things("How many rooms does the hotel have?")
    assert counts("• 67 total rooms:", rooms) and counts("it has 12 family rooms", rooms)
    # (a number that counts something else, or a year before the noun, is no count of it)
    assert not counts("the rooms are 300 square feet", rooms) and not counts("In 2021 rooms were painted", rooms)
    members = counted_things("How many members does it take?")
    assert counts("three members may call a special meeting", members)
    for text in ("On 12 May members agreed", "Item 5 Members' declarations", "Minute 45 members noted",
                 "One of the members asked"):  # (a date's day, an item's number, one of several)
        assert not counts(text, members), text
    # (what is counted is the noun, not the verb after it)
    assert counted_things("How many people spoke at the hearing?") == {"peopl"}
    assert counted_things("and how many members dissented?") == {"member"}


def test_counts_synthetic_the_count_of_the_thing_asked_is_quoted(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"2024-03-12_report.txt": WESTVALE},
               "How many rooms does the Riverside Hotel have, and how much housing grant did staff propose for "
               "renovating it?")
    assert not ans.abstained, ans.warnings
    assert "48 total rooms" in ans.answer and "$2.1 million" in ans.answer, ans.answer


def test_counts_real_the_crestview_hotels_rooms(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"mountain-view/2021-01-26 hotel acquisition opportunity.txt": CRESTVIEW},
               "How many rooms does the Crestview Hotel in Mountain View have, and how much federal CDBG/HOME money "
               "did staff propose for renovating it?")
    assert not ans.abstained, ans.warnings
    assert "67 total rooms" in ans.answer and "3.7 million" in ans.answer, ans.answer


CRESTVIEW = (
    'DATE:\n'
    '\n'
    'January 26, 2021\n'
    'CATEGORY:\n'
    '\n'
    'New Business\n'
    'DEPT.:\n'
    '\n'
    'Community Development\n'
    '\n'
    'TITLE: Hotel Acquisition Opportunity to\n'
    'Address Housing Needs\n'
    '\n'
    'RECOMMENDATION\n'
    '\n'
    'That the City Council direct staff to work with the County of Santa Clara to facilitate the\n'
    'acquisition and rehabilitation of Crestview Hotel, located at 901 East El Camino Real, to\n'
    'meet various housing needs, such as for persons experiencing or at risk of homelessness\n'
    'and/or for displaced tenants.\n'
    '\n'
    'BACKGROUND\n'
    '\n'
    'In October 2021, the owner of Crestview Hotel at 901 East El Camino Real contacted staff\n'
    'about whether the City might have interest in acquiring the hotel to help meet various\n'
    'housing needs.  The idea came to the owner because he heard about the State ’s Project\n'
    'HomeKey program and the City’s joint project currently under  way with LifeMoves.\n'
    'Although the application period to the State program had already closed, staff conveyed\n'
    'to the owner that a hotel acquisition could align with and support the City’s efforts\n'
    'regarding homelessness response and addressing tenant displacement.\n'
    '\n'
    'After the initial discussion with the owner, staff conducted a preliminary eva luation\n'
    'regarding the opportunity.  Additionally, given the City’s existing affordable housing\n'
    'project pipeline and limited housing funds available , staff held discussions with the\n'
    'County about a potential partnership, and the County is very interested.\n'
    '\n'
    'The following is a summary description of the hotel:\n'
    '\n'
    '• Built in 1985.\n'
    '\n'
    '• 67 total rooms:\n'
    '\n'
    '— 53 one-room suites (280 to 300 square feet each).\n'
    '\n'
    'Hotel Acquisition Opportunity to Address Housing Needs\n'
    'January 26, 2021\n'
    'Page 2 of 6\n'
    '\n'
    '— 13 two-room suites (450 to 500 square feet each).\n'
    '\n'
    '— One manager’s suite (1,100 square feet).\n'
    '\n'
    '• All rooms are served by interior corridors.\n'
    '\n'
    '• Includes six retail pads at approximately 1,000 square feet per pad.\n'
    '\n'
    '• 80+ parking spaces for hotel and retail.\n'
    '\n'
    '• Rehabilitation/Renovation of the Crestview Hotel.  While the City does not have\n'
    'sufficient funding to acquire the ho tel, it does have approximately $3. 7 million in\n'
    'Federal Community Development Block Grant (CDBG) and HOME Investment\n'
    'Partnership (HOME) funds that are available for  projects, such as\n'
    'rehabilitating/renovating Crestview Hotel.\n'
    '\n'
    'The owner has stated he had recently comple ted cosmetic renovations in the hotel\n'
    'and room interiors.\n'
    'FISCAL IMPACT\n'
    '\n'
    'Staff recommends using up to $3. 7 million in available CDBG/HOME funds for the\n'
    'rehabilitation/renovation of Crestview Hotel.  The County still needs to successfully\n'
    'negotiate and acquire the site, and an estimate of the rehabilitation/renovation scope of\n'
    'work and costs still needs to be determined.   If the cost of the rehabilitation/renovation\n'
    'is less than $3.7 million, the remaining funds may be used for other projects.\n'
    '\n'
)

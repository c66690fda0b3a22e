"""A count of people answers a question after a count of guests (or attendees, visitors...): "We are expecting 200
people" for "how many guests did it plan for?"; and a count printed after its label, as a list or a form prints it
("Guests 137 signed"), counts what the label names. A part asking where money came from is answered by a sentence
naming a donation, a contribution or a trust it came from.

The real passages are from outside ``../shared/corpus`` and are held here as text: the Louisa County (Virginia)
Commission on Aging's minutes of 4 December 2019 and 7 January 2020, and Garelochhead Community Council's minutes of
19 January 2021 (their sources are in ``eval/ext20/SOURCES.md`` and ``eval/ext28/SOURCES.md``). One more is read from
the corpus: Limerick's minutes of 27 November 2023."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.counts import counted_things, counts
from minutes_rag.answer.parts import part_type

from .conftest import CORPUS, ask_texts

GUESTS = counted_things("How many guests did the commission plan for?")


def test_people_counts_synthetic_a_count_of_people_counts_guests() -> None:
    assert GUESTS == {"guest"}
    for text in ("We are expecting 120 people.", "some 40 attendees came", "Visitors: 350", "Guests 85 signed in"):
        assert counts(text, GUESTS), text
    # (not a count of another thing, a year after the label, a date's day, a share or a part of a number)
    for text in ("We ordered 120 cups.", "Guests 2019 list", "guests of 12 May", "Guests 40% fewer", "Guests 5.5 hours"):
        assert not counts(text, GUESTS), text
    # (the people words stand for each other only when people are counted: rooms are not people)
    assert not counts("We are expecting 120 people.", counted_things("How many rooms does the hotel have?"))
    assert counts("Rooms: 48", counted_things("How many rooms does the hotel have?"))


WESTVALE = ("WESTVALE SENIORS' FORUM\nMinutes of the meeting of 6 March 2024\n\n"
            "Spring lunch. The catering contract for the spring lunch on 20 March was given to Hill Farm Kitchen. "
            "Hill Farm Kitchen will not provide puddings. The committee discussed the raffle and agreed that the spring "
            "lunch raffle prizes would be donated by members. We are expecting 120 people. The hall will be laid out "
            "with 15 tables.\n")


def test_people_counts_synthetic_the_count_of_people_is_quoted(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"2024-03-06_minutes.txt": WESTVALE},
                    "How many guests did the Westvale Seniors' Forum plan for at its spring lunch in March 2024?")
    assert not ans.abstained, ans.warnings
    assert "120 people" in ans.answer, ans.answer


LOUISA = (
    "Commission on Aging 1\n\nDecember 4, 2019 Betty J. Queen Intergenerational Center\nThe meeting was called to "
    "order by Vice President Barbara in Jon’s absence.\nPresent: Willie Gentry, James Smith, Bob Kuhnle, Cindy Swan, "
    "Kathy Swarthout, Alex, Lillian\nTreasurer’s Report given by Lillian and accepted.\nFitz Barnes has been given the "
    "contract for catering the Holiday Luncheon on Wednesday,\nDecember 11, 2019. He will not provide desserts.\n"
    "Desserts were discussed and the consensus was that we will need 2 large sheet cakes. Kathy\nvolunteered to order "
    "these from Costco tomorrow and pick them up before the luncheon.\nA Mid-morning Snack for attendees was "
    "discussed. The bus will arrive at 10 AM although the\nluncheon won’t officially start until 11 AM. Lunch will "
    "start at 12. Willie will go to the Resource\nCouncil and see what he can get for snacks: punch makings, cheese, "
    "sweets, or nuts to be on a\ntable at the entrance. Barbara suggested small cups or small dishes on each table.\n"
    "Vendors who will be present” The Sheriff’s Office, The Resource Council, JAUNT, JABA, and\na care center\n"
    "We are expecting 200 people.\nJames said that the staff of the Betty J. Queen Center will set up 28 8’ tables "
    "(or enough tables\nand chairs to seat everyone and accommodate the vendors) on Wednesday morning in the gym.\n"
    "The Center has punch bowls.\nJames Smith said that the tables will be set up by 9 AM Wednesday morning and "
    "Commission\nmembers need to be present then to decorate.\n200 people= 28 tables and chairs, plus tables for "
    "vendors, serving, and registration.\n")


def test_people_counts_real_louisa_holiday_luncheon(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"louisa-coa/minutes/2019-12-04 minutes.txt": LOUISA},
                    "How many guests did the Louisa Commission on Aging plan for at its December 2019 holiday luncheon?")
    assert not ans.abstained, ans.warnings
    assert "200 people" in ans.answer, ans.answer
    # (the January 2020 debrief's list prints its counts after their label)
    assert counts("• Guests 137 signed. Actual count 150+", GUESTS)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_people_counts_real_limerick_twinning_delegation() -> None:
    path = (CORPUS / "limerick/2024/01/22-Full Meeting of Limerick City and County Council/Minutes - Ordinary Meeting of "
            "Limerick City and County Council - 27th November 2023.md")
    text = " ".join(path.read_text(encoding="utf-8").split())
    at = text.index("hosted a delegation of")
    passage = text[at - 120:at + 120]
    assert counts(passage, counted_things("How many visitors from Buckow did Adare host for St Patrick's Day?"))
    assert not counts(passage, counted_things("How many bands from Buckow took part in the parade?"))


FUNDS = part_type("and where did the extra money come from?")


def test_funding_synthetic_a_donation_says_where_money_came_from() -> None:
    assert FUNDS is not None
    for text in ("The £250 donation from the Westvale Rotary Club was received.",
                 "A grant of £5,000 from the lottery was paid in.", "It was met by contributions from members.",
                 "The money came from the Westvale Village Trust."):
        assert FUNDS(text), text
    for text in ("The trust met on Monday.", "Members made a donation."):  # (no source named)
        assert not FUNDS(text), text


def test_funding_real_garelochhead_benevolent_trust() -> None:
    assert FUNDS is not None
    assert FUNDS("Many thanks to Cllr Freeman and Margaret Stratton for the £500 donation from the winding up of the "
                 "Gibson Benevolent Trust. The funds will be set aside to cover costs associated with Xmas lights in the "
                 "future.")
    assert not FUNDS("Account balance £4,475.57")


def test_people_counts_synthetic_labels_that_number_things() -> None:
    # (a thing's number, an age or a span is no count of it)
    for question, text in (("How many items were deferred?", "Item 5 was deferred to the next meeting."),
                           ("How many units are vacant?", "Unit 12 is currently vacant."),
                           ("How many people can attend?", "The event is open to people 18 and over."),
                           ("How many guests came?", "Attendees 65 or older receive a discount."),
                           ("How many participants spoke?", "Participants 10 minutes each")):
        assert not counts(text, counted_things(question)), text

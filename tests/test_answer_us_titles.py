"""American minutes name their members by other titles: "Councilmember Cohen", "Council Member Ortiz", "Alderman
Burnett", "Supervisor Kibbey", "Trustee Lowe". A question after "which San José councilmember" asks who (a name
before the title, as "which Tintern councillor" does), and a sentence naming a councilmember names a person.
Synthetic: a made-up city clerk's memo; real: San José's City Clerk memo for 24 August 2021 with Councilmember
Cohen's memo on three dumpster days (pages 1-2 as pypdf extracts them, from outside ``../shared/corpus``, held here
as text)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import PERSON_S, WHO_Q

from .conftest import ask_texts

WESTVALE = """TO: HONORABLE MAYOR AND CITY COUNCIL FROM: City Clerk
SUBJECT: Approval of Three Cleanup Days Sponsored by Council District 2 DATE: June 1, 2022
Recommendation
(a) Approve the Elm Park Cleanup Day scheduled on June 18, 2022 as a City Council sponsored Special Event and approve
the expenditure of funds;
(b) Approve the Riverside Cleanup Day scheduled on July 9, 2022 as a City Council sponsored Special Event and approve
the expenditure of funds;
(c) Approve the Oak Grove Cleanup Day scheduled on August 6, 2022 as a City Council sponsored Special Event and
approve the expenditure of funds;
(d) Approve and accept donations from various individuals, businesses, or community groups to support the events.
BACKGROUND On March 1, 2005, the City Council adopted a resolution which requires Councilmembers to submit a
memorandum to the Rules Committee regarding proposed City Council sponsored Special Events and the proposed use of
any funds.
The Elm Park Cleanup Day will be held on Saturday, June 18, 2022 on Elm Drive; the Riverside Cleanup Day will be held
on July 9 on River Way; and the Oak Grove Cleanup Day will be held on Aug. 6 on Oak Lane.
The three events are sponsored by Councilmember Ortiz.
These special events give residents a chance to dispose of bulky items safely.
"""


def test_us_titles_ask_and_name_a_person() -> None:
    assert WHO_Q.search("Which San José councilmember sponsored the Brooktree Neighborhood Dumpster Day?")
    assert WHO_Q.search("Which Lincoln Township trustee moved the motion?")
    assert not WHO_Q.search("Which planning application did the councilmember object to?")
    assert PERSON_S.search("The three events are sponsored by Councilmember Cohen.")
    assert PERSON_S.search("A motion by Supervisor Kibbey, seconded by Trustee Lowe, carried.")


def test_us_titles_synthetic_the_sponsoring_councilmember(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westvale-city-council/reports/2022-06-14 cleanup days memo.txt": WESTVALE},
                    "Which Westvale councilmember sponsored the Elm Park Cleanup Day, and on what date was it held?",
                    explain=True)
    assert "Councilmember Ortiz" in ans.answer and "June 18, 2022" in ans.answer, ans.answer
    # (the sponsor's sentence is weighed as naming who: above the other events' approvals)
    score = {s["text"][:20]: s["score"] for s in (ans.explain or {})["sentences"]}
    assert score["The three events are"] > max(score["(b) Approve the Rive"], score["(c) Approve the Oak "]), score


def test_us_titles_real_san_jose_dumpster_days(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"san-jose-city-council/reports/2021-08-24 item 2.10 district 4 dumpster days memo.txt":
                               SAN_JOSE},
                    "Which San José councilmember sponsored the Brooktree Neighborhood Dumpster Day, and on what date "
                    "was it held?")
    assert "Councilmember Cohen" in ans.answer and "21, 2021" in ans.answer, ans.answer


SAN_JOSE = (
    'TO: HONORABLE MAYOR AND FROM: Toni J. Taber, CMC \n'
    'CITY COUNCIL  City Clerk \n'
    'SUBJECT: SEE BELOW DATE: August 24, 2021 \n'
    'SUBJECT:  Approval of Three Dumpster Days Sponsored by Council District 4 as City \n'
    'Council Sponsored Special Events to Expend City Funds and \n'
    'Accept Donations of Materials and Services for the Events \n'
    'Recommendation \n'
    'As recommended by the Rules and Open Government Committee on August 18, 2021: \n'
    '(a) Retroactively Approve the Brooktree Neighborhood Dumpster Day scheduled on August 21, \n'
    '2021 as a City Council sponsored Special Event and approve the expenditure of funds; \n'
    '(b) Approve the Vinci Park Dumpster Day scheduled on September 25, 2021 as a City Council \n'
    'sponsored Special Event and approve the expenditure of funds; \n'
    '(c) Approve the Flickinger Neighborhood Dumpster Day scheduled on October 16, 2021 as a \n'
    'City Council sponsored Special Event and approve the expenditure of funds; and \n'
    '(d) Approve and accept donations from various individuals, businesses, or community groups to \n'
    'support the event. \n'
    'CEQA: Not a Project, File No. PP17-011, Temporary Special Events resulting in no changes to \n'
    'the physical environment. (Cohen) \n'
    '[Rules Committee referral 8/18/2021 - Item G.1.a] \n'
    'COUNCIL AGENDA: 8/24/2021 \n'
    'ITEM: 2.10 \n'
    'FILE NO: 21-1904 \n'
    'RULES COMMITTEE AGENDA: 8/18/2021\n'
    'ITEM: G.1.a \n'
    'TO:  HONORABLE MAYOR AND \n'
    'CITY COUNCIL \n'
    'FROM: Councilmember Cohen \n'
    'District 4 \n'
    'SUBJECT:  SEE BELOW DATE: Aug. 5, 2021 \n'
    'APPROVED:  \n'
    'SUBJECT: APPROVAL OF THREE DUMPSTER DAYS SPONSORED BY COUNCIL \n'
    'DISTRICT 4 AS A CITY COUNCIL SPONSORED SPECIAL EVENT TO \n'
    'EXPEND CITY FUNDS AND ACCEPT DONATIONS OF MATERIALS \n'
    'AND SERVICES FOR THE EVENT \n'
    'RECOMMENDATION \n'
    '1. Approve the Brooktree Neighborhood Dumpster Day scheduled for Saturday, Aug. 21, 2021\n'
    'as a City Council sponsored Special Event and approve the expenditure of funds.\n'
    '2. Approve the Vinci Park Dumpster Day scheduled for Saturday, Sept. 25, 2021 as a City\n'
    'Council sponsored Special Event and approve the expenditure of funds.\n'
    '3. Approve the Flickinger Neighborhood Dumpster Day scheduled for Saturday, Oct. 16, 2021\n'
    'as a City Council sponsored Special Event and approve the expenditure of funds.\n'
    '4. Approve and accept donations from various individuals, businesses or community groups to\n'
    'support the event.\n'
    '5. Place the items on the Tuesday, Aug. 24, 2021 Council Agenda for action.\n'
    'BACKGROUND \n'
    'On February 1, 2005, the City Council adopted Resolution 72517 which requires \n'
    'Councilmembers to submit a memorandum to the Rules Committee regarding proposed City \n'
    'Council sponsored Special Events and the proposed use of any funds. \n'
    'The Brooktree Neighborhood Dumpster Day will be held on Saturday, Aug. 21, 2021 on \n'
    'Fallingtree Drive; the Vinci Park Dumpster Day will be held on Sept. 25 on Vinci Park Way; and \n'
    'the Flickinger Dumpster Day will be held on Oct. 16 on Ulster Drive. The three events are \n'
    'sponsored by Councilmember Cohen. These special events provide residents with an opportunity \n'
    'to bring a wide array of items to dispose of safely and conveniently. The events are free and open \n'
    'to the public, and will follow all appropriate local public health rules. \n'
)

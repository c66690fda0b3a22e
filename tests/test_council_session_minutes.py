"""Minutes of a city council's regular sessions, as many US councils write them:

- a vote is recorded in the motion's sentence ("... seconded the motion and passed by a vote of 5-2, with Ms. Biggs
  and Ms. Maddox voting no"; "failed by a vote of 4-5");
- a vote is quoted with the motion it carries, and "by what margin?" asks for it; "by which ordinance?" asks the
  number of the ordinance the quoted item adopts, not another item's ("Ordinance No. 4458" of the budget);
- a consent agenda lists its lettered items in one paragraph ("... $708,124.70. c) Payroll Register ... d)
  Appointments: Mayor Schmidt appointed Naren Patel to the CVB Board."): each is a sentence, and a lettered label
  that goes on to state something is no heading;
- an item's title names the year its business is for ("2026 Budget Ordinance No. 4458"): a meeting in 2025 that
  adopts it answers a question about the 2026 budget;
- a meeting's date is written the way its authority's documents write dates ("May 5, 2025").

The real passages are from the City of Great Bend (Kansas) council's 2025 minutes (from outside
``../shared/corpus``; their source is in ``eval/ext30/SOURCES.md``), held here as the library reads them."""

from __future__ import annotations

from minutes_rag.answer.cues import looks_like_heading
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.parse.votes import bare_tally, votes
from minutes_rag.text import sentences
from minutes_rag.types import Hit


def _hit(text: str, n: int, date: str, authority: str = "Eastbrook City Council", item_title: str | None = None,
         source: str = "", doc: str = "", item: str | None = None) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"{doc or f'd{n}'}:{n:05d}", doc_id=doc or f"d{n}",
               source=source or f"minutes-{date}.pdf", pages=[1], authority=authority, committee=None,
               meeting_date=date, item_number=item, item_title=item_title, kind="minutes", text=text)


def test_vote_of_synthetic_counts_in_the_motions_sentence() -> None:
    won = bare_tally("Ms. Lee seconded the motion and it passed by a vote of 6-3, with Mr. Hart voting no.")
    assert won is not None and (won.for_, won.against, won.outcome) == (6, 3, "carried")
    lost = bare_tally("Mr. Hart seconded the motion and failed by a vote of 4 to 5.")
    assert lost is not None and (lost.for_, lost.against, lost.outcome) == (4, 5, "lost")
    assert bare_tally("The budget passed by a vote of the council in 2024-25.") is None
    assert bare_tally("The plan was approved by a count of the residents on 12-03-2025.") is None
    # (another body's vote told in passing, and a share, are no vote of this meeting's)
    assert bare_tally("The ordinance, which the Planning Commission approved by a vote of 5-2 in March, was denied.") is None
    assert bare_tally("Mr. Hart noted the bond measure passed by a margin of 52 to 48 percent.") is None
    # (a defeat's larger count is against it; a unanimous vote and an abstention are kept)
    beaten = bare_tally("The motion was defeated by a vote of 5-2.")
    assert beaten is not None and (beaten.for_, beaten.against, beaten.outcome) == (2, 5, "lost")
    assert (u := bare_tally("The motion was carried unanimously by a vote of 7-0.")) is not None and u.unanimous
    assert (a := bare_tally("The motion carried by a vote of 5-2, with 1 abstention.")) is not None and a.abstain == 1


def test_vote_of_real_great_bend_front_door() -> None:
    text = ("Mr. Soupiset made a motion to move forward with a request for proposals for a daycare facility. Mr. "
            "Soupiset seconded the motion and failed by a vote of 4-5, with Mr. Moeder, Mr. Urban, Ms. Maddox, Mr. "
            "Parr and Mayor Schmidt voting no.")
    recorded = votes(text)
    assert [(v.counts.for_, v.counts.against, v.counts.outcome) for v in recorded] == [(4, 5, "lost")]


SOLAR = ("7. Solar Regulations : Ms. Biggs addressed the Governing Body about the Solar Regulations and why she voted "
         "no at the previous meeting to the regulations. Ms. Biggs requested that we do have some regulations "
         "concerning solar farms but requests the council to make the regulation a 2000 foot setback from "
         "properties instead of 1000 foot setback from properties. Mr. Moeder stated that the people who own these "
         "properties should be able to do what they want with their property. After much discussion from other "
         "councilmembers on what the setback should be, Mr. Moeder made a motion to adopt the original Ordinance "
         "4451, with the 1000 foot setback. The motion was seconded by Mr. Urban and passed by a vote of 5-2, with "
         "Ms. Biggs and Ms. Maddox voting no.")
ADJOURNED = ("ADJOURNMENT\nMr. Moeder made a motion that the meeting be adjourned. The motion was seconded by Mr. "
             "Soupiset and passed with all voting in favor.")


def test_vote_part_synthetic_the_motion_quoted_with_its_vote() -> None:
    hits = [_hit("5. Hedge Heights : Mr. Hart asked the council to cap hedges on corner lots at four feet instead of "
                 "six feet so that drivers can see oncoming traffic. Ms. Lee said owners should decide for themselves. "
                 "Mr. Cole said the county allows six feet. Ms. Ford asked about fences. After much discussion on what "
                 "the cap should be, Ms. Lee made a motion to adopt Ordinance 812 with the six foot cap on hedges. The "
                 "motion was seconded by Mr. Cole and passed by a vote of 6-3, with Mr. Hart voting no.", 1, "2025-02-03")]
    ans = answer_extractive("Did the council agree to cap the height of hedges on corner lots, and by what margin?", hits)
    assert "6-3" in ans.answer and "Ordinance 812" in ans.answer, ans.answer


def test_vote_part_real_great_bend_solar_setback() -> None:
    hits = [_hit(SOLAR, 1, "2025-01-06", "City of Great Bend"), _hit(ADJOURNED, 2, "2025-01-06", "City of Great Bend")]
    ans = answer_extractive("At its first meeting of 2025, what setback for large solar farms did Great Bend's council "
                            "settle on, and what was the vote?", hits)
    assert "5-2" in ans.answer and "Ordinance 4451" in ans.answer and "adjourned" not in ans.answer, ans.answer


MARKINGS = ("Staff is currently researching the problem to see what other paint is available that does not have this "
            "issue and possibly try to get the paint that Roadsafe uses.\nWith the safety concerns, Ms. Biggs made a "
            "motion to approve the quote from Venture Corporation for additional pavement markings on 10 th Street for "
            "$59,312.19.\nMs. Maddox seconded the motion and passed by a vote of 5-3, with Mr. Urban, Mr. Jimenez, and "
            "Mr. Parr voting no.")


def test_vote_part_real_great_bend_pavement_markings_margin() -> None:
    hits = [_hit("5.\nPavement Markings at the Intersections :\nAssistant City Engineer Hitha Kadiyala reported that "
                 "we have a CCLIP project commencing on May 19th, which includes pavement markings.\nSince Road Safe is "
                 "already our sub-contractor through Venture Corporation for this work, we requested a quote from them "
                 "for additional pavement markings at 10 th street intersections which came in at $59,312.19.", 1,
                 "2025-05-19", "City of Great Bend"), _hit(MARKINGS, 2, "2025-05-19", "City of Great Bend")]
    ans = answer_extractive("Did the council agree in May 2025 to pay a contractor to paint extra pavement markings on "
                            "10th Street, and by what margin?", hits)
    assert "5-3" in ans.answer, ans.answer


CONSENT = ("A. CONSENT AGENDA\na) Minutes: Minutes of the Regular Session held on February 18, 2025.\n\nb) Claim's "
           "Warrant Register 3-3-25: Covering 2025 bills to date in the amount of $708,124.70. c) Payroll Register P/R "
           "2-21-25: Covering payroll ending February 15, 2025, in the amount of $542,261.73. d) Appointments: Mayor "
           "Schmidt appointed Naren Patel to the CVB Board. e) Cinco De Mayo Parade Street Closure: Close Main Street "
           "from 19th Street to Lakin Avenue from 11:00am to 12:00pm on May 3, 2025, for the Cinco De Mayo Parade. f) "
           "Agenda: Mayor Schmidt amended the agenda adding Patrol vehicle replacement after item #7. Ms. Biggs made a "
           "motion to approve the consent agenda as amended.")


def test_lettered_items_synthetic_each_a_sentence_that_states() -> None:
    text = "b) Bills: Covering bills to date of $1,200.00. c) Appointments: Mayor Hart appointed Jo Bloggs to the Library Board."
    assert [s for _, s in sentences(text)] == ["b) Bills: Covering bills to date of $1,200.00.",
                                               "c) Appointments: Mayor Hart appointed Jo Bloggs to the Library Board."]
    assert not looks_like_heading("c) Appointments: Mayor Hart appointed Jo Bloggs to the Library Board.")
    for label in ("(a) Subject: Budget (b) Ward: (c) Declarations of interest", "(b) Ward: Central", "a) Finance: see"):
        assert looks_like_heading(label), label  # (form labels stay headings)
    ans = answer_extractive("Who did Mayor Hart appoint to the Library Board?", [_hit(text, 1, "2025-03-03")])
    assert "Jo Bloggs" in ans.answer, ans.answer


def test_lettered_items_real_great_bend_consent_agenda() -> None:
    assert "d) Appointments: Mayor Schmidt appointed Naren Patel to the CVB Board." in [s for _, s in sentences(CONSENT)]
    ans = answer_extractive("Who did Mayor Schmidt appoint to the CVB Board in March 2025?",
                            [_hit(CONSENT, 1, "2025-03-03", "City of Great Bend")])
    assert not ans.abstained and "Naren Patel" in ans.answer, ans.answer


def test_item_title_year_synthetic_answers_for_that_year() -> None:
    hits = [_hit("1. 2026 Budget Ordinance No. 88 : The clerk reported the budget work session. The budget is funded "
                 "at a mill levy of 38.250, the revenue neutral rate.", 1, "2025-08-18",
                 item_title="2026 Budget Ordinance No. 88")]
    ans = answer_extractive("What mill levy funds the city's 2026 budget?", hits)
    assert not ans.abstained and "38.250" in ans.answer, ans.warnings
    # (a year-like run of digits in an application's number is no year: "24/02026/FUL")
    hits = [_hit("The committee approved the rear extension at 4 Mill Lane.", 1, "2024-06-03",
                 item_title="24/02026/FUL - Rear extension, 4 Mill Lane")]
    assert answer_extractive("What did the planning committee decide in 2026 about the rear extension at 4 Mill Lane?",
                             hits).abstained


def test_item_title_year_real_great_bend_budget() -> None:
    text = ("1. 2026 Budget Ordinance No. 4458 : City Clerk/Finance Director Shawna Schafer reported that City "
            "Administrator, Logan Burns, presented the 2026 Operating Budget to the Governing Body at the July 14, 2025, "
            "budget work session. The budget is funded at a mill levy of 41.357, which is the calculated Revenue "
            "Neutral Rate of 41.357 certified by the County Clerk.")
    hits = [_hit(text.split(". ", 2)[2], 1, "2025-08-18", "City of Great Bend", "2026 Budget Ordinance No. 4458")]
    ans = answer_extractive("What mill levy funds Great Bend's 2026 budget?", hits)
    assert not ans.abstained and "41.357" in ans.answer, ans.warnings


def test_meeting_date_synthetic_written_as_its_authority_writes_dates() -> None:
    hits = [_hit("Public Hearing for Dangerous Structure - 12 Elm : The house burned in February. Mr. Hart made a "
                 "motion to approve Resolution 0505-A, removal of the structure at 12 Elm.", 1, "2025-05-05"),
            _hit("Eastbrook City Council\nJune 2, 2025\nREGULAR SESSION\nMinutes of the Regular Session held on May 19, "
                 "2025 were approved.", 2, "2025-06-02", source="minutes-2025-06-02-b.pdf")]
    ans = answer_extractive("On what date was the public hearing on the dangerous structure at 12 Elm held?", hits)
    assert "May 5, 2025" in ans.answer, ans.answer
    hits[1] = _hit("Eastbrook City Council\n2 June 2025\nMinutes of the meeting held on 19 May 2025 were approved.", 2,
                   "2025-06-02", source="minutes-2025-06-02-b.pdf")
    assert "5 May 2025" in answer_extractive("On what date was the public hearing on the dangerous structure at 12 "
                                             "Elm held?", hits).answer


def test_paper_number_synthetic_the_lead_items_ordinance() -> None:
    doc = "eastbrook-2025-08-18"
    hits = [_hit("8. Rezoning - 12 Mill Lane : The owners asked to rezone 12 Mill Lane from Light Industrial to "
                 "Residential so that they may rebuild their house.", 1, "2025-08-18", doc=doc, item="8",
                 item_title="Rezoning"),
            _hit("Ms. Lee made a motion to adopt Ordinance No. 76 as the 2026 Budget Ordinance. Mr. Cole seconded the "
                 "motion and passed with all voting in favor.", 2, "2025-08-18", doc=doc, item="1",
                 item_title="2026 Budget Ordinance No. 76"),
            _hit("The Planning Commission recommended approval. Ms. Ford then made a motion to adopt Ordinance Number 77 "
                 "to rezone the subject real estate. Mr. Hart seconded the motion and passed with all voting in favor.",
                 3, "2025-08-18", doc=doc, item="8", item_title="Rezoning")]
    ans = answer_extractive("What zoning did the council give 12 Mill Lane, and by which ordinance?", hits)
    assert "Ordinance Number 77" in ans.answer and "No. 76" not in ans.answer, ans.answer


def test_paper_number_real_great_bend_rezoning() -> None:
    doc = "great-bend-2025-08-18"
    hits = [_hit("8. Rezoning – 217 S US Highway 281 : City Administrator Logan Burns reported that Emily Johnson & Noah "
                 "Brown spoke at the July 28, 2025, Planning Commission meeting and requested a rezoning of property "
                 "located at 217 S US Highway 281 from LM-SC (Light Manufacturing/Service Commercial) to A "
                 "(Agriculture). This was being", 1, "2025-08-18", "City of Great Bend", doc=doc, item="8",
                 item_title="Rezoning"),
            _hit("Ms. Biggs made a motion to adopt Ordinance No. 4458 as the 2026 Budget Ordinance. Ms. Mingenback "
                 "seconded the motion and passed with all voting in favor.", 2, "2025-08-18", "City of Great Bend",
                 doc=doc, item="1", item_title="2026 Budget Ordinance No. 4458"),
            _hit("requested for Emily & Noah to rebuild the house on the subject property if an act of God were to occur "
                 "and due to financing the new house from the bank. To expand a residential use in a LM-SC zone, you "
                 "must either request a conditional use or rezone the property which is the route Emily & Noah chose. "
                 "The Planning Commission voted unanimously to recommend approval of the rezoning request to the City "
                 "Council. Ms. Biggs made a motion to adopt the findings of fact as prepared by City staff and "
                 "recommended for approval by the Planning Commission. Ms. Maddox seconded the motion and passed with "
                 "all voting in favor. Ms. Mingenback then made a motion to adopt Ordinance Number 4459 to rezone the "
                 "subject real estate from LM-SC to Agriculture. Mr. Jimenez seconded the motion and passed with all "
                 "voting in favor.", 3, "2025-08-18", "City of Great Bend", doc=doc, item="8", item_title="Rezoning")]
    ans = answer_extractive("In August 2025, what zoning did the council give the property at 217 S US Highway 281, "
                            "and by which ordinance?", hits)
    assert "4459" in ans.answer and "4458" not in ans.answer, ans.answer


def test_meeting_day_synthetic_not_the_day_it_was_adjourned_to() -> None:
    hits = [_hit("B. Clerk Appointment\nA motion was made by Ms. Lee, seconded by Mr. Cole, that the board appoint Jo "
                 "Bloggs as Clerk.\nRoll Call Vote: Aye: Lee, Cole, Hart No: None Motion carried; 3:0\nThe chair "
                 "adjourned the meeting at 9:10 pm until Saturday, October 4, 2025 at 9:00 am.", 1, "2025-10-03")]
    ans = answer_extractive("Who did the board appoint as its Clerk, and at which meeting?", hits)
    assert "Meeting October 3, 2025" in ans.answer or "Meeting 3 October 2025" in ans.answer, ans.answer


def test_meeting_day_real_los_rios_chief_counsel() -> None:
    text = ("5. ACTION\nA. Contract Officer Contracts\nThis agenda item was moved to the October 15, 2025 regular board "
            "meeting.\nB. Chief Counsel Employment Agreement\nA motion was made by Trustee Johnson, seconded by Trustee "
            "Nelson, that the Board of Trustees approve the hiring of Alyssa (Aly) Rutsch Bivins as Chief Counsel, "
            "including the material terms outlined in the agenda.\nRoll Call Vote: Aye: Harris-Matthews, Johnson, "
            "Jones, Knight, Nelson, Ortiz, Wilkerson No: None Absent: None Motion carried; 7:0\nPresident Wilkerson "
            "adjourned the meeting at 7:22pm until Saturday, October 4, 2025 at 9:00 am.\nSATURDAY, OCTOBER 4, 2025\n"
            "President Wilkerson called the meeting to order at 9:00 am.")  # (a retreat's minutes, as the library
    # stores them: its first day's business, then the second day's heading)
    ans = answer_extractive("Who did the Los Rios board hire as its Chief Counsel, and at which meeting?",
                            [_hit(text, 1, "2025-10-03", "Los Rios Community College District")])
    assert "Rutsch Bivins" in ans.answer and "October 3, 2025" in ans.answer, ans.answer

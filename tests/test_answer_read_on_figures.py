"""A sentence that ends its chunk is read on into the next chunk's first sentence when the answerer asks what the
evidence states: where a chunk ends does not change it. Asked a figure, a lead quote that ends its chunk ("Finance:-
2018-19 Precept has to be submitted by 22nd January.") and the figure that opens the next ("The Finance Committee
met ... and calculated that the Precept will be £15,100.") answer together, where the answer abstained before for
want of a figure. The real passage (Tintern Community Council's minutes of 8 January 2018, pages 1 and 2) is from
outside ``../shared/corpus`` and is held here as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.types import Hit

from .conftest import ask_texts


def _hit(n: int, text: str) -> Hit:
    return Hit(rank=1, score=1.0, chunk_id=f"westvale:{n:05d}:x", doc_id="westvale", source="2018-01-08_minutes.txt",
               pages=[2], authority="Westvale Community Council", committee=None, meeting_date="2018-01-08",
               item_number=None, item_title=None, kind="minutes", text=text)


def test_read_on_synthetic_the_figure_that_opens_the_next_chunk() -> None:
    lead = _hit(3, "2409. Reports from Sub-Committees. The clerk reported on the footpaths. "
                   "Finance:- The 2018-19 precept has to be submitted by 22nd January.")
    after = _hit(4, "The Finance Committee met on 5th January and calculated that the precept will be £9,900. "
                    "The clerk will write to the Church about the toilets.")
    stats = Stats(n_chunks=10, doc_freq=lambda t: 1, next_chunk=lambda h: after if h is lead else None)
    ans = answer_extractive("What precept did Westvale's finance committee work out for the 2018-19 year?", [lead],
                            stats)
    assert not ans.abstained, ans.warnings
    assert "£9,900" in ans.answer, ans.answer


def test_read_on_real_tinterns_precept_for_2018_19(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"tintern-community-council/minutes/2018-01-08 TCC minutes.txt": TINTERN},
                    "What precept did Tintern's finance committee work out for the 2018-19 year?")
    assert not ans.abstained, ans.warnings
    assert "£15,100" in ans.answer, ans.answer


TINTERN = (
    'TINTERN COMMUNITY COUNCIL\n'
    'Minutes of a meeting of the above Council held on Monday 8th January 2018 at 7.00pm\n'
    'in Tintern Village Hall.\n'
    'Present:   Chairman Cllr Shewell, Cllrs Hayward, Hoskins, Hillard, Cobb, Richards, Evans,\n'
    'Pocock, County Cllr Webb & the Clerk.  Public – Mr Lawson & Mrs Andrea Etheridge.\n'
    '2399. Police Report:  Attached.  No Police presence.\n'
    '2400. Public Forum:  Mr & Mrs Etheridge spoke about their planning application in\n'
    'respect of The Beeches. The application has been amended to reflect advice given by MCC\n'
    'Planning Dept.\n'
    '2401. Apologies for absence:  None.\n'
    '2402. Declarations of interest:  None.\n'
    '2403. Approval of minutes of previous meeting: Approved and signed as correct.\n'
    '2404. Financial Report:   BMM A/C £6,079.51. Community A/C £15,922.80. Last precept\n'
    'paid in 21st Dec of £5,660.  Total spent to date on revenue £6,223, capital £4,717, total\n'
    '£10,940.\n'
    '2405. Accounts for payment:  Welsh Audit Office – £298.65 (Ch. No. 300035), MCC\n'
    'Council Election Costs – £182.97 (Ch. No. 300036), Tintern News - £300 (Ch. No 300034),\n'
    'Merlin Waste - £54.24 (Ch. No. 300037), Clerk’s Salary & Expenses - £380.70 (Ch. No.\n'
    '300039), Village Christmas Tree - £140 (Ch. No. 300038), Village Hall Room Hire - £30 (Ch.\n'
    'No 300040) – approved.\n'
    '2406.   Planning Permissions:   DC/2017/01264 – Extension at The Beeches, Glynwood\n'
    'Road. Approved.  This application was a slight amendment to the original to take into\n'
    'account recommendations from MCC Planning Dept.  TCC approved the application.\n'
    'DC/2017/01406 – Formation of new patio with BBQ style cooking area & erection of new\n'
    'fence, The Anchor Inn – approved.\n'
    'DC/2017/01407 - Listed Building Consent, The Anchor Inn – Approved.  Cllr Richards\n'
    'comment was that the design and access report mentions they will not need additional\n'
    'archealogical investigations.  TCC raised no objections to the proposed amended\n'
    'development but wish for reassurance that there will be ongoing monitoring by GGAT of\n'
    'work undertaken as a result of this particular application.  Clerk to report accordingly.\n'
    '2407.   Updates:-     Proposed Staging for Village Hall – no further updates at present.\n'
    'Welsh Water Sewerage Problem – Patch lining & minor repair now been completed which\n'
    'concludes the work planned, apart from to flush through the sewer just upstream of Tintern\n'
    'Parva SPS.  This will be carried out in the New Year.\n'
    'A466 Temporary Road Closure, Tintern-Chepstow – The road will be closed temporarily\n'
    'from 12th February for up to eight weeks.  There will also be a temporary closure of the A466\n'
    'along the village front for the replacement of manhole covers one Sunday between January\n'
    '14th & 11th February.  Clerk check with MCC that the bus route operators know about the\n'
    'diversion and that provisions are in place to ensure there is still a service connecting Cheptow\n'
    'and Monmouth via Trellech during the period of closure.\n'
    '2408. Reports from outside bodies:-\n'
    'Lower Wye Valley Building Preservation Trust – Welsh Water have requested a meeting\n'
    'with TCC & LWVBPT.  Dates supplied.  Cllrs Shewell & Hayward to attend with the Clerk.\n'
    'LWVBPT are seeking other sources of funding.\n'
    'Village Hall - Over 60’s lunch will take place 17th January.   VHC’s application for lottery\n'
    'funding to refurbish the floor was not successful, but they are re-applying.  The Charity\n'
    'Commission return for the VH has been completed and submitted.\n'
    'Llandogo School - Thanked TCC for their donation.  The Head Teacher has been asked if\n'
    'she could attend TCC’s next meeting to discuss the proposed project for a Nurture Room.\n'
    'St Michael’s Church – Services took place on Christmas Eve and Christmas morning when\n'
    'the Church was pleased to welcome some new attendees.\n'
    '2409. Reports from Sub-Committees:  Finance:-  2018-19 Precept has to be submitted by\n'
    '22nd January.  The Finance Committee met to prepare the budget on the 5th January and\n'
    'calculated that the Precept will be £15,100.  Cllr Shewell explained that TCC are still\n'
    'carrying over £2,500 which was set aside under Projects for the Church toilets and kitchen.\n'
    'The Church has a Restoration Fund and she suggested asking them to write to TCC\n'
    'requesting the money in the current financial year, providing they give their reassurance that\n'
    'the money will be kept in that account until needed for the purposes agreed.  All Councillors\n'
    'agreed to this proposal so Cllr Hillard will address the matter with the PCC and provide TCC\n'
    'with the necessary assurances.\n'
    'Cllr Shewell reported she had also spoken to Andrew Reid re the Tintern Website.  This\n'
    'should be running again shortly and the hosting fee will still cost only £60.  There may be a\n'
    'small further cost if there are any add-ons, availability of booking the village hall online.\n'
    'She then explained that TCC have money in their account as some projects have cost less\n'
    'than budgeted.\n'
    'TCC have recently received a financial request from Llandogo School re their proposed\n'
    'Nurture Room.  She explained that TCC could make payment out of this year’s budget\n'
    'towards this.  The Head Teacher has been asked to come to our next meeting and explain how\n'
    'much it will cost.  Councillors were happy with this suggestion.  Cllr Shewell pointed out that\n'
    'not all children from the TCC area attend Llandogo School and therefore TCC may have to\n'
    'consider requests from other schools attended by Tintern children.  County Cllr Webb to\n'
    'provide a breakdown of numbers.\n'
    'Councillor Richards asked whether money allocated would be shown in the budget for the\n'
    'proposed Staging/Canopy.  Cllr Shewell advised that £5,000 is highlighted for projects in\n'
    'next year’s budget.  AONB are to have an agreed contribution for the revised Angiddy Trail\n'
    'Leaflet.  A contribution will be available for the Sports Club for a safe storage facilitity.\n'
    'Replacement benches may be required and there is a commitment from TCC to support the\n'
    'Sacred Site & Sound Festival.  There will still be a sum left to assist the Fete Committee/\n'
)

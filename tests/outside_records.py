"""Records of three councils outside ``../shared/corpus``, held as text: two Coral Gables City Commission resolutions
of February 2024 (Florida; pypdf's text of the signed PDFs, g-troiani/Coral-Gables-Knologi-City-Clerk-RAG), the
first page of the Huntsville City Council's agenda for 23 July 2026 (Alabama; Caden-Helbling/hsv-city-council-
transcripts) and the Lincoln Township board's minutes of 10 November and 8 December 2025 (Michigan; Unicorn/
Unicorn.Gives); and the openings of two Decoy Community Primary School governors' minutes (Devon, England;
decoy-school/school-site) and of a Cypress Point strata council's minutes (Strata Plan NW2050, Richmond, British
Columbia; CypressPointStrata/CypressPointStrata.github.io); and pages of the Garelochhead Community Council's minutes of
25 May, 15 June and 17 August 2021 (Argyll and Bute, Scotland; FraserMuir/gcc-website). Public records."""

#: Resolution 2024-27: the city manager removed, on a 3-2 vote printed under the text adopted
REMOVAL_2024_27 = r"""Page1 of 2 – Resolution No. 2024-27
CITY OF CORAL GABLES, FLORIDA
RESOLUTION NO.  2024-27
A RESOLUTION OF THE CITY COMMISSION
REMOVING THE CITY MANAGER AND
AUTHORIZING DISCUSSIONS WITH A POTENTIAL
CANDIDATE FOR APPOINTMENT AS THE NEXT
CITY MANAGER.
WHEREAS, Peter J. Iglesias has served as City Manager of the City of Coral
Gables since September 2018; and
WHEREAS, the City Commission desires to remove the City Manager and
commence discussions with Ralph Cutié for potential appointment as the next City
Manager;
NOW, THEREFORE, BE IT RESOLVED BY THE CITY COMMISSION
OF THE CITY OF CORAL GABLES:
SECTION 1. That the foregoing “ WHEREAS” clauses are hereby ratified and
confirmed as being true and correct and are hereby made a specific part of this Resolution
upon adoption hereof.
SECTION 2. That Peter J. Iglesias is removed as City Manager, effective
immediately, in accordance with the terms of Resolution No. 2018- 258.
SECTION 3.  That the City Commission authorizes the commencement of
discussions with Ralph Cutié for consideration of his appointment as the next City
Manager and that Commissioner Kirk Menendez is authorized to lead those discussions
with Mr. Cutié.
SECTION 3. That this Resolution shall become effective upon the date of its
passage and adoption herein.
PASSED AND ADOPTED THIS THIRTEENTH DAY OF FEBRUARY, A. D.,
2024.
Moved: Fernandez / Seconded:  Castro)
Yeas: Castro, Fernandez, Menendez)
Nays: Anderson, Lago)
Majority: ( 3-2) Vote)
Agenda Item: F-12.1)
DocuSign Envelope ID: 5F215000- F3E9- 4420- B6BF- F9D8BC0E57DB
Page2 of 2 – Resolution No. 2024-27
APPROVED:
VINCE LAGO
MAYOR
ATTEST:
BILLY Y. URQUIA
CITY CLERK
APPROVED AS TO FORM AND
LEGAL SUFFICIENCY:
CRISTINA M. SUÁREZ
CITY ATTORNEY
DocuSign Envelope ID: 5F215000- F3E9- 4420- B6BF- F9D8BC0E57DB"""

#: Resolution 2024-41: a maintenance schedule for the White Way lights, adopted 5-0
WHITE_WAY_2024_41 = r"""Page1 of 2 – Resolution No. 2024-41
CITY OF CORAL GABLES, FLORIDA
RESOLUTION NO.  2024- 41
A RESOLUTION OF THE CITY COMMISSION
ADOPTING A MAINTENANCE SCHEDULE FOR THE
CITY’ S WHITE WAY LIGHTS.
WHEREAS, the City Commission has a strong interest in preserving the rich
history of the City of Coral Gables; and
WHEREAS, the City Commission hasundertaken the restoration and installation
of the historic White Way lights to be installed along University Drive between Ponce de
Leon Boulevard and Bird Road, and along Riviera Drive, from Universit y Drive to
Anastasia Avenue; and
WHEREAS, the City Commission wishes to ensure that these City owned White
Way lights are maintained for yearsto come; and
WHEREAS, the City Commission wishes to adopt a maintenance schedule in
order to ensure the longevity of the White Way lights;
NOW, THEREFORE, BE IT RESOLVED BY THE COMMISSION OF
THE CITY OF CORAL GABLES:
SECTION 1. That the foregoing “ WHEREAS” clauses are hereby ratified and
confirmed as being true and correct and are hereby made a specific part of this Resolution
upon adoption hereof.
SECTION 2. That the White Way lights installed on University Drive between
Ponce de Leon Boulevard and Bird Road, and those lights installed along Riviera Drive,
from University Drive to Anastasia Avenue, will undergo inspection twice yearly, and
further, will be washed, cleaned, and generally touched up as needed in accordance with
recommendations from conservators and City staff, and an annual report will be sent to
the City Commission detailing the same.
SECTION 3. That this Resolution shall become effective upon the date of its
passageand adoption herein.
DocuSign Envelope ID: F49D78C5- 9EE6- 4854- 990A- BC04DFABB617
Page2 of 2 – Resolution No. 2024-41
PASSED AND ADOPTED THIS TWENTY- SEVENTH DAY OF FEBRUARY,
A.D., 2024.
Moved: Anderson / Seconded: Castro)
Yeas:  Fernandez, Menendez, Anderson, Castro, Lago)
Unanimous: 5-0 Vote)
Agenda Item: F-9)
APPROVED:
VINCE LAGO
MAYOR
ATTEST:
BILLY Y. URQUIA
CITY CLERK
APPROVED AS TO FORM AND
LEGAL SUFFICIENCY:
CRISTINA M. SUÁREZ
CITY ATTORNEY
DocuSign Envelope ID: F49D78C5- 9EE6- 4854- 990A- BC04DFABB617"""

#: the agenda's first page: its own meeting's date in its heading, earlier meetings' minutes listed for approval
HUNTSVILLE_AGENDA_2026_07_23 = r"""Tommy Battle, Mayor
John Hamilton, City Administrator
Trey Riley, City Attorney
Shaundrika Edwards, City Clerk
Jennie Robinson, President
Bill Kling, Councilmember
David Little, Councilmember
Michelle Watkins, Councilmember
John Meredith, Councilmember
CITY COUNCIL CHAMBERS 5:30 PM Thursday, July 23, 2026
REGULAR MEETING OF THE CITY COUNCIL
CALL TO ORDER
1. INVOCATION
Offered by: Huntsville Alabama Public Safety Chaplains
2. PLEDGE OF ALLEGIANCE
Led by: Councilmember Bill Kling
3. APPROVAL OF THE AGENDA
4. APPROVAL OF THE MINUTES OF PREVIOUS MEETING(S)
a. Minutes of the Regular Meeting of the City Council held on July 9, 2026.
(Minutes Received)
2026-737
Sponsors: City Clerk
b. Minutes of the Work Session of the City Council held on July 10, 2026. (Minutes
Received)
2026-738
Sponsors: City Clerk
5. MAYOR: SPECIAL RECOGNITIONS
6. COUNCIL: SPECIAL RECOGNITIONS AND RESOLUTIONS
Special Recognitions
Resolutions for Approval and Presentation
a. Resolution honoring the 10th Cavalry Hill Buffalo Soldiers American
Legion Post 351 for over 60 years of Service to the Huntsville
Community.
Resolution No. 26-616
2026-739
Sponsors: Watkins
Buffalo Soldiers 072326.pdfAttachments:
Page 1 of 13 """

#: the fire chief's report for October, minuted in November, and for November, minuted in December
LINCOLN_2025_11_10 = r"""---
title: "Board Meeting — November 10, 2025"
date: "2025-11-10"
meetingType: "Board Meeting"
status: "approved"
source: "transcribed"
attendees:
  present:
    - "Kibbey"
    - "Majewski"
    - "Simons"
    - "Carey"
    - "Tobin"
  absent: []
  alsoPresent:
    - "Zoning Admin. Hassberger"
    - "Lakes Dir. R. Carey"
    - "Fire Chief D. Majewski"
    - "Planning Member McCaslin"
    - "Deputy Oster"
    - "Undersheriff Williams"
---

Supervisor Kibbey called the meeting to order at 4:00PM.

**Members present:** Kibbey, Majewski, Simons, Carey and Tobin.
**Staff Present:** Zoning Admin Hassberger, Lakes Dir. R. Carey, Fire Chief D. Majewski, Planning Member McCaslin
**Other Present:** Deputy Oster and Undersheriff Williams and 13 other interested people.

---

Motion by Tobin to approve the 13 October 2025 regular meeting minutes as presented, second by Tobin, all in favor, motion carried.

Motion by Simons and seconded by Tobin to approve the 23 October 2025 special meeting to open bids for the Shingle Lake Park grant as presented, all in favor, motion carried.

Motion by Simons to approve the treasurer's report as submitted, second by Tobin, all in favor, motion carried.

Supervisor Kibbey would like a committee report from the Parks Committee, Short Term Rental Committee and School House Committee for input and feedback next month.

Chief Majewski reported that there are 428 runs year to date, 32 rescues, 2 fires, 2 power line and one mutual aid related runs for October. CPR recertification class has been completed. The fire department welcomes Kevin McNutt to the department. McNutt comes to the department with 23 years of experience in the fire service; Fire Fighter one, Fire Officer 1, 2 and 3 and Haz Mat training among others.

Clerk Majewski reported that Lincoln Township has received a grant in the amount of $150,000.00 from the Consumers Energy Foundation Prosperity Award to support Bertha's New Beat project. Planned improvements to the Bertha Lake Park include play equipment, increased accessibility, an overland fishing platform and hand railing by the steps.

Supervisor Kibbey reported that the process for the road commission to deed the Silver Lake Park to Lincoln Township is progressing. The request requires application fee of $1000.00. Currently the township is allowed to occupy and maintain the property, but a deed is required for some grant opportunities.

Lakes Director Carey reported that the buoy permit for Shingle Lake Park is still in progress.

---

Supervisor Kibbey explained that after that meeting Lincoln Township resident Jamie Lease expressed that had she known we were seeking to replace our webmaster she would have applied. The position was not publicly posted and therefore Majewski and Kibbey met with Lease to discuss the position.

Motion by Treasurer Carey to rescind her motion from the 13 October 2025 meeting: "to approve the amount of $120.00 per year, plus an additional $75.00 if the transfer is troublesome for Bruce Goodwin to assume the duties of webmaster." Second by Tobin to rescind his second of that motion, all in favor, motion to rescind carried.

Motion by Carey to appoint Jamie Lease as the webmaster effective immediately, to redesign, increase ADA compliance and manage the township website, second by Tobin, all in favor, motion carried.

---

Supervisor Kibbey explained that Treasurer Carey had appointed Mara Kalat as her Deputy Treasurer. Treasurer Carey introduced Mara, and shared that Mara and her family are township residents and that Mara who comes to us with experience in using the treasurer software, BS&A. Carey explained that her long-time deputy, Deb Trim has retired effective 10 November 2025. Treasurer Carey and the board wish to thank Deb Trim for her dedication and service to the Township.

The four signatures for the depositories and banking at Isabella Bank, Huntington Bank and Mercantile will need to be updated to reflect: Deb Sorgi Trim will need to be removed from the signature cards. Margaret Carey, Treasurer; Mara Kalat, Deputy Treasurer; Carol Majewski, Clerk; and Deborah Sherrod, Deputy Clerk will need to sign the new cards.

The Recreation Plan Draft is available at the township hall for review for anyone interested. The board will have a hearing and consider it at our regular meeting 12 January 2026 at 7PM.

---

Supervisor Kibbey reviewed the law contract update. He explained that the current contract was approved in 2017 at $9000.00 per month from the voted millage funds for up to 10 hours a day, 7 days a week for patrols and law enforcement. There was considerable discussion on the contract review process, the costs associated with rising operational expenses such as wages, training, equipment and fuel for the patrols in the township. Trustee Simons pointed out that this service is provided by a voted millage intended to increase patrols and provide crime prevention over and above the already funded operational expenses shared by the entire county through our property taxes. Kibbey explained that the Sheriff's department is currently operating at a deficit in the township; costs exceed the revenue received from the township for extra hours provided. Carey has reviewed the Law Fund and has concluded that there are sufficient operating funds available to increase the monthly contract to $14,000.00 per month, for 70 hours per week, as near to 10 hours per day, 7 days a week as possible. Less hours will result in lower monthly charge or the making up of those hours. Paperwork to the clerk will remain the same.

Motion by Tobin to approve the Law Contract with the Clare County Sheriff's Department as presented and to increase the monthly payment from $9000.00 to $14,000.00 per month effective with the November 2025 payment, second by Simons, roll call vote, 5 yes, motion carried.

---

Public Comment: there were 2 comments offered.

Motion by Simons to adjourn the meeting, second by Carey, all in favor, meeting adjourned at 7:49PM.

Respectfully Submitted,

*Carol L. Majewski, Clerk*
"""

LINCOLN_2025_12_08 = r"""---
title: "Board Meeting — December 8, 2025"
date: "2025-12-08"
meetingType: "Board Meeting"
status: "approved"
source: "transcribed"
attendees:
  present:
    - "Kibbey"
    - "Majewski"
    - "Carey"
    - "Tobin"
    - "Simons"
  absent: []
  alsoPresent:
    - "Fire Chief D. Majewski"
    - "Zoning Admin. Hassberger"
    - "Planning Chair Blaisdell"
    - "Planning Member McCaslin"
    - "Planning Member Ostrowski"
    - "Deputy Oster"
    - "ZBA Member/Web Manager Lease"
---

Supervisor Kibbey called the meeting to order at 7:00 PM.

**Roll Call of Members present:** Kibbey, Majewski, Carey, Tobin and Simons.
**Staff Present:** Fire Chief D. Majewski, Zoning Admin. Hassberger, Planning Commission Members Blaisdell, McCaslin, Ostrowski, Sheriff Dep. Oster, ZBA Member/Web Manager Lease
**Other Present:** 11

---

Motion by Simons to approve the 10 November 2025 regular meeting minutes as submitted, second by Tobin, all in favor, motion approved.

Motion by Simons to approve the treasurers report as presented, second by Tobin, all in favor, motion carried.

Motion by Tobin to pay the monthly bills as presented, second by Simons, roll call vote, 5 yes, motion carried.

Fire Chief D. Majewski reported 45 rescues, 1 mutual aid and 1 fire runs for November 2025, and 510 runs year to date.

---

Committee News and Reports:

The Planning Meeting for Tuesday 09 December 2025 is cancelled.

Kibbey explained that the township webpage and emails have not been working for approximately 10 days. We have been unable to restore the website or email. To keep an online presence, and email capabilities for township business we need to consider getting a new domain name and rebuilding the website.

Motion by Tobin to approve the proposal from NSO, our current IT provider, to create a basic web homepage, 7 emails, domain, set up DNS and add domain to Microsoft 365 per quote, in an amount not to exceed $2500.00, second by Simons, all in favor, motion carried.

---

Public Comment: There were 2 comments offered.

Motion by Simons to adjourn the meeting, second by Tobin, all in favor, meeting adjourned at 7:14 PM.

Respectfully Submitted,

*Carol L. Majewski, Clerk*
"""

#: a governing board's full meeting: a form whose fields end in semicolons ("DATE; 09/12/2019"), and an attendance
#: grid of the year's meeting dates; its title line here lacks the school's name
DECOY_FGB_2019_12_09 = r"""

FGB 191209
Page 1 of 12
PRIMARY SCHOOL BOARD OF GOVERNORS

COMMITTEE
;
Board of Governors DATE; 09/12/2019

 GOVERNOR ATTENDANCE


Type

End of
Term
14/10/2019
09/12/2019
03/02/2019
23/03/2019
18/05/2019
13/07/2019
Date
Resigned
HEATHER POUSTIE Headteacher Ex-officio P P
PAUL EVEMY LA 10/2022 P P
SIMON BARNES   Co-opted 10/2021 P P
KEITH MOORE Parent 10/2019 P S
OLIVER LAITY Parent 3/2020 P S
SANDRA CARTWRIGHT Co-opted 10/2021 P P
PAUL REYNOLDS Co-opted 12/2021 P P
CHRIS WINFIELD Co-opted 7/2022 P P
VACANT Staff
GILL QUANTRELL Co-opted 12/23  P
VACANT Co-opted
VACANT Parent
VACANT Parent
COLIN BROWN Co-opted        02/10/19
SIAN CARNELL Parent        23/07/19"""

#: a committee's meeting of the same board: the school named in full
DECOY_BM_2020_09_28 = r"""

BM 200928
Page 1 of 7


DECOY COMMUNITY PRIMARY SCHOOL BOARD OF GOVERNORS

COMMITTEE; Business Management Committee DATE;  28/09/2020



28/09/2020
23/11/2020
25/01/2021
15/03/2021
19/04/2021
05/07/2021
GOVERNOR ATTENDANCE
Keith Moore P
Heather Poustie P
Oliver Laity P
Paul Reynolds P
Kay Dicken P
Craig Veal P

P – Present  S – Sanctioned
A – Absent  L – Late arrival

Visitors: None

Chaired by Oliver Laity Clerked by Pete Osborne

Agenda:
"""

#: a strata council's minutes, titled by the strata plan's number
CYPRESS_POINT_2019_10_29 = r"""STRATA PLAN NW 2050
Strata Council Meeting
Tuesday, October 29, 2019
Minutes



1



1. PRESENT: Gordon Farrell
Carole Borthwick  Cyrus Pun
Joanne Parkinson  Audrey Montero




REGRETS:    Lindsay Armstrong
   Billy Leung
   Linda McLaren


2. CALL TO ORDER: 6:50 pm



3. ADOPTION OF MINUTES

September 25, 2019 Council Meeting Minutes approved by email.



4. COMMITTEE REPORTS

4.1 Social

The Volunteer Party was held in the Lounge on October 20th, 2019 at
4:30 p.m. 17 volunteers out of the 28 invited were present and able to
share food and get to know other NW 2050 owners, tenants and strata
council members.  Council would like to thank you again for coming and
especially for volunteering in this community; your participation is
important and greatly appreciated by all.



4.2 Grounds and Gardening


4.2.1 Landscaping

Yamato Landscaping Inc. continues their weekly work in the gardens.
They would like to invite you to visit their Facebook page under Yamato
Landscaping Inc. where they upload photos every week so you can see"""

#: the strata corporation's AGM, its first page: the chair elected at its fifth item
CYPRESS_POINT_AGM_2019_12_05 = r"""STRATA PLAN NW2050, CYPRESS POINT,
ANNUAL GENERAL MEETING
THURSDAY, DECEMBER 5, 2019 AT 7:03 PM
THE PAVILION LOUNGE, 7531 MINORU BOULEVARD,
 RICHMOND, B.C. V6Y 1Z3


In Attendance at the start of the meeting:  34 Strata lots represented in person:
           10 Strata lots represented by proxy
           44 Total Strata Lots


1. CALL TO ORDER:
The meeting was called to order at 7:03 PM by the Council President, Gordon Farrell.

2. CERTIFICATION OF PROXIES
Audrey Montero advised 10 proxies had been certified.

3. NOTICE OF QUORUM
The requirement of the NW2050 By-Laws state that one third (36) of the persons entitled
to vote (106) in person or by proxy constitutes a quorum. We have 35 owners in person
and 10 by proxy for a total of 45 owners eligible to vote, which is a quorum.

4. PROOF OF NOTICE OF MEETING OR WAIVER
Notice of this meeting was sent out on November 09, 2018 and November 11, 2019 to the
last known address of each owner via Canada Post, electronic email to one owner which
is out of the country or hand delivery thereby giving owners the notice required as per the
Strata Property Act.

5. INTRODUCTION OF HEAD TABLE
The Council President, Gordon Farrell, introduced the Head Table. Daryl Foster Strata
Advisor for CHOA, was in attendance.
Motion:  to approve the election of Daryl Foster from CHOA to chair the meeting
Moved: 302
Seconded: 330
Carried unanimously

6. APPROVAL OF NOVEMBER 4, 2018 ANNUAL GENERAL MEETING MINUTES
It was MOVED by (117) and SECONDED by (122) to adopt the minutes of the Annual
General Meeting held on December 4, 2018. It was carried by majority vote, none
opposed.







"""


#: Garelochhead Community Council, 15 June 2021: its first page and the land auction looked ahead to on page 3
GARELOCHHEAD_2021_06_15 = r"""

   Page 1 of 7



AGREED Minutes for the Garelochhead Community Council Meeting
Held virtually owing to COVID-19 restrictions at 1930hrs on 15th  June 2021

1.Introductions and welcome
a. Present
Watson Robinson Convenor
Martin Croft Vice Chair
Hilary Worton Secretary
Carole Spencer Member
Fergus Madigan Member
Fiona Robinson Member

Attending:
Cllr George Freeman Ward Councillor

Public:
Chris Smith
Marion Archard

Guests:
None

b. Apologies:
Margaret Stratton Treasurer
David Norton Member
Craig Ritchie Member
Cllr Iain Shonny Paterson Ward Councillor

c. Declarations of interest – none

d. The Convenor (Watson Robinson) opened the meeting


   Page 3 of 7



• DIO
will
be
disposing a large tract of land to the north and east of Garelochhead by public auction on July 7th with an auction
guide price of £70k (although it’s likely to go for significantly higher than this).  The land includes the play area
and car parking area at the top of Greenfield Road. Cllr Freeman stated that he had expressed his dissatisfaction
to the DIO that has been followed and that this has happened so quickly with no updates despite their
assurances that they would keep him informed. Members discussed the subject, and expressed concern and
disappointment that there is very little time for any community consultation, given that public amenity areas are
involved.  It was agreed that Watson Robinson (WR - Convenor), Craig Ritchie (CR - MOD lead) and Hilary Worton
(HW - Secretary) would liaise to gather information and consider a response to the DIO.
ACTION:  Cllr Freeman to circulate plans and link to auctioneer’s website.
ACTION:  WR, CR & HW to liaise and agree response if required


"""

#: Garelochhead Community Council, 17 August 2021: its first page and the secretary's report (the next meeting's place)
GARELOCHHEAD_2021_08_17 = r"""

   Page 1 of 7



DRAFT Minutes for the Garelochhead Community Council Meeting
Held virtually owing to COVID-19 restrictions at 7pm on 17th  August 2021

1.Introductions and welcome
a. Present
Watson Robinson Convenor
Hilary Worton Secretary
Carole Spencer Treasurer
David Norton Member

Attending:
Cllr George Freeman Ward Councillor
Cllr Iain Shonny Paterson Ward Cou


   Page 5 of 7







• I can no longer represent the CC at the Clyde Local Liaison meeting now that the date has changed.  Does anyone
else what to go instead?
• Have received communication from DIO confirming that the correct procedures were followed regarding
communication around the recent land disposal.
• We have received notification of consultation on the Local Food Risk Management Plan. This has been circulated
to members for comments.
• Litter picking grants are available (£25-500). ACTION:  HW/CS to investigate further
• Our next meeting can be face to face!  The Church Hall is already operating COVID-safe procedures so our
September meeting will be held there.

8d. Treasurer
£623.30 admin grant has been received.
39 tickets have been sold for the Community Lottery, generating £1,014 per annum.  We have already had 3 local
winners.
"""

#: Garelochhead Community Council, 25 May 2021: its first lines and page 4 (a liaison meeting's date, July 20th)
GARELOCHHEAD_2021_05_25 = r"""

   Page 1 of 9



APPROVED Minutes for the Garelochhead Community Council meeting
Held virtually owing to COVID-19 restrictions at 1900hrs on 25th May 2021

Members present:
Watson Robinson Convenor
Martin Croft Vice Chair
Margaret Stratton Treasurer
Hilary Worton Secretary


   Page 4 of 9



matter.  We have a further 14days for the appellant and Argyll & Bute council to respond, then it is over to
the reporter who hopefully can make a decision.

5a. Convenor’s report
• An appeal has been submitted to the DPEA against the refusal of the ‘Drovers’ Landing’ planning application
in Portincaple.  The GCC has sent in a letter restating our opposition and the reasons for it.  Details can be
found at Scottish Government - DPEA - Case Details (scotland.gov.uk).  There have been some inflammatory
comments made about residents by the appellant’s agent via the Helensburgh Advertiser Facebook page.
Watson Robinson has responded to this and requested an apology.

• We have responded to the Council’s consultation on the clearway proposal for the A814.  Our response was
in line with the views expressed at the last meeting by Cllr Freeman on behalf of residents.

• There is a proposal to reinstate access to the slipway in Garelochhead for shore/water access.   It will be
important that any cars parked there do not obstruct boat launching and that the slip does not cause
problems for neighbouring properties.

• The Clyde Local Liaison Committee (CLLC) meeting is taking place on July 20th at 2.30pm in Rhu.  We have
been invited to send two representatives.  Convenor and Secretary will attend (unless anyone else would like
to take one of these places.)

5b. Vice Convenor
• We have been in correspondence with the Council regarding the state of the Cemetery gates and have
requested that the Community Council manages the replacement/repair work with the support of the
Council.  The Council seems willing to give us authorisation for this and we are awaiting their confirmation in
the next week or so. We have identified a number of possible funding routes which we will approach once
we get the go ahead to start the project, including the Calor Rural Community fund (application already
submitted) and the Community Lottery.
ACTION:  Martin, Carole and Hilary to work together on this pending Council approval.

• 50 copies of the community novel have been printed and distributed to all authors and others who have
assisted with the novel or more generally during the pandemic.  It seems as though there may be interest in
printing additional copies for sale.  The Convenor congratulated all involved for a terrific lockdown initiative.
Carole Spencer proposed a suggestion for how this could work which will be discussed at the next GCC
meeting and a decision made.
ACTION:  Carole to circulate her ideas by email in advance of next meeting.


"""

#: Garelochhead Community Council, 17 August 2021, page 4 (that meeting's date changed to 7th September)
GARELOCHHEAD_2021_08_17_P4 = r"""

   Page 4 of 7



number of fish per m3 when compared with conventional tanks, but otherwise Mr Hawthorn stated that
overwhelming local support has been expressed so far, including from the Arrochar, Tarbet & Ardlui Community
Council.

WR raised concerns over the expected lifespan of the facility and the plans for eventual decommissioning since there
are several abandoned fish farms blighting the Argyll coastline.  Mr Hawthorn explained that this would all be
covered in detail in the Environmental Impact Assessment which is being prepared by an independent 3rd party.

ACTION:  Secretary to make contact with Arrochar, Tarbet & Ardlui and Lochgoilhead CCs to get their feedback on
the proposals and ideas for the Community Benefit fund.


6. Councillors’ updates
Cllr Paterson reported that he has had no updates on the planned barrier installation on the bend from the A814
heading into Portincaple and noted that the fence has recently been repaired by the new owners of the land.


7.  Cemetery gates
Still awaiting formal agreement with the Council for us to take on the repair works although this has been verbally
agreed.  See action grid above for status regarding fund raising.


8a. Convenor’s report
WR reported that he has contacted John Urquhart of the Helensburgh Access Trust to arrange a walkthrough on 4th
September of the proposed new routing for the Three Lochs Way heading from Glen Fruin to Garelochhead.
WR has also been in contact with Luss estates regarding the proposed slipway in Garelochhead.
The Clyde Local Liaison Committee meeting date has been changed to 7th September.


8b  Vice Convenor’s report
Not present


"""

"""Boulder City Council's meetings of 15 June and 16 November 2021 and of 5 April and 1 December 2022, as its
published minutes data gives them (one JSON file holds a year's meetings, each dated), held as text: real records
from outside ``../shared/corpus`` (public, BoulderPublicData/City-Council-Minutes)."""

APRIL_AND_DECEMBER_2022 = r"""[
 {
  "date": "2022-04-05",
  "minutes_url": "https://documents.bouldercolorado.gov/WebLink/DocView.aspx?id=179600&dbid=0&repo=LF8PROD2",
  "attendees": [
   "Benjamin",
   "Brockett",
   "Folkerts",
   "Friend",
   "Joseph",
   "Speer",
   "Wallach",
   "Winer",
   "Yates - Late"
  ],
  "open_comment": [
   {
    "name": "Valerie Beltran",
    "topic": "Decriminalization of psychedelics"
   },
   {
    "name": "Shari Hack",
    "topic": "NCAR Evacuee"
   },
   {
    "name": "Chester Ward",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Ron Bennett",
    "topic": "Renewable energy"
   },
   {
    "name": "Chris Allred",
    "topic": "Nuclear War"
   },
   {
    "name": "Lon Nelson",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Lara Parker",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Ramzy Abueita",
    "topic": "Decriminalization of psychedelics"
   },
   {
    "name": "Daniel Seidman",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Annie Buckley",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Russell Chandler",
    "topic": "Crime at full cycle bike shop"
   },
   {
    "name": "Katie Rodriguez",
    "topic": "Renewable energy"
   },
   {
    "name": "Alex Elsberg",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Micki Pi",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Nicholas Broderick",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Joseph Wright",
    "topic": "License renewal of fourteener"
   },
   {
    "name": "Stephanie Hull",
    "topic": "License renewal of fourteener"
   }
  ],
  "consent_agenda": {
   "items": [
    "December 14, 2021 Regular Meeting Minutes",
    "January 4, 2022 Regular Meeting Minutes",
    "January 18, 2022 Regular Meeting Minutes",
    "Introduction of Ordinance 8518, Water and Sewer revenue bonds to construct, acquire, improve and equip certain capital improvements to the City's Water and Sewer System",
    "Second reading, motion to adopt Ordinance 8500 special adjustment to base for 2022 supplemental appropriations",
    "Approve Jennifer Livovich as a full voting member of the Police Oversight Panel"
   ],
   "yeas": [
    "Benjamin",
    "Brockett",
    "Folkerts",
    "Friend",
    "Joseph",
    "Speer",
    "Wallach",
    "Winer"
   ],
   "nays": [],
   "absent": [
    "Yates"
   ]
  },
  "callup_checkin": [
   "Administrative Parking Reduction at 777 Poplar Ave"
  ],
  "public_hearings": [
   {
    "name": "Resolution 1305",
    "description": "Resolution to form the Boulder Public Library District",
    "opened": "8:31 p.m.",
    "closed": "11:25 p.m.",
    "speakers": [
     "Barbara Croissant",
     "Timothy Williams",
     "Eric Nudelman",
     "Chris Barge",
     "Rebekah Dumouchelle",
     "Nicole Perelman",
     "Gina McAfee",
     "Julia Hanke",
     "Ellie Goldberg",
     "Jennifer Yee",
     "Eric Budd",
     "Andrew Harris",
     "Henry Koren",
     "Lila Hickey",
     "Sarah Dawn Haynes",
     "Gene Hayward",
     "Gary Urling",
     "Cait McQuade",
     "Neal Anderson",
     "Rosie Fivian",
     "Rachel Daly",
     "David Martus",
     "Amanda Groziak",
     "Nathan Schneider",
     "Honora Burnett",
     "Loran Lattes",
     "Lisa Seaman",
     "Philip Ogren",
     "Jason Busch",
     "Tom Myer",
     "Richard Russell",
     "Bill Mooz",
     "Margaret Clinton",
     "Holly Carlson",
     "Joanne Sullivan",
     "Sharon Collinge",
     "James Ruger",
     "Jud Valeski",
     "Miho Shida",
     "Grant Couch",
     "William Kramer",
     "Heidi Jakal",
     "Tom Wilke",
     "Kristen Eller",
     "Alicia Seidle",
     "Michelle Brokaw",
     "Bonette Beamon",
     "Brenda Puccio",
     "Michael Schreiner",
     "Peter Mayer",
     "Katharine Phenix",
     "Alycia Murray",
     "Steven Frost",
     "Kathleen Aki",
     "Dorothy Riddle",
     "Joseph Gibson",
     "Matt Bissonette",
     "Angela McCormick",
     "Peggy Sands",
     "Lynn Segal",
     "Linda Quigley",
     "Beth Bennett",
     "Vikas Reddy",
     "Leslie Barrett",
     "Stephen Clark",
     "Karen Hollweg",
     "Scott Malan",
     "Vikki Wulf",
     "Elaine Dannemiller",
     "Sylvia Pelcz-Larsen",
     "Diane Connolly",
     "Ulla Merz",
     "Katharine Hauge",
     "Daniel Miller",
     "Beth Byerlein",
     "Maureen West",
     "Jorge Boone",
     "Rydge Rath",
     "Annareli Morales",
     "Jill Adler Grano",
     "Jean Gehring",
     "Maximilian Knight",
     "Deborah McNamara",
     "Kenneth Stickney",
     "Adriana Paola Palacios Luna",
     "Jim Helgoth",
     "David Limbach",
     "Ken MacClune",
     "Shaun Oshman",
     "Ronald Pickarski",
     "Kelly Donovan",
     "Nathan Seidle",
     "Jean Aschenbrenner",
     "Katherine Koehler – POOLING WITH DAVID #101",
     "Alice Guinther",
     "Ben Katz-Moses",
     "David Limbach – 4 MIN – POOLING WITH #98 KATHY AND",
     "Leonard Sitongia – POOLING WITH DAVID #101",
     "Emily Reynolds",
     "Crystal Gray – WITHDREW",
     "Chelsea Castellano",
     "Andy Sayler",
     "Jane Sykes Wilson",
     "Jane Hummer",
     "Claudia Hanson",
     "Claire Kelly",
     "Doug Hamilton",
     "Joni Teter"
    ],
    "motion": "Speer",
    "seconded": "Folkerts",
    "yeas": [
     "Benjamin",
     "Brockett",
     "Folkerts",
     "Friend",
     "Joseph",
     "Speer"
    ],
    "nays": [
     "Wallach",
     "Winer",
     "Yates"
    ]
   }
  ]
 },
 {
  "date": "2022-12-01",
  "minutes_url": "https://documents.bouldercolorado.gov/WebLink/DocView.aspx?id=181343&dbid=0&repo=LF8PROD2",
  "attendees": [
   "Benjamin",
   "Brockett",
   "Folkerts",
   "Friend",
   "Joseph",
   "Speer",
   "Wallach",
   "Winer",
   "Yates"
  ],
  "open_comment": [
   {
    "name": "Jess Liu",
    "topic": "Small Business"
   },
   {
    "name": "Van Bruce Arrant",
    "topic": "Gun Ordinance"
   },
   {
    "name": "Tod Hatfield",
    "topic": "Public Safety"
   },
   {
    "name": "Mary Wright",
    "topic": "Public Safety"
   },
   {
    "name": "Lindsey Boyd",
    "topic": "Public Safety"
   },
   {
    "name": "Lawrie Boyd",
    "topic": "Public Safety"
   },
   {
    "name": "Evan Ravitz",
    "topic": "Police Oversight Panel"
   },
   {
    "name": "Alex Cassidy",
    "topic": "6500 Arapahoe Annexation"
   }
  ],
  "consent_agenda": {
   "items": [
    "November 10, 2022 Study Session Summary regarding the Transportation Core Arterial Network (CAN) Update",
    "Resolution 1325 establishing the Boulder Public Library District, appoint two members of City Council, Aaron Brockett and Nicole Speer, to the Board of Trustee Selection Committee, and authorize the Chief of Staff to the Board of County Commissioners of Boulder County to notify the Board of County Commissioners of the District's initial certification of the mill levy approved by the electors",
    "Ordinance 8556 Use Table and Standards Phase 2 Module 2; and setting forth related details",
    "Emergency measure Ordinance 8564 reestablishing the City of Boulder Property Tax Mill Levies for 2022; providing that said levy be certified to the Boulder County Assessor; and setting forth related details",
    "Ordinance 8561, updating transportation design standards by amending the City of Boulder Design and Construction Standards (D.C.S.), originally adopted pursuant to Ordinance 5986; and setting forth related details. Consideration of this ordinance is Transportation Standards Update (Phase 2) of the Design and Construction Standards, and Second reading and consideration of a motion to adopt Ordinance 8560, updating Section 6-6-6, \"Protection of Trees and Plants,\" B.R.C. 1981 and Section 9-9-7, \"Sight Triangles,\" B.R.C. 1981;and setting forth related details.m Natalie Stiffler, Interim Transportation and Mobility Director, and Gerrit Slatter, Civil Engineering Senior Manager, provided a presentation and answered questions from Council.",
    "October 27, 2022 Study Session Summary regarding Boards and Commissions Process Discussion"
   ],
   "yeas": [
    "Benjamin",
    "Brockett",
    "Folkerts",
    "Friend",
    "Joseph",
    "Speer",
    "Wallach",
    "Winer",
    "Yates"
   ],
   "nays": [],
   "absent": [
    "Welley"
   ]
  },
  "callup_checkin": [
   "Water Service Agreement with the Mapleton Home Association",
   "Concept Plan Review and Comment for the redevelopment of a 2.33 acre area including the properties generally known as 2504, 2506, 2536, and 2546 Spruce St., 2055 <6th St., and 2537 Pearl St., with 101 residential units and 160 Parking spaces and amenities for residents. The proposal includes 88 market rate and 13 affordable on-site condominiums. Reviewed under case no. LUR2022-0003 Motion to call up made by Council Member Friend and seconded by Council Member Folkerts. Motion Carried 9:0.",
   "Vacation of a shared access easement at 5330 Sterling Drive (ADR2022-00270)"
  ],
  "public_hearings": [
   {
    "name": "DRCOG",
    "description": "Hearings DRCOG Board Update and Consideration of a motion to approve the proposed list of projects for submittal to the Denver Regional Council of Governments for the 2024-2027 Transportation Improvement Program subregional process",
    "opened": "7:50pm",
    "closed": "7:50pm",
    "speakers": [
     "Speer Sanson",
     "Jean Sanson"
    ],
    "motion": "APPROVE the proposed list of projects for submittal to the Denver Regional Council of Governments for the 2024-2027 Transportation mprovement Program subregional process",
    "seconded": "Speer / Wallach",
    "yeas": [
     "Benjamin",
     "Brockett",
     "Folkerts",
     "Friend",
     "Joseph",
     "Speer",
     "Wallach",
     "Winer",
     "Yates"
    ],
    "nays": []
   },
   {
    "name": "Ordinance 8558",
    "description": "Adopt Ordinance 8558 approving supplemental appropriations to the 2022 Budget and discussion of the ARPA funding priorities; and setting forth related details",
    "opened": "9:13pm",
    "closed": "9:26pm",
    "speakers": [
     "David Fulker",
     "Kari Palazarri",
     "Julie Van Domelen"
    ],
    "motion": "Adopt Ordinance 8558 approving supplemental appropriations to the 2022 Budget and discussion of the ARPA funding priorities; and setting forth related details",
    "seconded": "Yates / Winer",
    "yeas": [
     "Benjamin",
     "Brockett",
     "Folkerts",
     "Friend",
     "Joseph",
     "Speer",
     "Wallach",
     "Winer",
     "Yates"
    ],
    "nays": []
   },
   {
    "name": "Mayor Pro Term Election",
    "description": "opened: 9:48pm",
    "closed": "10:19pm",
    "speakers": [
     "Chase Cromwell",
     "Matt Hess",
     "Claudia Thiem",
     "Jeremy Reynolds",
     "Katie Farnan",
     "Emily Reynolds",
     "Schuyler Bailey",
     "Karen Hollweg",
     "Martha Palmer",
     "Michael Schreiner",
     "Jorge Boone",
     "Doug Hamilton",
     "Lisa Spalding",
     "Ryan Schuchard",
     "Kristian Kerr",
     "Sarah Silver",
     "Matt Bissonette",
     "Lucy Carlson-Krakoff",
     "Chelsea Castellano"
    ],
    "motion": "seconded:",
    "yeas": [
     "Benjamin",
     "Brockett",
     "Folkerts",
     "Friend",
     "Joseph",
     "Speer",
     "Wallach",
     "Winer",
     "Yates"
    ],
    "nays": []
   }
  ]
 }
]
"""

JUNE_AND_NOVEMBER_2021 = r"""[
 {
  "date": "2021-11-16",
  "minutes_url": "https://documents.bouldercolorado.gov/WebLink/edoc/178614/City%20Council%20Minutes%20-%2011.16.2021.pdf?dbid=0&repo=LF8PROD2",
  "attendees": [
   "Benjamin,",
   "Brockett,",
   "Folkerts,",
   "Friend,",
   "Joseph,",
   "Speer,",
   "Wallach,",
   "Winer,",
   "Yates"
  ],
  "open_comment": [
   {
    "name": "Jacob Payne",
    "topic": "housing and security"
   },
   {
    "name": "Ambika Kamath",
    "topic": "occupancy reform"
   },
   {
    "name": "Neesha Schnepf",
    "topic": "occupancy reform"
   },
   {
    "name": "Eric Budd",
    "topic": "occupancy reform"
   },
   {
    "name": "Patrick Murphy",
    "topic": "energy"
   },
   {
    "name": "Margaret LeCompte",
    "topic": "CU South annexation"
   },
   {
    "name": "Laura Tyler",
    "topic": "CU South annexation"
   },
   {
    "name": "SarahDawn Haynes",
    "topic": "occupancy reform"
   },
   {
    "name": "Robert Smoke",
    "topic": "violation of camping code"
   },
   {
    "name": "Kevin McWilliams",
    "topic": "occupancy reform"
   },
   {
    "name": "Blake Stone",
    "topic": "occupancy reform"
   },
   {
    "name": "Harlin Savage",
    "topic": "CU South annexation"
   },
   {
    "name": "Max Hollingsworth",
    "topic": "occupancy reform"
   },
   {
    "name": "Carol Dreselly",
    "topic": "occupancy reform"
   },
   {
    "name": "Alex Weinheimer",
    "topic": "occupancy reform"
   },
   {
    "name": "Aidan Cook",
    "topic": "occupancy reform"
   },
   {
    "name": "Ryan Schuchard",
    "topic": "occupancy reform"
   },
   {
    "name": "Kristen Hess",
    "topic": "occupancy reform"
   },
   {
    "name": "Dan Williams",
    "topic": "occupancy reform"
   },
   {
    "name": "Heather Bowler",
    "topic": "occupancy reform"
   }
  ],
  "consent_agenda": {
   "items": [
    "Consideration of a motion to approve the 2022 Council Meeting Calendar",
    "Consideration to approve two Intergovernmental Agreements between the City of Boulder, The Sugarloaf Fire Protection District and the Lefthand Fire Protection District for automatic and mutual aid response",
    "Introduction and consideration of a motion to order published by title only and adopt by emergency measure Ordinance 8489 supporting a Colorado Division of Parks and Wildlife State Trails Program Grant Application",
    "Introduction, first reading and consideration of a motion to order published by title only Ordinance 8492 amending Section 3-2-5, \"Rate of Tax,\" B.R.C. 1981",
    "Introduction, first reading and consideration of a motion to order published by title only, Ordinance 8511 approving supplemental appropriations to the 2021 Budget",
    "Introduction, first reading and consideration of a motion to order published by title only Ordinance 8514 amending Title 9, “Land Use Code,”",
    "Consideration of a motion to accept the City Clerk’s Certification of Sufficiency of the referendum petition to Ordinance 8483"
   ],
   "yeas": [
    "Yates",
    "Wallach",
    "Benjamin",
    "Brockett",
    "Folkerts",
    "Friend",
    "Joseph",
    "Speer",
    "Winer"
   ],
   "nays": [],
   "absent": []
  },
  "callup_checkin": [
   "Landmark Alteration Certificate"
  ],
  "public_hearings": [
   {
    "name": "Motion to ADOPT Ordinance 8490",
    "description": "Motion to ADOPT Ordinance 8490 designating the building and a portion of the property at 3485 Stanford Ct. as an individual landmark per Section 9-11-5 of the Boulder Revised Code, 1981, setting forth related details",
    "opened": "7:56 p.m",
    "closed": "7:58 p.m",
    "speakers": [
     "Lynn Segal"
    ],
    "motion": "Wallach",
    "seconded": "Yates",
    "yeas": [
     "Yates",
     "Wallach",
     "Benjamin",
     "Brockett",
     "Folkerts",
     "Friend",
     "Joseph",
     "Speer",
     "Winer"
    ],
    "nays": []
   },
   {
    "name": "Motion to ADOPT Ordinance 8513",
    "description": "Motion to ADOPT Ordinance 8513 designating the property at 963 7th St. as an individual landmark per Section 9-11-5 of the Boulder Revised Code, 1981; and setting forth related details",
    "opened": "8:08 p.m",
    "closed": "8:09 p.m",
    "speakers": [
     "Lynn Segal"
    ],
    "motion": "Benjamin",
    "seconded": "Folkerts",
    "yeas": [
     "Yates",
     "Wallach",
     "Benjamin",
     "Brockett",
     "Folkerts",
     "Friend",
     "Joseph",
     "Speer",
     "Winer"
    ],
    "nays": []
   }
  ]
 },
 {
  "date": "2021-06-15",
  "minutes_url": "https://documents.bouldercolorado.gov/WebLink/DocView.aspx?id=177180&dbid=0&repo=LF8PROD2",
  "attendees": [
   "Brockett",
   "Friend",
   "Joseph",
   "Nagle",
   "Swetlick",
   "Wallach",
   "Yates",
   "Young"
  ],
  "open_comment": [
   {
    "name": "Evan Ravitz",
    "topic": "Online petitioning, homelessness"
   },
   {
    "name": "Lynn Segal",
    "topic": "BO economic health"
   },
   {
    "name": "Timothy Thomas",
    "topic": "Juneteenth, environmental health"
   },
   {
    "name": "Lisa Spalding",
    "topic": "Community Benefit"
   },
   {
    "name": "Patrick Murphy",
    "topic": "Council emails, climate change"
   }
  ],
  "consent_agenda": {
   "items": [
    "Motion to accept the May 25, 2021 Study Session Summary regarding 2021 Ballot Items",
    "Motion to accept the May 25, 2021 Study Session Summary regarding Municipal Funding Options",
    "Consideration of a motion to consent to the appointment, by the mayor, of two former planning board members as alternates to hear an application for annexation and initial zoning of the property located at 4886 and 5278 Table Mesa Dr, 718 Marshall Rd, 0 Hwy 36, 4745 W. Moorhead Dr, and generally known as the CU Boulder South property, (LUR2019-00010)",
    "Introduction, first reading and consideration of a motion to order published by title only and adopt by emergency measure Ordinance 8468 adopting Supplement 147 which codifies previously adopted ordinances, as amendments to the Boulder Revised Code, 1981, and setting forth related details",
    "Introduction, first reading and consideration of a motion to order published by title only Ordinance 8469, which proposes to amend Title 9,“Land Use Code,” by implementing Phase 2 of the Community Benefit project by adding below market rate non-residential uses as options associated with requests for additional height or floor area in specified areas and setting forth details in relation thereto.",
    "Introduction, first reading and consideration of a motion to order published by title only Ordinance 8470 amending Section 8-3-21, B.R.C. 1981, “Tents and Nets Prohibited” to extend the prohibition to all city-owned property, excluding shade structures in urban parks and recreation areas, regulating the use of propane tanks on city-owned property",
    "Introduction, first reading, and consideration of a motion to order published by title only Ordinance 8472 adopting an intergovernmental agreement between",
    "Boulder County Sheriff’s Office and the City of Boulder, relating to law enforcement response, specifically the expansion of the authority to write county parking violations to all OSMP Rangers and city code enforcement officers on county and state rights-of-way adjacent to city-owned property",
    "Introduction, first reading, and consideration of a motion to order published by title only Ordinance 8473 amending Sections 2-6-4, “Judges,” and 5-2-4, “General Penalties,” B.R.C. 1981, to increase the maximum penalty provisions; and setting forth related details",
    "Update from City Attorney Search Committee identifying City Attorney Finalists",
    "Motion to accept candidates as finalist"
   ],
   "yeas": [
    "Brockett",
    "Friend",
    "Joseph",
    "Nagle",
    "Swetlick",
    "Wallach",
    "Yates",
    "Young"
   ],
   "nays": [],
   "absent": []
  },
  "callup_checkin": [
   "Concept Plan Review and Comment: For the redevelopment of a 9.27 acre property located at 3320 28th St., and 3265 and 3267 30th Street",
   "Full vacation of a 11,150 square foot and a partial vacation of a 9,153 square foot water line easement at 350 Ponca Pl. (ADR2020-00178)",
   "Vacation of an approximately 4,307 square feet public utility easement at 6400 Arapahoe Ave. The vacation is associated with a water main relocation associated with TEC2020-00033. (ADR2020-00264)",
   "Landmark Alteration Certificate: Consideration of a proposal to construct a 338 sq ft accessory building, in-ground pool, retaining wall and fence at 933 Mapleton Ave. a contributing property in the Mapleton Hill Historic District",
   "Landmark Alteration Certificate: Consideration of a proposal for the on-site relocation of a contributing accessory building at 406 Pearl St. a non-contributing property in the West Pearl Historic District"
  ],
  "public_hearings": [
   {
    "name": "Second reading and consideration of a motion to adopt Ordinance 8466 for Landmark Designation for 96 Arapahoe Ave. (Nuzum’s Nursery)",
    "description": "Marcy Gerwing, Historic Preservation Planner, introduced the item and provided a presentation with background information on the property.",
    "opened": "8:20 p.m",
    "closed": "8:21 p.m.",
    "speakers": [
     "Lynn Segal"
    ],
    "motion": "Motion to ADOPT Ordinance 8466 designating two buildings and a portion of the property at 96 Arapahoe Ave., to be known as Nuzum’s Nursery, as an individual landmark under the City of Boulder Historic Preservation Ordinance",
    "seconded": "Young/Brockett",
    "yeas": [
     "Friend",
     "Joseph",
     "Nagle",
     "Swetlick",
     "Wallach",
     "Yates",
     "Young"
    ],
    "nays": []
   },
   {
    "name": "Second reading and consideration of a motion to adopt Ordinance 8458",
    "description": "Amending Chapter 3-19, “Electronic Smoking Device Tax,” 4-32, “Tobacco Retailers,” 6-4, “Regulation of Smoking,” and 6-4.5, “Sale of Tobacco Products,” and Section 4-20- 75, “Tobacco Retailer License Fee,” B.R.C. 1981, to clarify licensing of tobacco and electronic smoking device retailers; tax on electronic smoking devices by all businesses; and setting forth related details Staff members Joel Wagner, Special Projects Manager and Kathy Haddock, Senior Counsel provided Council with a presentation outlining the changes to the codes.",
    "opened": "9:12 p.m",
    "closed": "9:46 p.m.",
    "speakers": [
     "Bonnie Dahl",
     "Liz Zukowski",
     "Jason Dahl",
     "Colt Stander",
     "Jordan Wellington",
     "Jonathan Singer",
     "Evan Ravitz",
     "Lynn Segal"
    ],
    "motion": "NO MOTION - Staff is directed to revisit the proposed amendments to Ordinance 8458, including review of the proposed language submitted by the industry, and solicit recommendations from the Cannabis Licensing Advisory Board. Staff is further directed to bring final recommendations back to Council for the continuation of 2nd reading",
    "seconded": "yeas: []",
    "nays": []
   },
   {
    "name": "Second reading and consideration of a motion to adopt Ordinance 8462",
    "description": "Amending Chapter 3-20, “Rental License Excise Tax,” and Chapter 12-2, “Landlord – Tenant Relations,” B.R.C. 1981, making changes to implement the provisions related to eviction prevention and rental assistance services; and setting forth related details Staff members Joel Wagner, Special Projects Manager and Carin Armstrong, Community Mediation & Resolution Center Manager, provided Council with a presentation outlining the current work to date and changes to the code.",
    "opened": "10:37 p.m",
    "closed": "9:46 p.m.",
    "speakers": [
     "Julie Van Domelen",
     "Lynn Segal"
    ],
    "motion": "Motion to ADOPT Ordinance 8462 amending Chapter 3-20, “Rental License Excise Tax,” and Chapter 12-2, “Landlord – Tenant Relations,”",
    "seconded": "Brockett/Swetlik",
    "yeas": [
     "Friend",
     "Joseph",
     "Nagle",
     "Swetlick",
     "Wallach",
     "Yates",
     "Young"
    ],
    "nays": []
   }
  ]
 }
]
"""

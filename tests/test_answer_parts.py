"""Many-part questions and the evidence around a quote: each part answered from the lead evidence's meeting
(a part's answer from another meeting is cited only when the question follows its subject across meetings),
a part asking how much, how many or how far answered by a figure, a question's notice ("I will ask ... how
much ...") as an echo whose reply follows a label, emphasised lines that wrap one sentence, and a table that a
lead-in introduces quoted with it. Each on a synthetic passage and, where the corpus has one, a real one."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.cues import ECHO, asked_year, has_figure
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.lists import list_after
from minutes_rag.answer.scoring import Stats
from minutes_rag.index.embed import Embedder, get_embedder
from minutes_rag.parse.load import load_file
from minutes_rag.text import question_parts, sentences
from minutes_rag.types import Answer, Hit

from .conftest import corpus, needs_corpus


def _hit(text: str, n: int = 1, date: str | None = "2025-03-01", doc: str | None = None,
         authority: str | None = "Northshire Council") -> Hit:
    doc = doc or f"d{n}"
    return Hit(rank=n, score=1.0 / n, chunk_id=f"{doc}:{n:05d}", doc_id=doc, source=f"{doc}.txt", pages=[],
               authority=authority, committee="Cabinet", meeting_date=date, item_number=None, item_title=None,
               kind="minutes", text=text)


@cache
def _model() -> Embedder:
    return get_embedder("minilm")


def _stats() -> Stats:
    return Stats(n_chunks=100, doc_freq=lambda w: 5, embed=_model().embed)


def _ask_real(tmp_path: Path, files: list[str], question: str) -> Answer:
    """A question asked of an index of a few corpus files (paths under ``../shared/corpus``)."""
    index = tmp_path / "index"
    if not index.exists():
        api.ingest([corpus(f) for f in files], index=index)
    return api.ask(question, index=index)


# ---- a part asking how far / how much is answered by a figure ----------------------------------------------


CONDITIONS = ("Item 3.1 Demolition request at 12 Mill Street. The committee approved the demolition of the building "
              "at 12 Mill Street. The northeast oak tree shall be protected and preserved. The northwest tree should "
              "be removed before the demolition. The owner is encouraged to reuse the felled wood. Councillor Ward "
              "thanked the heritage planner for the report. Notices banning machines from working after 6pm shall be "
              "posted on the site. The heritage planner answered questions on the roof. The use of mechanized "
              "equipment shall be prohibited within 14.8m of the trunk of the oak. The committee noted the "
              "heritage report.")


def test_part_synthetic_a_how_far_part_gets_the_sentence_with_the_distance() -> None:
    ans = answer_extractive("When the committee allowed the demolition at 12 Mill Street, which tree had to be "
                            "kept, and how close to it were machines banned from working?", [_hit(CONDITIONS)],
                            _stats())
    assert not ans.abstained
    assert "northeast oak" in ans.answer and "14.8m" in ans.answer


def test_part_synthetic_an_item_number_is_not_a_figure() -> None:
    assert not has_figure("7 (3.1) Demolition Request and Heritage Alteration Permit Application")
    assert not has_figure("4.2 (3) Budget Update")
    assert has_figure("the tree is 14.8m from the road")


# ---- a part is answered from the lead evidence's meeting -------------------------------------------------


def test_part_synthetic_another_meetings_answer_is_not_cited_for_a_one_meeting_question() -> None:
    march = _hit("Item 5 Riverside depot roof. The contract for the Riverside depot roof was awarded to Acme Roofing "
                 "Ltd, who will carry out the work for £412,000 in the summer.", 1, date="2025-03-01")
    june = _hit("Item 9 Hillside library windows. The tendered price was £96,500. Seven bids were received.", 2,
                date="2025-06-01")
    ans = answer_extractive("Who won the contract for the Riverside depot roof in March 2025, at what tendered "
                            "price, and how many bids were received?", [march, june], _stats())
    assert not ans.abstained
    assert "Acme Roofing" in ans.answer and "£96,500" not in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-03-01"}  # nothing quoted from June's tender


def test_part_synthetic_a_question_across_meetings_still_cites_each() -> None:
    march = _hit("The committee recommended a contribution of $80,000 to the doctor recruitment program.", 1,
                 date="2025-03-18", doc="committee")
    april = _hit("Council reduced the contribution to the doctor recruitment program to $50,000.", 2,
                 date="2025-04-01", doc="council")
    ans = answer_extractive("How much did the committee recommend in March 2025 for the doctor recruitment "
                            "program, and what did council finally do with that contribution in April 2025?",
                            [march, april], _stats())
    assert "$80,000" in ans.answer and "$50,000" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-03-18", "2025-04-01"}


# ---- a question's notice is an echo; its reply follows a label --------------------------------------------


@pytest.mark.parametrize(("text", "echo"), [
    ("I will ask at the next Meeting how much was spent cleaning up illegal dumping.", True),
    ("Councillor Lee asked whether the depot would close.", True),
    ("The report asks members to approve a grant of £2m for the scheme.", False),
    ("The contractor is asking for an extension of time.", False),
    ("I am writing to ask in the strongest terms and on behalf of our community, why the 73 bus was withdrawn.", True),
    ("Members will be asked to approve the plan and the budget it needs, which is set out below.", False),
    ("The Charity wished to know whether the council could re-site it.", True),
    ("Residents want to know when the road will reopen.", True),
    ("The clerk wanted to know the date of the next inspection.", False),
])
def test_echo_synthetic_a_notice_of_question_is_an_echo(text: str, echo: bool) -> None:
    assert bool(ECHO.search(text)) is echo


def _read_on(text: str, question: str, authority: str = "Northshire Council") -> str:
    ans = answer_extractive(question, [_hit(text, authority=authority)])
    assert not ans.abstained, ans.warnings
    return ans.answer


def test_echo_synthetic_a_quoted_question_is_read_on_into_its_answer() -> None:
    # the lead sentences quote the item; the question it records is their neighbour, and its answer the next
    assert "Harbour Quay" in _read_on(
        "Sea mine: The clerk contacted the charity on 14th May to ask about relocation of the sea mine. A reply was "
        "received saying the inn want the sea mine moved as soon as possible. The charity wished to know whether the "
        "council could re-site it. Cllr Lee suggested it be re-sited on Harbour Quay. All agreed.",
        "Where did the council agree to move the sea mine that the charity had been trying to relocate from the inn?")


def test_echo_real_a_quoted_question_is_read_on_into_its_answer() -> None:
    # Tintern Community Council's minutes of 20 May 2019, item 2704 (page 4; outside ../shared/corpus, in ext21)
    assert "Fryer’s Wharf" in _read_on(
        "2704.  Shipwrecked Mariners Charity Land Mine:  Clerk contacted the Charity on 14th \nMay to enquire "
        "progress by the Charity on relocation of the mine.  Reply received saying the \nAnchor Inn want the mine "
        "moved as soon as possible.  The Charity wished to know whether \nTCC could re-site it.  Cllr Hayward "
        "suggested it be re-sited on Fryer’s Wharf.  All Cllrs \nagreed to this proposal.  Clerk inform the Charity "
        "of this.  Cllrs Hayward & Hoskins \narranging to relocate it. \n2705.   Discuss Dog Waste Bin emptying "
        "proposals from MCC:",
        "Where did Tintern agree to move the mine that the Shipwrecked Mariners charity had been trying to relocate "
        "from The Anchor Inn?", authority="Tintern Community Council")


def test_echo_synthetic_the_reply_after_a_label_answers() -> None:
    hit = _hit("Question submitted by Councillor A. Byrne\nI will ask at the next Meeting how many potholes were "
               "repaired in the northern district in 2023.\nREPLY:\nA total of 412 potholes were repaired in the "
               "northern district in 2023.\nQuestion submitted by Councillor C. Dunne\nI will ask at the next "
               "Meeting when the library will reopen.")
    ans = answer_extractive("How many potholes were repaired in the northern district in 2023?", [hit])
    assert not ans.abstained and "412" in ans.answer


# ---- emphasised lines that wrap one sentence; a table after a lead-in ---------------------------------------


def test_wraps_synthetic_emphasised_lines_are_one_sentence() -> None:
    text = ("**I will ask at the next Meeting how much was spent on clean-ups, broken**\n"
            "**down by District, for 2021, 2022 and 2023.**\n**REPLY:**\nThe following was spent:")
    got = [s for _, s in sentences(text)]
    assert got[0].startswith("**I will ask") and "down by District" in got[0]
    assert "**REPLY:**" in got  # a bold label on its own line stays apart


def test_table_synthetic_a_lead_ins_table_rows_run_together_are_quoted() -> None:
    rows = " ".join(f"District{i} €{i},100.00 €{i},150.00" for i in range(1, 16))  # one long line, a row a few cells
    text = f"The following was spent on clean-ups by District:\n**District**\n**2022**\n**2023**\n{rows}"
    sents = sentences(text)
    items = [t for _, t in list_after(text, sents, 0)]
    assert items[:3] == ["**District**", "**2022**", "**2023**"]
    assert items[3].startswith("District1 €1,100.00 €1,150.00 District2")  # the rows' opening, within the budget
    assert len(items) == 4 and sum(map(len, items)) <= 400 and all(t in text for t in items)


@needs_corpus
def test_table_real_the_spend_by_district_follows_the_question(tmp_path: Path) -> None:
    path = corpus("limerick/2024/03/25-Full Meeting of Limerick City and County Council/"
                  "Minutes - Ordinary Meeting of Limerick City and County Council - 22nd January 2024.md")
    loaded = load_file(path).document
    assert loaded is not None
    text = "\n".join(p.text for p in loaded.pages)
    whole = [s for _, s in sentences(text) if "how much was spent cleaning up illegal dumping" in s]
    assert whole and "down by District" in whole[0]  # the bold lines of the question are one sentence
    api.ingest([path], index=tmp_path / "index")
    ans = api.ask("How much did Limerick spend clearing illegal dumping in the Metropolitan district in 2023?",
                  index=tmp_path / "index")
    assert not ans.abstained and "92,378.92" in ans.answer


def test_window_synthetic_a_quote_is_read_with_the_sentence_after_it() -> None:
    hit = _hit("Members discussed the future of the Eastfield depot at length, weighing the views of residents, the "
               "trade unions, the depot staff and the officers who had prepared the options appraisal for the "
               "committee. The depot will stay open until the new site is ready. Item 7 Allotments.")
    ans = answer_extractive("What did members discuss about the future of the Eastfield depot?", [hit])
    assert "stay open until the new site is ready" in ans.answer


# ---- a part's question word says what answers it; how a question divides --------------------------------


def test_part_synthetic_a_who_part_is_answered_by_a_name() -> None:
    hit = _hit("Item 6 Safeguarding update. The board discussed child sexual exploitation work across the county and "
               "the rise in referrals. Members asked about the plan for exploitation work. Partnership working on "
               "it was under way with the Northshire Police and Crime Commissioner. The item was noted.")
    ans = answer_extractive("What did the board say about the rise in referrals, and who was the council working "
                            "with on child sexual exploitation?", [hit], _stats())
    assert "Police and Crime Commissioner" in ans.answer


@pytest.mark.parametrize(("question", "parts"), [
    ("Who drew up the options in 2017, and whose quote for the electrics was accepted in 2023?",
     ["Who drew up the options in 2017", "whose quote for the electrics was accepted in 2023"]),
    ("The deferral proposal: how did it fare at the committee in March 2025 and then at council on April 1?",
     ["The deferral proposal: how did it fare at the committee in March 2025", "how did it fare at council on April 1"]),
    # a further part that opens with its own time or document before its question word
    ("How much did the council agree to spend in September 2024, and in the May 2025 update what was the charge per space?",
     ["How much did the council agree to spend in September 2024", "in the May 2025 update what was the charge per space"]),
    ("What did the insurance cost for 2020-21, and by roughly what percentage did it go up?",
     ["What did the insurance cost for 2020-21", "by roughly what percentage did it go up"]),
    # a further part hedged before its question word ("..., and roughly how many ...")
    ("What figure does the plan give for January 2024, and roughly how many does the transfer report cite?",
     ["What figure does the plan give for January 2024", "roughly how many does the transfer report cite"]),
    ("By October 2025, roughly how much had the council spent on the levy?",
     ["By October 2025", "roughly how much had the council spent on the levy"]),
    # (a place or time inside one part is no further part)
    ("What did the council decide on the depot in May, and in what form?",
     ["What did the council decide on the depot in May", "in what form"]),
    ("Who chaired the meeting of the planning and highways committee in the town hall?",
     ["Who chaired the meeting of the planning and highways committee in the town hall"]),
])
def test_parts_synthetic_how_a_question_divides(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


# ---- a year asked about: evidence from before it does not answer ------------------------------------------


@pytest.mark.parametrize(("question", "year"), [
    ("How many bags of rubbish were collected at the spring clean in 2016?", "2016"),
    ("What did the Local Area Plan 2014-2020 zone for employment?", None),  # a plan's span, not a time asked
    ("What did the 2024-25 budget set aside for roads?", None),  # a financial year
    ("What was decided in May 2016?", "2016"),  # (a month and year is asked_period's, which comes first)
])
def test_year_synthetic_the_one_year_a_question_names(question: str, year: str | None) -> None:
    got = asked_year(question)
    assert (got[1] if got else None) == year


def test_year_synthetic_minutes_from_before_the_year_asked_do_not_answer() -> None:
    before = _hit("Spring clean: there was a good turnout and 5 bags of rubbish were collected.", date="2015-05-14")
    stats = Stats(n_chunks=100, doc_freq=lambda w: 90 if w == "2016" else 1)  # a year is a common word
    ans = answer_extractive("How many bags of rubbish were collected at the spring clean in 2016?", [before], stats)
    assert ans.abstained and "dated before 2016" in ans.warnings[0]
    ahead = _hit("Spring clean: 5 bags of rubbish were collected; the 2016 spring clean will collect 8 bags.",
                 date="2015-05-14")
    assert not answer_extractive("How many bags of rubbish were collected at the spring clean in 2016?",
                                 [ahead], stats).abstained  # earlier minutes that speak of the year asked


@needs_corpus
def test_year_real_a_parish_spring_clean_asked_of_a_later_year(tmp_path: Path) -> None:
    path = corpus("souldern-parish-council/minutes/2015-05-14 SPC minutes.pdf")
    api.ingest([path], index=tmp_path / "index")
    ans = api.ask("How many bags of rubbish were collected at Souldern's village spring clean in 2016?",
                  index=tmp_path / "index")
    assert ans.abstained
    ans = api.ask("How many bags of rubbish were collected at Souldern's village spring clean in 2015?",
                  index=tmp_path / "index")
    assert not ans.abstained and "5 bags" in ans.answer


# ---- a form's decision printed in capitals is what became of the application -------------------------------


def test_decision_synthetic_a_forms_verdict_in_capitals_is_what_became_of_it() -> None:
    from minutes_rag.answer.parts import records_decision
    assert records_decision("APPLICATION FOR ROOF REPLACEMENT CONTINUED.") and records_decision("DECISION: DEMOLITION DENIED.")
    assert not records_decision("APPLICATION: HDC 2019-00783, 12 ELM STREET – ROOF REPLACEMENT [MATERIAL CHANGE]")
    assert not records_decision("EXISTING CONDITIONS:")
    hit = _hit("APPLICATION: HDC 2020-00101, 12 ELM STREET – ROOF REPLACEMENT\nEXISTING CONDITIONS:\nThe house is a "
               "one-story bungalow. Existing roof is asphalt.\nPROPOSAL:\nThe proposal is a change in roof material. "
               "Proposed roof material is metal.\nMOTION: CONTINUED 1st: LEE 2nd: KAY\nMr. Lee moved to continue "
               "this application for more information.\nVOTE: 5/3 AYES: ABEL, BOND, LEE, KAY, WEST NAYS: CRANE, DALE, "
               "FOX\nDECISION:\nAPPLICATION FOR ROOF REPLACEMENT CONTINUED.\n\nAPPLICATION: HDC 2020-00102, 9 OAK "
               "AVENUE – TREE REMOVAL\nEXISTING CONDITIONS:\nA large oak stands in the rear yard.")
    ans = answer_extractive("What happened to the request to swap the asphalt roof for a metal one at 12 Elm Street, "
                            "and how close was the vote?", [hit], _stats())
    assert "ROOF REPLACEMENT CONTINUED" in ans.answer and "5/3" in ans.answer, ans.answer


def test_decision_real_a_forms_verdict_in_capitals_is_what_became_of_it() -> None:
    # Charlotte Historic District Commission, minutes of 12 February 2020, pages 8-9 (outside ../shared/corpus, in
    # ext24): the application's sections, its motion, vote and decision
    text = ("APPLICATION:  HDCRMI 2019-00783, 1545 WILMORE DRIVE – ROOF REPLACEMENT [MATERIAL CHANGE] \n \nEXISTING "
            "CONDITIONS: \nThe subject property is a one-story Bungalow constructed 1999.   Architectural features "
            "include a front gable roof, an \nengaged full-width front porch supported by square columns, and 1/1 "
            "windows. The lot size is approximately 50’ x 150’.  \n \nPROPOSAL: \nThe proposal is a change in roof "
            "material. Existing roof is asphalt.  Proposed roof material is metal. The new roof is a \ngalvalume "
            "concealed 1” self-locking system.  Applicant has been advised to bring a material sample to the public "
            "\nhearing.  \n \nSTAFF ANALYSIS: Staff has the following concerns with the proposal: \n1. The "
            "Commission shall determine if the proposed roof material is incongruous or not incongruous with the "
            "house and \nthe district.  \n2. Minor revisions may be reviewed by staff. \n \nSPEAKERS [FOR | "
            "AGAINST]: \nNo one accepted Mr. Haden’s invitation to speak for or against this application. \n \n"
            "MOTION:   CONTINUED    1st:  RUMSCH      2nd:  WALKER \nMr. Rumsch moved to continue this application, for "
            "additional information showing bungalows that may have a similar \nmetal roof in a historic district.   "
            "\n \nVOTE:  5/3  AYES: BARTH, BONAPARTE, HADEN, RUMSCH, WALKER \n   NAYS: HINDMAN, PARATI, PHARES \n "
            "\nDECISION:  \nAPPLICATION FOR ROOF REPLACEMENT CONTINUED. \n \n \nABSENT | RECUSE | LEFT MEETING:  "
            "\nABSENT:  HENNINGSON, JORDAN, LINEBERGER, MURYN \n")
    cut = text.index("STAFF ANALYSIS")  # (two chunks of the minutes, as the index holds them)
    chunks = [_hit(part, n, date="2020-02-12", doc="hdc", authority="Charlotte Historic District Commission")
              for n, part in ((1, text[:cut]), (2, text[cut:]))]
    ans = answer_extractive("What happened to the request to swap an asphalt roof for a metal one at 1545 Wilmore "
                            "Drive in February 2020, and how close was the vote?", chunks, _stats())
    assert "ROOF REPLACEMENT CONTINUED" in ans.answer and "5/3" in ans.answer, ans.answer


# ---- asked of two bodies, each with its own time: the earlier time counts too ------------------------------


def test_year_synthetic_two_bodies_each_with_its_own_time() -> None:
    from minutes_rag.answer.timing import asked_time
    from minutes_rag.parse.meta import names_authority
    # (a body named by its place's word as owner: "Eastport's lunch" for the Eastport Commission on Aging)
    assert names_authority("Eastport's 2023 holiday lunch", "Eastport Commission on Aging")
    assert names_authority("Westfield's disco", "Westfield Parent Council")
    assert not names_authority("Eastport's 2023 holiday lunch", "Westfield Parent Council")
    q = ("Compare two costs: the per-head catering price for Eastport's 2023 holiday lunch and the hall-hire fee "
         "waived for Westfield's December 2025 disco.")
    assert asked_time(q) == ("2025-12-01", "December 2025")  # one body asked of: the month asked
    assert asked_time(q, 2) == ("2023-01-01", "2023")  # two: the older year one of them is asked of
    # (a financial year or a plan's span is no time of one body's)
    assert asked_time("What were Eastport's 2023/24 funds and Westfield's funds at 31 March 2024?", 2)[1] == "31 March 2024"
    lunch = _hit("Catering: the caterer confirmed he could provide food for the 2023 event for $16.00 per person.",
                 date="2023-10-04", authority="Eastport Commission on Aging")
    disco = _hit("Festive disco: the venue is giving us the hall for free and waiving the £184 fee.", 2,
                 date="2025-11-26", authority="Westfield Parent Council")
    ans = answer_extractive(q.replace("Eastport's", "Eastport Commission on Aging's").replace(
        "Westfield's", "Westfield Parent Council's"), [lunch, disco], _stats())
    assert not ans.abstained and "$16.00" in ans.answer, (ans.answer, ans.warnings)


def test_year_real_two_bodies_each_with_its_own_time() -> None:
    # Louisa County Commission on Aging, 4 October 2023 (p2), and Hyndland Primary School Parent Council, 26
    # November 2025 (p1): their minutes' own sentences (outside ../shared/corpus, in ext20)
    lunch = _hit("Holiday Luncheon Logistics for the December Holiday Luncheon were discussed. Willie confirmed from "
                 "Supervisor Fitzgerald Barnes that he could provide food for the 2023 event for $16.00 per person - "
                 "(approx. 175 guests/vendors/COA members in total.)", date="2023-10-04",
                 authority="Louisa County Commission on Aging")
    disco = _hit("Christmas disco. Despo received a call from the venue advising that they will be giving us the "
                 "venue for free and waiveing the £184 fee.", 2, date="2025-11-26",
                 authority="Hyndland Parent Council")
    ans = answer_extractive("Compare two holiday-event costs: the per-head catering price confirmed for Louisa's 2023 "
                            "holiday luncheon and the hall-hire fee waived for Hyndland's December 2025 festive disco.",
                            [lunch, disco], _stats())
    assert not ans.abstained and "$16.00" in ans.answer, (ans.answer, ans.warnings)


# ---- a quote over a page break cites both pages -----------------------------------------------------------


def test_pages_synthetic_a_quote_over_a_page_break_is_on_both_pages() -> None:
    from minutes_rag.answer.cite import citation_for
    text = "Item 4 Budget. The committee agreed a grant of £12,000 to the\nvillage hall for its new roof. Noted."
    brk = text.index("village")
    hit = replace(_hit(text), pages=[7, 8], page_map=f"0:7;{brk}:8")
    at = text.index("The committee")
    quote = "The committee agreed a grant of £12,000 to the village hall for its new roof."
    assert citation_for(1, hit, [(at, quote)]).pages == [7, 8]
    assert citation_for(1, hit, [(0, "Item 4 Budget.")]).pages == [7]


def test_pages_synthetic_a_passage_that_runs_into_the_next_chunk_is_one_citation_of_both_pages() -> None:
    from minutes_rag.answer.cite import citation_for
    first = replace(_hit("Item 4 Budget. The committee agreed a grant of"), pages=[7])
    then = replace(_hit("£12,000 to the village hall for its new roof. Noted."), pages=[8], chunk_id="d1:00001")
    run = [(first, [(15, "The committee agreed a grant of")]), (then, [(0, "£12,000 to the village hall for its new roof.")])]
    cited = citation_for(1, first, run[0][1], run)
    assert cited.pages == [7, 8] and cited.page == 7 and cited.chunk_id == first.chunk_id
    assert cited.quote == "The committee agreed a grant of £12,000 to the village hall for its new roof."


@needs_corpus
def test_pages_real_a_statement_over_a_page_break(tmp_path: Path) -> None:
    path = corpus("west-of-england-ca/src-weca-0023_joint-meeting-2026-03-27-statements.pdf")
    api.ingest([path], index=tmp_path / "index")
    ans = api.ask("What traffic and bus figures did Councillor Rob Bryher cite in his statement to the West of "
                  "England joint committee meeting of 27 March 2026?", index=tmp_path / "index")
    assert not ans.abstained
    assert any(8 in c.pages for c in ans.citations)  # the figures are printed on page 8


# ---- a vote printed before the resolution it carries --------------------------------------------------------


def test_vote_synthetic_a_roll_call_across_a_converters_page_note() -> None:
    from minutes_rag.parse.votes import roll_call_tallies
    text = ("The result of the voting was as follows:\nFor:\nCouncillors Avery, Byrne, Cole. (3)\n"
            "--- *<small>Scanned page, text may contain errors. See original file for clarity</small>*\n"
            "Against:\nCouncillors Dunne, Egan. (2)\nThere were no abstentions.")
    assert [t for _, t in roll_call_tallies(text)] == ["For: 3; Against: 2"]


def test_vote_synthetic_the_tally_before_the_resolution_is_read_back() -> None:
    first = _hit("16(a) Riverside Local Area Plan. Councillor Avery proposed that the Plan be made with the land at "
                 "the mill zoned for housing. The Chief Executive said a vote would be required.\nThe result of the "
                 "voting was as follows:\nFor:", doc="m")
    first = replace(first, chunk_id="m:00018:aa")
    second = replace(_hit("Councillors Avery, Byrne, Cole, Doyle. (4)\nAgainst:\nCouncillors Egan, Flynn. (2)\n"
                          "There were no abstentions.\nProposed by Councillor Avery; Seconded by Councillor Byrne; "
                          "And Resolved:", doc="m"), chunk_id="m:00019:bb")
    third = replace(_hit("\u201cThat, the Riverside Local Area Plan be made, subject to the zoning of the land at the "
                         "mill for housing.\u201d\n17. Standing Orders. Deferred.", doc="m"), chunk_id="m:00020:cc")
    before = {"m:00020:cc": second, "m:00019:bb": first}
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1, prev_chunk=lambda h: before.get(h.chunk_id))
    ans = answer_extractive("When the council made the Riverside Local Area Plan, what zoning was included, and how "
                            "many councillors voted for it?", [third], stats)
    assert not ans.abstained
    assert "For: 4; Against: 2" in ans.answer and "mill for housing" in ans.answer


@needs_corpus
def test_vote_real_a_local_area_plan_made_after_a_roll_call(tmp_path: Path) -> None:
    path = corpus("limerick/2014/09/22-Full Meeting of Limerick City and County Council/"
                  "Minutes of Special Meeting of Limerick City and County Council - Monday 7th July 2014.md")
    api.ingest([path], index=tmp_path / "index")
    ans = api.ask("When Limerick made the Newcastle West Local Area Plan 2014-2020 in July 2014, what zoning "
                  "amendment was included, and how many councillors voted for it?", index=tmp_path / "index")
    assert not ans.abstained and "Enterprise and Employment" in ans.answer and "For: 29" in ans.answer


# ---- what became of an item: the minutes, not the agenda ----------------------------------------------------


def test_outcome_synthetic_the_minutes_not_the_agenda_say_what_happened() -> None:
    agenda = replace(_hit("7. Planning (a) Tree Policy 2024-2030 To approve the Northshire Tree Policy 2024-2030. "
                          "(b) Road Fund To note the Road Fund allocations for 2024.", doc="agenda"), kind="agenda")
    minutes = replace(_hit("Circulated, report on the Northshire Tree Policy 2024-2030. Members welcomed it. "
                           "The Tree Policy 2024-2030 was approved. Following discussion, the Chief Executive "
                           "agreed to defer the Road Fund allocations to the June meeting.", 2, doc="minutes"))
    question = "What happened to the Tree Policy 2024-2030 and to the Road Fund allocations for 2024?"
    ans = answer_extractive(question, [agenda, minutes])
    assert "defer" in ans.answer and "To approve" not in ans.answer
    assert {c.source for c in ans.citations} == {"minutes.txt"}
    alone = answer_extractive(question, [agenda])  # an agenda alone is still quoted: nothing else is at hand
    assert not alone.abstained and "To approve" in alone.answer


@needs_corpus
def test_outcome_real_an_item_deferred_at_the_meeting(tmp_path: Path) -> None:
    folder = "limerick/2024/{}-Full Meeting of Limerick City and County Council/{} - Meeting of Limerick City and " \
             "County Council - 27th May 2024.md"
    api.ingest([corpus(folder.format("05/27", "Agenda")), corpus(folder.format("07/08", "Minutes"))],
               index=tmp_path / "index")
    ans = api.ask("At Limerick's council meeting on 27 May 2024, what happened to the Tree Policy 2024-2030 and to "
                  "the Development Contribution Fund allocations for 2024?", index=tmp_path / "index")
    assert not ans.abstained and "defer" in ans.answer.lower()
    assert all("Agenda" not in c.source for c in ans.citations)


def test_part_synthetic_which_meeting_is_answered_by_a_date() -> None:
    hit = _hit("Forward plan of key decisions. 20mph review: to seek approval to progress to public consultation on "
               "reducing the speed limit to 20mph on 100 roads now at 30mph. The review follows the evidence report "
               "on road safety and walking and cycling. Residents and ward members raised road safety concerns. "
               "Meeting: 19 Mar 2026 Transport Committee, for decision, lead officer Adam Smith.")
    ans = answer_extractive("How many roads at 30mph did the 20mph review propose to reduce, and at which meeting "
                            "was approval to go to public consultation due?", [hit], _stats())
    assert "100 roads" in ans.answer and "19 Mar 2026" in ans.answer


# ---- British and American spellings meet ----------------------------------------------------------------


@pytest.mark.parametrize(("british", "american"), [("neighbourhood", "neighborhood"), ("honours", "honors"),
                                                   ("labour", "labor"), ("favourite", "favorite"),
                                                   ("behaviour", "behavior")])
def test_spelling_synthetic_one_stem(british: str, american: str) -> None:
    from minutes_rag.text import stem
    assert stem(british) == stem(american)


@pytest.mark.parametrize("word", ["four", "hour", "your", "tour", "flour"])
def test_spelling_synthetic_short_words_keep_their_our(word: str) -> None:
    from minutes_rag.text import stem
    assert "our" in stem(word)


def test_spelling_synthetic_a_british_question_meets_american_minutes() -> None:
    hit = _hit("The council approved the Eastside Neighborhood Traffic Plan and a budget of $40,000 for speed "
               "humps. The item on the labor agreement was continued.", authority="City of Eastside")
    ans = answer_extractive("What budget did the council approve for the Eastside Neighbourhood Traffic Plan?",
                            [hit], Stats(n_chunks=100, doc_freq=lambda w: 1 if w.startswith("neighbo") else 60))
    assert not ans.abstained and "$40,000" in ans.answer  # the rarest word, in the other spelling


# ---- the same answer whatever the process's hash seed -------------------------------------------------------


@needs_corpus
def test_determinism_real_one_answer_under_any_hash_seed(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys
    api.ingest([corpus("bristol-city-council/src-bcc-0017_transport-connectivity-policy-committee-forward-plan-"
                       "update-2026-02-18.pdf"),
                corpus("west-of-england-ca/src-weca-0023_joint-meeting-2026-03-27-statements.pdf")],
               index=tmp_path / "index")
    question = ("East Bristol Liveable Neighbourhood: when did the February 2026 forward plan schedule the committee "
                "decision on its Full Business Case, and which academic study did the Bristol East Disabled Society "
                "cite against the scheme in its statement in March 2026?")
    out = []
    for seed in ("1", "2", "3"):  # sums over sets of words must not depend on the order a set is walked in
        done = subprocess.run([sys.executable, "-m", "minutes_rag.cli", "ask", question, "--index",
                               str(tmp_path / "index"), "--json"], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        out.append(json.loads(done.stdout)["answer"])
    assert out[0] == out[1] == out[2]


# ---- "the following month": a question across meetings ------------------------------------------------------


def test_part_synthetic_the_following_month_is_another_meeting() -> None:
    february = _hit("Volunteer Appreciation. Council discussed ways to thank the township's volunteers. Council "
                    "agreed to hold the volunteer appreciation event on October 4 as a catered dinner at the hall.",
                    1, date="2025-02-04", doc="feb")
    march = _hit("Draft Budget. Council reviewed the draft budget for the year. Adjustments requested: the fire "
                 "hydrant line to be removed. Appreciation event: budget to be moved to $5,000.", 2,
                 date="2025-03-18", doc="mar")
    ans = answer_extractive("The volunteer appreciation event: in what format did council agree to hold it, and what "
                            "budget did council ask for when it reviewed the draft budget the following month?",
                            [march, february], _stats())
    assert "catered dinner" in ans.answer and "$5,000" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-02-04", "2025-03-18"}


@needs_corpus
def test_part_real_the_following_month_is_another_meeting(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-February-4-2025.pdf",
                               "nipissing-township/minutes/Minutes-March-18-2025.pdf"],
                    "On what date and as what kind of event did Nipissing council plan its 2025 volunteer appreciation "
                    "event, and what budget was requested for it when council reviewed the draft budget the following "
                    "month?")
    assert not ans.abstained and "catered dinner" in ans.answer and "5,000" in ans.answer


# ---- what position a body took: the sentence that records its decision ------------------------------------


def test_part_synthetic_a_position_part_is_answered_by_the_decision() -> None:
    may = _hit("Planning. 15/00321/F The chairman called for comments from the floor on the application to extend "
               "the poultry shed at Lower Farm for the rearing of chickens. Councillors then discussed their "
               "response to the application at length. Several residents raised the traffic on the lane. It was "
               "resolved that the Council could not support the application until a traffic survey was done.",
               1, date="2015-05-14", doc="may")
    july = _hit("Issues from the floor. Smells from the poultry shed at Lower Farm were raised by a resident. "
                "Residents affected by smells are advised to keep an odour diary for the Environmental Protection "
                "Officer.", 2, date="2016-07-21", doc="july")
    ans = answer_extractive("The poultry shed at Lower Farm: what position did the council take in May 2015 on the "
                            "application to extend it, and what were residents advised to do about smells from it "
                            "in July 2016?", [may, july], _stats())
    assert "could not support" in ans.answer and "odour diary" in ans.answer


@needs_corpus
def test_part_real_a_parish_councils_position_on_an_application(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2015-05-14 SPC minutes.pdf",
                               "souldern-parish-council/minutes/2016-07-21 SPC minutes.pdf"],
                    "Leycroft Barn pig unit: what position did Souldern parish council take in May 2015 on the "
                    "application to extend the livestock building, and what were residents told to do about the "
                    "smells in July 2016?")
    assert not ans.abstained and "not support" in ans.answer and "Odour Diary" in ans.answer


# ---- a verdict with its count printed after a vote table that runs into the next chunk --------------------


def test_vote_synthetic_the_verdict_after_a_vote_table_is_read_on() -> None:
    motion = replace(_hit("8.3.8 Doctor Recruitment Program. Motion made by D. Avery. Seconded by B. Byrne. That the "
                          "City's financial contribution to the doctor recruitment program BE APPROVED in the amount "
                          "of $50,000 for one year.\n> [!abstract]- Vote:\n> |Yeas:|Nays:|\n> |-|-|\n"
                          "> |A. Hopkins|J. Morgan|\n> |S. Lehman|S. Lewis|", doc="m"), chunk_id="m:00031:aa")
    rest = replace(_hit("> |H. McAlister|S. Hillier|\n> ||C. Rahman|\n\n> **Motion Failed (7 to 8)**\n\nItem 8, "
                        "clause 2.2, reads as follows: a) the staff report BE RECEIVED.", doc="m"),
                   chunk_id="m:00032:bb")
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1, next_chunk=lambda h: rest if h.chunk_id == "m:00031:aa" else None)
    ans = answer_extractive("How did the council vote on the $50,000 contribution to the doctor recruitment program?",
                            [motion], stats)
    assert not ans.abstained and "Motion Failed (7 to 8)" in ans.answer


# ---- a question's specific words must be found in one meeting's evidence, not gathered from several ----------


def test_abstain_synthetic_specific_words_scattered_over_meetings() -> None:
    rare = {"paybyphone": 0, "transaction": 1, "app": 1, "honk": 1}
    stats = Stats(n_chunks=100, doc_freq=lambda w: rare.get(w, 30))
    fee = _hit("Parking Fees. The committee approved a transaction fee of $0.35 for the Honk Mobile parking service, "
               "to be added to the fees and charges by-law.", 1, date="2025-03-04", doc="march")
    app = _hit("Downtown Parking. Staff will promote the parking app, which 1,200 drivers used in March, at the pay "
               "stations in the municipal lots.", 2, date="2025-03-25", doc="late-march")
    never = answer_extractive("What transaction fee did the council approve for the PayByPhone parking app?",
                              [fee, app], stats)
    assert never.abstained  # 'transaction' from one meeting and 'app' from another do not make PayByPhone's fee
    ans = answer_extractive("What transaction fee did the council approve for the Honk Mobile parking service?",
                            [fee, app], stats)
    assert not ans.abstained and "$0.35" in ans.answer


@needs_corpus
def test_abstain_real_an_app_whose_fee_the_minutes_never_set(tmp_path: Path) -> None:
    files = ["london-ontario/md/2025-03-04 4th Meeting of City Council.md",
             "london-ontario/md/2025-03-25 4th Meeting of the Strategic Priorities and Policy Committee.md"]
    question = "What transaction fee did the City of London, Ontario approve for the {} parking app in 2025?"
    assert _ask_real(tmp_path, files, question.format("PayByPhone")).abstained
    ans = _ask_real(tmp_path, files, question.format("Honk Mobile"))
    assert not ans.abstained and "$0.35" in ans.answer


# ---- a document filed under the day asked answers for that day, whatever date its text gives ------------------


def test_year_synthetic_minutes_filed_under_the_day_asked() -> None:
    annual = replace(_hit("Annual Meeting. To elect a vice-chairman for the forthcoming year: it was proposed and "
                          "seconded that Alan Smith be elected vice-chairman.", date="2018-05-24", doc="filed"),
                     source="minutes/2019-05-23 parish minutes.pdf")
    question = "In the minutes filed with the parish council's 23 May 2019 meeting, who was elected vice-chairman?"
    ans = answer_extractive(question, [annual], _stats())
    assert not ans.abstained and "Alan Smith" in ans.answer
    older = replace(annual, source="minutes/2018-05-24 parish minutes.pdf")  # filed under its own, earlier day
    assert answer_extractive(question, [older], _stats()).abstained


@needs_corpus
def test_year_real_annual_minutes_filed_with_a_later_meeting(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2019-05-23 SPC minutes.pdf"],
                    "In the annual council meeting minutes filed with Souldern's 23 May 2019 meeting, who was elected "
                    "vice-chairman?")
    assert not ans.abstained and "Alan Smith" in ans.answer


@needs_corpus
def test_parts_real_bristol_hedged_part(tmp_path: Path) -> None:
    # "..., and roughly how much had actually been spent ...": the hedged part is a part of its own, answered from the
    # October 2025 update's finance advice ("To date, approximately £26,000 has been spent developing the levy")
    ans = _ask_real(tmp_path, [
        "bristol-city-council/src-bcc-0022_src-bcc-0022-printed-minutes-transport-and-connectivity-policy-committee-"
        "12-september-2024.pdf",
        "bristol-city-council/src-bcc-0009_committee-report-wpl-october-2025.pdf",
        "bristol-city-council/src-bcc-0014_committee-report-workplace-parking-levy-march-2026.pdf"],
        "Bristol's transport committee approved spending on a Workplace Parking Levy outline business case in "
        "September 2024. What was the vote, and roughly how much had actually been spent on developing the levy "
        "according to the October 2025 update report?")
    assert not ans.abstained and "26,000" in ans.answer, ans.answer

"""More answer failure classes, each on a synthetic passage and on a real corpus one: editors' notes and
markup in converted minutes, scope clauses that are not question parts, the nth meeting of a period, a
many-part question answered from one meeting, and roll-call votes whose counts end a list of names (also
when the list runs past a chunk's end)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.cues import asks_vote, part_period, states_quantity
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.answer.spanning import spans_meetings
from minutes_rag.parse.votes import count_runs, roll_call_tallies
from minutes_rag.text import is_scope_clause, question_parts, sentences
from minutes_rag.types import Hit

from .conftest import corpus, needs_corpus

LIMERICK_2014 = ("limerick/2014/09/22-Full Meeting of Limerick City and County Council/"
                 "Minutes of Inaugural Meeting of Limerick City and County Council - Friday 6th June 2014.md")
LIMERICK_2024 = ("limerick/2024/11/25-Full Meeting of Limerick City and County Council/"
                 "Minutes - Ordinary Meeting of Limerick City and County Council - 23rd September 2024.md")


def _hit(text: str, n: int = 1, date: str | None = "2025-03-01", doc: str | None = None,
         chunk: int = 0) -> Hit:
    doc = doc or f"d{n}"
    return Hit(rank=n, score=1.0 / n, chunk_id=f"{doc}:{chunk:05d}", doc_id=doc, source=f"{doc}.md", pages=[],
               authority="Northshire Council", committee="Council", meeting_date=date, item_number=None,
               item_title=None, kind="minutes", text=text)


# ---- editors' notes, inline markup and rules in converted minutes ---------------------------------------


def test_editorial_notes_synthetic_are_not_sentences_and_offsets_hold() -> None:
    text = ("---\n*<small>Scanned page, text may contain errors. See original file for clarity</small>*\n\n"
            "The <b>Council</b> agreed the budget.\n---\nThe meeting closed.")
    got = sentences(text)
    assert [s for _, s in got] == ["The Council agreed the budget.", "The meeting closed."]
    for off, s in got:  # offsets still point into the original text (for the page a quote is on)
        assert text[off:off + 3] == s[:3]


@needs_corpus
def test_editorial_notes_real_a_scanned_limerick_page_starts_with_its_minutes() -> None:
    text = corpus(LIMERICK_2014).read_text(encoding="utf-8")
    said = [s for _, s in sentences(text)]
    assert not any("original file for clarity" in s or "<small>" in s or s.startswith("---") for s in said)
    assert any(s.startswith("MINUTES OF PROCEEDINGS AT INAUGURAL ANNUAL MEETING") for s in said)


# ---- scope clauses ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("part", "scope"), [
    ("According to the parish's 2013 annual meeting", True),
    ("When the transport committee reviewed parking charges in September 2024", True),
    ("For the ring road scheme", True),
    ("After the treasurer resigned from the board", True),
    ("By October 2025", True),
    ("By the October 2025 progress report on the levy", True),
    ("by when would the work finish under it", False),
    ("By October 2025 had the library reopened", False),
    ("by whom was it seconded", False),
    ("When was the forum set up", False),
    ("what did it decide", False),
    ("who called it in", False),
])
def test_scope_clause_synthetic(part: str, scope: bool) -> None:
    assert is_scope_clause(part) is scope


def test_scope_clause_synthetic_is_not_answered_as_a_part() -> None:
    question = "At the council meeting on 3 March 2025, what did the council decide about the library?"
    assert question_parts(question)[0] == "At the council meeting on 3 March 2025"
    hits = [_hit("The council meeting on 3 March 2025 was held in the Guildhall at 7pm. Present: the Mayor.\n"
                 "The council decided to keep the library open on Saturdays.", date="2025-03-03")]
    ans = answer_extractive(question, hits)
    assert not ans.abstained and "keep the library open" in ans.answer
    assert "Guildhall" not in ans.answer  # the scope's own sentence is not quoted as the answer to a part


# ---- the nth meeting of a period -------------------------------------------------------------------------


def test_ordinal_meeting_synthetic_the_first_meeting_of_the_year_is_quoted() -> None:
    hits = [_hit("Presentation: Jo Bloggs presented the library budget for 2025 to the council.", 1,
                 date="2025-01-21"),
            _hit("Presentation: Sam Smith presented the library budget for 2025 to the council.", 2,
                 date="2025-01-07"),
            _hit("Presentation: Lee Jones presented the library budget for 2025 to the council.", 3,
                 date="2025-03-18")]
    ans = answer_extractive("Who presented the library budget at the first council meeting of 2025?", hits)
    assert not ans.abstained and ans.answer.startswith("Presentation: Sam Smith")
    assert ans.citations[0].meeting_date == "2025-01-07"
    ans = answer_extractive("Who presented the library budget at the last council meeting of 2025?", hits)
    assert ans.answer.startswith("Presentation: Lee Jones")


@needs_corpus
def test_ordinal_meeting_real_the_first_nipissing_meeting_of_2025(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who presented the Powassan library's 2025 budget at Nipissing's first council meeting of 2025?",
                  index=index)
    assert not ans.abstained and "Debbie Piper" in ans.answer
    assert ans.citations[0].meeting_date == "2025-01-07"
    two = api.ask("Who chaired Nipissing's first council meeting of 2025, and who presented the Powassan library's "
                  "budget at that meeting?", index=index)
    assert "Debbie Piper" in two.answer and {c.meeting_date for c in two.citations} == {"2025-01-07"}


# ---- a many-part question is answered from one meeting ------------------------------------------------------


def test_many_parts_synthetic_quotes_stay_in_the_lead_meeting() -> None:
    hits = [_hit("The council appointed Ann Lee as treasurer. She will serve until May 2027.", 1,
                 date="2025-05-20"),
            _hit("The council thanked the treasurer for her report on the village hall accounts.", 2,
                 date="2023-09-14")]
    question = "Who did the council appoint as treasurer, and until when will she serve?"
    ans = answer_extractive(question, hits)
    assert not ans.abstained and "Ann Lee" in ans.answer and "May 2027" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-05-20"}
    assert not spans_meetings(question)
    assert spans_meetings("How did the vote change between the committee in February 2025 and council in March 2025?")


@pytest.mark.parametrize(("question", "across"), [
    ("Who chaired the first council meeting of 2025, and who presented the library budget at that meeting?", False),
    ("Who chaired the first meeting in March 2024, and what did it decide on parking?", False),
    ("Who first proposed the parking levy, and when was it adopted?", True),
    ("How did the parking charge change, and what was it first set at?", True),
])
def test_many_parts_synthetic_one_meeting_named_by_its_order(question: str, across: bool) -> None:
    assert spans_meetings(question) is across


@needs_corpus
def test_many_parts_real_kent_leader_cites_only_the_meeting_asked(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("In his last report to full council before the 2025 elections, what did Kent's Leader say the "
                  "total highways maintenance spend would be in 2025-26, and by how much had pothole blitz "
                  "funding been increased?", index=index)
    assert not ans.abstained and "£80million" in ans.answer and "70%" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-03-13"}


# ---- roll-call votes --------------------------------------------------------------------------------------


ROLL_CALL = ("The result of the voting was as follows:\n\n**For**\n\nCouncillors Ash, Birch, Cedar,\n\n"
             "Elm, Fir. **(5)**\n\n**Against**\n\nCouncillors Oak, Pine. **(2)**\n\nThere were no abstentions.\n"
             "The Mayor declared the motion carried.")


def test_roll_call_synthetic_tallies() -> None:
    assert roll_call_tallies(ROLL_CALL) == [(ROLL_CALL.index("**For**"), "For: 5; Against: 2")]
    assert roll_call_tallies("For information only.\nThe report was noted. (3)") == []


def test_roll_call_synthetic_a_vote_question_gets_the_counts_past_the_chunks_end() -> None:
    cut = ROLL_CALL.index("Elm")
    first = _hit("Councillor Ash proposed that the rate be raised by 10% for 2026. " + ROLL_CALL[:cut], 1,
                 doc="m1", chunk=3)
    rest = _hit(ROLL_CALL[cut:], 2, doc="m1", chunk=4)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1, next_chunk=lambda h: rest if h.chunk_id == "m1:00003" else None)
    ans = answer_extractive("What rate rise did councillors propose for 2026, and how did the vote go?", [first],
                            stats)
    assert not ans.abstained and "10%" in ans.answer and "For: 5; Against: 2" in ans.answer
    assert ans.citations[-1].chunk_id == "m1:00004"  # the counts are cited where they are printed


ELECTION = ("Proposed by Councillor Teefy; Seconded by Councillor Ryan; That Councillor Scanlan be appointed to the "
            "Board of Northshire Innovation to fill the vacancy.\nThe Mayor directed that a Vote be taken and the result "
            "of the voting was as follows:\n**For Councillor Scanlan**\nCouncillors Benson, Carey, Daly.\n**(9)**\n"
            "**For Councillor Collins (M)**\nCouncillors Collins (B), Donegan, Foley.\n**(10)**\n")
ELECTION_END = ("**For Councillor McSweeney**\nCouncillors Butler, Egan, Galvin, Hartigan.\n**(19)**\nThe Mayor "
                "declared Councillor McSweeney elected to the Board of Northshire Innovation.")


def test_roll_call_synthetic_an_election_whose_last_candidate_is_in_the_next_chunk() -> None:
    first = _hit(ELECTION, 1, doc="m1", chunk=3)
    rest = _hit(ELECTION_END, 2, doc="m1", chunk=4)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1, next_chunk=lambda h: rest if h.chunk_id == "m1:00003" else None)
    ans = answer_extractive("Three councillors were nominated to fill the vacancy on the Board of Northshire "
                            "Innovation. Who won the vote, and with how many votes?", [first], stats)
    assert "For Councillor McSweeney: 19" in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "vote"), [
    ("What happened to the amendment on the library opening hours?", True),
    ("What became of the Green Group's motion on cycle lanes?", True),
    ("Was the amendment carried?", True),
    ("How did councillors vote on the budget?", True),
    ("What happened to the library after the fire?", False),
    ("What did the amendment propose?", False),
    ("How many young people voted in the youth council elections?", False),  # a turnout, not a council vote
    ("How many members voted in favour of the budget?", True),
])
def test_fate_of_a_motion_synthetic_is_a_vote_question(question: str, vote: bool) -> None:
    assert asks_vote(question) is vote


def test_fate_of_a_motion_synthetic_gets_the_counts() -> None:
    motion = _hit("Councillor Ash moved an amendment that the library open on Sundays from April 2025. "
                  "The amendment was put to the vote.\nFor (4)\nCouncillors Ash, Birch, Cedar, Dogwood\n"
                  "Against (7)\nCouncillors Elm, Fir, Gorse, Hazel, Ivy, Juniper, Larch\nAmendment lost.", 1)
    ans = answer_extractive("What happened to the amendment asking for the library to open on Sundays?", [motion],
                            Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert not ans.abstained and "For (4); Against (7)" in ans.answer


def test_fate_of_a_motion_synthetic_counts_in_line_with_names_past_the_chunks_end() -> None:
    votes = "For (4) Councillors Ash, Birch, Cedar, Dogwood Against (7) Councillors Elm, Fir, Gorse Abstain (1) Ivy"
    assert [t for _, _, t in count_runs(votes)] == ["For (4); Against (7); Abstain (1)"]
    cut = votes.index("Cedar")  # the first chunk holds one count
    first = _hit("Councillor Ash moved an amendment that the library open on Sundays from April 2025. " + votes[:cut],
                 1, doc="m1", chunk=3)
    rest = _hit(votes[cut:] + " Amendment lost.", 2, doc="m1", chunk=4)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1, next_chunk=lambda h: rest if h.chunk_id == "m1:00003" else None)
    ans = answer_extractive("What became of the amendment asking for the library to open on Sundays?", [first], stats)
    assert "For (4); Against (7); Abstain (1)" in ans.answer
    assert ans.citations[-1].chunk_id == "m1:00004"  # cited where the counts end


def test_final_motion_synthetic_gets_the_last_vote() -> None:
    amendment = _hit("Councillor Ash moved an amendment that the library budget be raised by 5% in 2026.\n"
                     "For: 4\nAgainst: 7\nThe amendment fell.", 1, doc="m1", chunk=2)
    motion = _hit("The Chair put the substantive motion on the library budget to the meeting.\nFor: 9\nAgainst: 2\n"
                  "The motion was carried.", 2, doc="m1", chunk=3)
    question = "What library budget rise was proposed for 2026, and how many voted for the {} motion?"
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1)
    final = answer_extractive(question.format("final"), [amendment, motion], stats)
    assert "For: 9; Against: 2" in final.answer and "For: 4; Against: 7" not in final.answer
    first = answer_extractive(question.format("proposed"), [amendment, motion], stats)
    assert "For: 4; Against: 7" in first.answer  # without "final", the vote after the quoted proposal


@needs_corpus
def test_fate_of_a_motion_real_kent_amendment_on_postponing_elections(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("At Kent's county council meeting of 9 January 2025, what became of the amendment asking that "
                  "the council argue against postponing the county elections?", index=index)
    assert not ans.abstained, ans.warnings
    assert "For (17)" in ans.answer and "Against (43)" in ans.answer


@needs_corpus
def test_roll_call_real_limerick_tallies() -> None:
    tallies = [t for _, t in roll_call_tallies(corpus(LIMERICK_2024).read_text(encoding="utf-8"))]
    assert "For: 36; Against: 3" in tallies
    first = roll_call_tallies(corpus(LIMERICK_2014).read_text(encoding="utf-8"))[0][1]
    assert first == "For Councillor Keller: 3; For Councillor Sheahan (K): 27; For Councillor Quinlivan: 10"


@needs_corpus
def test_roll_call_real_a_property_tax_vote_is_answered_with_its_counts(tmp_path: Path) -> None:
    api.ingest([corpus(LIMERICK_2024)], index=tmp_path / "idx")
    ans = api.ask("What did Limerick councillors decide in September 2024 about the local adjustment to the Local "
                  "Property Tax, for how long, and how did the vote go?", index=tmp_path / "idx")
    assert not ans.abstained and "15%" in ans.answer and "For: 36; Against: 3" in ans.answer


# ---- a change between two meetings -------------------------------------------------------------------------


def test_change_between_synthetic_each_meeting_is_a_part_with_its_vote() -> None:
    question = ("How did the vote on appointing Jo Bloggs to the library board change between the policy committee "
                "in February 2025 and council in March 2025?")
    parts = question_parts(question)
    assert len(parts) == 2 and parts[0].endswith("the policy committee in February 2025")
    assert parts[1].endswith("council in March 2025")
    assert question_parts("How is the grant divided between capital and revenue funding?") == [
        "How is the grant divided between capital and revenue funding"]
    hits = [_hit("That Jo Bloggs BE APPOINTED to the library board for the term ending 2026. Motion Passed (13 to 1)",
                 1, date="2025-02-25", doc="sppc"),
            _hit("That Jo Bloggs BE APPOINTED to the library board for the term ending 2026. Motion Passed (9 to 6)",
                 2, date="2025-03-04", doc="council")]
    ans = answer_extractive(question, hits)
    assert not ans.abstained and "(13 to 1)" in ans.answer and "(9 to 6)" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-02-25", "2025-03-04"}


# ---- a lead-in and its list -----------------------------------------------------------------------------------


def test_list_lead_in_synthetic_the_items_are_quoted() -> None:
    hit = _hit("Transport - The delivery of the following key road schemes is essential for the district members.\n"
               "1.\nThe A99 bypass of Northtown\n2.\nThe Southtown relief road\n\nOther business was noted.")
    ans = answer_extractive("Which road schemes did the district members say must be delivered?", [hit])
    assert not ans.abstained and "A99 bypass" in ans.answer and "Southtown relief road" in ans.answer
    assert "Other business" not in ans.answer


@needs_corpus
def test_list_lead_in_real_the_roads_a_district_asked_for() -> None:
    text = corpus("limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Adjourned Ordinary "
                  "Meeting of Limerick City and County Council - 4th October 2024.md").read_text(encoding="utf-8")
    at = text.index("key roads is an imperative")
    hit = _hit(text[text.rfind("\n", 0, at - 1500):at + 400], date="2024-10-04")
    ans = answer_extractive("Which road projects did the Newcastle West district members say the Mayoral Programme "
                            "had to deliver?", [hit])
    assert not ans.abstained and "N21 Bypass of Newcastle West" in ans.answer


def _chunks(*texts: str) -> tuple[list[Hit], Stats]:
    """Consecutive chunks of one document, and stats that read from one to the next."""
    hits = [_hit(t, i + 1, doc="m1", chunk=i) for i, t in enumerate(texts)]
    after = {h.chunk_id: nxt for h, nxt in zip(hits, hits[1:], strict=False)}
    return hits, Stats(n_chunks=100, doc_freq=lambda w: 1, next_chunk=lambda h: after.get(h.chunk_id))


@pytest.mark.parametrize("mark", ["{}.", "{})"])
def test_list_runs_on_synthetic_the_numbering_carries_it_past_the_chunks_end(mark: str) -> None:
    one, two, three = (mark.format(n) for n in ("1", "2", "3"))
    hits, stats = _chunks(f"Transport - The delivery of the following key road schemes is essential for the district "
                          f"members.\n{one} The A99 bypass of Northtown", f"{two} The Southtown relief road",
                          f"{three} The Easttown link road\nlinking the new estates.\n• Water: upgrades at these works",
                          "4. Something else entirely, after the list.")
    ans = answer_extractive("Which road schemes did the district members say must be delivered?", hits[:1], stats)
    assert "A99 bypass" in ans.answer and "Southtown relief road" in ans.answer
    assert "Easttown link road linking the new estates." in ans.answer and "Water" not in ans.answer
    # one passage of the document that runs over three chunks: one citation
    assert [c.chunk_id for c in ans.citations] == ["m1:00000"]
    assert "Southtown relief road" in ans.citations[0].quote and "Easttown link road" in ans.citations[0].quote


def test_list_runs_on_synthetic_another_numbering_is_another_list() -> None:
    hits, stats = _chunks("The following key road schemes are essential for the district members.\n1. The A99 bypass",
                          "5. The minutes of the last meeting were approved.")
    ans = answer_extractive("Which road schemes did the district members say must be delivered?", hits[:1], stats)
    assert "A99 bypass" in ans.answer and "minutes of the last meeting" not in ans.answer


def test_list_runs_on_synthetic_agenda_items_are_not_a_list() -> None:
    hits, stats = _chunks("The meeting was called to order by the Chair, Councillor Ash, at 7:07 p.m.\n1. Roll call",
                          "2. Approval of the agenda\nThe agenda was approved.", "3. Public comment")
    ans = answer_extractive("Who called the meeting to order, and at what time?", hits[:1], stats)
    assert "Ash" in ans.answer and "Approval of the agenda" not in ans.answer and len(ans.citations) == 1


@needs_corpus
def test_list_runs_on_real_the_roads_cut_into_chunks(tmp_path: Path) -> None:
    api.ingest([corpus("limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Adjourned "
                       "Ordinary Meeting of Limerick City and County Council - 4th October 2024.md")],
               index=tmp_path / "idx")
    ans = api.ask("Which road projects did the Newcastle West district members say the Mayoral Programme had to "
                  "deliver?", index=tmp_path / "idx")
    assert "N21 Bypass of Newcastle West" in ans.answer and "Southern Distributor Road" in ans.answer


# ---- discussion, then its decision --------------------------------------------------------------------------


def test_decided_next_synthetic_the_decision_after_the_discussion_is_quoted() -> None:
    hit = _hit("Playground update: two suppliers had quoted a price for phase 1 of the new playground, one £98,825 "
               "and one £84,000, and to meet the grant deadline the order had to be placed the next day. "
               "The council agreed that the order be placed with Acme Play for £98,825. The clerk reported on "
               "the hedges.", date="2023-08-31")
    ans = answer_extractive("Which supplier was phase 1 of the new playground ordered from, and at what price?", [hit])
    assert not ans.abstained and "Acme Play" in ans.answer and "hedges" not in ans.answer


@needs_corpus
def test_decided_next_real_the_playground_order(tmp_path: Path) -> None:
    api.ingest([corpus("souldern-parish-council/minutes/2023-08-31 SPC minutes.pdf")], index=tmp_path / "idx")
    ans = api.ask("Which supplier did Souldern Parish Council order phase 1 of the new playground from in August "
                  "2023, and at what price, given that a cheaper quote had also been received?", index=tmp_path / "idx")
    assert not ans.abstained and "Kompan" in ans.answer and "98,825" in ans.answer


# ---- forms and stray rows do not lead -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    ("KEY DECISION OR FOR INFORMATION: For Information COMMITTEE: Transport Committee DATE: 23 October 2025 "
     "TITLE: Parking Levy Update", True),
    ("Direct Dial/Ext: 03000 416892 e-mail: clerk@example.gov.uk Date: 7 January 2025 Dear Member", True),
    ("The committee noted three points: costs had risen; the timetable had slipped: the contractor had changed.",
     False),
    ("Present: Mayor Dave Yemm and Councillors Lisa Chalapenko, Shelly Foote and James Scott.", False),
])
def test_form_fields_synthetic_a_cover_sheet_is_not_a_statement(text: str, form: bool) -> None:
    from minutes_rag.answer.cues import looks_like_heading

    assert looks_like_heading(text) is form


def test_meeting_with_most_evidence_leads_synthetic() -> None:
    row = "17 Sep 2026 Committee Decision Report J Smith Head of Transport critical friend parking levy review"
    report = ("We engaged Northtown as critical friend for the parking levy scheme. Officers plan a study visit to "
              "Northtown in October.")
    hits = [_hit(row, 1, date="2026-09-17", doc="plan"), _hit(report, 2, date="2025-10-23", doc="report")]
    stats = Stats(n_chunks=1000, doc_freq=lambda w: 5)  # every word as rare: only the evidence decides
    ans = answer_extractive("Who is the critical friend for the parking levy scheme, and what study visit do officers "
                            "plan?", hits, stats)
    assert not ans.abstained and "Northtown as critical friend" in ans.answer and "study visit" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-10-23"}  # two sentences of one meeting outweigh a row


@needs_corpus
def test_meeting_with_most_evidence_leads_real_bristol_critical_friend(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who has Bristol brought in to act as a 'critical friend' on its workplace parking levy work, and "
                  "what trip were officers and some committee members planning for late October 2025?", index=index)
    assert not ans.abstained and "Nottingham" in ans.answer and "visit" in ans.answer
    assert ans.citations[0].meeting_date == "2025-10-23"


# ---- a question after a sum of money ---------------------------------------------------------------------


def test_money_synthetic_a_count_or_date_is_no_amount() -> None:
    text = ("The monthly stipend paid to commissioners was discussed, and the next election of officers will be "
            "in July 2020, with 7 commissioners taking part.")
    ans = answer_extractive("How much is the monthly stipend paid to commissioners?", [_hit(text)])
    assert ans.abstained and "amount" in ans.warnings[0]
    ans = answer_extractive("How much is the monthly stipend paid to commissioners?",
                            [_hit("The monthly stipend paid to commissioners is $100 a meeting.")])
    assert not ans.abstained and "$100" in ans.answer


@needs_corpus
def test_money_real_a_stipend_the_minutes_do_not_state(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("How much is the monthly stipend paid to East Palo Alto planning commissioners under the report "
                  "discussed in January 2020?", index=index)
    assert ans.abstained


def test_money_synthetic_a_price_or_cost_asked_without_how_much() -> None:
    sale = ("WHEREAS an application has been received to purchase municipal land at Plot 7; NOW THEREFORE BE IT "
            "RESOLVED THAT Council declares Plot 7 surplus land for direct sale to the applicant. The sale price and "
            "the cost to the applicant will follow an appraisal.")
    for question in ("For what price did the council sell the surplus land at Plot 7?",
                     "What did the sale of the surplus land at Plot 7 cost the applicant?"):
        ans = answer_extractive(question, [_hit(sale)])
        assert ans.abstained and "amount" in ans.warnings[0], (question, ans.answer)
        ans = answer_extractive(question, [_hit(sale + " The surplus land at Plot 7 was sold for $12,500.")])
        assert not ans.abstained and "$12,500" in ans.answer, (question, ans.answer)


def test_quantity_synthetic_a_count_of_four_digits_is_a_quantity_a_year_is_not() -> None:
    assert states_quantity("The Directorate would need to analyse the rent accounts of 8961 households.")
    assert not states_quantity("The rent accounts would need to be analysed in 2024.")


@needs_corpus
def test_money_real_a_sale_price_the_minutes_do_not_state(tmp_path: Path) -> None:
    api.ingest([corpus("nipissing-township/minutes/Minutes-October-28-2025.pdf")], index=tmp_path / "index")
    ans = api.ask("For what price did Nipissing Township sell the surplus land on Plan 42R-11490?",
                  index=tmp_path / "index")
    assert ans.abstained, ans.answer


# ---- who: the person beside the quote ---------------------------------------------------------------------


def test_who_synthetic_the_person_beside_the_quote() -> None:
    hit = _hit("3. Allowances review\nJo Bloggs, Assistant Town Manager, made a presentation and took questions. "
               "The Board received the allowances review and was told that a follow-up will come in June. "
               "The Board then reviewed the summer events programme for 2025.")
    ans = answer_extractive("Who briefed the board on the allowances review, and what follow-up was promised?",
                            [hit], Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert "Jo Bloggs" in ans.answer and "follow-up will come in June" in ans.answer
    far = _hit("Jo Bloggs, Assistant Town Manager, opened the meeting. The minutes were approved. The accounts were "
               "noted. The Board received the allowances review and was told that a follow-up will come in June.")
    ans = answer_extractive("Who briefed the board on the allowances review?", [far],
                            Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert "Jo Bloggs" not in ans.answer  # three sentences away: not the one who briefed it


@needs_corpus
def test_who_real_the_officer_who_presented_the_stipends_report(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who briefed East Palo Alto's Planning Commission about the stipends report in January 2020?",
                  index=index)
    assert "Heisinger" in ans.answer


def test_part_period_synthetic_a_day_and_month_take_the_questions_year() -> None:
    question = ("Who called in the decision, what did Cabinet do on 4 March 2025, and what did Council resolve "
                "on 13 March?")
    assert part_period("what did Council resolve on 13 March", question) == ("2025-03-13", "13 March 2025")
    assert part_period("on March 13, what did Council resolve", question) == ("2025-03-13", "13 March 2025")
    assert part_period("who called in the decision", question) is None
    assert part_period("what did Council resolve on 13 March", "In 2024 or 2025, what did Council resolve on "
                       "13 March?") is None  # two years: which one is not said



# ---- who chaired: the minutes' list of those present ----------------------------------------------------------


def test_who_chaired_synthetic_the_chair_as_listed_among_those_present() -> None:
    opening = _hit("HARBOUR PANEL - 10th December 2024\nPRESENT: Ann Lee (Chair), Bob Ray (Vice-Chair), Cy Dunn, "
                   "Di Evans", 2, date="2024-12-10", doc="m1", chunk=0)
    talk = _hit("The Chair reminded the Harbour Panel of the winter moorings campaign. The Chair thanked officers.",
                1, date="2024-12-10", doc="m1", chunk=4)
    ans = answer_extractive("Who chaired the Harbour Panel meeting of 10 December 2024?", [talk, opening],
                            Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert "Ann Lee (Chair)" in ans.answer and "Bob Ray" not in ans.answer
    other = answer_extractive("Who chaired the Harbour Panel meeting of 3 March 2025?", [talk, opening],
                              Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert "Ann Lee" not in other.answer  # another meeting's chair is not this one's


@needs_corpus
def test_who_chaired_real_kent_corporate_parenting_panel(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who was in the chair at Kent's Corporate Parenting Panel meeting of 10 December 2024?", index=index)
    assert "Prendergast" in ans.answer and ans.citations[0].page == 1


# ---- a resolution's recital, then what it resolves ----------------------------------------------------------


def test_whereas_synthetic_the_operative_clause_follows_the_recital() -> None:
    hit = _hit("R2025-210 A. Ash, B. Birch: WHEREAS the Recycling Body runs the depot collection system;\n"
               "AND WHEREAS the Recycling Body and the Township entered into a Depot Operations Agreement on "
               "November 25, 2024, related to the collection of recycling materials at the two depots of the "
               "Township, as authorized by the earlier resolution R2024-198 of the council;\nNOW THEREFORE both parties jointly accept this change order and authorize the "
               "Mayor to sign it.\nCarried.")
    ans = answer_extractive("What became of the Depot Operations Agreement entered into on November 25, 2024?",
                            [hit], Stats(n_chunks=100, doc_freq=lambda w: 1))
    assert "jointly accept this change order" in ans.answer


@needs_corpus
def test_whereas_real_nipissing_blue_box_change_order(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("What did Nipissing council agree with Circular Materials Ontario about the blue box depots in "
                  "November 2025?", index=index)
    assert "change order" in ans.answer


# ---- the vote on a report, recorded in the meeting's minutes -------------------------------------------------


def test_minutes_vote_synthetic_a_report_quoted_gets_the_vote_its_meetings_minutes_record() -> None:
    report = replace(_hit("The Pay Policy Statement sets a minimum hourly rate of £12.71 for the lowest grade. The "
                          "statement on pay policy is published each year with the minimum rate for the lowest grade.",
                          1, doc="r", chunk=1), kind="report")
    # the minutes of the same meeting: their words are not quoted, but they record the vote on the report
    minutes = _hit("306. Item 9. 1) Mr Oakley proposed, and Mr Fenn seconded, that the report be endorsed. 2) The "
                   "Chairman put the motion set out in paragraph 1 to the vote and the voting was as follows:\nFor (32)",
                   2, doc="m", chunk=50)
    rest = _hit("Mrs Allen, Mr Baker, Mr Cole, Mr Dale\nAgainst (1)\nMr Booth\nAbstain (2)\nMr Lane, Mr Sole\nMotion "
                "carried\n307. Treasury Management", 3, doc="m", chunk=51)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 1, next_chunk=lambda h: rest if h.chunk_id == minutes.chunk_id else None)
    ans = answer_extractive("What minimum hourly rate did the Pay Policy Statement set for the lowest grade, and how "
                            "did the council vote when it endorsed the statement?", [report, minutes], stats)
    assert not ans.abstained and "£12.71" in ans.answer and "For (32); Against (1)" in ans.answer, ans.answer
    assert ans.citations[-1].chunk_id == rest.chunk_id  # the counts are cited where they are printed


@needs_corpus
def test_minutes_vote_real_the_pay_policy_vote_is_read_from_the_council_minutes(tmp_path: Path) -> None:
    folder = "kent-county-council/full_council/2025-03-13/"
    api.ingest([corpus(folder + "County Council - Pay Policy Statement 2025-2026.pdf"),
                corpus(folder + "Printed minutes 13th-Mar-2025 10.00 County Council.pdf")], index=tmp_path / "index")
    ans = api.ask("What minimum hourly rate did Kent's Pay Policy Statement 2025/26 set for the lowest grade, and how "
                  "did the county council vote when it endorsed the statement in March 2025?", index=tmp_path / "index")
    assert not ans.abstained and "12.71" in ans.answer and "For (32)" in ans.answer, ans.answer


def test_money_synthetic_a_figure_named_by_its_noun_not_by_how_much() -> None:
    text = ("Small Employer Discount Threshold: employers who provide below a certain number of parking spaces are "
            "exempt from paying the levy. The threshold for Northshire is yet to be determined.")
    question = "What small-employer threshold did Northshire approve for its parking levy?"
    ans = answer_extractive(question, [_hit(text)])
    assert ans.abstained and "number" in ans.warnings[0], (ans.answer, ans.warnings)
    ans = answer_extractive(question, [_hit(text.replace("is yet to be determined", "was set at 10 spaces"))])
    assert not ans.abstained and "10 spaces" in ans.answer, ans.answer


@needs_corpus
def test_money_real_a_levy_threshold_not_yet_set(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("What small-employer threshold did Bristol City Council approve for its Workplace Parking Levy, "
                  "below which employers pay no charge?", index=index)
    assert ans.abstained, ans.answer


def test_money_synthetic_a_count_is_no_cost() -> None:
    text = ("Three members of the group of young residents who had asked for a skateboard park attended. The group "
            "knew how expensive the skateboard park design was and would hold fundraising events towards the cost.")
    question = "What was the cost of the skateboard park that Northshire Council approved?"
    ans = answer_extractive(question, [_hit(text)])
    assert ans.abstained and "amount" in ans.warnings[0], (ans.answer, ans.warnings)
    ans = answer_extractive(question, [_hit(text + " The skateboard park design would cost £48,000 to build.")])
    assert not ans.abstained and "£48,000" in ans.answer, ans.answer


@needs_corpus
def test_money_real_trees_a_parishioner_pays_for_have_no_stated_cost(tmp_path: Path) -> None:
    api.ingest([corpus("souldern-parish-council/minutes/2026-04-30 SPC minutes.pdf")], index=tmp_path / "index")
    ans = api.ask("What was the cost of the cherry trees offered by a Souldern parishioner for Bates Lane?",
                  index=tmp_path / "index")
    assert ans.abstained, ans.answer


def test_money_synthetic_a_ratio_between_salaries_is_no_sum_asked() -> None:
    from minutes_rag.answer.cues import MONEY_NOUN_Q

    assert not MONEY_NOUN_Q.search("What ratio between the highest salary and the median salary does it report?")
    assert MONEY_NOUN_Q.search("What salary does the clerk receive?")

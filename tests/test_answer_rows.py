"""A part of a question asking what a table shows is answered by the table's row that names the part's most
specific words with its figures, though the row does not repeat every word of the part ("outturn", "grant" are in
the table's title, not its row). A page break joined into a line with its page number ("Members. --- 19") ends the
sentence before it. A table printed a cell a line gives each label with its value, read under the table's title.
A part naming another authority than the lead's is answered from that authority's evidence. An answer quotes up
to six sentences, each adding something the question asks. A statement's run of "LABEL £amount" items gives each
item with its amount. Each on a synthetic
passage and on a real document (the last real one passes without its change too: a small index ranks differently)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.parts import cover_parts
from minutes_rag.answer.scoring import score_sentences
from minutes_rag.asking import answer_from_hits, stats_of
from minutes_rag.parse.load import load_file
from minutes_rag.settings import get_settings
from minutes_rag.text import question_parts, sentences

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats


def test_row_synthetic_a_part_is_answered_by_the_row_naming_its_specific_words() -> None:
    mayor = _hit("Mayor's Response: In the second year of the Youth Guarantee, we are keen to build on the successes "
                 "of its pilot year. Some 300 young people were engaged during that time. Over 1,000 more young people "
                 "will be able to access the Youth Guarantee Trailblazer scheme.", 1, "2026-06-05", "answers")
    table = _hit("Appendix 2 (£000s) 2025/26 Budget Actual Variance Skills Bootcamps 4,000 3,100 78% Get Britain Working "
                 "Trailblazer (Youth Guarantee) 5,000 4,752 96% Wayfinding Pilot 14 - 0% Homes England Devolution 30 "
                 "271 904%", 2, "2026-06-05", "outturn")
    # "grant", "outturn" and "show" are common words in an index of council papers
    stats = replace(_stats(), doc_freq=lambda w: 60 if w.lower() in {"grant", "outturn", "show"} else 5)
    ans = answer_extractive("What did the Mayor say about the Youth Guarantee's pilot year, and what did the 2025/26 "
                            "outturn show for the Get Britain Working Trailblazer (Youth Guarantee) grant?",
                            [mayor, table], stats)
    assert not ans.abstained and "4,752" in ans.answer and "300" in ans.answer, ans.answer


@needs_corpus
def test_row_real_the_outturn_appendix_row_answers_its_part(tmp_path: Path) -> None:
    answers = "west-of-england-ca/src-weca-0025_joint-meeting-2026-06-05-public-questions-mayor-responses.pdf"
    outturn = "west-of-england-ca/src-weca-0027_joint-meeting-2026-06-05-mca-mayoral-budget-outturn.pdf"
    api.ingest([corpus(answers), corpus(outturn)], index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))  # the words' weights of a real index
    pages = []
    for rank, (rel, page) in enumerate(((answers, 7), (outturn, 19)), start=1):
        loaded = load_file(corpus(rel)).document
        assert loaded is not None
        pages.append(replace(_hit(loaded.pages[page - 1].text, rank, "2026-06-05", Path(rel).stem), pages=[page]))
    ans = answer_from_hits("What did the West of England Mayor say in June 2026 about the Youth Guarantee's pilot year "
                           "and the combined authority's extra investment in it, and what did the 2025/26 outturn "
                           "show for the Get Britain Working Trailblazer (Youth Guarantee) grant?", pages, None, None,
                           stats_of(store, emb))
    assert not ans.abstained and "4,752" in ans.answer


# ---- a page break joined into a line ends the sentence before it ---------------------------------------------


def test_page_break_synthetic_a_joined_page_number_ends_the_sentence_and_the_heading_stands_alone() -> None:
    text = ("The register was also available for inspection by the Members. --- 19\nANY OTHER BUSINESS\nThe Members "
            "noted that this was the Deputy Chief Executive's last meeting.\nAnd Resolved: --- 12 \u201cThat the "
            "report be noted.\u201d")
    found = [s for _, s in sentences(text)]
    assert found == ["The register was also available for inspection by the Members.", "ANY OTHER BUSINESS",
                     "The Members noted that this was the Deputy Chief Executive's last meeting.",
                     "And Resolved: \u201cThat the report be noted.\u201d"]
    for off, s in sentences(text):  # offsets still point into the text
        assert text[off:off + 10] == s[:10]


@needs_corpus
def test_page_break_real_the_last_meeting_note_is_quoted_from_its_own_sentence(tmp_path: Path) -> None:
    api.ingest([corpus("limerick/2024/03/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary "
                       "Meeting of Limerick City and County Council - 22nd January 2024.md")], index=tmp_path / "index")
    ans = api.ask("At Limerick City and County Council's January 2024 meeting, which senior official was attending his "
                  "last full council meeting before leaving, what post did he hold, and how long had he been with the "
                  "council?", index=tmp_path / "index")
    assert not ans.abstained and "Coughlan" in ans.answer and "18 years" in ans.answer
    assert "--- 19" not in ans.answer and "ANY OTHER BUSINESS" not in ans.answer


# ---- a table printed a cell a line: each label with its value, read under the table's title ------------------


def test_cells_synthetic_a_label_and_its_value_on_the_next_line_answer_how_many() -> None:
    reply = _hit("The table below provides detail on the status of grant applications at 18th January 2024.\n"
                 "**Vacant Property Refurbishment Grant**\n**No.**\nApplications Received\n282\nApplications Approved\n"
                 "183\nApplications Drawn Down\n14\nNOTICES OF MOTION", 1, "2024-01-22")
    ans = answer_extractive("How many Vacant Property Refurbishment Grant applications had been drawn down?", [reply],
                            _stats())
    assert not ans.abstained and "Applications Drawn Down 14" in ans.answer, ans.answer
    assert ans.answer.count("14") == 1  # the value is quoted once, with its label


@needs_corpus
def test_cells_real_the_grant_applications_received(tmp_path: Path) -> None:
    api.ingest([corpus("limerick/2024/03/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary "
                       "Meeting of Limerick City and County Council - 22nd January 2024.md")], index=tmp_path / "index")
    ans = api.ask("As of January 2024, how many Vacant Property Refurbishment Grant applications had Limerick City and "
                  "County Council received?", index=tmp_path / "index")
    assert not ans.abstained and "Applications Received 282" in ans.answer, ans.answer


# ---- a part naming another authority is answered from that authority's evidence ------------------------------


def test_authority_part_synthetic_a_part_naming_another_authority_is_answered_from_its_evidence() -> None:
    bristol = _hit("Approved the draw down of £1m reserve for supported bus services.", 1, "2025-05-15", "bristol",
                   authority="Bristol City Council")
    statement = _hit("We understand the West of England Combined Authority transport bus grant was reduced from £57 "
                     "million to £51 million.", 2, "2026-03-27", "statements", authority="West of England Combined "
                     "Authority")
    outturn = _hit("The variance is primarily driven by a £1.3m overspend in supported services.", 3, "2026-06-05",
                   "outturn", authority="West of England Combined Authority")
    question = ("How much did Bristol's transport committee agree to draw down from reserves for supported buses in "
                "May 2025, and how big was the overspend on supported services within the West of England Combined "
                "Authority's transport levy?")
    hits, stats = [bristol, statement, outturn], _stats()
    ranked, weights = score_sentences(question, hits, stats)
    # the lead is Bristol's; the other authority's first quote names it but not the overspend
    chosen = [next(c for c in ranked if c.hit == 0), next(c for c in ranked if c.hit == 1)]
    out = cover_parts(question, question_parts(question), ranked, weights, chosen, stats.embed, 6, hits)
    assert any("£1.3m overspend" in c.text for c in out), [c.text for c in out]


@needs_corpus
def test_authority_part_real_the_levy_overspend_beside_bristols_draw_down(tmp_path: Path) -> None:
    api.ingest([corpus("bristol-city-council/src-bcc-0036_printed-minutes-transport-and-connectivity-policy-committee-"
                       "15-may-2025.pdf"),
                corpus("west-of-england-ca/src-weca-0027_joint-meeting-2026-06-05-mca-mayoral-budget-outturn.pdf")],
               index=tmp_path / "index")
    ans = api.ask("Supported bus services: how much did Bristol's transport committee agree to draw down from reserves "
                  "for supported buses in May 2025, and how big was the overspend on supported services within the "
                  "West of England Combined Authority's transport levy in 2025/26?", index=tmp_path / "index")
    assert not ans.abstained and "£1m" in ans.answer and "1.3m" in ans.answer, ans.answer


# ---- up to six sentences, each adding something the question asks -------------------------------------------


def test_six_synthetic_a_question_after_six_things_gets_a_sentence_for_each() -> None:
    report = _hit("The library will open on Sundays from April. The swimming pool roof will be repaired in May. The "
                  "park gates will be replaced this summer. The depot will move to Mill Lane next year. The museum will "
                  "charge no entry fee. The market will run on Saturdays only.")
    ans = answer_extractive("What did the services report say about the library, the swimming pool, the park, the "
                            "depot, the museum and the market?", [report], _stats())
    assert not ans.abstained
    assert all(w in ans.answer for w in ("Sundays", "repaired", "gates", "Mill Lane", "entry fee", "Saturdays"))


@needs_corpus
def test_six_real_the_partner_on_child_sexual_exploitation_is_quoted_with_the_directors_aim(tmp_path: Path) -> None:
    api.ingest([corpus("seeds/003_f0a2a9b28d9b0817.txt")], index=tmp_path / "index")
    ans = api.ask("When Cumbria's Children and Young People's Scrutiny Advisory Board reviewed the Children's "
                  "Improvement Plan, what did the Executive Director say he was aiming for to help reduce placement "
                  "moves, and who was the council working with on child sexual exploitation?", index=tmp_path / "index")
    assert not ans.abstained and "foster carers" in ans.answer and "Police and Crime Commissioner" in ans.answer


# ---- a statement's run of "LABEL £amount" items: each item with its amount -----------------------------------


def test_amount_items_synthetic_each_item_of_a_capitals_statement_answers_with_its_amount() -> None:
    accounts = _hit("The parish council reviewed its hedge trimming contract for the year.\nEXPENDITURE BREAKDOWN "
                    "SUBSCRIPTIONS £140.00 INSURANCE £579.05 CLERK SALARY £1,971.84 HEDGE TRIMMING £2,576.00 DOG BINS "
                    "£557.70 TOTAL £5,824.59")
    ans = answer_extractive("How much did the parish council spend on hedge trimming?", [accounts], _stats())
    assert not ans.abstained and "HEDGE TRIMMING £2,576.00" in ans.answer, ans.answer


@pytest.mark.xfail(strict=True, reason="with 'how much' no longer a word the evidence must hold, the item scores under "
                   "REPEAT_MIN of the sentence naming the contract and adds no word: the run is quoted whole, read on "
                   "from that sentence for its figure. Taking a sentence for a figure no chosen one holds fixes this but "
                   "answers twelve unanswerable dev/ext questions (their only figures are another year's)")
def test_amount_items_synthetic_the_item_is_quoted_as_such() -> None:
    accounts = _hit("The parish council reviewed its hedge trimming contract for the year.\nEXPENDITURE BREAKDOWN "
                    "SUBSCRIPTIONS £140.00 INSURANCE £579.05 CLERK SALARY £1,971.84 HEDGE TRIMMING £2,576.00 DOG BINS "
                    "£557.70 TOTAL £5,824.59")
    ans = answer_extractive("How much did the parish council spend on hedge trimming?", [accounts], _stats())
    assert "HEDGE TRIMMING £2,576.00 [1]" in ans.answer, ans.answer  # the item, quoted as such


@needs_corpus
def test_amount_items_real_the_grass_cutting_spend_of_the_year(tmp_path: Path) -> None:
    api.ingest([corpus("souldern-parish-council/minutes/2025-05-20 Annual Parish Meeting minutes.pdf")],
               index=tmp_path / "index")
    ans = api.ask("What did Souldern Parish Council spend on grass cutting in 2024/25?", index=tmp_path / "index")
    assert not ans.abstained and "GRASS CUTTING £2,576.00" in ans.answer, ans.answer

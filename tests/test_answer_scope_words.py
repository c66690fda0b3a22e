"""Scope and wording found missing on a fresh question set: evidence from the time asked answers when older
evidence scores better; an undated document is of the month its file name gives; "74%" answers "what
percentage"; hedges ("roughly", "counting") are not what a question is about; a money word that names a kind of
thing ("grant applications") does not ask for a figure; a question after N things takes N alike sentences; meetings
named by their days are each quoted; a part referring back keeps the year asked; a lead-in that ends its chunk is
quoted with the list opening the next. Each on a synthetic passage and on a real one."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import FIGURE_Q, QUESTION_WORDS, asked_items, has_figure, states_quantity
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.parse.load import load_file
from minutes_rag.text import sentences, stem

from .conftest import corpus, needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

# ---- the time asked: its evidence answers, though older evidence scores better -----------------------------


def test_period_synthetic_evidence_of_the_month_asked_answers_when_older_evidence_leads() -> None:
    older = _hit("The draft funding table for Cabinet lists the new Social Care Prevention Grant as not yet "
                 "announced, and the Employer National Insurance Grant as not yet announced.", 1, "2025-01-30")
    update = _hit("Table 2: Prevention Grant 6,759.8 Insurance Grant 10,072.7 Top-up 149,107.7", 2, "2025-03-04")
    question = ("In the funding table updated for Cabinet in March 2025, how much was expected from the Social "
                "Care Prevention Grant?")
    ans = answer_extractive(question, [older, update], _stats())
    assert not ans.abstained and "6,759.8" in ans.answer, ans.warnings
    assert {c.meeting_date for c in ans.citations} == {"2025-03-04"}
    # with nothing from the month asked, the older evidence still does not answer
    assert answer_extractive(question, [older], _stats()).abstained


@needs_corpus
def test_period_real_the_march_budget_update_answers_for_march(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-01-30/Draft Revenue Budget 2025-26 and 2025-28 "
                               "MTFP and Draft Capital Programme 2025-35.pdf",
                               "kent-county-council/cabinet/2025-03-04/Appendix 1 Cabinet - Budget Update.pdf"],
                    "How much Children's Social Care Prevention Grant did Kent's funding table, as updated for "
                    "Cabinet in March 2025, show?")
    assert not ans.abstained and "6,759.8" in ans.answer


# ---- an undated document is of the month its file name gives ------------------------------------------------


def test_period_synthetic_an_undated_document_is_of_the_month_in_its_file_name() -> None:
    old = replace(_hit("The Monitoring Officer and the Statutory Scrutiny Officer are statutory posts that the Full "
                       "Council designates.", 1, None, "articles"), source="part-2-articles-june-2024.pdf")
    new = replace(_hit("Statutory posts: Monitoring Officer - Director of Legal Services; Statutory Scrutiny "
                       "Officer - Head of Democratic Engagement.", 2, None, "delegations"),
                  source="part-3-4-delegations-january-2026.pdf")
    ans = answer_extractive("Under the council's January 2026 officer delegations, which post is the Monitoring "
                            "Officer?", [old, new], _stats())
    assert not ans.abstained and ans.citations[0].source == new.source
    assert "Director of Legal Services" in ans.answer


@needs_corpus
def test_period_real_the_january_2026_delegations_lead(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["bristol-city-council/src-bcc-0030_part-3-4-delegations-to-officers-january-2026.pdf",
                               "bristol-city-council/src-bcc-0032_part-2-articles-of-the-constitution-june-2024.pdf"],
                    "Under Bristol City Council's January 2026 officer delegations, which post is the Monitoring "
                    "Officer?")
    assert not ans.abstained and "january-2026" in ans.citations[0].source


# ---- a percentage, hedges, and money words that name a kind of thing ----------------------------------------


SURVEY = ("The equality assessment notes that the city has about 18,000 businesses. In the Quality of Life survey, "
          "74% of respondents said that traffic congestion was a problem in their area.")


def test_words_synthetic_a_percentage_answers_what_percentage_and_hedges_are_not_the_subject() -> None:
    assert {stem("roughly"), stem("counting")} <= QUESTION_WORDS
    ans = answer_extractive("Roughly how many businesses are in the city, and what percentage of Quality of Life "
                            "respondents thought congestion was a problem?", [_hit(SURVEY)], _stats())
    assert not ans.abstained and "74%" in ans.answer


@needs_corpus
def test_words_real_a_percentage_in_an_equality_assessment(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["bristol-city-council/src-bcc-0007_appendix-b-eqia-workplace-parking-levy-obc-final-"
                               "2024-08-20.pdf"],
                    "Roughly how many businesses does Bristol have according to the workplace parking levy equality "
                    "impact assessment, and what percentage of Quality of Life respondents thought traffic "
                    "congestion was a problem?")
    assert not ans.abstained


GRANTS = ("R2025-139 THAT we authorize the submission of an application under the Accessible Spaces Grant for the "
          "replacement of the entrance ramp to the Township Office. R2025-140 THAT we authorize the submission of an "
          "application under the Commemorative Funding Program for a Remembrance Day event. R2025-141 THAT the "
          "accounts totalling $1,176,527.97 be approved.")


def test_words_synthetic_grant_applications_ask_for_no_figure() -> None:
    assert not FIGURE_Q.search("What two grant applications did council authorise?")
    assert FIGURE_Q.search("What grant did the council receive?")
    apps = _hit(GRANTS.split(" R2025-141")[0], 1)
    accounts = _hit("R2025-141 THAT the accounts totalling $1,176,527.97 be approved.", 2)
    ans = answer_extractive("What two grant applications did the council authorise at its meeting, and what were "
                            "they for?", [apps, accounts], _stats())
    assert "entrance ramp" in ans.answer and "Remembrance Day" in ans.answer


@needs_corpus
def test_words_real_two_grant_applications_both_quoted(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-August-12-2025.pdf"],
                    "What two grant applications did Nipissing council authorise at its August 12, 2025 meeting, "
                    "and what were they for?")
    assert "ramp" in ans.answer and "Remembrance Day" in ans.answer


def test_words_synthetic_british_and_american_spellings_and_irregular_verbs_meet() -> None:
    assert stem("authorise") == stem("authorized") and stem("organisation") == stem("organization")
    assert stem("prioritised") == stem("prioritize")
    assert stem("revision") == stem("revised") and stem("exercise") == stem("exercised")  # roots keep "-ise"
    assert stem("thought") == stem("think") and stem("paid") == stem("pay")
    assert asked_items("What two grant applications did it authorise?") == 2
    assert asked_items("What happened in the two years after?") == 1


# ---- meetings named by their days: each one's evidence, and no other meeting's ---------------------------


def test_days_synthetic_each_meeting_named_by_its_day_is_quoted() -> None:
    hits = [_hit("R2025-010 That the statement of accounts dated December 11 and 16, 2024 totaling $407,517.24 be "
                 "approved.", 1, "2025-01-07"),
            _hit("R2025-021 That the statement of accounts dated January 4 and 8, 2025 totaling $170,806.95 be "
                 "approved.", 2, "2025-01-21"),
            _hit("R2025-039 That the statement of accounts dated January 29, 2025 totaling $174,040.78 be approved.",
                 3, "2025-02-18"),
            _hit("R2025-143 That the statement of accounts dated July 18 and August 2, 2025 totaling $1,176,527.97 be "
                 "approved.", 4, "2025-08-12")]
    ans = answer_extractive("What totals did the council approve for the statement of accounts at its January 21 "
                            "and August 12, 2025 meetings?", hits, _stats())
    assert "$170,806.95" in ans.answer and "$1,176,527.97" in ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2025-01-21", "2025-08-12"}


@needs_corpus
def test_days_real_two_meetings_statements_of_accounts(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-January-7-2025.pdf",
                               "nipissing-township/minutes/Minutes-January-21-2025-1.pdf",
                               "nipissing-township/minutes/Minutes-August-12-2025.pdf"],
                    "What totals did Nipissing council approve for the statement of accounts at its January 21 and "
                    "August 12, 2025 meetings?")
    assert "170,806.95" in ans.answer and "1,176,527.97" in ans.answer
    assert "407,517.24" not in ans.answer


def test_words_synthetic_equal_weights_pick_the_same_words_whatever_the_hash_seed() -> None:
    """A part's most specific words, when weights tie, are the same in every process (not set order)."""
    code = ("from minutes_rag.answer.partial import part_focus\nfrom minutes_rag.text import content_stems\n"
            "p = 'how much was expected from the social care prevention grant'\n"
            "print(part_focus(p, {t: 1.0 for t in content_stems(p)}, {'care'}))")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    shares = {subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONHASHSEED": str(seed)},
                             capture_output=True, text=True, check=True).stdout.strip() for seed in range(1, 9)}
    assert len(shares) == 1


# ---- a part that refers back by a pronoun keeps the year the question names ---------------------------------


def test_year_synthetic_a_part_referring_back_keeps_the_year_asked() -> None:
    older = _hit("The annual parish meeting was held on 24th May 2024 in the Chapel, with the chairman's report.", 1,
                 "2024-05-24")
    asked = _hit("The annual parish meeting of 2025 took place on 20th May 2025 in the Village Hall.", 2, "2025-05-20")
    ans = answer_extractive("When was the parish's 2025 annual parish meeting, and where was it held?", [older, asked],
                            _stats())
    assert "20th May 2025" in ans.answer and "2024" not in ans.answer


@needs_corpus
def test_year_real_the_2025_annual_parish_meeting_not_2024s(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2024-05-23 Annual Parish Meeting minutes.pdf",
                               "souldern-parish-council/minutes/2025-05-20 Annual Parish Meeting minutes.pdf"],
                    "When was Souldern's 2025 Annual Parish Meeting, and where was it held?")
    assert not ans.abstained and "2025-05-20" in ans.citations[0].source


# ---- a lead-in that ends its chunk: the list it introduces opens the next chunk ------------------------------


def test_list_synthetic_a_lead_in_at_a_chunks_end_is_quoted_with_the_list_after_it() -> None:
    head = replace(_hit("Of the 38 indicators, nine are rated Red this quarter. The nine indicators where the rating is "
                        "Red, are in:", doc="qpr"), chunk_id="qpr:00002:a")
    rest = replace(_hit("• Customer Services o Percentage of complaints answered in time • Governance and Law o "
                        "Percentage of Freedom of Information requests completed within 20 working days", doc="qpr"),
                   chunk_id="qpr:00003:b")
    stats = replace(_stats(), next_chunk=lambda h: rest if h.chunk_id == head.chunk_id else None)
    ans = answer_extractive("Which indicators were rated Red this quarter?", [head], stats)
    assert "Freedom of Information" in ans.answer


@needs_corpus
def test_list_real_the_red_indicators_of_a_quarterly_report(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-03-04/Cabinet QPR Q3 Cover.pdf"],
                    "Which indicators were rated Red in Kent's quarter 3 performance report for 2024/25?")
    assert "Freedom of Information" in ans.answer


# ---- buying and selling are one transfer: "approved to buy" is answered by "the disposal ... to" --------------


def test_words_synthetic_a_buyer_is_found_in_a_disposal() -> None:
    assert stem("buyer") == stem("disposal") == stem("purchased")
    ans = answer_extractive("Who was approved to buy Site F at the business park, and for how much?",
                            [_hit("The approval of the Council is given to the disposal of land comprising 0.80 acres "
                                  "(Site F) at the Business Park to Mr. Nigel Doherty, for the sum of €70,000.")],
                            _stats())
    assert not ans.abstained and "Nigel Doherty" in ans.answer


@needs_corpus
def test_words_real_the_buyer_of_a_business_park_site(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["limerick/2024/05/27-Full Meeting of Limerick City and County Council/Minutes - Meeting "
                               "of Limerick City and County Council - 25th March 2024.md"],
                    "Who did Limerick council approve to buy Site F at Kilmallock Business Park in March 2024?")
    assert not ans.abstained and "Nigel Doherty" in ans.answer


# ---- "came up more than once": a question across meetings ---------------------------------------------------


def test_across_synthetic_more_than_once_keeps_each_meetings_answer() -> None:
    travel = _hit("The approval of the Council is given to foreign travel for attendance by the Mayor at the Sister "
                  "Cities Passport to the World Festival in Austin, Texas.", 1, "2024-11-01")
    step = _hit("Establishment of Sister Cities between Northshire and Austin, Texas: to consider the recommendation "
                "to approve the formal establishment of Sister City status.", 2, "2024-11-25")
    ans = answer_extractive("Northshire's links with Austin came up more than once in 2024. Which Austin event did "
                            "council approve attendance at, and what formal step was put to the November 2024 meeting?",
                            [travel, step], _stats())
    assert "Passport to the World" in ans.answer and "formal establishment" in ans.answer


@needs_corpus
def test_across_real_limericks_austin_links_at_two_meetings(tmp_path: Path) -> None:
    folder = "limerick/2024/11/25-Full Meeting of Limerick City and County Council/"
    ans = _ask_real(tmp_path, [folder + "Minutes - Special Meeting of Limerick City and County Council - 1st November "
                                        "2024.md",
                               folder + "Agenda - Ordinary Meeting of Limerick City and County Council - 25th November "
                                        "2024.md"],
                    "Limerick's links with Austin, Texas came up more than once in 2024. Which Austin event did "
                    "council approve attendance at, and what formal step was put to the November 2024 meeting?")
    assert "Passport to the World" in ans.answer and "formal establishment" in ans.answer


# ---- how a body decided: the decision recorded after the discussion, in the next chunk if need be -----------


def test_decided_synthetic_the_resolution_after_the_discussion_in_the_next_chunk() -> None:
    talk = replace(_hit("Broadband: BT have had funding withdrawn. Therefore the choice has to be made as to whether the "
                        "village wants broadband delivered by Gigaclear or whether we wait for BT.", doc="pc"),
                   chunk_id="pc:00002:a")
    resolved = replace(_hit("As we don't know how much interest there is in Gigaclear it was resolved that residents "
                            "should be asked whether they have signed up to Gigaclear. A flyer is to be drawn up. It "
                            "was resolved to approve the newsletter.", 2, doc="pc"), chunk_id="pc:00003:b")
    rare = replace(_stats(), doc_freq=lambda w: 1 if w.lower() in {"gigaclear", "bt", "broadband"} else 20)
    ans = answer_extractive("How did the parish council decide to settle whether the village should wait for BT or "
                            "sign up to Gigaclear?", [talk, resolved], rare)
    assert "residents should be asked" in ans.answer and "newsletter" not in ans.answer


@needs_corpus
def test_decided_real_souldern_asks_residents_about_gigaclear(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2015-05-14 SPC minutes.pdf"],
                    "How did Souldern Parish Council decide in May 2015 to settle whether the village should wait for "
                    "BT or sign up to Gigaclear for superfast broadband?")
    assert "residents should be asked" in ans.answer


# ---- a figure or table label is not a quantity --------------------------------------------------------------


def test_quantity_synthetic_a_figure_or_table_label_states_no_quantity() -> None:
    assert not states_quantity("The outturn for the Mayoral budget is set out in Figure 12 and Table 3.")
    assert not states_quantity("Recommendation that Committee: 1) Notes the outturn; (2) Approves the transfer.")
    assert states_quantity("The outturn is shown in Figure 6: income of 412 against a budget of 380.")


def test_quantity_synthetic_a_part_after_a_figure_is_not_answered_by_a_figure_label() -> None:
    summary = _hit("Recommendation: the committee notes the treasury management outturn for 2025/26 and how far it "
                   "is above budget, as set out in Figure 9.", 1)
    income = _hit("Interest: the treasury return is £22.3m, which is £6.9m higher than budgeted.", 2)
    ans = answer_extractive("How much did the authority earn from treasury management in 2025/26, and how far "
                            "above budget was that?", [summary, income], _stats())
    assert not ans.abstained and "£22.3m" in ans.answer, ans.answer


@needs_corpus
def test_quantity_real_a_recommendation_naming_figures_states_no_quantity_the_income_line_does() -> None:
    loaded = load_file(corpus("west-of-england-ca/src-weca-0027_joint-meeting-2026-06-05-mca-mayoral-budget-"
                              "outturn.pdf")).document
    assert loaded is not None
    first, income = ([s for _, s in sentences(" ".join(loaded.pages[n].text.split())) if lead in s]
                     for n, lead in ((0, "Notes the Outturn position"), (8, "Treasury return outturn")))
    assert first and "Figure 12" in first[0] and not states_quantity(first[0])
    assert income and states_quantity(income[0])


# ---- a time of day is no amount ----------------------------------------------------------------------------------


def test_figure_synthetic_a_time_of_day_is_no_amount() -> None:
    assert not has_figure("REGULAR MEETING MINUTES January 27, 2020, 7:00 p.m.") and not has_figure("at 6:30pm")
    assert has_figure("a ratio of 3:1") and has_figure("£250 a month")
    text = ("NORTHSHIRE PLANNING COMMISSION REGULAR MEETING MINUTES January 27, 2020, 7:00 p.m.\nThe Planning "
            "Commission received the stipends report and a follow-up will come at the next meeting.")
    ans = answer_extractive("How much is the monthly stipend paid to Northshire planning commissioners?",
                            [_hit(text)], _stats())
    assert ans.abstained, ans.answer


@needs_corpus
def test_figure_real_a_meetings_start_time_states_no_amount() -> None:
    loaded = load_file(corpus("east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf")).document
    assert loaded is not None
    timed = [s for page in loaded.pages for _, s in sentences(page.text) if "p.m." in s]
    assert timed and not any(has_figure(s) for s in timed), [s for s in timed if has_figure(s)]


# ---- a question's framing verbs are not its subject ------------------------------------------------------------


def test_framing_synthetic_considered_and_dropped_are_not_what_the_evidence_must_name() -> None:
    text = ("Officers looked at a shared management model for the Northshire leaving care team, but it was "
            "discounted because it would need additional roles.")
    ans = answer_extractive("Which arrangement had officers considered and dropped for the Northshire leaving care "
                            "team, and why?", [_hit(text)], Stats(n_chunks=100, doc_freq=lambda w: 5))
    assert not ans.abstained and "additional roles" in ans.answer, (ans.answer, ans.warnings)


@needs_corpus
def test_framing_real_the_arrangement_officers_considered_and_dropped(tmp_path: Path) -> None:
    api.ingest([corpus("kent-county-council/cabinet/2025-01-30/24-00109 - Transfer the 18-25 section of the "
                       "Strengthening Independence Service - Report.pdf")], index=tmp_path / "index")
    ans = api.ask("What alternative to moving the 18-25 Strengthening Independence Service into adult social care had "
                  "Kent officers considered and dropped?", index=tmp_path / "index")
    assert not ans.abstained, ans.warnings

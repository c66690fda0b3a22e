"""A question names one meeting's time or several: a financial year ("for 2015/16") is the period a figure is for, not
a second meeting, unless the question's parts name different times ("spent in 2024/25, and ... approved in November
2025"); a part ending "... reported then?" refers back to the meeting named, not to a later one. A question about one
meeting is answered from that meeting's documents only. Minutes filed under the month asked ("2019-05-23 SPC
minutes.pdf" for May 2019) answer it though their heading gives last year's date. Each on synthetic evidence and on
real minutes. A date something takes effect from ("moving the service from April 2025"), or is put off to ("put
off its election to July 2020"), is not when the evidence was written: the report that plans it, written before, answers. Minutes held before the time asked do not lead
the answer when minutes of that time or later are among the evidence."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.spanning import answers_across, spans_meetings
from minutes_rag.text import question_parts
from minutes_rag.types import Answer, Hit

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

QUESTION = ("What precept did Northfield Parish Council approve for 2015/16 at its November 2014 meeting, and what "
            "was the bank balance reported then?")


def test_periods_synthetic_which_questions_span_meetings() -> None:
    assert not spans_meetings(QUESTION)
    assert not spans_meetings("What precept did the council approve for 2024-25 at its January 2024 meeting?")
    assert spans_meetings("What did the parish council spend on grass cutting in 2024/25, and how much was the "
                          "contractor's invoice approved in November 2025?")
    # a scope clause names the meeting; a financial year in an asked part is a figure's period
    assert not spans_meetings("According to the combined authority's June 2026 report, which building is being "
                              "restored, and how much money is being pushed into 2027/28?")
    assert spans_meetings("What was proposed in March 2024, and what then happened to it?")
    # what finally became of a request, or the meeting that adopted a draft, is another meeting's record
    assert spans_meetings("Who asked the parish council for a grant towards new benches in early 2019, and how much "
                          "did the council finally award?")
    assert spans_meetings("The draft was reviewed in June, and at which meeting was the procedure adopted?")


def test_periods_synthetic_one_meetings_question_is_answered_from_that_meeting() -> None:
    nov_2014 = _hit("The proposed budget for 2015/16 was discussed and a precept of £5,700 was approved. Receipts: "
                    "precept second instalment £2,800.00. Bank balance as at 4th November 2014: £10,128.49", 1,
                    "2014-11-20")
    nov_2025 = _hit("Finance: the following accounts were approved for payment. The bank reconciliation was received "
                    "and the precept demand figure of £8,358 was approved for submission.", 2, "2025-11-27")
    ans = answer_extractive(QUESTION, [nov_2014, nov_2025], _stats())
    assert not ans.abstained and "5,700" in ans.answer and "10,128.49" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2014-11-20"}, ans.answer


@needs_corpus
def test_periods_real_the_2014_precept_is_answered_from_the_2014_minutes_only(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2014-11-20 SPC minutes.pdf",
                               "souldern-parish-council/minutes/2025-11-27 SPC minutes.pdf"],
                    "What precept did Souldern Parish Council approve for 2015/16 at its November 2014 meeting, and "
                    "what was the bank balance reported then?")
    assert not ans.abstained and "5,700" in ans.answer and "10,128.49" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2014-11-20"}, ans.answer


# ---- a document filed under the month asked, whatever date its heading gives --------------------------------


def test_filed_synthetic_minutes_filed_under_the_month_asked_answer_it() -> None:
    from dataclasses import replace

    minutes = replace(_hit("Speeding: highways have stated that as no accidents have been recorded in the village, they "
                           "will not support a 20mph speed limit. It was agreed to buy two warning signs.", 1,
                           "2018-05-24"),  # the heading copied from last year's minutes
                      source="minutes/2019-05-23 parish minutes.pdf")
    ans = answer_extractive("When the parish council followed up on speeding in May 2019, why would highways not back "
                            "a 20mph limit?", [minutes], _stats())
    assert not ans.abstained and "no accidents" in ans.answer, ans.answer


@needs_corpus
def test_filed_real_the_may_2019_minutes_headed_may_2018(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2019-05-23 SPC minutes.pdf",
                               "souldern-parish-council/minutes/2014-11-20 SPC minutes.pdf"],
                    "When Souldern Parish Council followed up on speeding in May 2019, why would highways not "
                    "support a 20mph speed limit in the village?")
    assert not ans.abstained and "no accidents" in ans.answer, ans.answer


# ---- a date something takes effect from is not when the evidence was written -------------------------------


def test_effect_synthetic_a_plan_written_before_the_date_it_takes_effect_answers() -> None:
    report = _hit("It is proposed to move the youth service to adult social care. The budget expected to transfer is "
                  "£59m, of which £56m is for care package costs.", 1, "2025-01-30")
    ans = answer_extractive("When the county proposed moving the youth service to adult social care from April 2025, "
                            "how much budget was expected to transfer?", [report], _stats())
    assert not ans.abstained and "£59m" in ans.answer, ans.answer
    # a date that says when the evidence is from still dates it
    assert answer_extractive("How much budget did the county expect to transfer in April 2025?", [report],
                             _stats()).abstained


def test_effect_synthetic_a_term_is_set_before_it_starts() -> None:
    # the ends of a term ("for July 2020 to July 2021"): a policy's premium is agreed before its year begins
    approval = _hit("The excess liability policy for the coming year provides cover of £10m at a premium of £505,134, "
                    "an increase of 6.6% on the expiring policy.", 1, "2020-06-23")
    ans = answer_extractive("What premium did the council agree for its excess liability policy for July 2020 to "
                            "July 2021?", [approval], _stats())
    assert not ans.abstained and "£505,134" in ans.answer, ans.answer
    for span in ("July 2020 through July 2021", "July 2020 - July 2021"):
        assert not answer_extractive(f"What premium was agreed for the excess liability policy for {span}?",
                                     [approval], _stats()).abstained
    # two times that are no term still date the evidence asked for
    assert answer_extractive("What premium was agreed for the excess liability policy in July 2020 and in July "
                             "2021?", [approval], _stats()).abstained


@needs_corpus
def test_effect_real_the_budget_moving_with_the_18_25_service(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-01-30/24-00109 - Transfer the 18-25 section of the "
                               "Strengthening Independence Service - Report.pdf"],
                    "When Kent proposed moving the 18-25 Strengthening Independence Service to Adult Social Care from "
                    "April 2025, roughly how much budget was expected to transfer with it?")
    assert not ans.abstained and "59" in ans.answer, ans.answer


def test_effect_synthetic_a_time_something_was_put_off_to_is_not_when_it_was_minuted() -> None:
    # the meeting that put a thing off to July is before July: its minutes answer whether it was put off
    minutes = _hit("Councillor Ash moved to postpone the election of Chair and Vice Chair to July 2020. The motion "
                   "failed to gather a majority: 3 for, 4 against. RESULT: FAILED.", 1, "2020-01-27")
    for asked in ("Did the commission put off its chair election to July 2020?",
                  "Was the chair election deferred to the July 2020 meeting?",
                  "Did the commission postpone electing its chair until July 2020?"):
        ans = answer_extractive(asked, [minutes], _stats())
        assert not ans.abstained and "4 against" in ans.answer, (asked, ans.answer)
    # a time the question asks the evidence to be from still dates it
    assert answer_extractive("What did the commission decide about its chair election in July 2020?", [minutes],
                             _stats()).abstained


@needs_corpus
def test_effect_real_a_motion_to_put_off_an_election_to_july(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf"],
                    "Did East Palo Alto's Planning Commission put off its chair and vice-chair election to July 2020, "
                    "as one commissioner proposed?")
    assert not ans.abstained and "FAILED" in ans.answer and "4-2-1-1" in ans.answer, ans.answer


# ---- the lead meeting is not one held before the time asked ------------------------------------------------


def test_lead_synthetic_minutes_older_than_the_month_asked_do_not_lead() -> None:
    older = [_hit(text, n, "2014-06-06") for n, text in enumerate((
        "At the annual meeting the council was required to consider the appointment of two members to the Harbour "
        "Trust board.",
        "That Councillors Ryan and Byrne be appointed to the Harbour Trust board for the ensuing year.",
        "As there were no other nominations, the Cathaoirleach declared Councillors Ryan and Byrne appointed to the "
        "Harbour Trust board."), start=1)]
    asked = _hit("The administrator advised that these appointments were now covered by legislation, with the Minister "
                 "making the appointments to the Harbour Trust.", 4, "2024-06-21")
    ans = answer_extractive("Why did the council make no appointments to the Harbour Trust board at its annual "
                            "meeting in June 2024?", [*older, asked], _stats())
    assert not ans.abstained and "legislation" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2024-06-21"}, ans.answer


@needs_corpus
def test_lead_real_the_2024_annual_meeting_not_the_2014_one(tmp_path: Path) -> None:
    # (passes without the change too: on two documents the 2014 minutes' sentences do not outweigh the 2024 one as
    # they do in the whole corpus; the synthetic test above fails without it)
    ans = _ask_real(tmp_path, ["limerick/2014/09/22-Full Meeting of Limerick City and County Council/Minutes of "
                               "Inaugural Meeting of Limerick City and County Council - Friday 6th June 2014.md",
                               "limerick/2024/07/08-Full Meeting of Limerick City and County Council/Minutes - Annual "
                               "General Meeting of Limerick City and County Council - 21st June 2024.md"],
                    "Why did Limerick City and County Council make no appointments to the Governing Authority of the "
                    "University of Limerick at its annual meeting in June 2024?")
    assert not ans.abstained and "legislation" in ans.answer, ans.answer


# ---- another quarter's report ----------------------------------------------------------------------------------


def test_quarter_synthetic_another_quarters_report_does_not_answer() -> None:
    from minutes_rag.answer.timing import quarters

    assert quarters("QPR Q3 Cabinet appendix.pdf") == {"3"} and quarters("in the fourth quarter of 2024/25") == {"4"}
    assert quarters("quarter 2 (Jul - Sep)") == {"2"} and not quarters("a quarterly report, Q-ratio 12")
    report = _hit("Quarterly Performance Report, Quarter 3 2024/25. The number of potholes repaired within 28 days "
                  "this quarter was 3,058 out of a possible 3,243.")
    ans = answer_extractive("How many potholes did Northshire repair within 28 days in quarter 4 of 2024/25?",
                            [report], _stats())
    assert ans.abstained and "quarter 3" in ans.warnings[0], (ans.answer, ans.warnings)
    ans = answer_extractive("How many potholes did Northshire repair within 28 days in quarter 3 of 2024/25?",
                            [report], _stats())
    assert not ans.abstained and "3,058" in ans.answer, ans.answer


@needs_corpus
def test_quarter_real_the_quarter_3_report_does_not_answer_for_quarter_4(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("How many potholes did Kent County Council repair within 28 days in quarter 4 of 2024/25?",
                  index=index)
    assert ans.abstained, ans.answer
    ans = api.ask("How many potholes did Kent County Council repair within 28 days in quarter 3 of 2024/25?",
                  index=index)
    assert not ans.abstained and "3,058" in ans.answer, ans.answer


# ---- a financial year's figure from evidence older than its budget ------------------------------------------


def test_financial_year_synthetic_minutes_older_than_the_years_budget_do_not_answer_it() -> None:
    jan_2021 = _hit("21.01.09 Finance. The draft budget for 2021/22 had been emailed to Councillors. After discussion "
                    "it was resolved to apply for £4500 precept. Resolved to pay the website fees of £45.00.", 1,
                    "2021-01-26", authority="Northfield Parish Council")
    later = _answer_of("What precept did Northfield Parish Council set for 2022/23?", [jan_2021])
    assert later.abstained and "2022/23" in " ".join(later.warnings), later.answer
    same = _answer_of("What precept did Northfield Parish Council set for 2021/22?", [jan_2021])
    assert not same.abstained and "4500" in same.answer, same.answer
    # evidence of that time answers, and older evidence that names the year asked (a plan) still may
    plan = _hit("The medium term plan assumes a precept of £4,800 for 2022-23 and £5,000 after.", 2, "2021-01-26",
                authority="Northfield Parish Council")
    assert not _answer_of("What precept did Northfield Parish Council set for 2022/23?", [plan]).abstained


def _answer_of(question: str, hits: list[Hit]) -> Answer:
    return answer_extractive(question, hits, _stats())


@needs_corpus
def test_financial_year_real_januarys_precept_is_not_the_next_years(tmp_path: Path) -> None:
    # (here the year's absence from the index refuses it already; ext4's Milburn minutes, outside the corpus, are
    # the real case the rule was written for: "2020/2021 and 2021/2022 draft budget" beside "apply for £4500 precept")
    files = ["souldern-parish-council/minutes/2020-01-30 SPC minutes.pdf"]  # the precept for 2020/21
    later = _ask_real(tmp_path, files, "What precept did Souldern Parish Council request for 2021/22?")
    assert later.abstained, later.answer
    ans = _ask_real(tmp_path, files, "What precept did Souldern Parish Council request for 2020/21?")
    assert not ans.abstained and "5700" in ans.answer, ans.answer


# ---- the best evidence speaks of another year than the one asked ------------------------------------------


def test_other_year_synthetic_what_is_left_is_far_weaker_so_it_abstains() -> None:
    report = _hit("The youth transition service supports young adults leaving care. As of October 2024, the youth "
                  "transition service was working with 894 young adults. It is proposed to move the service to "
                  "adult social care.", 1, "2025-01-30")
    ans = answer_extractive("How many young adults was the youth transition service working with in October 2023?",
                            [report], _stats())
    assert ans.abstained and "2024" in " ".join(ans.warnings), (ans.answer, ans.warnings)
    asked = answer_extractive("How many young adults was the youth transition service working with in October "
                              "2024?", [report], _stats())
    assert not asked.abstained and "894" in asked.answer


@needs_corpus
def test_other_year_real_a_count_given_only_for_the_year_after(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-01-30/24-00109 - Transfer the 18-25 section of the "
                               "Strengthening Independence Service - Report.pdf"],
                    "How many young adults was Kent's 18-25 Strengthening Independence Service working with in "
                    "October 2023?")
    assert ans.abstained and "2024" in " ".join(ans.warnings), (ans.answer, ans.warnings)


def test_other_year_synthetic_the_reason_names_no_empty_year() -> None:
    # the best evidence is of another year only by the year its document is filed under (no year in its text)
    from types import SimpleNamespace

    from minutes_rag.answer.cues import other_year_only

    best = SimpleNamespace(other_year=True, score=1.0, text="The Monitoring Officer post is the Director of Legal.")
    left = [SimpleNamespace(other_year=False, score=0.5, text="Monitoring Officer.")]
    assert other_year_only(best, left, 0.85) == "the evidence found speaks of another year, not the year asked"
    best.text = "In 2024 the Monitoring Officer post was the Director of Legal."
    assert other_year_only(best, left, 0.85) == "the evidence found speaks of 2024, not the year asked"


# ---- one question naming two months is answered from both meetings --------------------------------------------


def test_across_synthetic_a_question_naming_two_months() -> None:
    one = "By what votes did the planning committee in May 2025, and then city council in June 2025, consent to it?"
    assert answers_across(one, question_parts(one))
    # a statement before the question names a month of its own: the question asks of one meeting
    stated = "The bus was due to end in April 2026. What did the Mayor say in June 2026 had happened to it?"
    assert not answers_across(stated, question_parts(stated))
    mill = ("By what votes did the planning committee in May 2025, and then city council in June 2025, consent to "
            "demolishing the old mill on Ann Street?")
    committee = _hit("2.3 Old Mill, Ann Street. That the demolition of the old mill on Ann Street BE CONSENTED TO. "
                     "Motion Passed (4 to 1)", 1, "2025-05-21", doc="pec")
    council = _hit("8.2.4 (2.3) Old Mill, Ann Street. Motion made by S. Lehman That, on the recommendation of the "
                   "Planning and Environment Committee, the application to demolish the old mill on Ann Street BE "
                   "CONSENTED TO. Motion Passed (11 to 3)", 2, "2025-06-03", doc="council")
    ans = answer_extractive(mill, [committee, council], _stats())
    assert "(4 to 1)" in ans.answer and "(11 to 3)" in ans.answer, ans.answer


@needs_corpus
def test_across_real_a_committees_vote_and_then_the_councils(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["london-ontario/md/2025-03-24 6th Meeting of the Infrastructure and Corporate Services "
                               "Committee.md", "london-ontario/json/2025-04-01 6th Council Meeting.json"],
                    "By what votes did London's Infrastructure and Corporate Services Committee in March 2025, and "
                    "then city council in April 2025, decide on the expanded property tax deferral for low-income "
                    "seniors?")
    assert "(7 to 8)" in ans.answer, ans.answer
    assert any("2025-04-01 6th Council Meeting" in c.source for c in ans.citations), ans.answer

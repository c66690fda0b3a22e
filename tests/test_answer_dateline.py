"""A question that asks when something happened is answered with a date. Minutes rarely date what they record
("it was resolved to co-opt Mr Deeley"): the meeting's date is the answer, so a quote that states no date of its own
is led by its document's date ("Meeting 28 June 2012: ..."). A question that only opens with a "when" clause ("When
the committee met in May, what did it ...?") asks no date, and a quote that states one needs no lead."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.when import ASKS_WHEN

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

CO_OPTION = ("Co-option of new Councillor. A notice had been placed inviting applications for a new councillor. "
             "After some discussion it was resolved to co-opt Mrs Jane Ashworth on to the Council.")


def test_dateline_synthetic_which_questions_ask_when() -> None:
    assert ASKS_WHEN.search("When was Jane Ashworth co-opted onto the parish council?")
    assert ASKS_WHEN.search("When and in what format did council agree to hold the event?")
    assert ASKS_WHEN.search("On what date was the budget meeting held?")
    assert ASKS_WHEN.search("By when must the works be finished?")
    assert not ASKS_WHEN.search("When the committee met in May, what did it decide about the car park?")
    assert not ASKS_WHEN.search("What did the council decide when it reviewed the budget?")


def test_dateline_synthetic_an_undated_quote_is_led_by_its_meetings_date() -> None:
    ans = answer_extractive("When was Jane Ashworth co-opted onto the parish council?",
                            [_hit(CO_OPTION, 1, "2012-06-28")], _stats())
    assert not ans.abstained and ans.answer.startswith("Meeting 28 June 2012: "), ans.answer
    assert "co-opt Mrs Jane Ashworth" in ans.answer, ans.answer


def test_dateline_synthetic_no_lead_when_not_asked_or_the_quote_is_dated() -> None:
    not_asked = answer_extractive("Who was co-opted onto the parish council?", [_hit(CO_OPTION, 1, "2012-06-28")],
                                  _stats())
    assert not not_asked.abstained and not not_asked.answer.startswith("Meeting"), not_asked.answer
    dated = answer_extractive("When was Jane Ashworth co-opted onto the parish council?",
                              [_hit(CO_OPTION + " She was co-opted on 14th June 2012 at an extraordinary meeting.", 1,
                                    "2012-06-28")], _stats())
    assert not dated.abstained and not dated.answer.startswith("Meeting"), dated.answer
    opens_with_when = answer_extractive("When the parish council met in June 2012, who did it co-opt?",
                                        [_hit(CO_OPTION, 1, "2012-06-28")], _stats())
    assert not opens_with_when.answer.startswith("Meeting"), opens_with_when.answer


@needs_corpus
def test_dateline_real_the_co_option_is_dated_by_its_minutes(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["souldern-parish-council/minutes/2012-06-28 SPC minutes.pdf",
                               "souldern-parish-council/minutes/2014-11-20 SPC minutes.pdf"],
                    "When did Souldern Parish Council co-opt Richard Deeley as a councillor?")
    assert not ans.abstained and "co-opt Mr Deeley" in ans.answer, ans.answer
    assert "28 June 2012" in ans.answer, ans.answer


# ---- a question asking at which meeting: the meeting's date, written as its document writes dates ------------


ADOPTION = ("R2025-121 J. Scott, S. Kirkey: NOW THEREFORE the Council approves Policy No. 2025-02-PW, Ditch Clearing "
            "Procedure, effective upon passing. Carried.")


def test_dateline_synthetic_at_which_meeting_asks_when() -> None:
    assert ASKS_WHEN.search("The draft was reviewed in June; at which meeting was the ditch clearing procedure adopted?")
    assert ASKS_WHEN.search("In what meeting did the council adopt its ditch clearing procedure?")
    assert not ASKS_WHEN.search("What did the council adopt at the meeting in June?")


def test_dateline_synthetic_a_reference_number_is_no_date_and_month_first_documents_get_month_first() -> None:
    question = "At which meeting did the council adopt its ditch clearing procedure?"
    # the policy number's "2025-02" dates nothing: the quote is still led by its meeting's date
    day_first = answer_extractive(question, [_hit(ADOPTION, 1, "2025-06-24")], _stats())
    assert day_first.answer.startswith("Meeting 24 June 2025: "), day_first.answer
    # a document that writes "June 10, 2025" is answered in its own way
    month_first = answer_extractive(question, [
        _hit(ADOPTION, 1, "2025-06-24", doc="m"),
        _hit("The regular meeting of Council was held on June 24, 2025. The next meeting will be held July 15, 2025.",
             2, "2025-06-24", doc="m")], _stats())
    assert month_first.answer.startswith("Meeting June 24, 2025: "), month_first.answer


@needs_corpus
def test_dateline_real_the_meeting_that_adopted_a_reviewed_draft(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-June-10-2025.pdf",
                               "nipissing-township/minutes/Minutes-June-24-2025.pdf"],
                    "Nipissing reviewed a draft road side brushing procedure in June 2025. At which meeting was the "
                    "procedure finally adopted, and what policy number did it get?")
    assert not ans.abstained and "2025-02-PW" in ans.answer, ans.answer
    assert "June 24, 2025" in ans.answer, ans.answer


PRESENTATION = ("Presentation: Tim Hale and Ana Vale provided the 2024 Waste Disposal Site Monitoring Review on behalf "
                "of Pinewood Consulting.")


def test_dateline_synthetic_a_year_in_the_quote_does_not_say_at_which_meeting() -> None:
    # (the review's year answers "when" well enough, not "at which meeting": that asks for the meeting's day)
    which = answer_extractive("Which firm gave council the 2024 waste disposal site monitoring review, and at which "
                              "meeting?", [_hit(PRESENTATION, 1, "2025-02-04")], _stats())
    assert which.answer.startswith("Meeting 4 February 2025: "), which.answer
    when = answer_extractive("When was the waste disposal site monitoring review given?",
                             [_hit(PRESENTATION, 1, "2025-02-04")], _stats())
    assert not when.answer.startswith("Meeting"), when.answer


@needs_corpus
def test_dateline_real_the_meeting_a_presentation_was_given_at(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-February-4-2025.pdf",
                               "nipissing-township/minutes/Minutes-February-18-2025.pdf"],
                    "Which firm gave Nipissing council the 2024 waste disposal site monitoring review, and at which "
                    "meeting?")
    assert not ans.abstained and "Pinchin" in ans.answer, ans.answer
    assert "February 4, 2025" in ans.answer, ans.answer

"""A question that asks when something happened is answered with a date. Minutes rarely date what they record
("it was resolved to co-opt Mr Deeley"): the meeting's date is the answer, so a quote that states no date of its own
is led by its document's date ("Meeting 28 June 2012: ..."). A question that only opens with a "when" clause ("When
the committee met in May, what did it ...?") asks no date, and a quote that states one needs no lead."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import ASKS_WHEN
from minutes_rag.answer.extractive import answer_extractive

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

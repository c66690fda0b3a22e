"""A question that sets two or more months side by side ("in June 2024, and by March 2025") is answered from a
meeting of each: a month no quote is from, or whose quotes lack the kind asked (a figure for "how much"), gets the
best sentence of its meetings of that kind. A meeting's venue line ("Held in the Board Room")
is a formality, quoted only when the question asks where it met."""

from __future__ import annotations

from minutes_rag.answer.days import asked_periods
from minutes_rag.answer.formality import asks_where_met, is_formality


def test_named_periods_synthetic_the_times_a_question_sets_side_by_side() -> None:
    assert asked_periods("How much was in the account in June 2024, and how much by March 2025?") == \
        ["2024-06", "2025-03"]
    assert asked_periods("Who was absent on May 9, 2005 and on January 14, 2022?") == ["2005-05-09", "2022-01-14"]
    # (one time sets nothing side by side; nor do years, as often one report's figures for each as two meetings)
    assert asked_periods("How much was in the account in June 2024?") == []
    assert asked_periods("What was the allowance in 2022, and what was it cut to in 2023?") == []


def test_named_periods_synthetic_a_venue_line_is_a_formality() -> None:
    assert is_formality("Held in the Board Room, Elderpark Workspace at 7 p.m.")
    assert not is_formality("The hall was held in reserve for the festival.")
    assert asks_where_met("Where do the two councils normally hold their meetings?")
    assert not asks_where_met("How much did the council hold in reserves?")


def test_named_periods_synthetic_a_month_quoted_only_by_its_venue_line_gets_its_figure() -> None:
    # (June's only quote is the venue line its meeting opens with; the sentence of that meeting that states the sum
    # asked for is quoted for it)
    from minutes_rag.answer.days import cover_days
    from minutes_rag.answer.scoring import Cand

    from .test_answer_parts import _hit

    hits = [_hit("Held in the Board Room at 7 p.m. Ann reported £5863.21 in the Council's bank account.", 1,
                 date="2024-06-03"),
            _hit("We currently had £4,202.97 in our bank account after payment of all current bills.", 2,
                 date="2025-03-03")]
    venue = Cand(hit=0, offset=0, text="Held in the Board Room at 7 p.m.", stems=set(), score=0.77)
    march = Cand(hit=1, offset=0, text=hits[1].text, stems=set(), score=0.6)
    june = Cand(hit=0, offset=33, text="Ann reported £5863.21 in the Council's bank account.", stems=set(), score=0.5)
    question = "How much did the community council have in its bank account in June 2024, and how much by March 2025?"
    out = cover_days(question, hits, [venue, march, june], [venue, march])
    assert june in out and june.for_part, out
    # (one month asked: nothing to set side by side)
    assert cover_days("How much was in the bank account in June 2024?", hits, [venue, march, june],
                      [venue, march]) == [venue, march]


def test_named_periods_synthetic_a_part_of_a_year_is_its_months() -> None:
    from minutes_rag.answer.timing import named_seasons

    assert named_seasons("How did the council change the board's size in early 2025?") == [("2025-01-01", "2025-04-30")]
    assert named_seasons("What was agreed in spring 2017 and by the fall of 2025?") == [
        ("2017-03-01", "2017-05-31"), ("2025-09-01", "2025-11-30")]
    assert named_seasons("the mid-2024 review") == [("2024-05-01", "2024-08-31")]
    # (a winter spans two years; a decade is no part of a year)
    assert named_seasons("in winter 2025") == [] and named_seasons("in the late 1990s") == []

"""A day the question names places it ("Kent County Council's meeting of 13 March 2025: on what date was the
summons issued ...?"): it is where to look, not what to find. The minutes' heading that states only that day
("MINUTES of a meeting ... held ... on Thursday, 13 March 2025") adds nothing asked once its document is quoted,
and it is no date for a part asking when. A meeting it names by its day is the one its evidence must come from
(or name): another meeting's minutes do not say what that one decided."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.answer.timing import date_words, days_named, meeting_day, states_new_date

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

HEADING = "MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 13 March 2025."


def test_given_days_synthetic_the_days_a_question_names() -> None:
    question = "Kent County Council's meeting of 13 March 2025: on what date was the summons issued?"
    assert days_named(question) == {(3, 13)}
    assert days_named("What was agreed on March 7th, 2016 and on 9th January, 2025?") == {(3, 7), (1, 9)}
    assert {"13", "2025"} <= date_words(question)
    assert not states_new_date(HEADING, days_named(question), years=True)  # only the day the question gives
    assert states_new_date("Dated Wednesday, 5 March 2025: the summons.", days_named(question))
    assert states_new_date(HEADING, frozenset())  # a question naming no day: the heading's date is a date
    assert not states_new_date("Members were summoned.", frozenset(), years=True)


def test_given_days_synthetic_the_heading_is_not_quoted_for_its_day(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    filler = " ".join(f"Item {i}: the committee noted the quarterly report on moorings, berth fees and the visitor "
                      "pontoon." for i in range(1, 30))
    (tmp_path / "m" / "2025-03-03 harbour committee minutes.txt").write_text(
        "Port Enys Town Council\n\nMINUTES of a meeting of the Harbour Committee held in the Harbour Office, Quay "
        "Street, on Monday, 3 March 2025.\n\nPresent: Councillor Penhallow (Chair), Councillor Trevail.\n\n"
        f"{filler}\n\n7. Slipway Repairs\nThe Harbourmaster reported that the slipway repairs would cost £42,000. "
        "The works were expected to start on 14 April 2025.\nRESOLVED that the repairs be approved.\n",
        encoding="utf-8")
    api.ingest([tmp_path / "m"], index=tmp_path / "idx")
    ans = api.ask("The Harbour Committee's meeting of 3 March 2025: what would the slipway repairs cost, and when "
                  "were the works expected to start?", index=tmp_path / "idx")
    assert "£42,000" in ans.answer and "14 April 2025" in ans.answer, ans.answer
    assert "MINUTES of a meeting" not in ans.answer and len(ans.citations) == 1, ans.answer


@needs_corpus
def test_given_days_real_kent_summons_and_extension(tmp_path: Path) -> None:
    # the meeting's two papers alone: its agenda frontsheet (the summons) and its printed minutes
    folder = "kent-county-council/full_council/2025-03-13"
    ans = _ask_real(tmp_path, [f"{folder}/Agenda frontsheet 13th-Mar-2025 10.00 County Council.pdf",
                               f"{folder}/Printed minutes 13th-Mar-2025 10.00 County Council.pdf"],
                    "Kent County Council's meeting of 13 March 2025: on what date was the summons to the meeting "
                    "issued, and when the meeting ran over time, until what time did members vote to extend it?")
    # frontsheet p1 ("Wednesday, 5 March 2025"), minutes p13 ("no later than 5.30pm"); the minutes' page-1 heading
    # states only the meeting's own day
    assert "5 March 2025" in ans.answer and "5.30pm" in ans.answer, ans.answer
    assert "MINUTES of a meeting" not in ans.answer, ans.answer
    assert not any(c.pages == [1] and "Printed minutes" in c.source for c in ans.citations), ans.citations


def test_given_days_synthetic_a_meeting_named_by_its_day_is_where_the_answer_comes_from() -> None:
    assert meeting_day("What did the council decide at its meeting on 8 March 2025 about the potholes?") == "2025-03-08"
    assert meeting_day("What did the council decide at its 8 March 2025 meeting?") == "2025-03-08"
    assert meeting_day("At the March 8, 2025 Harbour Committee meeting, who chaired?") == "2025-03-08"
    assert meeting_day("How much was in the reserve account at 31 March 2025?") is None  # (a day, not a meeting)
    assert meeting_day("How much was spent by 31 March 2025, as reported at the meeting?") is None
    assert meeting_day("At the March 8, 2025 harbour committee meeting, who chaired?") == "2025-03-08"
    other = _hit("Potholes in Quay Lane: a quotation of £115 for cold patching was received and accepted.",
                 date="2025-04-12")
    question = "What did the council decide at its meeting on 8 March 2025 about the Quay Lane potholes?"
    # (in an index of many meetings, a day's words are common: the question's subject is what is specific)
    stats = Stats(n_chunks=100, doc_freq=lambda w: 60 if w.isdigit() or w == "march" else 5, embed=_stats().embed)
    ans = answer_extractive(question, [other], stats)
    assert ans.abstained and "2025-03-08" in " ".join(ans.warnings), (ans.answer, ans.warnings)
    # the minutes of that day answer, though another meeting's say more of the potholes
    that = _hit("Quay Lane: it was agreed to ask the highways authority to repair the potholes.", 2, date="2025-03-08")
    ans = answer_extractive(question, [other, that], stats)
    assert not ans.abstained and "highways authority" in ans.answer and "£115" not in ans.answer, ans.answer
    # as do the next minutes where they recount it ("at the meeting held on 8 March 2025 ...")
    later = _hit("Quay Lane potholes: at the meeting held on 8 March 2025 the council decided to accept the "
                 "quotation of £115.", date="2025-04-12")
    ans = answer_extractive(question, [later], stats)
    assert not ans.abstained and "£115" in ans.answer, ans.answer


@needs_corpus
def test_given_days_real_a_meeting_named_by_its_day_is_where_the_answer_comes_from(tmp_path: Path) -> None:
    files = ["east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf"]
    question = "Who called the East Palo Alto Planning Commission's meeting of {} to order, and at what time?"
    ans = _ask_real(tmp_path, files, question.format("27 January 2020"))
    assert not ans.abstained and "7:" in ans.answer, ans.answer
    ans = _ask_real(tmp_path, files, question.format("7 January 2020"))  # (its words all in those minutes)
    assert ans.abstained and "2020-01-07" in " ".join(ans.warnings), (ans.answer, ans.warnings)

"""A day the question names places it ("Kent County Council's meeting of 13 March 2025: on what date was the
summons issued ...?"): it is where to look, not what to find. The minutes' heading that states only that day
("MINUTES of a meeting ... held ... on Thursday, 13 March 2025") adds nothing asked once its document is quoted,
and it is no date for a part asking when."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.timing import date_words, days_named, states_new_date

from .conftest import needs_corpus
from .test_answer_parts import _ask_real

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

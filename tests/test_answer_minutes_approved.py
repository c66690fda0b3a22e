"""A sentence recording that an earlier meeting's minutes were taken as a record ("RESOLVED that the minutes of the
meeting on 9 January 2025 were a correct record", "The minutes of the parish council meeting held on 25th November
2023 were checked for accuracy and content, agreed as a true record", "To receive the minutes of the last parish
council meeting") is a meeting's formality: it names a date and the body, so it was quoted for a part of a question
that names a meeting ("what did full Council finally resolve in March 2025?"), a citation that answers nothing.
Only the minutes' own words about an earlier meeting without "a true record" still date what they record.
Synthetic: made-up parish minutes; real: Kent County Council's minutes of 13 March 2025 and the Scrutiny Committee's
call-in report, from ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.formality import is_formality

from .conftest import ask_texts, needs_corpus
from .test_answer_parts import _ask_real


@pytest.mark.parametrize(("text", "formal"), [
    ("RESOLVED that the minutes of the meeting on 9 January 2025 were a correct record and that they be signed by "
     "the Chair", True),
    ("01.24.03 To receive the minutes of the last parish council meeting The minutes of the parish council meeting "
     "held on 25th November 2023 were checked for accuracy and content, agreed as a true record of the meeting", True),
    ("The minutes of the last Annual Parish meeting held on 24th May 2024 were checked for content and accuracy and "
     "signed as a true record of the meeting.", True),
    ("The minutes of the last Annual Parish meeting held on 24th May 2024 were checked", False),
    ("The council will publish minutes of its meetings as a true record of decisions.", False),
    ("The clerk was asked to receive the tenders for the minutes software.", False),
    ("The minutes of the meeting held on 3 May were accepted as a true and accurate record.", True),
    ("The minutes of the meeting held on 3 May were approved as an accurate record.", True),
    ("To receive the minutes of the meeting held on 3 May.", True),
    # (business done on another body's minutes, and a length of time, are no formality)
    ("It was resolved to receive the minutes of the Planning Committee and to approve its recommendation to refuse "
     "application 23/0456.", False),
    ("After 30 minutes of debate, the chair said the note would be a true record.", False),
])
def test_earlier_minutes_taken_as_a_record_are_a_formality(text: str, formal: bool) -> None:
    assert is_formality(text) is formal


def _minutes(day: str, items: str) -> str:
    return (f"ELMSTEAD PARISH COUNCIL\nMinutes of the meeting held on {day} at 7.30pm in the Village Hall.\n"
            f"Present: Cllrs Hart, Osei, Lin, Moss & the Clerk.\n{items}\n")


SYNTH = {
    "elmstead-parish-council/minutes/2025-02-20 minutes.md": _minutes("Thursday 20th February 2025", (
        "02.25.03 Minutes: The minutes of the meeting held on 23rd January 2025 were agreed as a true record.\n"
        "02.25.07 Playing field: The football club asked to hire the playing field for junior matches. Cllr Osei "
        "proposed a hire fee of £450 a season, seconded by Cllr Lin. Resolved.")),
    "elmstead-parish-council/minutes/2025-03-20 minutes.md": _minutes("Thursday 20th March 2025", (
        "03.25.03 To receive the minutes of the last parish council meeting. The minutes of the parish council "
        "meeting held on 20th February 2025 were checked for accuracy and content, agreed as a true record of the "
        "meeting and signed by the Chair.\n03.25.06 Playing field: The football club signed a three year agreement "
        "for the playing field; the Clerk reported the first season's hire fee had been paid.")),
}


def test_minutes_approved_synthetic_not_quoted_for_a_meeting_named(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, SYNTH, "What hire fee did Elmstead Parish Council set for the football club's use of "
                                     "the playing field in February 2025, and what did the March 2025 meeting record "
                                     "about the club's agreement?")
    assert not ans.abstained, ans.answer
    assert "£450" in ans.answer and "three year agreement" in ans.answer, ans.answer
    assert "true record" not in ans.answer, ans.answer


@needs_corpus
def test_minutes_approved_real_kent_call_in(tmp_path: Path) -> None:
    # the minutes of 13 March 2025, p2: "RESOLVED that the minutes of the Council meeting held on 13 February 2025 be
    # approved as a correct record." was quoted beside the call-in's councillors and the council's resolution (p8)
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-03-04/Scrutiny Committee - call-in Family Hubs Report to "
                               "Cabinet - FINAL.pdf",
                               "kent-county-council/full_council/2025-03-13/Printed minutes 13th-Mar-2025 10.00 County "
                               "Council.pdf",
                               "kent-county-council/cabinet/2025-01-30/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"],
                    "Kent's decision on the Seashells and Millmead family hubs was called in. Which councillors called "
                    "it in at the Scrutiny Committee, and what did full Council finally resolve in March 2025?")
    assert not ans.abstained, ans.answer
    assert "Jackie Meade" in ans.answer and "does not require reconsideration" in ans.answer, ans.answer
    assert "correct record" not in ans.answer, ans.answer

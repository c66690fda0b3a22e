"""The quoted evidence is not read on into the next numbered minute ("3297.Accounts for payment:- Merlin
Environmental Services - £84.50 ..."). Asked how much money a council agreed to take over, the May minutes' quotes
about the reserves stated no sum; reading on for one took the next minute's payments, so May's minutes seemed to
state a figure and kept the lead from June's, which say "happy to receive the £6,164". Synthetic: made-up chunks;
real: Wye Valley Community Council's minutes of May and June 2022, from outside ``../shared/corpus``, held as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.window import MINUTE_NUMBER, continuation

from .conftest import ask_texts
from .test_answer_parts import _hit
from .wye_valley_minutes import JUNE_2022, MAY_2022


@pytest.mark.parametrize(("sentence", "starts"), [
    ("3297.Accounts for payment:- Merlin Environmental Services - £84.50", True),
    ("3298. Planning Permissions:- DM/2022/00587", True),
    ("45/22 Accounts for payment", True),
    ("5. Apologies for absence", True),  # (as a string; the sentence splitter ends a sentence at "5.")
    ("(12) Cluster Meetings - To be discussed", True),
    ("£1,300 was agreed for the barrister.", False),
    ("3.5 million was set aside.", False),
    ("and the sum transferred to the council.", False),
])
def test_minute_number(sentence: str, starts: bool) -> None:
    assert bool(MINUTE_NUMBER.match(sentence)) is starts


QUOTED = ("3296.Financial Report: Charitable account reported. Cllr Parker explained that the village hall had "
          "requested funding for a new boiler. Clerk liaise with the other council's clerk over the amounts to be "
          "transferred from reserves")
NEXT_MINUTE = "3297.Accounts for payment:- Merlin Environmental Services - £84.50 (Ch. No. 300289). All approved."
NEXT_TAIL = "of £6,164 to the new council."


@pytest.mark.parametrize(("opening", "read"), [(NEXT_MINUTE, False), (NEXT_TAIL, True)])
def test_continuation_stops_at_the_next_minute(opening: str, read: bool) -> None:
    first, second = _hit(QUOTED, 4, doc="m"), _hit(opening, 5, doc="m")
    quotes = [(QUOTED.index("Clerk liaise"), QUOTED[QUOTED.index("Clerk liaise"):])]
    follow = continuation(first, quotes, True, lambda h: second if h is first else None)
    assert (follow is not None) is read, follow


def test_next_minute_real_wye_valley_reserves(tmp_path: Path) -> None:
    docs = {"wye-valley-community-council/minutes/2022-05-23 WVCC minutes.txt": MAY_2022,
            "wye-valley-community-council/minutes/2022-06-27 WVCC minutes.txt": JUNE_2022}
    ans = ask_texts(tmp_path, docs, "How much money did the new Wye Valley council agree to take over from Trellech "
                                    "United Community Council when the reserves were split?")
    assert not ans.abstained, ans.answer
    assert "6,164" in ans.answer, ans.answer

"""Asked whether a body decided something, when the best sentence records the question put to it ("Councils are being
asked whether they wish to sign up for the Welsh Language Scheme."), its answer is what the item goes on to say, up to
two short sentences, to the item's end or its first decision: "Other Councils in Monmouthshire do not feel it is
appropriate to do so. Councillors were asked their opinion and the general feeling was that it was not
cost-effective for TCC to implement this." The window stopped at the first, which answers nothing, in a chunk of its
own or read on into the next chunk. Synthetic: made-up minutes; real: Tintern Community Council's minutes of 26 March
2018, from outside ``../shared/corpus``, held as text."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.window import item_goes_on
from minutes_rag.text import sentences

from .conftest import ask_texts
from .tintern_minutes import MARCH_2018

ITEM = ("118. Dark Skies Charter: Parishes are being asked whether they wish to adopt the county's Dark Skies Charter. "
        "Neighbouring parishes have not adopted it. Members were asked their views and the general feeling was that "
        "the street lights of the parish are already dimmed after midnight and the charter would add nothing. "
        "119. Website: The clerk will renew the hosting.")


def test_item_goes_on_to_its_end() -> None:
    sents = sentences(ITEM)
    j = next(k for k, (_, t) in enumerate(sents) if t.startswith("Neighbouring"))
    said = [t for _, t in item_goes_on(sents, j)]
    assert said and said[0].startswith("Members were asked their views"), said
    assert not any("Website" in t or t.startswith("119") for t in said), said


def _minutes(day: str, items: str) -> str:
    return (f"ELMBRIDGE PARISH COUNCIL\nMinutes of the meeting held on {day} at 7.30pm in the Village Hall.\n"
            f"Present: Cllrs Hart, Osei, Lin, Moss & the Clerk.\n{items}\n")


SYNTH = {
    "elmbridge-parish-council/minutes/2019-03-18 minutes.md": _minutes("Monday 18th March 2019", (
        "115. Footpaths: The footpath by the mill is overgrown; the Clerk will report it to the county council.\n"
        "116. Play area: The new swings have been installed and inspected. It was agreed the Clerk would order a "
        "second bench before a final decision is made on the fencing.\n" + ITEM)),
}


def test_echo_verdict_synthetic_the_item_goes_on(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, SYNTH, "Did Elmbridge Parish Council decide to adopt the Dark Skies Charter in 2019?")
    assert not ans.abstained, ans.answer
    assert "the charter would add nothing" in ans.answer, ans.answer
    assert "hosting" not in ans.answer, ans.answer


def test_echo_verdict_real_tintern_welsh_language_scheme(tmp_path: Path) -> None:
    docs = {"tintern-community-council/minutes/2018-03-26 TCC minutes.md": MARCH_2018}
    ans = ask_texts(tmp_path, docs, "Did Tintern decide to sign up to the Welsh Language Scheme in 2018?")
    assert not ans.abstained, ans.answer
    assert "not cost-effective" in ans.answer, ans.answer
    assert "Data Protection" not in ans.answer, ans.answer

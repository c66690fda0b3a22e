"""A further sentence whose only new question words are the verbs the question is framed in ("how did that compare",
"what did the Mayor say", "who asked") adds nothing. Asked the West of England Combined Authority's final 2025/26
revenue outturn "and what was the current budget it was compared against?", the outturn report's "The final revenue
outturn for 2025/26 is £174.0m, which is £8.0m (4%) lower than the Current Budget of £182.0m" answers both; "The
Investment Fund outturn is £24.2m in 2025/26 compared to a current budget of £30.9m" was quoted beside it for its
"compared" alone. (A decision's verbs, "agreed", "decided", are not among them: a further decision sentence may hold
the rest of what was decided.) Synthetic: made-up papers; real: the combined authority's outturn report of June 2026."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import FRAME_VERBS
from minutes_rag.text import stem

from .conftest import ask_corpus, needs_corpus
from .test_answer_parts import _hit, _stats


def test_frame_verbs_synthetic() -> None:
    assert {stem("compared"), stem("said"), stem("asked")} <= FRAME_VERBS
    # (nor "changes", often what is asked: "were any changes made?")
    assert not {stem("agreed"), stem("decided"), stem("changes"), stem("exemption"), stem("first")} & FRAME_VERBS
    lead = _hit("The final harbour dues income for 2025/26 is £4.2m, which is £0.3m lower than the current budget of "
                "£4.5m for harbour dues.", 1, doc="a")
    other = _hit("The marina income is £1.1m in 2025/26 compared to a budget of £1.4m for the marina.", 2, doc="b")
    ans = answer_extractive("What was the final harbour dues income for 2025/26, and what was the current budget it "
                            "was compared against?", [lead, other], _stats())
    assert "£4.2m" in ans.answer and "marina" not in ans.answer, ans.answer


@needs_corpus
def test_frame_verbs_real_weca_outturn(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["west-of-england-ca/src-weca-0027_joint-meeting-2026-06-05-mca-mayoral-budget-outturn.pdf"],
                     "What was the West of England Mayoral Combined Authority's final revenue outturn for 2025/26, and "
                     "what was the current budget it was compared against?")
    assert not ans.abstained and "£174.0m" in ans.answer and "£182.0m" in ans.answer, ans.answer
    assert "Investment Fund outturn is £24.2m" not in ans.answer, ans.answer


def test_frame_verbs_synthetic_a_date_no_quote_gives_is_added() -> None:
    # a further sentence adding only "asked" still adds the date the question is after, which no quote states
    lead = _hit("A written response be provided to members regarding the targets for improving social work practice "
                "with disabled children.", 1, doc="a")
    dated = _hit("Members asked for an update on the target of 30 September 2018 for improvement of the quality of "
                 "social work practice.", 2, doc="b")
    ans = answer_extractive("What was the target date the scrutiny board asked about for improving social work practice "
                            "with disabled children?", [lead, dated], _stats())
    assert "30 September 2018" in ans.answer, ans.answer
    # (not asked a date, the date adds nothing asked)
    ans = answer_extractive("What response did the scrutiny board ask for on improving social work practice with "
                            "disabled children?", [lead, dated], _stats())
    assert "written response" in ans.answer and "30 September 2018" not in ans.answer, ans.answer


@needs_corpus
def test_frame_verbs_real_cumbria_target_date(tmp_path: Path) -> None:
    # Cumbria's scrutiny board: "5 A written response be provided ..." leads; "Members asked for an update on the
    # target of 30 September 2018 ..." adds "asked" and the date asked for
    ans = ask_corpus(tmp_path, ["seeds/000_716b7456e7929a64.txt", "seeds/003_f0a2a9b28d9b0817.txt"],
                     "Children's social care workforce and targets: where had Haringey recruited 14 social workers "
                     "from, according to its October 2020 Cabinet, and what was the target date Cumbria's scrutiny "
                     "board asked about for improving social work practice with disabled children?")
    assert not ans.abstained and "30 September 2018" in ans.answer, ans.answer

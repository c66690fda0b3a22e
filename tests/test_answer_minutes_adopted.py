"""A sentence recording only that an earlier meeting's minutes were approved ("That the minutes of the regular
Council Meeting held June 24, 2025, be adopted as published. Carried.", "... agreed as a true record") is procedure,
not an answer: it is never quoted unless the question asks about minutes. Synthetic: a parish meeting; real:
Nipissing's minutes of March 2025."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

TEXT = ("Annual Parish Meeting. The minutes of the last Annual Parish Meeting held on 14th May 2024 were agreed as a "
        "true record and signed by the chair. Village hall. Thanks to the spring fair, the defibrillator fund now "
        "stands at £900 and the unit will be fitted in June.")


def test_minutes_adopted_synthetic_approving_last_meetings_minutes_is_no_answer() -> None:
    question = "How much had the defibrillator fund raised by the May 2025 annual parish meeting?"
    ans = answer_extractive(question, [_hit(TEXT, date="2025-05-20")], _stats())
    assert not ans.abstained and "£900" in ans.answer, ans.answer
    assert "true record" not in ans.answer, ans.answer
    # asked about the minutes themselves, the sentence answers
    ans = answer_extractive("Were the minutes of the May 2024 annual parish meeting agreed as a true record?",
                            [_hit(TEXT, date="2025-05-20")], _stats())
    assert "true record" in ans.answer, ans.answer


@needs_corpus
def test_minutes_adopted_real_nipissing_quotes_the_auditor_not_the_minutes(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-March-4-2025.pdf",
                               "nipissing-township/minutes/Minutes-February-18-2025.pdf"],
                    "Which firm presented Nipissing Township's 2024 audited financial statements in March 2025?")
    assert not ans.abstained and "KPMG" in ans.answer, ans.answer
    assert "adopted as published" not in ans.answer, ans.answer

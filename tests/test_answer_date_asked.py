"""Asked when ("since when has the council had its policy ...?"), the evidence that states no date is not the answer:
the sentence close behind it that states one ("... our longstanding policy on Gatwick Airport, adopted more than 10
years ago, in December 2014") is quoted too, though it adds no word of the question and names another year than the
question's. Synthetic: a council's written answer; real: Kent's answers to members' questions, March 2025."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

POLICY = ("The policy explicitly states that we oppose a second runway at Northfield Airport. Therefore, we continue to "
          "strongly oppose the proposals to bring the existing northern runway at Northfield Airport into routine use.")
SINCE = ("Answer The council's position on the expansion of Northfield Airport remains in line with our longstanding "
         "policy, adopted more than 10 years ago, in December 2014.")


def test_date_asked_synthetic_the_sentence_stating_when_is_quoted() -> None:
    hits = [_hit(POLICY, 1, date="2025-03-13", doc="answers"), _hit(SINCE, 2, date="2025-03-13", doc="answers")]
    ans = answer_extractive("At the council in March 2025 a member asked about Northfield Airport expansion. Since "
                            "when has the council had its policy opposing a second runway at Northfield Airport?",
                            hits, _stats())
    assert "December 2014" in ans.answer, ans.answer
    # asked no date, the answer is not widened
    ans = answer_extractive("Does the council oppose a second runway at Northfield Airport?", hits, _stats())
    assert not ans.abstained and "December 2014" not in ans.answer, ans.answer


@needs_corpus
def test_date_asked_real_since_when_a_policy_has_stood(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/full_council/2025-03-13/Questions put and answers given - March "
                               "2025.pdf", "kent-county-council/full_council/2025-03-13/public_packs/Questions put and "
                               "answers given 13th-Mar-2025 10.00 County Council.pdf",
                               "kent-county-council/full_council/2025-03-13/Printed minutes 13th-Mar-2025 10.00 County "
                               "Council.pdf"],
                    "At Kent County Council in March 2025 a member asked about Gatwick expansion. Since when has KCC "
                    "had its policy opposing a second runway at Gatwick?")
    assert "December 2014" in ans.answer, ans.answer

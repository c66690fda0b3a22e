"""A part asking how many may be answered by a table's row that names what it asks and gives a count ("Applications
Approved 183"): a row is otherwise no answer (its label is not a statement), and a bare count is no "figure" (no
currency, per cent or thousands separator). Synthetic: a grant's table; real: Kent's education commissioning plan
(temporary Year 7 places)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

TABLE = ("The council administers the harbour cottage refurbishment grant, funded by the department, for vacant "
         "cottages brought back into use. It is promoted through estate agents and the parish newsletter.\n\n"
         "Members discussed the harbour wall repairs under the next item.\n\nHarbour Cottage Grant Applications "
         "Received 412 Approved 183 Drawn Down 75")


def test_count_rows_synthetic_a_rows_count_answers_how_many() -> None:
    ans = answer_extractive("How does the harbour cottage refurbishment grant work, and how many applications had "
                            "been approved?", [_hit(TABLE)], _stats())
    assert not ans.abstained and "183" in ans.answer, ans.answer


@needs_corpus
def test_count_rows_real_the_temporary_year_7_places(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["kent-county-council/cabinet/2025-01-30/24-00096 - Commissioning Plan for Education "
                               "Provision in Kent 2025-29 - Report.pdf"],
                    "How much new primary and secondary school capacity does Kent's 2025-29 education commissioning "
                    "plan call for, in forms of entry, and how many temporary Year 7 places?")
    assert not ans.abstained and "810" in ans.answer, ans.answer

"""A short line after a table's cells ends the row. Lines that carry on a sentence are joined again; a line is taken
for a printed wrap when it is as wide as the page's lines. That was judged on everything joined so far, so after a
table's cells ("Newcastle West" / "€2,640.74" / "€1,929.50") the next line, "Successful Prosecution are as follows:",
was read as more of the row, and a row of capitalised cells is a heading: the lead-in to the answer was never
quoted. Now a line that is a sum alone ends its row (a bare number, a page's or a year, does not). Synthetic: the splitting; real: Limerick's minutes of 22 January 2024."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus
from .test_answer_parts import _ask_real

ROWS = "Harbour and Quayside Ward\n€2,640.74\n€41,005.28\n€1,929.50\nSuccessful prosecutions are as follows:\n• 2021 - 20\n• 2022 - 27"
WRAPPED = ("The committee considered the report of the harbour master on the dredging of the inner\n"
           "Harbour and the costs of the work, which were noted.")
LIMERICK = ("limerick/2024/03/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary Meeting of Limerick "
            "City and County Council - 22nd January 2024.md")


def test_lead_in_after_cells_synthetic() -> None:
    said = [s for _, s in sentences(ROWS)]
    assert "Successful prosecutions are as follows:" in said, said
    assert [s for _, s in sentences(WRAPPED)] == [" ".join(WRAPPED.split())]  # (a printed wrap is still joined)
    page = "The report was presented by the director of planning and harbour services to the\n12\nCouncillor Jones."
    assert len(sentences(page)) == 1  # (nor is a page's number a sum that ends a row)


@needs_corpus
def test_lead_in_after_cells_real(tmp_path: Path) -> None:
    said = [s for _, s in sentences(corpus(LIMERICK).read_text(encoding="utf-8"))]
    assert "Successful Prosecution are as follows:" in said
    ans = _ask_real(tmp_path, [LIMERICK], "How much was spent clearing illegal dumping in the Metropolitan district in "
                                          "2023, and how many successful prosecutions for illegal dumping were there "
                                          "that year?")
    assert not ans.abstained and "92,378.92" in ans.answer and "2023 - 16" in ans.answer, ans.answer

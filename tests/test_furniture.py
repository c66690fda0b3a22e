"""Page furniture: a document's running headers and footers ("Souldern PC minutes January 2026", "P a g e | 3",
"MAY 2024 PART 4.2: ACCESS TO INFORMATION PROCEDURE RULES") are found from its pages and never quoted as part of the
sentence they run into; an undated document filed under a month still speaks of that month's year."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.parse.furniture import blank_lines, running_lines

from .conftest import corpus, needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

SAID = ["The clerk reported on the footpath.", "Members discussed the budget.", "Quotes for the bench were read.",
        "A resident asked about the pond."]


def _pages(n: int = 4) -> list[str]:
    return [f"P a g e | {i}\nNorthshire PC minutes March 2026 {SAID[i - 1]}\nReason for decision:\n"
            f"Northshire Parish Council\n{SAID[-i]}" for i in range(1, n + 1)]


def test_furniture_synthetic_running_lines_are_found_and_blanked_in_place() -> None:
    patterns = running_lines(_pages())
    page = _pages()[2]
    blanked = blank_lines(page, patterns)
    assert len(blanked) == len(page)
    assert "P a g e" not in blanked and "PC minutes March" not in blanked, blanked
    assert SAID[2] in blanked
    # a label and a short name that recur on every page are the pages' content, not furniture
    assert "Reason for decision:" in blanked and "Northshire Parish Council" in blanked
    # two pages are too few to tell by repetition: only a line numbering its page is furniture on them
    two = blank_lines(_pages(2)[1], running_lines(_pages(2)))
    assert "P a g e" not in two and "Northshire PC minutes March 2026" in two, two


def test_furniture_synthetic_a_short_documents_numbered_page_header_is_furniture() -> None:
    # a two-page document's second page opens "Minutes – February 18, 2025 – Page 2": with too few pages to tell
    # its running lines by repetition, the header ran into the resolution quoted after it
    pages = ["Minutes of the Regular Meeting\nCouncil reviewed the tender results for a new gritter.",
             "Minutes – March 4, 2025 – Page 2\nR2025-037 A. Lee, B. Ross: That we accept the tender from Northway "
             "Plant Ltd. Carried.\nPage 2 of 2"]
    blanked = blank_lines("\n".join(pages), running_lines(pages))
    assert "Page 2" not in blanked and "Minutes – March" not in blanked, blanked
    assert "Minutes of the Regular Meeting" in blanked and "R2025-037 A. Lee" in blanked
    # a line of text that mentions a page is not furniture ("as set out on page 4"), nor a line a page number opens
    # without a separator
    assert running_lines(["The plan was agreed.\nas set out on page 4", "Page 4 sets out the plan\nEnd."]) == []


def test_furniture_synthetic_a_running_header_is_not_quoted_with_its_sentence() -> None:
    patterns = running_lines(_pages())
    text = ("Northshire PC minutes March 2026 The playground repairs are due to take place on 30 March, weather "
            "permitting.\nThe clerk will order the new swings.")
    question = "When are the Northshire playground repairs due to take place?"
    ans = answer_extractive(question, [_hit(text)], replace(_stats(), furniture=lambda h: patterns))
    assert not ans.abstained and "30 March" in ans.answer, ans.answer
    assert "PC minutes" not in ans.answer, ans.answer
    assert "PC minutes" in answer_extractive(question, [_hit(text)], _stats()).answer  # (read as printed)


def test_furniture_synthetic_an_undated_document_speaks_of_the_year_it_is_filed_under() -> None:
    old = replace(_hit("Under the officer delegations, the Monitoring Officer post is the Director of Legal Services.", 1,
                       None),
                  source="constitution-part-2-articles-june-2024.pdf")
    new = replace(_hit("Monitoring Officer: Head of Legal Services.", 2, None, doc="d2"),
                  source="constitution-part-3-4-delegations-to-officers-january-2026.pdf")
    ans = answer_extractive("Under the council's January 2026 officer delegations, which post is the Monitoring "
                            "Officer?", [old, new], _stats())
    assert not ans.abstained and "january-2026" in ans.citations[0].source, ans.answer


@needs_corpus
def test_furniture_real_the_access_rules_running_header_is_not_quoted(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["bristol-city-council/src-bcc-0034_part-4-2-access-to-information-procedure-rules-"
                               "may-2024.pdf"],
                    "Under Bristol's access to information rules, for how long must background papers be open to "
                    "public inspection?")
    assert not ans.abstained and "four years" in ans.answer, ans.answer
    assert "PROCEDURE RULES APR9" not in ans.answer and "RULES exempt" not in ans.answer, ans.answer


@needs_corpus
def test_furniture_real_a_two_page_minutes_page_header(tmp_path: Path) -> None:
    # Nipissing's minutes of February 18, 2025 run to two pages; the second opens "Minutes – February 18, 2025 –
    # Page 2", which was quoted as a sentence after "Council reviewed the Tender results ... of a new Backhoe."
    pages = [p.extract_text() for p in pypdf.PdfReader(corpus("nipissing-township/minutes/Minutes-February-18-2025.pdf")).pages]
    assert len(pages) == 2
    blanked = blank_lines(pages[1], running_lines(pages))
    assert "Minutes – February 18, 2025 – Page 2" in pages[1] and "Page 2" not in blanked
    assert "R2025-037" in blanked

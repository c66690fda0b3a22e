"""A paper's first page (its title, purpose and recommendations) quoted beside the lead evidence from deeper in the
same paper restates what was asked: it is left out, unless it gives the figure asked. Minutes' first pages, and
papers answered from their first page, are not touched."""
from __future__ import annotations

from pypdf import PdfReader

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.types import Hit

from .conftest import corpus, needs_corpus

OUTTURN = "west-of-england-ca/src-weca-0027_joint-meeting-2026-06-05-mca-mayoral-budget-outturn.pdf"
COVER = ("DIRECTOR OF FINANCE Key Decision No Purpose of Report This report represents the revenue and capital outturn "
         "for the West Shire Combined Authority for 2025/26, against the current budget.")
ANSWER = ("The final revenue outturn for 2025/26 is £174.0m, which is £8.0m lower than the Current Budget of £182.0m. "
          "The underspend is driven by reduced delivery.")
QUESTION = "What was the West Shire Combined Authority's final revenue outturn for 2025/26, against what current budget?"


def _hit(text: str, n: int, page: int, kind: str = "report", source: str = "outturn.pdf") -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"d1:{n:05d}", doc_id="d1", source=source, pages=[page],
               authority="West Shire Combined Authority", committee="Joint Committee", meeting_date="2026-06-05",
               item_number=None, item_title=None, kind=kind, text=text)


def test_cover_synthetic_a_reports_first_page_is_left_out() -> None:
    ans = answer_extractive(QUESTION, [_hit(ANSWER, 1, 2), _hit(COVER, 2, 1)])
    assert not ans.abstained and "£174.0m" in ans.answer
    assert "Purpose of Report" not in ans.answer and [c.pages for c in ans.citations] == [[2]], ans.answer


def test_cover_synthetic_minutes_first_page_stays() -> None:
    ans = answer_extractive(QUESTION, [_hit(ANSWER, 1, 2, kind="minutes"), _hit(COVER, 2, 1, kind="minutes")])
    assert "Purpose of Report" in ans.answer


def test_cover_synthetic_a_first_page_giving_the_figure_stays() -> None:
    cover = COVER.replace("against the current budget.", "against the current budget of £182.0m.")
    ans = answer_extractive(QUESTION, [_hit("The final revenue outturn for 2025/26 is £174.0m.", 1, 2), _hit(cover, 2, 1)])
    assert "Purpose of Report" in ans.answer


def test_cover_synthetic_a_first_page_answering_another_part_stays() -> None:
    cover = COVER + " Recommendations: The Committee is asked to approve the carry forward of unspent grant funding."
    ans = answer_extractive("What was the West Shire Combined Authority's final revenue outturn for 2025/26, and what "
                            "does the report recommend the Committee approve?", [_hit(ANSWER, 1, 2), _hit(cover, 2, 1)])
    assert "carry forward" in ans.answer and sorted(c.pages for c in ans.citations) == [[1], [2]], ans.answer


@needs_corpus
def test_cover_real_the_outturn_reports_cover_is_left_out() -> None:
    pages = PdfReader(corpus(OUTTURN)).pages
    hits = [_hit(pages[1].extract_text(), 1, 2, "budget", OUTTURN), _hit(pages[0].extract_text(), 2, 1, "budget", OUTTURN)]
    ans = answer_extractive("What was the West of England Mayoral Combined Authority's final revenue outturn for "
                            "2025/26, against what current budget?", hits)
    assert not ans.abstained and "£174.0m" in ans.answer and "£182.0m" in ans.answer
    assert "Purpose of Report" not in ans.answer, ans.answer
    assert all(c.pages == [2] for c in ans.citations), [(c.pages, c.quote[:80]) for c in ans.citations]

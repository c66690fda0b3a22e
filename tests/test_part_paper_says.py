"""A part of a question that names the paper whose words answer it, as what says it ("how big a real variance did the
Q3 budget monitoring report show on ...?") or in brackets ("... released that month (Q3 performance report)"), is
answered from the document whose file name or item title holds the most of that paper's own words (here "Q3" and
"monitoring"), when the lead evidence's holds fewer: not held to the lead evidence's meeting (the performance report's)
and left unanswered. Synthetic: a made-up county's two quarterly papers; real: Kent's Q3 2024/25 performance report
(Cabinet, March 2025) and Q3 finance monitoring report (Cabinet, January 2025), from ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.sources import named_paper, paper_clause
from minutes_rag.types import Hit

from .conftest import ask_corpus, ask_texts, make_hit, needs_corpus

PERFORMANCE = """Westshire County Council Quarterly Performance Report, Quarter 3 2024/25
Children in Care
The number of unaccompanied asylum-seeking children (UASC) in care decreased by 80 to 475 over the quarter.
In December 2024, 12 in house fostering beds were released from the UASC scheme and are now available for other children.
The percentage of children in care placed in in-house foster care remained below the floor standard.
The UASC additional accommodation project reports no real variance in its delivery milestones this quarter.
"""
MONITORING = """Westshire County Council Finance Monitoring Report, Quarter 3 2024/25
Capital programme
The capital programme is forecast to underspend by 12.5m, mostly through rephasing.
Previously reported variances: Unaccompanied Asylum-Seeking Children (UASC) Additional Accommodation Requirements, real
variance +4.819m.
The real variance is due to this project continually evolving and the full extent was not known at the start of the year.
"""
QUESTION = ("Unaccompanied asylum-seeking children in Westshire: how many were in the council's care at the end of "
            "December 2024, and how many in-house fostering beds were released from the UASC scheme that month (Q3 "
            "performance report); and how big a real variance did the Q3 budget monitoring report show on the UASC "
            "additional accommodation project?")


def test_paper_clause() -> None:
    assert paper_clause("how big a real variance did the Q3 budget monitoring report show on the project") == (
        "Q3 budget monitoring report")
    assert paper_clause("how many beds were released that month (Q3 performance report)") == "Q3 performance report"
    assert paper_clause("which scheme launched according to the Q3 2024/25 performance report") == (
        " the Q3 2024/25 performance report")
    assert paper_clause("how many beds were released in December 2024") is None
    assert paper_clause("what did the council decide about the report") is None


def test_part_answered_from_the_paper_it_names(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {
        "westshire-county-council/cabinet/2025-03-04/QPR Q3 Cabinet appendix.txt": PERFORMANCE,
        "westshire-county-council/cabinet/2025-01-30/Finance Monitoring Report Q3.txt": MONITORING}, QUESTION)
    assert "475" in ans.answer and "12 in house" in ans.answer and "+4.819m" in ans.answer, ans.answer


def _hit(n: int, source: str, title: str | None = None) -> Hit:
    return make_hit(n, source, authority="Westshire County Council", committee="Cabinet", item_title=title)


def test_named_paper_holds_most_of_the_papers_words() -> None:
    """(End to end in a two-paper index, the synthetic question is answered before this change too: a small index
    quotes most of each paper.)"""
    hits = [_hit(1, "cabinet/2025-03-04/QPR Q3 Cabinet appendix.txt", "Quarterly Performance Report"),
            _hit(2, "cabinet/2025-01-30/Finance Monitoring Report Q3.txt"),
            _hit(3, "cabinet/2025-01-30/Draft Budget 2025-26.txt")]
    part = "how big a real variance did the Q3 budget monitoring report show on the UASC project"
    assert named_paper(part, hits, hits[0]) == {1}  # ("Q3" and "monitoring"; the lead's holds "Q3" alone)
    assert named_paper(part, hits, hits[1]) == set()  # (the lead's is that paper)
    assert named_paper("how many beds were released (Q3 performance report)", hits, hits[1]) == {0}
    assert named_paper("what did the officer's report show on the project", hits, hits[0]) == set()


@needs_corpus
def test_real_kent_variance_in_the_monitoring_report(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["kent-county-council/cabinet/2025-03-04/QPR Q3 Cabinet appendix 1.pdf",
                                "kent-county-council/cabinet/2025-01-30/24-00108 - Finance Monitoring Report - Q3 - "
                                "November 2024-25.pdf"],
                     "Unaccompanied asylum-seeking children in Kent: how many were in the council's care at the end of "
                     "December 2024, and how many in-house fostering beds were released from the UASC scheme that "
                     "month (Q3 performance report); and how big a real variance did the Q3 budget monitoring report "
                     "show on the UASC additional accommodation capital project?")
    assert "475" in ans.answer and "+4.819" in ans.answer, ans.answer

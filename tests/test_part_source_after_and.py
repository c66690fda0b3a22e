"""A further part that opens with the paper it asks of ("...; and according to the combined authority's 2025/26
outturn report, whose micromobility contract generates the revenue share held in its reserve?") keeps that clause:
the split at its comma no longer leaves "and according to ..." on the part before and the question bare ("whose ...")
read as a clause that only sets the scope (it asks "whose"). The part is then answered from the paper it names, even
when the question is asked across meetings (it names March 2026 and July 2023) and that paper's meeting (June 2026) is
outside the months the question names. Synthetic: a made-up combined authority's statements and outturn report; real:
the West of England Combined Authority's statements of March 2026 and outturn report of June 2026, from
``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.sources import named_paper, paper_clause
from minutes_rag.text import is_scope_clause, question_parts

from .conftest import ask_corpus, ask_texts, make_hit, needs_corpus

STATEMENTS = """Westshire Combined Authority Joint Committee, 27 March 2026: Statements
Statement 10 - Ian Pond
In most places, shared e-scooters can be considered a first mile adjunct to the mass transit system.
The meeting report states that the number of daily trips now regularly exceeds 10,000, however in the year to July 2023
the average was almost 15,000 daily trips.
It is therefore incumbent on our region to get the scheme right when the current operating contract is re-tendered.
"""
OUTTURN = """Westshire Combined Authority Joint Committee, 5 June 2026: Mayoral Budget Outturn 2025/26
Earmarked reserves
Integrated Mobility Fund reserve: accumulates revenue share from the Voi micromobility contract.
Funds will be drawn down once future use is formally agreed.
Bus grant reserve: holds the unspent bus service improvement grant.
"""
QUESTION = ("On shared e-scooters in the Westshire region: in his statement to the March 2026 joint meeting, what "
            "average number of daily trips did Ian Pond say the scheme was achieving in the year to July 2023; and "
            "according to the combined authority's 2025/26 outturn report, whose micromobility contract generates the "
            "revenue share held in its Integrated Mobility Fund reserve?")


def test_source_clause_opens_the_part_it_names() -> None:
    parts = question_parts(QUESTION)
    assert parts[-1].startswith("according to the combined authority's 2025/26 outturn report, whose"), parts
    assert not parts[-2].endswith("report"), parts
    assert not is_scope_clause(parts[-1])
    assert is_scope_clause("according to the 2013 minutes")
    assert is_scope_clause("For the scheme whose budget was cut in May")  # ("whose" asks only after a comma)
    assert paper_clause(parts[-1]) == " the combined authority's 2025/26 outturn report"  # (not what it asks)


def test_named_paper_by_the_clause_alone() -> None:
    """The words that name the paper are the clause's, not the question's after it: a document titled after what
    is asked ("Integrated Mobility Fund: micromobility contract") is not the paper named."""
    hits = [make_hit(n, source, authority="Westshire Combined Authority") for n, source in enumerate([
        "westshire-ca/2026-03-27 statements.txt", "westshire-ca/2026-06-05 budget outturn.txt",
        "westshire-ca/Integrated Mobility Fund micromobility contract.txt"], 1)]
    assert named_paper(question_parts(QUESTION)[-1], hits, hits[0]) == {1}


def test_part_answered_from_its_paper_across_meetings(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westshire-ca/2026-03-27 statements.txt": STATEMENTS,
                               "westshire-ca/2026-06-05 mayoral budget outturn.txt": OUTTURN}, QUESTION)
    assert "15,000" in ans.answer and "Voi micromobility" in ans.answer, ans.answer


@needs_corpus
def test_real_weca_outturn_reserve(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["west-of-england-ca/src-weca-0023_joint-meeting-2026-03-27-statements.pdf",
                                "west-of-england-ca/src-weca-0027_joint-meeting-2026-06-05-mca-mayoral-budget-outturn.pdf"],
                     "On shared e-scooters and e-bikes in the West of England: in his statement to the March 2026 "
                     "joint meeting, what average number of daily trips did Ian Pond say the scheme was achieving in "
                     "the year to July 2023; and according to the combined authority's 2025/26 outturn report, whose "
                     "micromobility contract generates the revenue share held in its Integrated Mobility Fund reserve?")
    assert "15,000" in ans.answer and "Tier micromobility" in ans.answer, ans.answer

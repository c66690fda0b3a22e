"""An agenda item lettered in capitals ("C. Adoption of Reading Screener for Special Education Programs - M. Kast")
is a heading of its own: the line before it (a vote's names, a page's footer) does not run on into it, nor it into
the motion under it. Before, a board's minutes printed a line to a statement ran the previous item's vote, the
page footer, two item headings and the motion into one sentence, and the motion's words were never weighed.
A name after its initial ("J. Scott, S. Kirkey: THAT ...", "moved by\\nB. Smith Jones ...") is no heading."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus

BOARD = """Riverbend County Board of Education
Minutes of the Regular Board Meeting, June 10, 2025

10. New Business - Other
A. Establish July 15, 2025 as Annual Organizational Meeting - Dana Whitfield
Motion by Trustee Ochoa, second by Trustee Pell.
Final Resolution: Motion Carried Yes: Ochoa, Pell, Varga, Lund Absent: Moreno, Tate, Quill
\x0c06.10.25 Board Meeting Minutes 5
B. Adoption of Resolution No. 25-08 Resolution to Pay Absent Board Member - Dana Whitfield
Because a quorum of four votes is required and one member present had to abstain, this item was deferred
C. Adoption of Reading Screener for Special Education Programs - Marco Ruiz
There was a motion to approve the recommended screener, Brightpath, and a second
by Trustee Pell.
Final Resolution: Motion Carried Yes: Ochoa, Pell, Varga, Lund Absent: Moreno, Tate, Quill
"""


def test_lettered_items_synthetic_each_heading_is_its_own_line() -> None:
    said = [s for _, s in sentences(BOARD)]
    assert "C. Adoption of Reading Screener for Special Education Programs - Marco Ruiz" in said, said
    assert "There was a motion to approve the recommended screener, Brightpath, and a second by Trustee Pell." in said
    assert "B. Adoption of Resolution No. 25-08 Resolution to Pay Absent Board Member - Dana Whitfield" in said
    # a name after its initial carries on the line before it
    moved = [s for _, s in sentences("The motion was moved by\nB. Smith Jones and Fred Brown of the Committee")]
    assert moved == ["The motion was moved by B. Smith Jones and Fred Brown of the Committee"]
    lead = [s for _, s in sentences("R2025-197 S. Foote, L. Chalapenko:\nJ. Scott, S. Kirkey: THAT the report be received.")]
    assert lead[-1].startswith("J. Scott, S. Kirkey: THAT"), lead


def test_lettered_items_synthetic_the_motion_under_a_heading_answers(tmp_path: Path) -> None:
    minutes = tmp_path / "2025-06-10_board_minutes.txt"
    # (as the board prints it: a blank line after each statement; the index keeps one statement to a line)
    minutes.write_text("\n\n".join(BOARD.splitlines()), encoding="utf-8")
    for month, item in (("01", "the school calendar"), ("02", "a bus contract"), ("03", "the audit report"),
                        ("04", "a charter petition"), ("05", "the annual budget")):
        # other meetings of the board, so the screener's words are as rare as in a real index
        (tmp_path / f"2025-{month}-14_board_minutes.txt").write_text(
            f"Riverbend County Board of Education\nMinutes of the Regular Board Meeting, 2025-{month}-14\n\n"
            f"5. New Business\nA. Adoption of {item.title()} - Dana Whitfield\nMotion by Trustee Ochoa to approve "
            f"{item}, second by Trustee Pell.\nFinal Resolution: Motion Carried Yes: Ochoa, Pell, Varga\n",
            encoding="utf-8")
    api.ingest([tmp_path], index=tmp_path / "index")
    ans = api.ask("What reading screener did the Riverbend board approve for its special education programs in "
                  "June 2025?", index=tmp_path / "index")
    assert not ans.abstained and "Brightpath" in ans.answer, ans.answer


@needs_corpus
def test_lettered_items_real_a_roman_lettered_list_reads_item_by_item() -> None:
    # a list lettered in roman capitals: its first item ran on into the next ("I. The Chairman of the Kent Royal
    # British Legion II. The new SERFCA Deputy Chief Executive (East)")
    from pypdf import PdfReader

    page = PdfReader(corpus("kent-county-council/full_council/2025-03-13/Final Kent CC Armed Forces Covenant - "
                            "Annual Report 2024.pdf")).pages[1].extract_text()
    said = [s for _, s in sentences(page)]
    assert "I. The Chairman of the Kent Royal British Legion" in said, [x for x in said if "Legion" in x]

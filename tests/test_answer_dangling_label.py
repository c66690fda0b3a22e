"""A quote does not end on a label that opens the next thing. The window reads a short quote on into the
sentence after it; where that is the next question's heading or a table's next label ("Question 7 - Matt Sanders
SBLN Through Traffic:", "Milestones:") and nothing of what it introduces is quoted, the answer ended on it. A short
label or lead-in ending a passage with nothing after it is left out, unless it was chosen as evidence.
Synthetic: the trimming itself; real: the West of England Mayor's answers to public questions (June 2026)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.window import without_dangling

from .conftest import needs_corpus
from .test_answer_no_repeats import MAYORS_ANSWERS
from .test_answer_parts import _ask_real, _hit

ANSWER = "Participants can also move on to the county's jobs scheme for a further 12 months of support."
LABEL = "Question 8 - A Resident, Harbour Road parking:"


def test_dangling_synthetic_a_next_questions_heading_is_left_out() -> None:
    quotes = [(0, ANSWER), (95, LABEL)]
    assert without_dangling(quotes, [], {0}) == ([(0, ANSWER)], [])
    # chosen as evidence itself, it stays; so does a lone quote, and a long sentence that ends leading in
    assert without_dangling(quotes, [], {0, 95}) == (quotes, [])
    assert without_dangling([(95, LABEL)], [], set()) == ([(95, LABEL)], [])
    lead_in = (95, "The committee then heard from the harbour master, who set out the reasons for the closure as follows:")
    assert without_dangling([(0, ANSWER), lead_in], [], {0}) == ([(0, ANSWER), lead_in], [])


def test_dangling_synthetic_the_run_into_the_next_chunk_ends_on_no_label() -> None:
    nxt = _hit(f"The scheme opens in May. {LABEL}", 2)
    assert without_dangling([(0, ANSWER)], [(nxt, [(0, "The scheme opens in May."), (26, LABEL)])], {0}) == (
        [(0, ANSWER)], [(nxt, [(0, "The scheme opens in May.")])])
    assert without_dangling([(0, ANSWER)], [(nxt, [(26, LABEL)])], {0}) == ([(0, ANSWER)], [])
    # (labels one after another, in the run and then in the passage's own quotes)
    assert without_dangling([(0, ANSWER), (95, "Milestones:")], [(nxt, [(0, "Costs:"), (26, LABEL)])], {0}) == (
        [(0, ANSWER)], [])


@needs_corpus
def test_dangling_real_the_mayors_answer_ends_before_the_next_question(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, [MAYORS_ANSWERS], "What did the West of England Mayor say in June 2026 about Connect "
                                                "to Work support for Youth Guarantee participants?")
    assert not ans.abstained and "12 months" in ans.answer, ans.answer
    assert "Question 7" not in ans.answer, ans.answer


ROW = "Revised funding profile for the scheme: £898,587 22/23, £2,434,089 26/27, £2,500,000 27/28 and £3,997,064 28/29"
DELIVERY = "west-of-england-ca/src-weca-0029_joint-meeting-2026-06-05-delivery-assurance.pdf"


def test_dangling_synthetic_the_next_rows_label_ends_no_sentence() -> None:
    # (a label the sentence splitter left at the end of a row's sentence: after a figure, a bullet, capitals)
    assert without_dangling([(0, f"{ROW} Milestones:")], [], {0}) == ([(0, ROW)], [])
    assert without_dangling([(0, "Receive the report ● ITEM J1:")], [], {0}) == ([(0, "Receive the report")], [])
    assert without_dangling([(0, "Approved at a cost of £5,000 (see report) Next Steps:")], [], {0}) == (
        [(0, "Approved at a cost of £5,000 (see report)")], [])
    nxt = _hit("The scheme opens in May. " + ROW + " Milestones:", 2)
    assert without_dangling([(0, ANSWER)], [(nxt, [(26, f"{ROW} Milestones:")])], {0}) == (
        [(0, ANSWER)], [(nxt, [(26, ROW)])])
    for lead_in in ("Contract awards over $6,000,000 require approval of City Council:",  # (a lead-in, not a label)
                    "The Clerk reported these contributions had been received under the Section 106 Agreement:",
                    "Payments would be made from the Council's CIL Reserves:", "● Milestones:", "2024 Costs:",
                    "Sums received in 2024 were as follows 2025 Totals:",
                    "Mr Hood proposed the motion that This Council believes that:",
                    "Moved by S. Hillier a) Regarding the trees:", "The result of the voting was as follows:"):
        assert without_dangling([(0, lead_in)], [], {0}) == ([(0, lead_in)], [])


@needs_corpus
def test_dangling_real_a_funding_row_ends_before_the_next_label(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, [DELIVERY], "How much did the West of England Combined Authority actually spend on "
                    "Hengrove Park enabling infrastructure in 2025/26, and how much of the scheme's funding does the "
                    "June 2026 change request push into 2028/29?")
    assert not ans.abstained and "£3,997,064 28/29" in ans.answer, ans.answer
    assert "Milestones:" not in ans.answer, ans.answer

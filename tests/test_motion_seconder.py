"""Asked who moved or seconded a motion: the line of the motion's item that says who seconded it, a few sentences
after the motion ("I will move ... / In proposing the Motion, Councillor X ... / The Motion was seconded by Councillor
Y and adopted."), is quoted with the motion. Before, the seconder's line was left out as sharing none of the
question's words, and another item's "Proposed by ...; Seconded by ..." was quoted for the part instead.

The real passage is Limerick City and County Council's minutes of 23 September 2024 in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.window import MOVER_Q, seconder_after
from minutes_rag.text import sentences

from .conftest import CORPUS, ask_corpus, ask_texts

MINUTES = ("Minutes of the Ordinary Meeting of Ashford County Council held on Monday, 14th October 2024\n\n"
           "12.\nAdoption of Minutes\nThe minutes of the September meeting were adopted.\n"
           "Proposed by Councillor Gill;\nSeconded by Councillor Hayes;\n\n"
           "27.\nNotice of Motion submitted by Councillor A. Byrne\n"
           "I will move at the next Meeting that this Council write to the Minister for Transport to request a new "
           "bus shelter on Main Street in Ashford, as passengers wait in the open in all weather.\n"
           "In proposing the Motion, Councillor Byrne described the long waits of older passengers last winter.\n"
           "The Motion was seconded by Councillor Cahill and adopted.\n"
           "28.\nNotice of Motion submitted by Councillor D. Egan\n"
           "I will move at the next Meeting that this Council extend the opening hours of Ashford library on Saturdays.\n"
           "The Motion was proposed by Councillor Egan, seconded by Councillor Flynn and adopted.\n")


def test_mover_question_synthetic_words() -> None:
    for asked in ("Who proposed, and who seconded, the motion?", "who moved it?", "Who was the seconder?",
                  "Who moved and seconded the amendment?", "Which councillor moved the motion?",
                  "Which member seconded it?"):
        assert MOVER_Q.search(asked), asked
    for other in ("Who is the applicant behind the proposed office building?", "What was seconded at the meeting?",
                  "Who was seconded to the county's planning team?", "Who objected to the scheme as proposed?",
                  "Who chaired the meeting, and what was proposed for the park?"):
        assert not MOVER_Q.search(other), other


OAKBY = ("Minutes of the meeting of Oakby Parish Council held on 12 March 2025.\n\n7. Playing Field\nCouncillor Ames "
         "moved that the council buy a new roller for the cricket square at a cost of £1,200, and this was agreed by all "
         "present. The groundsman will collect it from the supplier in Stowford during the first week of April, weather "
         "permitting. The pavilion guttering is to be replaced by Hendry Roofing for £640, as recommended by the clerk "
         "following her inspection. Councillor Dunn seconded and it was carried.\n\n8. Correspondence\nA letter about "
         "the resurfacing of Mill Lane was noted.\n")


def test_seconder_synthetic_not_another_matters(tmp_path: Path) -> None:
    # (a motion decided in its own sentence: the seconder further on is another matter's)
    sents = sentences(OAKBY)
    at = next(k for k, (_, s) in enumerate(sents) if "roller" in s)
    assert seconder_after(sents, at) is None
    ans = ask_texts(tmp_path, {"oakby/2025-03-12 parish council minutes.txt": OAKBY},
                    "Who moved the motion at Oakby's March 2025 meeting to buy a new roller for the cricket square?")
    assert "Ames" in ans.answer and "Dunn" not in ans.answer, ans.answer


def test_seconder_after_synthetic_stays_in_its_item() -> None:
    sents = sentences(MINUTES)
    at = next(k for k, (_, s) in enumerate(sents) if "I will move" in s and "bus shelter" in s)
    assert "Cahill" in (seconder_after(sents, at) or (0, ""))[1]
    text = "27.\nI will move that the Council fund the fair.\nMembers discussed the costs.\n28.\nThe Motion was seconded by Cllr Lee."
    sents = sentences(text)
    assert seconder_after(sents, 1) is None  # (the next item's seconder is not this motion's)


def test_seconder_synthetic_quoted_with_its_motion(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"ashford/2024-10-14 ordinary meeting minutes.txt": MINUTES},
                    "Who proposed, and who seconded, the motion at Ashford's October 2024 council meeting asking the "
                    "Minister for Transport for a new bus shelter on Main Street?")
    assert not ans.abstained, ans.warnings
    assert "Byrne" in ans.answer and "seconded by Councillor Cahill" in ans.answer, ans.answer
    assert "Hayes" not in ans.answer and "Flynn" not in ans.answer, ans.answer


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_seconder_real_limerick_maternity_motion(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["limerick/2024/11/25-Full Meeting of Limerick City and County Council/Minutes - Ordinary "
                                "Meeting of Limerick City and County Council - 23rd September 2024.md"],
                     "Who proposed, and who seconded, the motion at Limerick's September 2024 council meeting asking the "
                     "Minister for Health to ease visitor restrictions at University Maternity Hospital Limerick?")
    assert not ans.abstained, ans.warnings
    assert "Hickey-O’Mara" in ans.answer and "seconded by Councillor O’Donovan" in ans.answer, ans.answer

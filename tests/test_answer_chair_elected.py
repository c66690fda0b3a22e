"""Who chaired a meeting that elected its own chair: "that Mr G Cooke be elected to Chair the meeting", "Motion: to
approve the election of Daryl Foster from CHOA to chair the meeting". That sentence names who held the chair, and
the minutes' first items are read for it (it may be the fifth, after the call to order, the proxies and the quorum).
And a question's capitals may stand for words the minutes spell out: "the December 2019 AGM" is their "Annual
General Meeting"."""

from __future__ import annotations

from pathlib import Path

import pypdf

from minutes_rag.answer.holders import names_holder
from minutes_rag.answer.initials import initials_asked
from minutes_rag.text import content_stems

from .conftest import CORPUS, ask_texts, needs_corpus
from .outside_records import CYPRESS_POINT_AGM_2019_12_05
from .test_answer_parts import _hit

ITEMS = "\n".join(f"{n}. ITEM {n}\nThe meeting noted the report on harbour matters number {n}.\n" for n in range(2, 9))
AGM = ("NORTHSHIRE HARBOUR SOCIETY\nANNUAL GENERAL MEETING\nTHURSDAY, MARCH 6, 2025 AT 7:00 PM\n\n"
       "1. CALL TO ORDER\nThe meeting was called to order at 7:00 PM by the President, Jo Penrose.\n" + ITEMS +
       "\n9. ELECTION OF CHAIR\nMotion: to approve the election of Dana Quill from the Harbour Trust to chair the "
       "meeting\nMoved: 12\nSeconded: 30\nCarried unanimously\n")


def test_chair_elected_synthetic() -> None:
    assert names_holder("chair", "That Mr G Cooke be elected to Chair the meeting.")
    assert names_holder("chair", "Motion: to approve the election of Dana Quill from the Harbour Trust to chair the meeting")
    assert names_holder("chair", "Jo Penrose was elected Chairman of the meeting.")
    assert not names_holder("chair", "The committee elected a chair for the year.")
    # (nor another body's chair: "appointed to chair the Parking Working Group")
    assert not names_holder("chair", "RESOLVED that Councillor Bob Grey be appointed to chair the Parking Working Group.")
    defined = initials_asked("Who chaired the Northshire AGM in March 2025?", [_hit(AGM)])
    assert defined.get("agm") == set(content_stems("Annual General Meeting")), defined
    # (never from everyday words: "all groups must register by May", read as capitals, is no AGM)
    assert "agm" not in initials_asked("When was the AGM held?", [_hit("Members agreed all groups must register.")])


def test_chair_elected_synthetic_answer(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"northshire-harbour-society/2025-03-06 annual general meeting minutes.txt": AGM},
                    "Who chaired the Northshire Harbour Society's AGM in March 2025?")
    assert not ans.abstained and "Dana Quill" in ans.answer, ans.answer


def test_chair_elected_real_cypress_point_agm(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"cypress-point-strata/agm/2019-12-05 annual general meeting minutes.txt":
                               CYPRESS_POINT_AGM_2019_12_05 + "\n" + ITEMS.replace("harbour", "strata")},
                    "Who chaired the Cypress Point strata AGM in December 2019?")
    assert not ans.abstained and "Daryl Foster" in ans.answer, ans.answer


@needs_corpus
def test_chair_elected_real_kent_county_council() -> None:
    path = CORPUS / "kent-county-council/full_council/2025-01-09/Printed minutes 09th-Jan-2025 10.00 County Council.pdf"
    text = " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())
    sentence = next(s for s in text.split(". ") if "elected" in s)  # ("... that Mr G Cooke be elected to Chair the meeting")
    assert "Cooke" in sentence and names_holder("chair", sentence), sentence

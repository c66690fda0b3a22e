"""A list's number alone and an agenda's page range are no count. Asked how much or how many, the answer must state
a quantity; a bare "1." (a list marker the splitter left on its own) and "(Pages 277 - 326)" (an agenda contents
line's page range) counted as one, so a sentence with no figure passed as the answer. Synthetic: the test itself;
real: Kent's cabinet agenda frontsheet of 30 January 2025, its markers and contents lines."""

from __future__ import annotations

from minutes_rag.answer.cues import missing_figure, states_quantity
from minutes_rag.parse.load import load_pdf
from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus


def test_no_count_synthetic_markers_and_page_ranges() -> None:
    for label in ("1.", "(2)", " 3) ", "Harbour works (Pages 12 - 40)", "Minutes (pages 1-10)"):
        assert not states_quantity(label), label
    for count in ("12", "7 objections", "Harbour works cost £12,000 (page 4)"):
        assert states_quantity(count), count
    said = ["Cabinet is asked to agree the harbour plan.", "1."]
    assert missing_figure("How many berths does the harbour plan add?", lambda: said, False)


@needs_corpus
def test_no_count_real_an_agenda_frontsheet() -> None:
    doc = load_pdf(corpus("kent-county-council/cabinet/2025-01-30/Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf"))
    assert doc.document is not None
    lines = [s for page in doc.document.pages for _, s in sentences(page.text)]
    markers = [s for s in lines if s.strip() in ("1.", "2.")]
    contents = [s for s in lines if "(Pages " in s]
    assert markers and len(contents) >= 5, lines[:40]
    assert not any(states_quantity(s) for s in markers + contents), [s for s in markers + contents if states_quantity(s)]

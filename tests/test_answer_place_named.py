"""A council named only as the place a thing is in ("the Village Pound in Tintern", "the Hengrove Park site in
Bristol") names the place, not the body: the papers of another body that speak of that place (a combined
authority's, a successor council's) are evidence too. Before, they were all left out as "from an authority the
question does not name", and the answer abstained. A body named as such ("Tintern Community Council", "Tintern's
council", "the council in Tintern") still restricts the evidence to its own papers.
Synthetic: which namings are of a place, and which hits a question names; real: the West of England delivery
assurance report (June 2026) beside a Bristol committee's minutes."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.across import located_only, named_hits
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.types import Hit

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _stats

DELIVERY = "west-of-england-ca/src-weca-0029_joint-meeting-2026-06-05-delivery-assurance.pdf"
BRISTOL_MINUTES = ("bristol-city-council/src-bcc-0036_printed-minutes-transport-and-connectivity-policy-committee-"
                   "15-may-2025.pdf")


def _hit(text: str, n: int, authority: str) -> Hit:
    return Hit(rank=n, score=1.0 / n, chunk_id=f"d{n}:{n:05d}", doc_id=f"d{n}", source=f"d{n}.txt", pages=[],
               authority=authority, committee="Council", meeting_date="2023-05-22", item_number=None,
               item_title=None, kind="minutes", text=text)


def test_place_named_synthetic() -> None:
    for q in ("Trace the Village Pound in Tintern through 2023: which quote was accepted?",
              "What name will the pub in Tintern take back?", "What of the Village Pound in Tintern at the council meeting?"):
        assert located_only(q, "Tintern"), q
    for q in ("What did Tintern Community Council decide about the pound?", "What did the council in Tintern decide?",
              "What did Tintern's council decide about the pub in Tintern?", "Did Tintern agree the quote?"):
        assert not located_only(q, "Tintern"), q
    hits = [_hit("The Council accepted a quote of £2,150 for the Village Pound repairs.", 1, "Tintern Community Council"),
            _hit("Grant of £1,125 awarded for The Village Pound, Tintern.", 2, "Wye Valley Community Council"),
            _hit("Grant of £900 awarded for the church wall in Llandogo.", 3, "Wye Valley Community Council")]
    assert named_hits("Trace the Village Pound in Tintern: which quote was accepted, and what grant came?", hits,
                      None) == {0, 1}
    assert named_hits("What grant did Tintern Community Council get for the Village Pound?", hits, None) == {0}
    # (the place as written: "first reading" is not Reading)
    hits = [_hit("The library in Reading opens in May.", 1, "Reading Borough Council"),
            _hit("The first reading of the library bylaw was held.", 2, "Northtown Council")]
    assert named_hits("When does the library in Reading open?", hits, None) == {0}


@needs_corpus
def test_place_named_real(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, [DELIVERY, BRISTOL_MINUTES],
                    "How many homes will the Hengrove Park regeneration site in Bristol provide?")
    assert not ans.abstained and "1,435 homes" in ans.answer, ans.answer


def test_another_authoritys_year_does_not_make_the_answer_another_years() -> None:
    """The best sentence was another authority's, of another year (in the whole corpus index, East Palo Alto's
    "Meeting Schedule for Calendar Year 2020" for Nipissing's 2026 calendar), and the answer abstained as "the
    evidence found speaks of 2020": the question names its authority, so only that authority's evidence is weighed
    for the year. Nipissing's resolution as the corpus prints it; the other body's sentence made stronger."""
    hits = [_hit("The commission set its meeting calendar for 2020: the second January meeting was scheduled for "
                 "January 27, 2020.", 1, "City of East Palo Alto"),
            _hit("R2025-192 S. Kirkey, J. Scott THAT the 2026 Council Meeting Schedule will be as follows. January 6, "
                 "2026 January 27, 2026 February 10, 2026 February 24, 2026 March 10, 2026 March 24, 2026", 2,
                 "Township of Nipissing")]
    ans = answer_extractive("Nipissing set its 2026 meeting calendar. When was the second January 2026 meeting "
                            "scheduled?", hits, _stats())
    assert not ans.abstained and "January 27, 2026" in ans.answer, ans.answer

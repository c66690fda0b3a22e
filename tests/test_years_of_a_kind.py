"""A year joined to "pre-" or "post-" names a kind of thing by its age ("rent appeals for pre-1989 secure tenants"),
not a time the question asks about: evidence that names another year is not set aside as "of another year than the
one asked". Synthetic: a made-up housing board's minutes asked of ``answer_extractive``; real: Govan Community
Council's minutes of 3 March 2025 (from outside ``../shared/corpus``, held as text in ``govan_minutes``)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import named_months
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.scoring import Stats
from minutes_rag.text import asked_years
from minutes_rag.types import Hit

from .conftest import ask_texts
from .govan_minutes import MARCH_2025

OTHER_YEAR = "names another year than the one asked"


def test_years_of_a_kind_not_asked() -> None:
    assert asked_years("What rent did the board set for pre-1989 tenancies?") == set()
    assert asked_years("How many post-2010 homes were let in 2023?") == {"2023"}
    assert asked_years("What did the Housing Act 1988 and the 2019 petition say?") == {"2019"}
    assert asked_years("How many post–2010 homes (en dash) were let?") == set()
    assert named_months("What was agreed on 13 June about pre-1989 tenancies in 2025?") == ["2025-06"]


def test_years_of_a_kind_synthetic_evidence_of_another_year_quoted() -> None:
    hit = Hit(rank=1, score=1.0, chunk_id="westvale:00004:x", doc_id="westvale", source="2024-02-12 minutes.md",
              pages=[], authority="Westvale Housing Board", committee=None, meeting_date="2024-02-12",
              item_number=None, item_title=None, kind="minutes",
              text="5. Rents for secure tenancies. The board considered the report on rents for pre-1989 secure "
                   "tenancies. The board agreed a rent increase of 6.7% for those tenancies from April 2024. Members "
                   "asked for a report on repairs.")
    ans = answer_extractive("What rent increase did the housing board agree for pre-1989 secure tenancies?", [hit],
                            Stats(n_chunks=10, doc_freq=lambda t: 1), explain=True)
    assert "6.7%" in ans.answer, ans.answer
    assert not any(s["why"] == OTHER_YEAR for s in (ans.explain or {})["sentences"])


def test_years_of_a_kind_real_govan_petition(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"govan-community-council/minutes/2025-03-03 general meeting minutes.md": MARCH_2025},
                    "How did Govan Community Council respond to the Scottish Government's reply on its long-running "
                    "petition about rent appeals for pre-1989 secure tenants?", explain=True)
    why = {s["text"][:40]: s["why"] for s in (ans.explain or {})["sentences"]}
    later = next(w for t, w in why.items() if t.startswith("The response of the Scottish Government"))
    assert later != OTHER_YEAR, why

"""A symbol font's bullets, which a PDF's text gives as private-use characters ("\\uf0b7 Perfunctory Business"), end
sentences as "•" does, and are shown as "•"; in a text that has them, a lone "o" opening a point is the bullet of
the level below ("o Commissioners Present: ..."). On synthetic text and on the corpus's Limerick minutes, whose
text was taken from a PDF with such bullets."""

from __future__ import annotations

from minutes_rag.text import plain, sentences

from .conftest import corpus, needs_corpus

POINTS = ("Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board \uf0b7 Perfunctory Business o "
          "Commissioners Present: A. Qaiyum, Z. Maiorca o Others Present: R. Warsing \uf0b7 APPROVED – Revised 2018 "
          "budget – B. Munro (motion), Z. Maiorca (second) o In 2017, the SSA received $239,503")


def test_symbol_bullets_synthetic_each_point_is_a_sentence() -> None:
    said = [plain(s) for _, s in sentences(POINTS)]
    assert said == ["Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board",
                    "• Perfunctory Business", "o Commissioners Present: A. Qaiyum, Z. Maiorca",
                    "o Others Present: R. Warsing",
                    "• APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)",
                    "o In 2017, the SSA received $239,503"], said
    # (without a symbol font's bullets, a lone "o" is a letter)
    assert len(sentences("Scores were recorded as x or o by the clerk o The next item")) == 1


@needs_corpus
def test_symbol_bullets_real_limericks_budget_points() -> None:
    text = corpus("limerick/2024/01/22-Full Meeting of Limerick City and County Council/Minutes - Budget Meeting "
                  "of Limerick City and County Council - 17th November 2023.md").read_text(encoding="utf-8")
    points = [plain(s) for _, s in sentences(text) if s.startswith("\uf0b7")]
    assert len(points) >= 40, len(points)
    assert all(p.startswith("• ") and "\uf0b7" not in p for p in points), points[:3]

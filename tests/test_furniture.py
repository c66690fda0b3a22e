"""Page furniture: a PDF's running headers and footers (the minutes' title and month, a page number, the clerk's
address) are kept where they first appear in a document and blanked after, so an answer does not quote them run
into a sentence ("Annual Parish Meeting minutes May 2025 with these changes it will ..."); chunks are cut first, so
no chunk's bounds or page map move. Synthetic: pages and chunks as text; real: Souldern's May 2025 annual meeting
minutes, whose title heads every page."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.parse.furniture import blank_running_lines, running_lines
from minutes_rag.settings import get_settings
from minutes_rag.types import Chunk

from .conftest import corpus, needs_corpus


def _chunk(n: int, text: str) -> Chunk:
    return Chunk(chunk_id=f"d:{n:05d}", doc_id="d", text=text, ordinal=n, page_start=n + 1, page_end=n + 1,
                 item_number=None, item_title=None)


def test_furniture_synthetic_running_lines_are_kept_once() -> None:
    bodies = ["The meeting opened.", "The precept was set at £5,700.", "Any other business.", "The meeting closed."]
    pages = [f"P a g e | {n}\nParish Council minutes May 2025\n{b}\nClerk: Ann Smith, 1 High Street, Northfield\n"
             for n, b in enumerate(bodies, start=1)]
    patterns = running_lines(pages)
    assert len(patterns) == 3, [p.pattern for p in patterns]  # the page number, the title, the address
    chunks = [_chunk(i, " ".join(p.split("\n")[1:]) + " P a g e | " + str(i + 2)) for i, p in enumerate(pages)]
    lengths = [len(c.text) for c in chunks]
    removed = blank_running_lines(chunks, patterns)
    assert [len(c.text) for c in chunks] == lengths  # offsets (and the page map) hold
    # what was blanked is returned, chunk by chunk (the keyword index still finds a page by its header)
    assert removed[0] == [] and "Parish Council minutes May 2025" in removed[1] and "P a g e | 3" in removed[1]
    assert "Parish Council minutes May 2025" in chunks[0].text and "Clerk: Ann Smith" in chunks[0].text
    for c in chunks[1:]:
        assert "Parish Council minutes" not in c.text and "Clerk" not in c.text and "P a g e" not in c.text
    assert "The precept was set at £5,700." in chunks[1].text


def test_furniture_synthetic_content_that_recurs_is_not_furniture() -> None:
    # a label, a sentence or a question that ends every page is the pages' content; so is a bare number
    # ("- 3 -" would blank every number) and a short line ("OFFICIAL", a council's name: words of its sentences)
    pages = [f"- {n} -\nOFFICIAL\nDecision {n}\nThe committee agreed item {n}.\nReason for decision:\n"
             "As set out in the report.\nNorthfield Parish Council" for n in range(1, 6)]
    assert running_lines(pages) == []  # (a short name is also the subject of the text's sentences)
    assert running_lines(["Minutes of May 2025\nA.", "Minutes of May 2025\nB."]) == []  # two pages: too few


@needs_corpus
def test_furniture_real_the_minutes_title_is_not_quoted_from_a_later_page(tmp_path: Path) -> None:
    api.ingest([corpus("souldern-parish-council/minutes/2025-05-20 Annual Parish Meeting minutes.pdf")],
               index=tmp_path / "index")
    store, _ = api.open_store(get_settings(index=tmp_path / "index"))
    texts = [r["text"] for r in sorted(store.get_chunks(), key=lambda r: r["meta"]["ordinal"])]
    assert "Annual Parish Meeting minutes May 2025" in texts[0]  # kept where it first appears
    assert not any("Annual Parish Meeting minutes May 2025" in t for t in texts[1:])
    # a later page's chunk is still found by the header it was printed under
    headers = [r["meta"].get("header", "") for r in sorted(store.get_chunks(), key=lambda r: r["meta"]["ordinal"])]
    assert any("Annual Parish Meeting minutes May 2025" in h for h in headers[1:]), headers
    ans = api.ask("What did the chairman say the parish council would have to change about its website?",
                  index=tmp_path / "index")
    assert not ans.abstained and "website" in ans.answer, ans.answer
    assert "Annual Parish Meeting minutes May 2025" not in ans.answer, ans.answer


def test_furniture_synthetic_a_next_chunk_with_no_sentence_is_no_continuation() -> None:
    """A chunk left with no sentence (a page's footer blanked, or a Markdown rule "****") after a quote cut at its
    chunk's end: the quote stands alone (this raised IndexError)."""
    from dataclasses import replace

    from minutes_rag.answer.extractive import answer_extractive

    from .test_answer_parts import _hit, _stats

    lead = _hit("The committee approved the harbour wall repair budget of £40,000 for the works to be let by")
    stats = replace(_stats(), next_chunk=lambda h: replace(h, chunk_id="d1:00002", text="****"))
    ans = answer_extractive("How much was the harbour wall repair budget?", [lead], stats)
    assert not ans.abstained and "£40,000" in ans.answer, ans.answer

"""A parish's minutes open with a title block ("BURTON PARISH COUNCIL MINUTES OF THE PARISH COUNCIL MEETING HELD ON
TUESDAY, 1 APRIL 2025 ...") and a list of who was there ("Present: Miss Jane Ritchie, ..."), and their minute book
numbers each page ("11"). Asked when the clerk retired, the answer quoted the title block and the list of those
present (they name the clerk and the meeting's date), and a quote that ended its item read on into the page's
number. They are formalities, and a number alone is no sentence to read on into."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.formality import asks_formality, is_formality
from minutes_rag.answer.window import reads_on, with_neighbours
from minutes_rag.parse.load import load_file
from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus

PARISH = """26
EASTWOLD PARISH COUNCIL
MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 1 APRIL 2025

A Parish Council meeting was held in the Village Hall, Eastwold on Tuesday, 1 April 2025.

Present: Miss Jane Archer, Mr Andrew Lowe and Mrs Sally Penn, Councillors, Mr Richard Noakes, Clerk, Mrs Sue Hardy
(retiring Clerk)

9. Accessible Transport Group
Councillors considered a letter from the Accessible Transport Group which campaigns for wheelchair accessible taxis.
RESOLVED: That the Council is happy to provide its contact details once the new Council email has been set up. 27

10. Retirement of the Clerk
The Council noted the retirement of Mrs Sue Hardy as Clerk to the Parish Council on 31 March 2025.
RESOLVED: To thank Mrs Hardy for her 22 years' service as Clerk to the Parish Council.
"""


def test_a_title_block_and_those_present_are_formalities() -> None:
    assert is_formality("Present: Miss Jane Archer, Mr Andrew Lowe and Mrs Sally Penn, Councillors")
    assert is_formality("26 EASTWOLD PARISH COUNCIL MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 1 APRIL 2025")
    assert not is_formality("A meeting was held with the developer on 3 June to discuss the access road.")
    assert not is_formality("Present at the site visit were the owners, who agreed to fix an LED light to the wall.")
    # (asked who came to a meeting, those present are the answer)
    assert asks_formality("Who came to the parish council's October 2018 meeting on behalf of Glazewing?")


def test_a_quote_is_not_read_on_into_a_page_number() -> None:
    assert not reads_on("RESOLVED: That the Council is happy to provide these details.", "27", False)
    assert not reads_on("RESOLVED: That the Council is happy to provide these details.", "(3)", False)
    assert reads_on("The bid came in at", "$76.00 per ton.", True)  # (a sum alone still completes a quote)
    text = "RESOLVED: That the Council is happy to provide these details once set up. 27\n10. Retirement of the Clerk"
    quote = next((o, s) for o, s in sentences(text) if s.startswith("RESOLVED"))
    assert [s for _, s in with_neighbours(text, [quote])] == [quote[1]]


def test_asked_when_the_clerk_retired_the_answer_quotes_neither(tmp_path: Path) -> None:
    doc = tmp_path / "eastwold" / "2025-04-01 minutes.txt"
    doc.parent.mkdir()
    doc.write_text(PARISH, encoding="utf-8")
    api.ingest([doc], index=tmp_path / "index")
    ans = api.ask("When did Sue Hardy retire as clerk, and how long had she served the parish council?",
                  index=tmp_path / "index")
    assert "31 March 2025" in ans.answer and "22 years" in ans.answer, ans.answer
    assert "Present:" not in ans.answer and "MEETING HELD ON" not in ans.answer, ans.answer
    ans = api.ask("What did the parish council resolve about giving its contact details?", index=tmp_path / "index")
    assert "once the new Council email has been set up." in ans.answer and "set up. 27" not in ans.answer, ans.answer


@needs_corpus
def test_real_souldern_title_block_is_a_formality() -> None:
    doc = load_file(corpus("souldern-parish-council/minutes/2022-07-28 SPC minutes.pdf"))
    assert doc.document is not None
    said = [s for p in doc.document.pages for _, s in sentences(p.text)]
    titles = [s for s in said if "MINUTES OF THE SOULDERN PARISH COUNCIL MEETING HELD IN" in s]
    assert titles and all(is_formality(s) for s in titles), titles
    # (the minutes' own words about an earlier meeting's minutes date what they record: no title block)
    assert not is_formality("The minutes of the last Annual Parish meeting held on 24th May 2024 were checked")

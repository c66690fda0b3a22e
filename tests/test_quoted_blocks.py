"""Markdown converted from a word processor quotes each line ("> the Festival will\\n> finish ..."): the marks are
no words of the minutes, and a sentence wrapped over quoted lines is read and quoted whole."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import ask, ingest
from minutes_rag.parse.load import load_file
from minutes_rag.text import plain

from .conftest import CORPUS, needs_corpus

QUOTED_MD = """**KELVINSIDE COMMUNITY COUNCIL**

**MINUTES OF GENERAL MEETING MONDAY 3 MARCH 2025**

Held in the Burgh Hall at 7 p.m.

> Music Festival
>
> Morag introduced the 2025 Kelvinside Music Festival lasting from Wednesday
> 26 March to Saturday 29 March. The Festival will finish with a ceilidh in
> the Burgh Hall.
>
> Treasurer
>
> We currently had £4,202.97p in our account after payment of all
> current bills.

<!-- -->

Next meeting: Monday 7 April 2025.
"""


def test_quote_marks_and_comments_are_left_out_of_the_text(tmp_path: Path) -> None:
    src = tmp_path / "2025-03-03 general meeting minutes.md"
    src.write_text(QUOTED_MD, encoding="utf-8")
    doc = load_file(src).document
    assert doc is not None
    text = doc.pages[0].text
    assert not any(line.lstrip().startswith(">") for line in text.splitlines())
    assert "<!--" not in text and "from Wednesday\n 26 March" in text


def test_a_sentence_over_quoted_lines_is_quoted_whole(tmp_path: Path) -> None:
    src = tmp_path / "kelvinside-cc" / "2025-03-03 general meeting minutes.md"
    src.parent.mkdir()
    src.write_text(QUOTED_MD, encoding="utf-8")
    index = tmp_path / "index"
    ingest([src], index=index)
    ans = ask("On what dates will the 2025 Kelvinside Music Festival run?", index=index)
    assert not ans.abstained
    assert "from Wednesday 26 March to Saturday 29 March" in ans.answer and ">" not in ans.answer


def test_plain_quotes_drop_quote_marks_not_a_greater_than_sign() -> None:
    assert plain("lasting from Wednesday\n> 26 March") == "lasting from Wednesday 26 March"
    assert plain("<!-- --> a) Response of the Government") == "a) Response of the Government"
    assert plain("where costs > 5% of the budget") == "where costs > 5% of the budget"


@needs_corpus
def test_escribe_markdown_callouts_read_without_their_marks() -> None:
    src = CORPUS / "london-ontario/md/2025-01-27 3rd Meeting of the Community and Protective Services Committee.md"
    assert "\n> Moved by" in src.read_text(encoding="utf-8")
    doc = load_file(src).document
    assert doc is not None
    text = doc.pages[0].text
    assert "\nMoved by" in text.replace("\n ", "\n") and "\n>" not in text
    assert "D. Ferreira, H. McAlister, J. Pribil, S. Trosow" in text

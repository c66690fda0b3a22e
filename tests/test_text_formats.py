"""Text and Markdown files as other sites publish them: a blog's front matter (its "date" is the day the post went
up, not the meeting), HTML tables and <div>s pasted into Markdown, and authorities named in capitals or as "City of
X" by a question. Synthetic files written for the test, and the corpus's own Markdown minutes."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import scope
from minutes_rag.errors import ConfigError
from minutes_rag.parse.load import load_file
from minutes_rag.parse.meta import authority_from_text, resolve
from minutes_rag.parse.structure import recover_structure

from .conftest import corpus, needs_corpus

BLOG_POST = """---
title: "Northshire Parish Council February Meeting"
date: "2018-03-07"
categories:
  - "parish-councils"
  - "village-pump"
---

NORTHSHIRE PARISH COUNCIL Draft Minutes Subject to the Approval at the next Meeting Ordinary Meeting of the Parish
Council Wednesday 7 February 2018 at 7.00 pm Northshire Village Hall

1. Apologies were received from Cllr Reed.
2. The precept for 2018/19 was set at £11,960.
"""

HTML_TABLE = """Minutes of the Ordinary Meeting of Westvale Parish Council held on 14 January 2014

<table><tr><td valign="top" width="46"><p align="right"> 9.0 </p></td><td colspan="2" valign="top"> Play Area
Safety Inspection Results </td></tr><tr><td></td><td> The annual inspection report from Brightplay Ltd was
received and noted; no item was rated high risk.</td></tr></table>
<div></div>
10.0 Correspondence<div></div>None received.
"""


def _text(path: Path) -> str:
    loaded = load_file(path).document
    assert loaded is not None
    return loaded.pages[0].text


def _meta(path: Path) -> dict[str, object]:
    loaded = load_file(path).document
    assert loaded is not None
    fields = resolve(path, loaded, recover_structure(loaded.pages, path.name), {}, {}, None)
    return {name: value.value for name, value in fields.items()}


def test_front_matter_synthetic_a_posts_date_gives_way_to_the_meeting_date_its_text_states(tmp_path: Path) -> None:
    path = tmp_path / "2018-02_minutes.md"
    path.write_text(BLOG_POST, encoding="utf-8")
    text = _text(path)
    assert text.startswith("Northshire Parish Council February Meeting")  # the title is kept, as a line
    assert "categories" not in text and "village-pump" not in text and "2018-03-07" not in text
    assert _meta(path)["meeting_date"] == "2018-02-07"
    # a front matter that says what its date is of is the format's word, and wins
    path.write_text(BLOG_POST.replace('date: "2018-03-07"', "meeting_date: 2018-02-08"), encoding="utf-8")
    assert _meta(path)["meeting_date"] == "2018-02-08"
    # with no date in the text, the front matter's date is still used
    path.write_text(BLOG_POST.replace("Wednesday 7 February 2018", "Wednesday"), encoding="utf-8")
    assert _meta(path)["meeting_date"] == "2018-03-07"


def test_html_in_markdown_synthetic_the_tables_text_without_its_tags(tmp_path: Path) -> None:
    path = tmp_path / "2014-01_minutes.md"
    path.write_text(HTML_TABLE, encoding="utf-8")
    text = _text(path)
    assert "<td" not in text and "<div" not in text and "valign" not in text, text
    assert "Brightplay Ltd" in text and "Play Area" in text and "Correspondence" in text
    assert _meta(path)["authority"] == "Westvale Parish Council"


def test_authority_synthetic_no_article_is_a_place_and_capitals_name_one() -> None:
    assert authority_from_text("The City Council met in regular session. Minutes") is None
    assert authority_from_text("SUMMARY OF NORTH VALE CITY COUNCIL MEETING City Hall") == "North Vale City Council"
    assert authority_from_text("Minutes of the London Borough of Westshire Cabinet") == "London Borough of Westshire"
    assert authority_from_text("City of East Northbridge Planning Commission") == "City of East Northbridge"
    assert authority_from_text("Bristol City Council, Full Council") == "Bristol City Council"


class _Names:
    def __init__(self, *authorities: str) -> None:
        self.pairs = {(a, "Council") for a in authorities}

    def name_pairs(self, refresh: bool = False) -> set[tuple[str, str]]:
        return self.pairs


def test_authority_filter_synthetic_another_naming_of_the_same_place() -> None:
    names = _Names("North Vale City Council", "Township of Eastmere", "Westvale Parish Council")
    assert scope.resolve_authorities(names, ["City of North Vale"]) == ["North Vale City Council"]
    assert scope.resolve_authorities(names, ["Eastmere Township"]) == ["Township of Eastmere"]
    assert scope.resolve_authorities(names, ["westvale parish council"]) == ["Westvale Parish Council"]
    try:
        scope.resolve_authorities(names, ["City of Southmere"])
    except ConfigError as exc:
        assert "no indexed authority matches 'City of Southmere'" in str(exc)
    else:
        raise AssertionError("an unknown authority must be refused")


@needs_corpus
def test_front_matter_real_the_london_minutes_keep_their_title_and_date_not_the_metadata_block() -> None:
    path = corpus("london-ontario/md/2025-01-27 3rd Meeting of the Community and Protective Services Committee.md")
    text = _text(path)
    assert text.startswith("3rd Meeting of the Community and Protective Services Committee")
    assert "date: 2025-01-27" not in text and not text.lstrip().startswith("---")
    meta = _meta(path)
    assert meta["meeting_date"] == "2025-01-27"
    assert meta["committee"] == "Community and Protective Services Committee"  # named by the title

"""Boards that are no council: a society that runs a county's libraries, named alone on its papers' title line above
a council it names in passing ("supported by Harbourside County Council"), is whose papers they are, and a filter
that writes its name without the possessive reaches it; a state board's Markdown minutes ("# RIVERLAND PUBLIC
RECORDS BOARD") name their body without the heading's marks. A question's currency and framing words ("expressed
... in pounds", "aim") shape it, and are not words the evidence must hold."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.parse.meta import authority_from_text

#: the title block of a made-up library society's board minutes, as pypdf reads it
SOCIETY_HEAD = ("2015-06-02 Open Board Minutes v1\nRegistered Office: County Library, Northgate Street\n\n"
                "Harbourside’s Libraries IPS\nThe Industrial & Provident Society Limited enabling county-wide library "
                "services supported by Harbourside County Council\n\nOPEN BOARD MEETING MINUTES\nDate 2nd June 2015\n"
                "Attendees Ann Bray (Chair), Colin Dunn (Vice Chair)\n")


def test_society_boards_synthetic_a_society_named_alone_is_whose_papers_they_are() -> None:
    assert authority_from_text(SOCIETY_HEAD) == "Harbourside’s Libraries IPS"
    # (a council named alone on a line still wins over a society named in running text)
    assert authority_from_text("Harbourside County Council\n\nMinutes of the Cabinet\nThe Libraries IPS Ltd "
                               "reported.") == "Harbourside County Council"


def test_society_boards_synthetic_the_filter_without_the_possessive_and_framing_words(tmp_path: Path) -> None:
    folder = tmp_path / "board-minutes"
    folder.mkdir()
    (folder / "2015-06-02 open board minutes.txt").write_text(
        SOCIETY_HEAD + "\n1. Reserves Policy\nThe Chair of Finance and Audit asked the Board to agree the changes to "
        "the Finance Regulations. The policy is to build up reserves to cover two months essential operating costs "
        "(salaries, utilities, rent and rates). This would be approximately £900,000.\n", encoding="utf-8")
    for day, topic in (("2015-07-30", "The Board approved the annual accounts for signing by the Vice-Chair."),
                       ("2015-09-24", "The Board welcomed observers from two emerging library mutuals."),
                       ("2015-11-26", "The café at the harbour library will close by Christmas.")):
        (folder / f"{day} open board minutes.txt").write_text(
            SOCIETY_HEAD.replace("2015-06-02", day) + f"\n1. Matters arising\n{topic}\n", encoding="utf-8")
    api.ingest([folder], index=tmp_path / "idx")
    ans = api.ask("How large a reserve did the libraries' new reserves policy aim to build up, expressed as months "
                  "of costs and in pounds?", index=tmp_path / "idx", authority="Harbourside Libraries IPS")
    assert not ans.abstained, ans.answer
    assert "two months" in ans.answer and "£900,000" in ans.answer, ans.answer
    assert ans.citations[0].authority == "Harbourside’s Libraries IPS"


def test_society_boards_synthetic_a_markdown_heading_names_the_board(tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "2022-09-15_board_minutes.md").write_text(
        "# RIVERLAND PUBLIC RECORDS BOARD\n\n- September 15, 2022\n\n## Unapproved Minutes\n\nThe Board met on "
        "September 15, 2022 for its monthly meeting at 1:01 p.m. with the following members participating: Ann Bray, "
        "Colin Dunn. On a motion by Bray, second by Dunn, the agenda was unanimously adopted 2-0.\n", encoding="utf-8")
    api.ingest([folder], index=tmp_path / "idx")
    (doc,) = api.documents(index=tmp_path / "idx")
    assert doc.committee == "Riverland Public Records Board", doc.committee
    assert doc.title and not doc.title.startswith("#"), doc.title

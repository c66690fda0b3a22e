"""A part after a paper's number ("..., and what by-law number did council then pass?") searches for the chunks
that give a number of that kind of paper beside the question's subject, from the body the part names as its doer:
a council's list of by-laws passed, where the one asked is a line among many. On synthetic minutes and on the City
of London (Ontario)'s Budget Committee and council minutes of March and April 2025."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.retrieve import _numbered
from minutes_rag.settings import get_settings
from minutes_rag.text import question_parts

from .conftest import corpus, needs_corpus

OTHER_BYLAWS = "\n".join(f"By-law No. A.-{5000 + n}-{n} - A by-law to amend the {topic} By-law, as amended." for n, topic in
                         enumerate(["Parking", "Noise", "Signs", "Fences", "Waste Collection", "Traffic and Parking",
                                    "Business Licensing", "Tree Protection"]))


def _numbered_for(index: Path, question: str) -> list[str]:
    settings = get_settings(index=index)
    result, store, emb, filters = api._search(question, 8, None, None, None, None, settings)
    parts = question_parts(question)
    return [h.text for part in parts for h in _numbered(store, emb, part, parts, filters, result.hits)]


def test_numbered_synthetic_the_councils_bylaw_line_for_the_subject(tmp_path: Path) -> None:
    committee = tmp_path / "2025-03-19 1st Meeting of the Budget Committee.md"
    committee.write_text("# 1st Meeting of the Budget Committee, March 19, 2025\n\n## 2.2 Reserve Fund Policy Update\n\n"
                         "That the proposed Reserve Fund Policy by-law BE AMENDED to reduce the contribution to the "
                         "Harbour Reserve Fund to 17% and dedicate 3% to the Lighthouse Reserve Fund.\n\n"
                         "Motion Passed (13 to 2)\n", encoding="utf-8")
    council = tmp_path / "2025-04-01 6th Council Meeting.md"
    council.write_text("# 6th Meeting of City Council, April 1, 2025\n\n## 12. By-laws\n\n" + OTHER_BYLAWS +
                       "\nBy-law No. CPOL.-46(d)-88 - A by-law to amend By-law No. CPOL.-46-242, being the \"Reserve Fund "
                       "Policy\", by deleting and replacing Schedule A.\n", encoding="utf-8")
    api.ingest([committee, council], index=tmp_path / "index", authority="City of Northshire")
    got = _numbered_for(tmp_path / "index", "The Budget Committee amended the Reserve Fund Policy by-law in March 2025: "
                                           "what contribution did it set for the Harbour Reserve Fund, and what by-law "
                                           "number did council then pass?")
    assert got and "CPOL.-46(d)-88" in got[0], got
    # a part that asks no paper's number searches nothing more
    assert _numbered_for(tmp_path / "index", "What contribution did the Budget Committee set for the Harbour Reserve "
                                             "Fund, and by what vote?") == []


@needs_corpus
def test_numbered_real_london_surplus_policy_bylaw(tmp_path: Path) -> None:
    md = "london-ontario/md/"
    api.ingest([corpus(md + "2025-03-19 1st Meeting of the Budget Committee.md"),
                corpus(md + "2025-04-01 6th Council Meeting.md")], index=tmp_path / "index")
    got = _numbered_for(tmp_path / "index", "London's Budget Committee in March 2025 amended the proposed "
                                           "Surplus/Deficit Policy by-law: what contribution did it set for the Unfunded "
                                           "Liability Reserve Fund, and what by-law number did council then pass?")
    assert got and "CPOL.-46(d)-88" in got[0], got

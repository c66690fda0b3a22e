"""Which sentences make a report's points: web-page furniture never does, and a specific statement (a figure,
a judgement, a decision, a change, a concern) on the topic comes before a general one."""

from __future__ import annotations

import math
import re

import pytest

from minutes_rag.reports.evidence import assess, good_sentence, select_points
from minutes_rag.reports.salience import is_chrome, specifics
from minutes_rag.types import Hit

#: a meeting page saved from a council website: its title, breadcrumb and meta fields, then the minutes
PAGE = """Issue - committee papers
3) Children's Social Care update
Meeting: 04/03/2021 - Scrutiny Panel (Item 3)
Home > Meetings > Scrutiny Panel > Children's Social Care update
Children's Social Care update PDF 310 KB
Members welcomed the children's social care update presented by the director of the service today.
The number of children in care had fallen to 410 over the year, below the regional average for the service.
"""

GENERAL = "Members welcomed the children's social care update presented by the director of the service today."
FIGURE = "The number of children in care had fallen to 410 over the year, below the regional average for the service."


def _embed(texts: list[str]) -> list[list[float]]:
    """A stand-in embedder that finds meaning in the topic's words: the page's title lines are the closest."""
    vocab = ["children", "social", "care", "update", "service"]
    out = []
    for t in texts:
        words = re.findall(r"[a-z]+", t.lower())
        v = [float(words.count(w)) for w in vocab] + [0.3]
        n = math.sqrt(sum(x * x for x in v))
        out.append([x / n for x in v])
    return out


def _hit(text: str) -> Hit:
    return Hit(rank=1, score=1.0, chunk_id="d1:00000", doc_id="d1", source="page.txt", pages=[],
               authority="A Council", committee="Scrutiny Panel", meeting_date="2021-03-04", item_number="3",
               item_title="Children's Social Care update", kind="minutes", text=text, vector_score=0.6)


@pytest.mark.parametrize("line", [
    "Issue - committee papers 3) Children's Social Care update Meeting: 04/03/2021 - Scrutiny Panel (Item 3)",
    "Home > Meetings > Scrutiny Panel > Children's Social Care update",
    "Children's Social Care update PDF 310 KB",
    "Agenda item 5",
    "Date: 12/03/2024",
    "12 March 2024",
    "Browse meetings - Scrutiny Panel 3) Children's Social Care update (Item 3)",
])
def test_web_page_furniture_is_chrome(line: str) -> None:
    assert is_chrome(line) and not good_sentence(line)


@pytest.mark.parametrize("line", [
    FIGURE,
    "Members welcomed the children's social care update presented by the director of the service today.",
    "It was RESOLVED that the report be noted and the next update be brought to the meeting on 12/03/2024.",
    "The Panel heard that the inspection judged the service good - a change from 2019.",
])
def test_statements_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_what_a_sentence_states() -> None:
    assert specifics(FIGURE) == ["figure", "change"]
    assert "judgement" in specifics("The most recent inspection rated the service as 'Good'.")
    assert specifics("It was RESOLVED that the plan be approved.") == ["decision"]
    assert specifics("Members raised concerns about the overspend in the directorate.") == ["concern"]
    # a reference to a paragraph is no figure; a question asked states none of what it asks about
    assert specifics("The work on placements is set out in the report (paragraph 6.26).") == []
    assert specifics("Members asked whether the increase in caseloads was due to vacancies.") == []
    assert specifics("Questions were raised as to whether there were difficulties with placements.") == []
    # an aim is not a judgement
    assert "judgement" not in specifics("The plan works towards a 'Good' Ofsted inspection outcome.")


def test_the_figure_wins_over_the_page_title_and_the_general_sentence() -> None:
    ev = assess("children's social care", [_hit(PAGE)], None)
    assert ev.found
    (best,) = select_points(ev, 1, embed=_embed)
    assert best.text == FIGURE
    picks = select_points(ev, 5, embed=_embed)
    points = [p.text for p in picks]
    # the general sentence the splitter glued to the breadcrumb and file link above it is quoted without them,
    # after the figure, from where it stands in the page
    assert points == [FIGURE, GENERAL], points
    assert all(PAGE[p.offset:].startswith(p.text) for p in picks)
    # without the embedder too, the furniture is never a point
    assert not any("Meeting:" in p.text or " > " in p.text for p in select_points(ev, 5))

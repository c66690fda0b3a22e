"""An agenda's contents line ("Cabinet Reconsideration of Decision 24/00093 - Future of Commissioned Services at
Seashells and Millmead Family Hubs (Pages 101 - 104)", as ModernGov prints an item with the pages of its papers)
names a subject and states nothing about it: it is not quoted as an answer."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.cues import looks_like_heading
from minutes_rag.answer.extractive import answer_extractive

from .conftest import needs_corpus
from .test_answer_parts import _hit, _stats


def test_contents_lines_synthetic_an_item_with_its_pages() -> None:
    assert looks_like_heading("Harbour Committee Reconsideration of Decision 25/00012 - Slipway Repairs (Pages 21 - 34)")
    assert looks_like_heading("5. Minutes of the last meeting (Page 3)")
    assert not looks_like_heading("The report on the slipway repairs was agreed (pages 21 to 34 set out the costs).")
    contents = _hit("Harbour Committee Reconsideration of Decision 25/00012 - Slipway Repairs at Gull Point Quay "
                    "(Pages 21 - 34)", 1, doc="agenda")
    report = _hit("By: Jenna Trevail, Harbour Master To: Harbour Committee. The report asks the committee to reconsider "
                  "decision 25/00012 on the slipway repairs at Gull Point Quay.", 2, doc="report")
    ans = answer_extractive("Who wrote the report asking the Harbour Committee to reconsider decision 25/00012 on the "
                            "slipway repairs?", [contents, report], _stats())
    assert "Jenna Trevail" in ans.answer and "(Pages 21 - 34)" not in ans.answer, ans.answer


@needs_corpus
def test_contents_lines_real_kent_cabinet_agenda(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who wrote the report asking Kent County Council's Cabinet on 4 March 2025 to reconsider decision "
                  "24/00093 on the Seashells and Millmead family hubs?", index=index)
    # the call-in report's "By: Anna Taylor, Scrutiny Research Officer"; the agenda frontsheet's line for the item,
    # "... Seashells and Millmead Family Hubs (Pages 101 - 104)", is no answer
    assert "Anna Taylor" in ans.answer, ans.answer
    assert "(Pages 101 - 104)" not in ans.answer and not any("Agenda frontsheet" in c.source for c in ans.citations)


def test_contents_lines_synthetic_a_summarys_pointer_to_a_section() -> None:
    # a report's summary list points to where it says something ("... (section 7)"): the section says it
    assert looks_like_heading("The action taken to improve the recruitment and retention of social workers (section 7).")
    assert looks_like_heading("Our performance on placement stability (paragraphs 6.28 and 6.30);")
    assert not looks_like_heading("Reserves fell to £12m in 2024 (paragraph 4.2).")  # (a figure: it states it)
    summary = ("Cabinet is asked to note: The action taken to improve the recruitment and retention of social workers "
               "(section 7). The slight reduction in children in care (paragraph 6.26).")
    body = ("7. Workforce. 12 social workers had been recruited from Portugal following a targeted approach. As new "
            "staff, they were being inducted.")
    ans = answer_extractive("Where did the council say its newly recruited social workers came from?",
                            [_hit(summary, 1), _hit(body, 2, doc="body")], _stats())
    assert "Portugal" in ans.answer and "(section 7)" not in ans.answer, ans.answer


@needs_corpus
def test_contents_lines_real_haringeys_social_workers(tmp_path: Path) -> None:
    # Haringey's Cabinet report of October 2020 (seed 000) lists "The action taken to improve the recruitment and
    # retention of social workers (section 7)." in its summary; its minutes say "14 social workers had been
    # recruited from South Africa following a targeted approach."
    from .test_answer_parts import _ask_real
    ans = _ask_real(tmp_path, ["seeds/000_716b7456e7929a64.txt"],
                    "Where did Haringey say its 14 newly recruited social workers came from?")
    assert "South Africa" in ans.answer and "(section 7)" not in ans.answer, ans.answer

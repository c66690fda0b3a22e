"""What a reader sees of a quote: a list's next marker alone ("2.") is not a sentence and is never quoted as the
neighbour that completes a quote (answers read "... Policy Paper. [1] 2. [1]"); the Markdown of a document converted
from HTML ("***I will ask ...***", "### 8.3.7", "[(4.3)](</2025-01/...>)") is shown as plain text. Each on a synthetic
passage and on real minutes."""

from __future__ import annotations

import re
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.lists import marked
from minutes_rag.asking import answer_from_hits, stats_of
from minutes_rag.settings import get_settings
from minutes_rag.text import plain

from .conftest import corpus, needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

BARE_MARKER = re.compile(r"(?:^|\] )\(?\d{1,2}[.)] \[\d+\]")


def test_markers_synthetic_a_bare_list_number_is_not_quoted() -> None:
    text = ("It was APPROVED that the Committee:\n1.\nApproved the cycle shelter policy and its 2030 target.\n2.\n"
            "Authorised the Director to let the installation contract.")
    ans = answer_extractive("What did the committee approve about cycle shelters?", [_hit(text)], _stats())
    assert not ans.abstained and "cycle shelter policy" in ans.answer, ans.answer
    assert not BARE_MARKER.search(ans.answer), ans.answer


@needs_corpus
def test_markers_real_the_cycle_hangar_decision_has_no_bare_marker(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["bristol-city-council/src-bcc-0024_src-bcc-0024-printed-minutes-transport-and-"
                               "connectivity-policy-committee-23-october-2025.pdf"],
                    "What did Bristol's transport committee approve about cycle hangars in October 2025?")
    assert not ans.abstained and "Cycle Hangar" in ans.answer, ans.answer
    assert not BARE_MARKER.search(ans.answer), ans.answer


MARKUP = re.compile(r"\*\*|(?:^|\] )#+ |\]\(<?[/h]")


def test_markup_synthetic_markdown_is_shown_as_plain_text() -> None:
    assert plain("### 8.3.7 [(4.3)](</2025-01/Meeting#41review>) Review **of** ***rates***") == "8.3.7 (4.3) Review of rates"
    assert plain("Centres - S. Trosow](<https://example.org/file?id=1>) Moved") == "Centres - S. Trosow Moved"
    assert plain("item #5 costs 3*4 [1]") == "item #5 costs 3*4 [1]"  # not Markdown: untouched
    text = ("## 4.1 Harbour Lights\n\n***I will move at the next Meeting that this Council write to the Minister to "
            "object to the harbour lights closure.*** The Motion was proposed by Councillor Ryan and adopted.")
    ans = answer_extractive("What did the council decide about the harbour lights closure?", [_hit(text)], _stats())
    assert not ans.abstained and "harbour lights closure" in ans.answer, ans.answer
    assert not MARKUP.search(ans.answer) and not any(MARKUP.search(c.quote) for c in ans.citations), ans.answer


@needs_corpus
def test_markup_real_a_limerick_motion_reads_without_markdown(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["limerick/2024/09/23-Full Meeting of Limerick City and County Council/Minutes - Meeting "
                               "of Limerick City and County Council - 8th July 2024.md"],
                    "What did Limerick City and County Council decide in July 2024 about the plan to take water from "
                    "the River Shannon to supply Dublin?")
    assert not ans.abstained and "Darragh O" in ans.answer, ans.answer
    assert not MARKUP.search(ans.answer) and not any(MARKUP.search(c.quote) for c in ans.citations), ans.answer


# ---- quotes that run straight on in the source are read as one, under one marker ---------------------------------


def test_joined_synthetic_cells_and_a_broken_line_take_one_marker() -> None:
    text = ("Item Amount\nFireworks €51,284.65\nParade €64,821.00\nThe budget was agreed in\naccordance with the "
            "plan. It was noted.\nSeparately\nOther text here. Later words")
    quotes = [(0, "Item Amount"), (12, "Fireworks €51,284.65"), (33, "Parade €64,821.00"),
              (51, "The budget was agreed in"), (76, "accordance with the plan."), (102, "It was noted."),
              (116, "Separately"), (144, "Later words")]
    assert all(text[o:].startswith(q) for o, q in quotes)
    assert marked(text, quotes, 2) == ("Item Amount Fireworks €51,284.65 Parade €64,821.00 The budget was agreed in "
                                       "accordance with the plan. [2] It was noted. [2] Separately [2] Later words [2]")


def test_joined_synthetic_a_table_after_its_lead_in_reads_without_markers_between_cells() -> None:
    text = ("The expenditure budget for the harbour festival is as follows:\nItem Amount\nFireworks €51,284.65\n"
            "Parade €64,821.00\nStage €12,000.00")
    ans = answer_extractive("What was the expenditure budget for the harbour festival?", [_hit(text)], _stats())
    assert not ans.abstained and "€64,821.00" in ans.answer, ans.answer
    assert not re.search(r"€[\d,.]+ \[\d+\] [A-Z]", ans.answer), ans.answer


@needs_corpus
def test_joined_real_a_festival_budget_table_reads_as_one_quote(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["limerick/2024/09/23-Full Meeting of Limerick City and County Council/Minutes - "
                               "Meeting of Limerick City and County Council - 8th July 2024.md"],
                    "What was the expenditure budget for Riverfest 2024, item by item?")
    assert not ans.abstained and "Fashionfest €14,089.65 Riverfest Village €144,211.35 Zipline" in ans.answer, ans.answer


# ---- a lead-in that kept its first item's number ("That the Committee: 1.") introduces its list -----------------


def test_lead_in_synthetic_a_colon_and_the_first_number_introduce_the_list() -> None:
    text = ("Following discussion, the recommendations on the street kiosks were moved and seconded. It was APPROVED "
            "that;\nThat the Committee: 1. Noted the background to the existing kiosks. 2. Authorised the Director, in "
            "consultation with the Chair, to implement Option 3c and take all steps required to prepare a new contract.")
    ans = answer_extractive("What did the committee approve on the street kiosks?", [_hit(text)], _stats())
    assert not ans.abstained and "Option 3c" in ans.answer, ans.answer


@needs_corpus
def test_lead_in_real_the_ipoints_option_approved(tmp_path: Path) -> None:
    rel = "bristol-city-council/src-bcc-0036_printed-minutes-transport-and-connectivity-policy-committee-15-may-2025.pdf"
    api.ingest([corpus(rel)], index=tmp_path / "index")
    store, emb = api.open_store(get_settings(index=tmp_path / "index"))
    question = ("What option did Bristol's transport committee approve in May 2025 for managing the metrobus iPoints "
                "after the existing supplier contract?")
    # the chunk as indexed, where the lead-in and its first item's number are one line
    hit = next(h for h in api.search(question, index=tmp_path / "index", k=10).hits
               if "That the Committee: 1." in " ".join(h.text.split()))
    ans = answer_from_hits(question, [hit], None, None, stats_of(store, emb))
    assert not ans.abstained and "Option 2b" in ans.answer, ans.answer

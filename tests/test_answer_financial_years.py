"""Asked of one financial year, where the quotes name another and never the one asked (a budget meeting's
"Projected Revenues ... for Fiscal Year 2024/2025", asked the 2023/2024 projection): the answer abstains and says
whose year the evidence is, instead of giving the other year's figure. Synthetic: a made-up parish budget; real:
Lincoln Township's budget meeting of 19 June 2024 (outside ../shared/corpus; its text is held here)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.timing import other_financial_year

from .test_answer_parts import _hit, _stats


def test_financial_years_synthetic_another_years_figure_is_no_answer() -> None:
    budget = _hit("Budget 2025/26: the council set the grounds maintenance budget for 2025/26 at £14,200, up from the "
                  "previous figure.", date="2025-01-15", authority="Eastfield Parish Council")
    question = "What grounds maintenance budget did Eastfield Parish Council set for 2024/25?"
    ans = answer_extractive(question, [budget], _stats())
    assert ans.abstained and "2025/26" in " ".join(ans.warnings), (ans.answer, ans.warnings)
    ans = answer_extractive(question.replace("2024/25", "2025/26"), [budget], _stats())
    assert not ans.abstained and "£14,200" in ans.answer, ans.answer
    # (a plan's span is no financial year; a quote naming the year asked beside another is evidence of it)
    assert other_financial_year(question, ["The local plan for 2022-2027 sets grounds budgets."]) is None
    assert other_financial_year(question, ["Spent £13,100 in 2024/25 against £14,200 set for 2025/26."]) is None


#: Lincoln Township (Michigan), budget meeting minutes of 19 June 2024, as its site's Markdown holds them
LINCOLN = '---\ntitle: "Budget Meeting — June 19, 2024"\ndate: "2024-06-19"\nmeetingType: "Budget Meeting"\nstatus: "approved"\nsource: "transcribed"\nattendees:\n  present:\n    - "Zimmerman"\n    - "Carey"\n    - "Majewski"\n    - "Tobin"\n    - "Sherrod"\n  alsoPresent:\n    - "Fire Chief D. Majewski"\n---\n\nSupervisor Zimmerman called the meeting to order at 10:02 AM.\n\n**Members Present:** Zimmerman, Carey, Majewski, Tobin and Sherrod\n**Staff Present:** Fire Chief D. Majewski\n\n---\n\nMinutes from the FY 2024 Budget meeting held on 29 June 2023 accepted as presented.\n\n## Review of proposed budget\n\nProjected Revenues and Expenses for Fiscal Year 2024/2025 are anticipated as follows:\n\n- Fire Fund: Projected Revenue: $318,883.00; Projected Expenses $294,306.00\n- Law Fund: Projected Revenue: $191,815.00; Projected Expenses $119,705.00\n- Liq. Fund: Projected Revenue: $691.00; Projected Expenses $691.00\n- Gen. Fund: Projected Revenue: $1,072,329.00; Projected Expenses $1,268,914.00\n\nDiscussion items:\n\n1. Discussion on increasing the township hall repairs and maintenance $15,000.00 for the purpose of upgrading the upstairs bathrooms with flooring, paint and new toilets/urinals.\n2. Create new expense line for parks and utilities in order to reduce redundancy.\n3. Add an additional payroll line for Canoe Sub, Tice Trail and West Lake George Dr. S/A\'s to better track the expenses.\n4. Chief Majewski requested that Air Packs (SCBA) be budgeted at $45,000.00\n5. Compost field will need account adjustments for the pole structure.\n\nMotion by Majewski to adjust the general fund budget $29,942.00, second by Carey, all in favor, motion carried.\n\nMotion by Majewski to adjust the fire fund budget $272,354.00, second by Carey, all in favor, motion carried.\n\nMotion by Majewski to adjust the law fund budget $60.00, second by Carey, all in favor, motion carried.\n\nThere are no budget adjustments to the Liquor Fund. There will be a transfer of funds from liquor to law in the amount of $691.03.\n\nMotion by Zimmerman to send proposed/projected budget to the annual meeting for consideration, second by Carey, all in favor, motion carried.\n\n---\n\nPublic Comment: None.\n\nMotion by Carey to adjourn the meeting, second by Sherrod, all in favor, meeting adjourned at 10:28 AM.\n\n---\n\nRespectfully Submitted,\n\n*Carol L. Majewski, Clerk*\n'


def test_financial_years_real_another_years_projection_is_no_answer(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "lincoln-township" / "minutes"
    folder.mkdir(parents=True)
    (folder / "2024-06-19 budget meeting minutes.md").write_text(LINCOLN, encoding="utf-8")
    api.ingest([tmp_path / "docs"], index=tmp_path / "index")
    ans = api.ask("What Law Fund revenue did Lincoln Township project for fiscal year 2023/2024?", index=tmp_path / "index")
    assert ans.abstained and "2024/2025" in " ".join(ans.warnings), (ans.answer, ans.warnings)
    ans = api.ask("What Law Fund revenue did Lincoln Township project for fiscal year 2024/2025?", index=tmp_path / "index")
    assert not ans.abstained and "$191,815.00" in ans.answer, ans.answer

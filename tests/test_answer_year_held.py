"""A financial year asked ("in 2024/25") is held by the evidence of meetings in that year or the next: an annual
meeting's financial report lists the year's spending without naming the year. The grass-cutting row answered only
because the minutes' approval of the last annual meeting ("... held on 24th May 2024 were ... signed as a true
record") was chosen beside it and named 2024; once that line is a formality, the year asked went missing and the
answer abstained. Synthetic: made-up annual meeting minutes; real: Souldern's Annual Parish Meeting of 20 May 2025, from
``../shared/corpus`` (``tests/test_answer_rows.py``)."""

from __future__ import annotations

from pathlib import Path

from .conftest import ask_texts

DOCS = {"eastmere-parish-council/minutes/2025-05-21 Annual Parish Meeting minutes.md": (
    "MINUTES OF THE EASTMERE ANNUAL PARISH MEETING HELD IN THE VILLAGE HALL ON 21st MAY 2025\n"
    "Present: Members of the Public: 12. Cllrs Hart (Chair), Osei, Lin and the Clerk.\n"
    "1 Minutes of the Annual Parish meeting 22nd May 2024 The minutes of the last Annual Parish meeting held on 22nd "
    "May 2024 were checked for content and accuracy and signed as a true record of the meeting.\n"
    "2 Chairman's Report The playing field has been mown regularly and the new bench installed.\n"
    "3 Financial Report Spend was within budget. MAIN ACCOUNT EXPENDITURE GRASS CUTTING £1,940.00 TREE MAINTENANCE £850.00 DOG BINS £312.40 "
    "INSURANCE £410.15 CLERK SALARY £1,630.80\n")}


def test_year_held_synthetic_the_annual_report_answers_its_year(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, DOCS, "What did Eastmere Parish Council spend on grass cutting in 2024/25?")
    assert not ans.abstained, ans.answer
    assert "£1,940.00" in ans.answer and "true record" not in ans.answer, ans.answer

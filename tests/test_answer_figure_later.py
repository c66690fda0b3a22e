"""A question after a sum whose best evidence only plans it ("the proceeds ... would be put into the Port bank account
on September 12") is answered with the later meeting's minutes that state it ("$2,477,399.91 was deposited"), not with
the plan alone and not with an abstention; a meeting that states no sum asked for is still not quoted for one."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import ask, ingest

PLANNED = """# PORT OF WEXLEY
## Regular Meeting of the Board of Commissioners, August 16, 2018

# CALL TO ORDER
President Marsh called the meeting to order at 6:00 p.m. Commissioners Lund, Ortega and Quill were present.

# OLD BUSINESS
## Sale of the Bonds
The port manager told the commissioners that the general obligation bonds would be sold on the 29th of August, that
she would go to the bond attorney's office on the 11th of September to sign the closing documents, and that the
proceeds from the sale of the bonds would be put into the Port bank account on September 12, 2018.

## Marina Project
The request for proposals on the marina project would be sent out in October.

# ADJOURNMENT
Marsh adjourned the meeting at 7:10 p.m.
"""

STATED = """# PORT OF WEXLEY
## Regular Meeting of the Board of Commissioners, September 20, 2018

# CALL TO ORDER
President Marsh called the meeting to order at 6:00 p.m. Commissioners Lund, Ortega and Quill were present.

# MANAGER'S REPORT
The port manager told the Board that the bonds had sold on September 12 and $2,477,399.91 was deposited into the Port
account at Harbor Bank. The balance owed on the state loan had been paid off as part of the closing. The underwriter
asked that debt service payments be made two weeks early.

## Boat Launch
The boat launch ramp had been repaired.

# ADJOURNMENT
Marsh adjourned the meeting at 6:50 p.m.
"""


def _index(tmp_path: Path) -> Path:
    folder = tmp_path / "port-of-wexley"
    folder.mkdir()
    (folder / "2018-08-16 regular meeting minutes.md").write_text(PLANNED, encoding="utf-8")
    (folder / "2018-09-20 regular meeting minutes.md").write_text(STATED, encoding="utf-8")
    index = tmp_path / "index"
    ingest([folder], index=index)
    return index


def test_the_sum_asked_is_quoted_from_the_meeting_that_states_it(tmp_path: Path) -> None:
    index = _index(tmp_path)
    ans = ask("How much did the bond sale put into the port's bank account, and when did the bonds sell?", index=index)
    assert not ans.abstained
    assert "$2,477,399.91" in ans.answer
    assert "2018-09-20" in {c.meeting_date for c in ans.citations}


def test_a_meeting_stating_no_sum_is_not_quoted_for_one(tmp_path: Path) -> None:
    index = _index(tmp_path)
    ans = ask("How much did the marina project's request for proposals cost?", index=index)
    assert ans.abstained or "$" not in ans.answer

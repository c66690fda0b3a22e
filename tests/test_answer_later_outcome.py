"""A many-part question whose last part asks what later came of its subject ("... and how did the bid turn out?",
"what support did the council eventually give?") is answered from a later meeting's minutes: the first meeting
records the bid, the next its fate. Before, "turn out" did not mark the question as one across meetings, and the
part, whose own words ("bid", "turn") the minutes never use, found nothing of its own."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.spanning import spans_meetings

JUNE = """EASTWOLD PARISH COUNCIL
Minutes of the Parish Council meeting held on Tuesday, 4 June 2024

6. Renewal of the play area surfaces
The Clerk reported that she had submitted an application for a grant for £3,940 from the Shared Prosperity Fund.
This represented 80% of the total cost of replacing the play area safety surface under the swings, which is £4,925.
RESOLVED: That the Council will await the decision of the appraisal team.

7. Village hall
The hall committee reported that the new boiler had been fitted.
"""

JULY = """EASTWOLD PARISH COUNCIL
Minutes of the Parish Council meeting held on Tuesday, 2 July 2024

5. Renewal of the play area surfaces
The Clerk reported that the grant application to the Shared Prosperity Fund had been unsuccessful.
RESOLVED: That the Clerk should look for other sources of funding for the play area.

6. Footpaths
Councillors noted that the stile on footpath 12 had been repaired.
"""


def test_turn_out_follows_the_subject_to_a_later_meeting() -> None:
    assert spans_meetings("How much did the council bid for, and how did the bid turn out?")
    assert spans_meetings("Who wrote to the council, and what support did it give in the end?")
    assert not spans_meetings("How much did the council bid for from the fund?")


def test_what_came_of_the_bid_is_quoted_from_the_next_meeting(tmp_path: Path) -> None:
    folder = tmp_path / "eastwold"
    folder.mkdir()
    (folder / "2024-06-04 minutes.txt").write_text(JUNE, encoding="utf-8")
    (folder / "2024-07-02 minutes.txt").write_text(JULY, encoding="utf-8")
    api.ingest([folder], index=tmp_path / "index")
    ans = api.ask("How much did Eastwold bid for from the Shared Prosperity Fund for the play area surface, and how did "
                  "the bid turn out?", index=tmp_path / "index")
    assert "£3,940" in ans.answer and "unsuccessful" in ans.answer, ans.answer
    assert {c.meeting_date for c in ans.citations} == {"2024-06-04", "2024-07-02"}, ans.citations

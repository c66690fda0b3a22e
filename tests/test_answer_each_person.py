"""Asked who, a sentence naming a person no quote names yet adds something, though its words are all in the quotes
already: "Who were elected Mayor and Deputy Mayor?" is answered with the Mayor's election as well as the Deputy's,
whose sentences repeat every word of the Mayor's office ("... Deputy Mayor ...") and outscore it. Synthetic: a
made-up borough's annual meeting; real: Limerick City and County Council's annual meeting of 21 June 2024 (its
Príomh Chomhairleoir and Leas-Phríomh Chomhairleoir), from ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.holders import titled_people

from .conftest import ask_texts, corpus, needs_corpus

WESTVALE = """Westvale Borough Council
Minutes of the Annual Meeting held on Friday 21 June 2024

1. ELECTION OF MAYOR
The Chief Executive invited nominations for the Office of Mayor of Westvale Borough Council for the coming year.
Proposed by Councillor Ash; Seconded by Councillor Birch;
"That, Councillor Dan Walsh be appointed Mayor of Westvale Borough Council to hold office until the next Annual Meeting."
As there were no other nominations, the Chief Executive declared Councillor Dan Walsh elected as Mayor and
congratulated him.

2. ELECTION OF DEPUTY MAYOR
Having taken the Chair, the Mayor invited nominations for the Office of Deputy Mayor of Westvale Borough Council for
the coming year.
Proposed by Councillor Cole; Seconded by Councillor Dunn;
"That, Councillor Noreen Stone be appointed Deputy Mayor of Westvale Borough Council to hold office until the next
Annual Meeting."
As there were no other nominations, the Mayor declared Councillor Noreen Stone elected as Deputy Mayor and
congratulated her on her election as Deputy Mayor.
The Mayor congratulated Councillor Stone on her election as Deputy Mayor of Westvale Borough Council and thanked the
outgoing Deputy Mayor.
"""


def test_titled_people() -> None:
    assert titled_people("Mayor Moran declared Councillor Dan McSweeney elected") == {"Moran", "McSweeney"}
    assert titled_people("Proposed by Cllr O'Sullivan; seconded by Mr. Hood") == {"O'Sullivan", "Hood"}
    assert titled_people("The Mayor thanked members.") == set()
    assert titled_people("Proposed: Cllr Smith\nSeconded: Cllr Jones") == {"Smith", "Jones"}
    assert titled_people("Present: Mayor Dave Yemm Councillors Lisa Chalapenko, Sue Foote") == {"Yemm"}


def test_each_person_synthetic_mayor_and_deputy(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westvale-borough-council/minutes/2024-06-21 annual meeting minutes.txt": WESTVALE},
                    "Who were elected Mayor and Deputy Mayor at Westvale Borough Council's annual meeting in June 2024?")
    assert "Dan Walsh" in ans.answer and "Noreen Stone" in ans.answer, ans.answer


@needs_corpus
def test_each_person_real_limerick_annual_meeting(tmp_path: Path) -> None:
    api.ingest([corpus("limerick/2024/07/08-Full Meeting of Limerick City and County Council/Minutes - Annual General "
                       "Meeting of Limerick City and County Council - 21st June 2024.md")], index=tmp_path / "index")
    ans = api.ask("Who were elected Príomh Chomhairleoir and Leas-Phríomh Chomhairleoir at Limerick City and County "
                  "Council's annual meeting in June 2024?", index=tmp_path / "index")
    assert "Dan McSweeney" in ans.answer and "Noreen Stokes" in ans.answer, ans.answer

"""A question that names an indexed authority and a body the index holds no documents of ("... in Nipissing's January
2025 business and in Cherwell's 2026-27 budget consultation") is answered for that body from the papers of another
authority that record its business (a parish's minutes print the district councillor's report on the district
council): a hit of an authority the question does not name is kept when it, or one of the few chunks before it in its
document, names such a body. A name is such a body when the question gives it an owner's mark, it is no word of an
indexed authority's name nor a post ("the Mayor's"), and few chunks hold it. Synthetic: a made-up township and
parish; real: Nipissing Township's minutes of 21 January 2025 and the Cherwell district councillor's report to
Souldern Parish Council of April 2026, from ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.across import foreign_names
from minutes_rag.answer.scoring import Stats

from .conftest import ask_texts, corpus, needs_corpus

WESTVALE = """MINUTES TOWNSHIP OF WESTVALE
Tuesday, January 21, 2025
A regular meeting of the Township of Westvale Council was held on Tuesday, January 21, 2025.
R2025-014 That we approve the Westvale Public Library 2025 Budget as presented. Carried.
R2025-015 That we participate in the Household Hazardous Waste Program for 2025 at the total cost of $3,950.00. Carried.
R2025-016 That we appoint Rod Hale to the Cemetery Committee. Carried.
"""
NORTHMOOR = """Northmoor District Council Summary (2025-2026)
I wish to begin with the planning pressures across the district, where neighbourhood plans were tested by major schemes.
Through June and July the Northmoor Local Plan progressed toward submission.
By December, financial pressures had become more acute.
The council launched a budget consultation for 2026-27, identifying a range of savings proposals to address funding
shortfalls.
These included three-weekly bin collections, increases in service charges and potential closures of facilities.
"""
EASTBROOK = """Eastbrook Parish Council
Minutes of the meeting held on 29 January 2026
1. Apologies were received from Cllr Dunn.
2. The bin at the playing field is to be emptied weekly by the district council.
3. The clerk reported on the budget consultation and the precept for 2026-27.
"""


def test_foreign_names() -> None:
    stats = Stats(n_chunks=1000, doc_freq=lambda t: {"mayor": 300, "children": 50}.get(t.lower(), 2),
                  authorities=("Township of Westvale", "Eastbrook Parish Council"))
    assert foreign_names("What was floated in Westvale's and in Northmoor's budget consultation?", stats) == [
        "Northmoor"]
    assert foreign_names("Why, according to the Mayor's answers, did Westvale's bus stop?", stats) == []
    assert foreign_names("What did Eastbrook's clerk report?", stats) == []
    assert foreign_names("Which indicators in the Children's Improvement Plan were red?", stats) == []
    assert foreign_names("What was floated in Northmoor's consultation?", Stats(n_chunks=10, doc_freq=lambda t: 1)) == []
    assert foreign_names("In Northmoor's budget consultation, what did Westvale's clerk say?", stats) == ["Northmoor"]
    assert foreign_names("What was said at Tuesday's meeting of Westvale's council?", stats) == []
    rare = Stats(n_chunks=1000, doc_freq=lambda t: 1, authorities=("Township of Westvale",))
    assert foreign_names("Why, according to the Mayor's answers, did Westvale's bus stop?", rare) == []


def test_foreign_bodies_synthetic_a_district_report_in_parish_papers(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"township-of-westvale/minutes/2025-01-21 minutes.txt": WESTVALE,
                               "eastbrook-parish-council/minutes/2026-01-29 district councillor report.txt": NORTHMOOR,
                               "eastbrook-parish-council/minutes/2026-01-29 minutes.txt": EASTBROOK},
                    "Waste featured in Westvale's January 2025 business and in Northmoor's 2026-27 budget consultation. "
                    "What did Westvale agree to pay for household hazardous waste, and what change to bin collections "
                    "was floated in Northmoor?")
    assert "$3,950.00" in ans.answer and "three-weekly bin collections" in ans.answer, ans.answer


@needs_corpus
def test_foreign_bodies_real_cherwell_report_to_souldern(tmp_path: Path) -> None:
    api.ingest([corpus("nipissing-township/minutes/Minutes-January-21-2025-1.pdf"),
                corpus("souldern-parish-council/minutes/2026-04-30 cdc-report.pdf")], index=tmp_path / "index")
    ans = api.ask("What change to bin collections was proposed in Cherwell's budget consultation for 2026-27, and what "
                  "did Nipissing agree to pay for its household hazardous waste program in January 2025?",
                  index=tmp_path / "index")
    assert "three-weekly bin collections" in ans.answer and "$4,048.00" in ans.answer, ans.answer

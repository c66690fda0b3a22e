"""A chunk of no agenda item is embedded and keyword-indexed with its document's title in its context header: a
report's body may never name what it is about ("Systra have been awarded the work", in Bristol's "Workplace
Parking Levy Update"), and a question names the subject, not the sentence's words."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.chunk import context_header

from .conftest import needs_corpus


def test_title_header_synthetic_a_chunk_of_no_item_carries_the_title() -> None:
    header = context_header("Northshire Council", "Transport Committee", "2025-10-23", None, None,
                            "Workplace Parking Levy Update")
    assert header == "Northshire Council | Transport Committee | 2025-10-23 | Workplace Parking Levy Update"
    # an agenda item names what its chunks are about: the item, not the document's title
    header = context_header("Northshire Council", None, "2025-10-23", "7", "Bus Lanes", "Minutes of the meeting")
    assert header == "Northshire Council | 2025-10-23 | Item 7 Bus Lanes"


def test_title_header_synthetic_a_report_body_is_found_by_its_subject(tmp_path: Path) -> None:
    report = tmp_path / "2025-10-23 committee report.md"
    report.write_text("---\ntitle: Harbour Dredging Levy Update\n---\n\n"
                      + "\n\n".join(f"{n}. The project board met and reviewed progress against the plan for stage "
                                    f"{n}; risks were noted and the timetable was confirmed." for n in range(1, 9))
                      + "\n\n9. A competitive tendering exercise has been completed. Five consultants were invited to "
                        "tender, and two submitted a bid. Brightwater have been awarded the work.\n", encoding="utf-8")
    other = tmp_path / "2025-10-23 minutes.md"
    other.write_text("# Minutes\n\n" + "\n\n".join(f"Councillor {name} asked which consultant had been appointed to "
                                                   f"review the {levy} levy; the officer would reply in writing."
                                                   for name, levy in (("Avery", "parking"), ("Byrne", "tourism"),
                                                                      ("Cole", "housing"), ("Dunne", "business"),
                                                                      ("Egan", "transport"), ("Fahy", "visitor"))),
                     encoding="utf-8")
    api.ingest([report, other], index=tmp_path / "index", authority="Northshire Council")
    hits = api.search("Which consultant was appointed for the harbour dredging levy?", k=2,
                      index=tmp_path / "index").hits
    assert any("Brightwater" in h.text for h in hits), [h.text[:80] for h in hits]


@needs_corpus
def test_title_header_real_bristol_levy_consultant(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    hits = api.search("Which consultant was appointed to help with Bristol's Workplace Parking Levy?", k=5,
                      index=index).hits
    assert any("Systra" in h.text for h in hits), [(h.source[-40:], h.text[:60]) for h in hits]

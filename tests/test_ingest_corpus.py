"""Ingest and search over a real slice of the shared corpus (one session-scoped index)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from minutes_rag import DocStatus, documents, ingest, search
from minutes_rag.errors import ConfigError

from .conftest import CORPUS, SESSION_SLICE, needs_corpus

pytestmark = needs_corpus

KENT_FEB = "kent-county-council/full_council/2025-02-13/Printed minutes 13th-Feb-2025 09.30 County Council.pdf"
KENT_FEB_COPY = "kent-county-council/full_council/2025-03-13/Minutes of Previous Meeting.pdf"
BRISTOL_SEP = (
    "bristol-city-council/src-bcc-0022_src-bcc-0022-printed-minutes-transport-and-connectivity-policy-"
    "committee-12-september-2024.pdf"
)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _doc(index: Path, rel: str) -> dict[str, object]:
    target = str(CORPUS / rel)
    for d in documents(index=index):
        if d.source == target:
            return d.to_dict()
    raise AssertionError(f"{rel} not in the index")


def test_report_statuses(session_index: tuple[Path, object]) -> None:
    _, report = session_index
    by = {Path(f.path).resolve(): f for f in report.files}  # type: ignore[attr-defined]
    assert by[(CORPUS / KENT_FEB).resolve()].status == DocStatus.OK
    assert by[(CORPUS / BRISTOL_SEP).resolve()].status == DocStatus.OK
    scanned = by[(CORPUS / "souldern-parish-council/minutes/2019-07-25 SPC minutes.pdf").resolve()]
    assert scanned.status == DocStatus.NO_TEXT_LAYER
    assert "OCR" in scanned.message
    # the republished copy of the 13 Feb minutes is detected, not embedded again
    dup = by[(CORPUS / KENT_FEB_COPY).resolve()]
    assert dup.status == DocStatus.DUPLICATE
    assert dup.duplicate_of == str(CORPUS / KENT_FEB)
    assert dup.chunks == 0
    # nothing is silently indexed as nothing
    assert all(f.chunks > 0 for f in report.files if f.status == DocStatus.OK)  # type: ignore[attr-defined]
    assert report.truncated_chunks == 0  # type: ignore[attr-defined]


def test_seed_metadata_from_manifest(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    d = _doc(index, "seeds/000_716b7456e7929a64.txt")
    assert d["authority"] == "London Borough of Haringey"
    assert d["committee"] == "Cabinet"
    assert d["meeting_date"] == "2020-10-13"
    assert str(d["provenance"]["authority"]).startswith("manifest:")  # type: ignore[index]
    # authorities.csv maps folders: Bristol's files get their authority from it
    b = _doc(index, BRISTOL_SEP)
    assert b["authority"] == "Bristol City Council"
    assert str(b["provenance"]["authority"]).endswith("authorities.csv")  # type: ignore[index]


def test_structure_recovered_from_text(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    k = _doc(index, KENT_FEB)
    assert (k["meeting_date"], k["committee"], k["kind"]) == ("2025-02-13", "County Council", "minutes")
    assert k["provenance"]["meeting_date"] == "text"  # type: ignore[index]
    b = _doc(index, BRISTOL_SEP)
    assert (b["meeting_date"], b["committee"]) == ("2024-09-12", "Transport and Connectivity Policy Committee")
    assert int(b["items"]) >= 10  # type: ignore[call-overload]
    epa = _doc(index, "east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf")
    assert epa["meeting_date"] == "2020-01-27"


def test_hit_carries_item_and_page(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    res = search("Section 151 officer overview: total of all the revenue amendments 0.4% of the overall budget",
                 k=5, authority="Kent County Council", index=index)
    top = [h for h in res.hits if h.source == str(CORPUS / KENT_FEB)]
    assert top, [h.source for h in res.hits]
    h = top[0]
    assert h.item_number == "5" and h.item_title and "Section 25" in h.item_title
    assert h.meeting_date == "2025-02-13" and h.committee == "County Council"
    assert 2 in h.pages
    assert str(CORPUS / KENT_FEB_COPY) in h.copies  # the republished copy is listed, not a second hit
    assert all(x.source != str(CORPUS / KENT_FEB_COPY) for x in res.hits)

    res = search("workplace parking levy outline business case", k=10,
                 authority="bristol city council", since="2024-09-01", until="2024-09-30", index=index)
    wpl = [h for h in res.hits if h.source == str(CORPUS / BRISTOL_SEP) and h.item_number == "10"]
    assert wpl, [(h.source, h.item_number) for h in res.hits]
    assert wpl[0].item_title == "Workplace Parking Levy"
    assert 12 <= wpl[0].pages[0] <= 14


def test_pages_in_hits_match_the_pdf(session_index: tuple[Path, object]) -> None:
    """The text of a hit is on the PDF page(s) it names, for a spread of queries."""
    index, _ = session_index
    checked = 0
    readers: dict[str, pypdf.PdfReader] = {}
    for q in ("apologies for absence", "council tax increase", "bus services", "resignation vacant seat",
              "planning commission roll call"):
        for h in search(q, k=5, index=index).hits:
            if not h.source.endswith(".pdf"):
                continue
            reader = readers.setdefault(h.source, pypdf.PdfReader(h.source))
            page_text = _norm(" ".join(reader.pages[p - 1].extract_text() or "" for p in h.pages))
            first = _norm(h.text.split("\n")[0])[:60]
            last = _norm(h.text.split("\n")[-1])[-60:]
            # words joined across a line-end hyphen differ; compare on letters only
            letters = re.sub(r"[^a-z0-9]", "", page_text)
            assert re.sub(r"[^a-z0-9]", "", first) in letters, (h.source, h.pages, first)
            assert re.sub(r"[^a-z0-9]", "", last) in letters, (h.source, h.pages, last)
            checked += 1
    assert checked >= 10


def test_chunks_never_span_items(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    from minutes_rag.api import open_store
    from minutes_rag.settings import get_settings

    store, _ = open_store(get_settings(index=index))
    doc_id = _doc(index, KENT_FEB)["doc_id"]
    chunks = store.get_chunks(where={"doc_id": doc_id})
    assert len(chunks) > 10
    # every chunk belongs to one item: an item heading never appears inside another item's chunk
    for c in chunks:
        meta = c["meta"]
        for m in re.finditer(r"\(Item (\d+)\)", c["text"]):
            assert m.group(1) == meta["item_number"], (meta["item_number"], c["text"][:200])
        assert int(meta["n_tokens"]) <= 216


def test_filters_by_authority_and_date(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    res = search("budget", k=20, authority="Kent County Council", index=index)
    assert res.hits and {h.authority for h in res.hits} == {"Kent County Council"}
    res = search("minutes of the meeting", k=20, authority=["Bristol City Council", "Township of Nipissing"],
                 index=index)
    assert {h.authority for h in res.hits} <= {"Bristol City Council", "Township of Nipissing"}
    assert len({h.authority for h in res.hits}) == 2
    res = search("budget", k=20, since="2025-02-01", until="2025-02-28", index=index)
    assert res.hits and all("2025-02-01" <= (h.meeting_date or "") <= "2025-02-28" for h in res.hits)
    with pytest.raises(ConfigError, match="no indexed authority matches 'Atlantis'"):
        search("budget", authority="Atlantis", index=index)


def test_reingest_adds_nothing(session_index: tuple[Path, object]) -> None:
    index, first = session_index
    from minutes_rag.api import open_store
    from minutes_rag.settings import get_settings

    store, _ = open_store(get_settings(index=index))
    before = store.chunk_ids()
    again = ingest([CORPUS / rel for rel in SESSION_SLICE], index=index,
                   manifests=[CORPUS / "authorities.csv", CORPUS / "seeds" / "manifest.csv"])
    assert again.chunks_added == 0
    assert again.ingested == 0
    assert again.count(DocStatus.UNCHANGED) == first.count(DocStatus.OK) + first.count(DocStatus.DUPLICATE)  # type: ignore[attr-defined]
    assert store.chunk_ids() == before


def test_committee_filter_matches_the_ways_a_body_is_named(session_index: tuple[Path, object]) -> None:
    """Bristol's committee is printed as 'Transport and ...', 'Transport & ...' and without 'Policy'."""
    index, _ = session_index
    res = search("workplace parking levy", k=30, committee="transport & connectivity policy committee",
                 authority="bristol", index=index)
    names = {h.committee for h in res.hits}
    assert len(names) >= 2 and all(n and "Connectivity" in n for n in names), names
    assert len(res.filters["committee"]) >= 2
    with pytest.raises(ConfigError, match="no indexed committee matches 'Licensing'"):
        search("levy", committee="Licensing", index=index)

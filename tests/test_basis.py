"""A manifest's word on how it knows a document's authority reaches every report: an inferred authority is
never stated as fact. The seeds' manifest infers three of its five authorities from a named councillor or
cabinet member (Haringey, Tower Hamlets, Bradford); Barnsley's and Cumbria's are named in the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import brief, decisions, documents, ingest, summarise, timeline
from minutes_rag.cli import app
from minutes_rag.index.fields import hit_fields
from minutes_rag.index.store import Store
from minutes_rag.parse.manifest import inferred_fields, read_manifest
from minutes_rag.render.reports import render
from minutes_rag.reports.basis import basis_of
from minutes_rag.settings import get_settings
from minutes_rag.types import DocumentRecord, Hit

from .conftest import needs_corpus
from .reports_index import SEED_AUTHORITIES, reports_index

runner = CliRunner()
TOPIC = "children's social care and Ofsted"
INFERRED = {"London Borough of Haringey", "London Borough of Tower Hamlets",
            "City of Bradford Metropolitan District Council"}
SEEDS = sorted(SEED_AUTHORITIES.values())


@pytest.mark.parametrize(("basis", "fields"), [
    ("date and committee stated in the text; authority inferred (named councillor), not stated", {"authority"}),
    ("authority from 'XYZ' in the text; committee and date not stated (data to end of July 2018)",
     {"committee", "meeting_date"}),
    ("authority named in the text; date not stated (mid-2018)", {"meeting_date"}),
    ("authority inferred, committee stated", {"authority"}),
    ("committee stated. Authority assumed from the web address", {"authority"}),
    ("", set()),
])
def test_a_free_text_basis_read_clause_by_clause(basis: str, fields: set[str]) -> None:
    assert inferred_fields(basis) == fields


def test_a_manifest_keeps_the_basis_of_the_values_it_gives(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "authorities.csv").write_text(
        "folder,authority,notes\na,Northtown Borough Council,authority guessed from the folder name\n")
    (tmp_path / "a" / "manifest.csv").write_text(
        "file,authority,committee,authority_basis,basis\n"
        "one.txt,,Planning Committee,,committee stated in the text\n"  # the folder's guess stands
        "two.txt,Southtown District Council,,stated,\n"  # its own authority, stated: the folder's guess goes
        "three.txt,,,,authority inferred\n"  # says nothing of its own: the folder's row holds
    )
    m = read_manifest(tmp_path / "authorities.csv")
    m.merge(read_manifest(tmp_path / "a" / "manifest.csv"))
    assert m.lookup(tmp_path / "a" / "one.txt")[0] == {
        "authority": "Northtown Borough Council", "authority_basis": "inferred", "committee": "Planning Committee"}
    assert m.lookup(tmp_path / "a" / "two.txt")[0] == {"authority": "Southtown District Council"}
    assert m.lookup(tmp_path / "a" / "zero.txt")[0]["authority_basis"] == "inferred"


def test_a_synthetic_manifest_marks_the_reports(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = ("Minutes of the Housing Committee held on 4 March 2025.\n\n1 Housing repairs\n"
            "The committee heard that the backlog of housing repairs had fallen to 420 cases.\n\n"
            "RESOLVED:\nThat the housing repairs plan be approved.\n")
    (docs / "east.txt").write_text(text.replace("Housing Committee", "Housing Board"), encoding="utf-8")
    (docs / "west.txt").write_text(
        "Minutes of the Housing Committee held on 11 March 2025.\n\n1 Housing repairs\n"
        "Members were told that complaints about housing repairs rose by 12% after the contractor changed.\n\n"
        "RESOLVED:\nThat a new housing repairs contract be procured.\n", encoding="utf-8")
    (docs / "manifest.csv").write_text(
        "file,authority,basis\n"
        "east.txt,Eastshire County Council,authority inferred (named ward councillor); date stated\n"
        "west.txt,Westshire County Council,authority named in the text\n", encoding="utf-8")
    index = tmp_path / "idx"
    report = ingest([docs], index=index, embedder="hash")
    east = next(f for f in report.files if f.path.endswith("east.txt"))
    assert east.metadata["authority"]["basis"] == "inferred"
    assert "basis" not in east.metadata["meeting_date"]
    settings = get_settings(index=index, embedder="hash")
    recs = {Path(d.source).name: d for d in documents(settings=settings)}
    assert recs["east.txt"].inferred == ["authority"] and recs["west.txt"].inferred == []
    assert recs["east.txt"].provenance["authority_basis"] == "inferred"  # `documents --json` shows it

    s = summarise("housing repairs", settings=settings)
    rows = {c.authority: c.authority_basis for c in s.coverage}
    assert rows == {"Eastshire County Council": "inferred", "Westshire County Council": "stated"}
    assert {sec.authority: sec.authority_basis for sec in s.sections} == rows
    assert {c.authority: c.authority_basis for c in s.citations} == rows
    md = render(s, "md")
    assert "| Eastshire County Council (inferred) |" in md and "## Eastshire County Council (inferred)" in md
    assert "| Westshire County Council |" in md and "Westshire County Council (inferred)" not in md
    html = render(s, "html")
    assert "<h2>Eastshire County Council (inferred)</h2>" in html
    assert "<td>Eastshire County Council (inferred)</td>" in html
    data = json.loads(render(s, "json"))
    assert {c["authority"]: c["authority_basis"] for c in data["coverage"]} == rows
    # the same on the other reports
    assert brief(authority="eastshire", settings=settings).authority_basis == "inferred"
    assert brief(authority="westshire", settings=settings).authority_basis == "stated"
    reg = decisions(settings=settings)
    assert {d.authority: d.authority_basis for d in reg.decisions} == rows
    assert "| 2025-03-04 | Eastshire County Council (inferred) / Housing Board |" in render(reg, "md")
    t = timeline("housing repairs", settings=settings)
    assert {e.authority: e.authority_basis for e in t.entries} == rows


def test_an_index_written_before_bases_states_them() -> None:
    """Chunks and document records without the field read as stated."""
    fields = hit_fields({"doc_id": "d", "source": "s.txt", "authority": "X Council"})
    assert fields["inferred"] == []
    hit = Hit(rank=1, score=1.0, chunk_id="c", text="t", **fields)
    rec = DocumentRecord(doc_id="d", source="s.txt", status="ok", content_hash="h", text_hash=None,
                         authority="X Council", committee=None, meeting_date=None, kind=None, title=None, pages=0,
                         chunks=1, items=0)
    assert basis_of([hit]) == basis_of([rec]) == "stated"
    # and a record a newer version wrote, with fields this one does not know, still reads
    assert Store._doc_from_meta({"record": json.dumps({**rec.to_dict(), "a_later_field": 1})}).doc_id == "d"


@needs_corpus
def test_the_seeds_manifest_marks_inferred_authorities() -> None:
    index = reports_index()
    s = summarise(TOPIC, by="authority", authority=SEEDS, index=index)
    expected = {a: ("inferred" if a in INFERRED else "stated") for a in SEEDS}
    assert {c.authority: c.authority_basis for c in s.coverage} == expected
    assert {sec.group: sec.authority_basis for sec in s.sections} == expected
    assert all(c.authority_basis == expected[c.authority or ""] for c in s.citations)
    md = render(s, "md")
    for a in SEEDS:
        shown = f"{a} (inferred)" if a in INFERRED else a
        assert f"## {shown}\n" in md and f"| {shown} |" in md
    assert "Barnsley Metropolitan Borough Council (inferred)" not in md
    res = runner.invoke(app, ["summarise", TOPIC, "--index", str(index), "--authority", "haringey",
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["coverage"][0]["authority_basis"] == "inferred"
    assert data["sections"][0]["authority_basis"] == "inferred"
    assert brief(authority="haringey", index=index).authority_basis == "inferred"
    assert brief(authority="barnsley", index=index).authority_basis == "stated"
    t = timeline("children's social care", authority=SEEDS, index=index)
    assert t.entries and all(e.authority_basis == expected[e.authority or ""] for e in t.entries)
    reg = decisions(authority=SEEDS, index=index)
    assert reg.decisions and all(d.authority_basis == expected[d.authority or ""] for d in reg.decisions)

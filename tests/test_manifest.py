"""Both manifest shapes, precedence against flags and text, and errors that say what to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import ManifestError, documents, ingest
from minutes_rag.parse.manifest import read_manifest


def test_folder_and_file_manifests(tmp_path: Path) -> None:
    (tmp_path / "kent").mkdir()
    (tmp_path / "kent" / "a.txt").write_text("Minutes of the Cabinet held on 30 January 2025. Item one.")
    (tmp_path / "kent" / "b.txt").write_text("Notes of a meeting. Nothing else stated here at all.")
    (tmp_path / "authorities.csv").write_text("folder,authority,country\nkent,Kent County Council,England\n")
    (tmp_path / "kent" / "manifest.csv").write_text(
        "file,authority,committee,meeting_date\nb.txt,,Scrutiny Committee,2025-02-02\n"
    )
    m = read_manifest(tmp_path / "authorities.csv")
    m.merge(read_manifest(tmp_path / "kent" / "manifest.csv"))
    assert m.lookup(tmp_path / "kent" / "a.txt")[0] == {"authority": "Kent County Council"}
    assert m.lookup(tmp_path / "kent" / "b.txt")[0] == {
        "authority": "Kent County Council", "committee": "Scrutiny Committee", "meeting_date": "2025-02-02"
    }
    index = tmp_path / "idx"
    report = ingest([tmp_path / "kent"], index=index, embedder="hash")  # manifests are found by themselves
    assert report.ingested == 2 and len(report.files) == 2  # manifest.csv itself is not a document
    docs = {Path(d.source).name: d for d in _docs(index)}
    assert docs["a.txt"].authority == "Kent County Council"
    assert docs["a.txt"].meeting_date == "2025-01-30" and docs["a.txt"].provenance["meeting_date"] == "text"
    assert docs["b.txt"].committee == "Scrutiny Committee"
    assert docs["b.txt"].provenance["committee"].startswith("manifest:")
    # a flag beats the manifest
    ingest([tmp_path / "kent" / "a.txt"], index=index, embedder="hash", authority="Medway Council")
    assert {Path(d.source).name: d for d in _docs(index)}["a.txt"].authority == "Medway Council"


def _docs(index: Path) -> list:  # type: ignore[type-arg]
    from minutes_rag.settings import get_settings

    return documents(settings=get_settings(index=index, embedder="hash"))


def test_bad_manifests(tmp_path: Path) -> None:
    bad = tmp_path / "m.csv"
    bad.write_text("name,colour\nx,blue\n")
    with pytest.raises(ManifestError, match="needs a 'file' \\(or 'path'\\) or 'folder' column"):
        read_manifest(bad)
    bad.write_text("file,meeting_date\nx.pdf,13/02/2025\n")
    with pytest.raises(ManifestError, match="m.csv:2: meeting_date '13/02/2025' is not YYYY-MM-DD"):
        read_manifest(bad)

"""Hostile files parsed in the guarded worker: each gets a typed status within the time limit, the
worker is replaced after a timeout, the ingesting process's memory stays bounded, and a good file in
the same run is searchable."""

from __future__ import annotations

import resource
import time
import zlib
from pathlib import Path

import pytest

from minutes_rag import DocStatus, api
from minutes_rag.parse.guard import GuardedParser
from minutes_rag.settings import get_settings

from .conftest import CORPUS, needs_corpus, pdf_bytes

GOOD = """Minutes of the Harbour Committee held on 3 March 2025.

1. Apologies for Absence
There were none.

2. Lighthouse Keepers' Cottages
RESOLVED that the cottages be let as holiday accommodation from May 2025.
"""


def _pdf(content: bytes, trailer_extra: bytes = b"", filters: bytes = b"/Filter /FlateDecode") -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d %s >>\nstream\n" % (len(content), filters) + content + b"\nendstream",
    ]
    return pdf_bytes(objects, trailer_extra)


def _bomb(megabytes: int) -> bytes:
    comp = zlib.compressobj(9)
    block = b" " * 2**20
    return b"".join(comp.compress(block) for _ in range(megabytes)) + comp.flush()


def test_hostile_pdfs_get_typed_statuses_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_RAG_PARSE_TIMEOUT_S", "20")
    monkeypatch.setenv("MINUTES_RAG_PARSE_MEMORY_MB", "400")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.pdf").write_bytes(_pdf(_bomb(800)))  # 800 MB of content from a ~1 MB file
    nested = b"[" * 50_000 + b"]" * 50_000
    (folder / "nested.pdf").write_bytes(_pdf(b"BT ET", filters=b"/Extra " + nested))
    looped = _pdf(b"x\x9c\x03\x00\x00\x00\x00\x01")
    xref_at = int(looped.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    (folder / "xref-loop.pdf").write_bytes(looped.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % xref_at))
    (folder / "harbour.txt").write_text(GOOD, encoding="utf-8")
    index = tmp_path / "idx"
    from minutes_rag.index.embed import get_embedder

    get_embedder("minilm", get_settings().embed_batch_size).embed(["warm up"])  # the model's own memory
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.monotonic()
    report = api.ingest([folder], index=index, authority="Test Council")
    elapsed = time.monotonic() - t0
    got = {Path(f.path).name: f for f in report.files}
    assert got["harbour.txt"].status == DocStatus.OK
    for name in ("bomb.pdf", "nested.pdf", "xref-loop.pdf"):
        f = got[name]
        assert f.status in {DocStatus.TOO_LARGE, DocStatus.PARSE_ERROR, DocStatus.UNREADABLE,
                            DocStatus.NO_TEXT_LAYER, DocStatus.EMPTY, DocStatus.TIMEOUT}, (name, f.status)
        assert f.message, name
    assert elapsed < 90
    # the bomb was expanded (or refused) in the worker, never in the ingesting process
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before < 300 * 1024
    hit = api.search("lighthouse keepers cottages", k=1, settings=get_settings(index=index)).hits[0]
    assert hit.source.endswith("harbour.txt")


@needs_corpus
def test_timeout_replaces_the_worker() -> None:
    big = CORPUS / "west-of-england-ca" / "src-weca-0022_joint-meeting-2026-03-27-public-questions-mayor-responses.pdf"
    small = CORPUS / "seeds" / "000_716b7456e7929a64.txt"
    with GuardedParser(timeout_s=0.3, mem_cap_mb=2048) as parser:
        t0 = time.monotonic()
        res, structure = parser.parse(big, None, None)  # 104 pages: seconds of pypdf work
        assert res.status == DocStatus.TIMEOUT and "0.3 s" in res.message and structure is None
        assert time.monotonic() - t0 < 5
        parser.timeout_s = 30
        res, structure = parser.parse(small, None, None)  # a fresh worker takes the next file
        assert res.status == DocStatus.OK and structure is not None and structure.sections


@needs_corpus
def test_timeout_status_in_an_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_RAG_PARSE_TIMEOUT_S", "0.3")
    big = CORPUS / "west-of-england-ca" / "src-weca-0022_joint-meeting-2026-03-27-public-questions-mayor-responses.pdf"
    good = tmp_path / "harbour.txt"
    good.write_text(GOOD, encoding="utf-8")
    report = api.ingest([big, good], index=tmp_path / "idx", authority="Test Council")
    assert [f.status for f in report.files] == [DocStatus.TIMEOUT, DocStatus.OK]
    assert "MINUTES_RAG_PARSE_TIMEOUT_S" in report.files[0].message


def test_huge_text_file_is_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_RAG_MAX_FILE_MB", "1")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_text("The committee noted the report. " * 70_000, encoding="utf-8")  # 2.2 MB
    (folder / "harbour.txt").write_text(GOOD, encoding="utf-8")
    report = api.ingest([folder], index=tmp_path / "idx")
    got = {Path(f.path).name: f for f in report.files}
    assert got["huge.txt"].status == DocStatus.TOO_LARGE and "MINUTES_RAG_MAX_FILE_MB" in got["huge.txt"].message
    assert got["harbour.txt"].status == DocStatus.OK


def test_symlinks_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text("Minutes of a confidential meeting: the payroll list follows.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "harbour.txt").write_text(GOOD, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "up").symlink_to(outside, target_is_directory=True)
    report = api.ingest([folder], index=tmp_path / "idx")
    assert [Path(f.path).name for f in report.files] == ["harbour.txt"]
    report = api.ingest([folder], index=tmp_path / "idx2", follow_symlinks=True)
    assert {Path(f.path).name for f in report.files} == {"harbour.txt", "link.txt", "secret.txt"}


@needs_corpus
def test_a_slow_page_is_skipped_and_reported() -> None:
    big = CORPUS / "west-of-england-ca" / "src-weca-0022_joint-meeting-2026-03-27-public-questions-mayor-responses.pdf"
    with GuardedParser(timeout_s=60, mem_cap_mb=2048, page_timeout_s=0.002) as parser:
        res, _ = parser.parse(big, None, None)
    # nearly every page of this 104-page PDF takes longer than 2 ms: each is skipped, the file is not lost
    assert res.status in {DocStatus.OK, DocStatus.UNREADABLE}
    text = " ".join([res.message, *res.warnings])
    # some pages may come in under 2 ms ("... could not be read" for the rest); on a loaded machine none do
    assert "PageTimeout" in text and ("could not be read" in text or "no page could be read" in text), text

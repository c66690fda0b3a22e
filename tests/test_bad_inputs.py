"""Every bad input gets a typed status and a message, the run goes on, and the index keeps what it had."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from minutes_rag import DocStatus, IngestReport, NothingIngestedError, documents, ingest, search
from minutes_rag.api import open_store
from minutes_rag.parse.load import load_file
from minutes_rag.settings import get_settings

from .conftest import CORPUS, HARBOUR_MINUTES, needs_corpus

EPA = CORPUS / "east-palo-alto" / "eastpaloalto_ca_minutes_2020-01-27.pdf"


def _write_bad_files(folder: Path) -> dict[str, DocStatus]:
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, DocStatus] = {}
    real = EPA.read_bytes()
    (folder / "truncated.pdf").write_bytes(real[: len(real) // 3])
    expected["truncated.pdf"] = DocStatus.UNREADABLE
    (folder / "garbage.pdf").write_bytes(bytes(range(256)) * 40)
    expected["garbage.pdf"] = DocStatus.UNREADABLE
    (folder / "empty.txt").write_bytes(b"")
    expected["empty.txt"] = DocStatus.EMPTY
    (folder / "minutes.docx").write_bytes(b"PK\x03\x04 not really a word file")
    expected["minutes.docx"] = DocStatus.UNSUPPORTED
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100 + b"\xff\xfe\x00")
    expected["binary.txt"] = DocStatus.UNREADABLE
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(EPA))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    writer.write(folder / "locked.pdf")
    expected["locked.pdf"] = DocStatus.ENCRYPTED
    blank = pypdf.PdfWriter()
    blank.add_blank_page(width=612, height=792)
    blank.add_blank_page(width=612, height=792)
    blank.write(folder / "scan.pdf")
    expected["scan.pdf"] = DocStatus.NO_TEXT_LAYER
    with (folder / "huge.txt").open("wb") as fh:  # sparse: over the 100 MB limit, refused from its size alone
        fh.truncate(150 * 10**6)
    expected["huge.txt"] = DocStatus.TOO_LARGE
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    expected["deep.json"] = DocStatus.PARSE_ERROR
    return expected


@needs_corpus
def test_bad_files_get_statuses_and_the_good_one_is_searchable(tmp_path: Path) -> None:
    index = tmp_path / "index"
    bad = tmp_path / "in"
    expected = _write_bad_files(bad)
    (bad / "harbour.txt").write_text(HARBOUR_MINUTES, encoding="utf-8")
    # an encrypted PDF with an empty user password opens: it is read, not refused
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(EPA))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    writer.write(bad / "open-encrypted.pdf")
    expected["open-encrypted.pdf"] = DocStatus.OK
    expected["harbour.txt"] = DocStatus.OK
    # Windows-1252 and UTF-16 text are decoded, not rejected
    (bad / "cp1252.txt").write_bytes("Minutes: the Mayor’s café budget – £5,000 was agreed.".encode("cp1252"))
    (bad / "utf16.txt").write_text("Minutes: the ferry timetable was agreed for 2025.", encoding="utf-16")
    expected["cp1252.txt"] = DocStatus.OK
    expected["utf16.txt"] = DocStatus.OK

    report = ingest([bad], index=index, authority="Test Harbour Council")
    got = {Path(f.path).name: f for f in report.files}
    assert {n: f.status for n, f in got.items()} == expected
    for name, f in got.items():
        if f.status != DocStatus.OK:
            assert f.message, name  # every failure says what is wrong
    assert "password" in got["locked.pdf"].message
    assert "OCR" in got["scan.pdf"].message
    assert "unsupported file type '.docx'" in got["minutes.docx"].message
    assert "150.0 MB is over the 100 MB limit" in got["huge.txt"].message

    hits = search("lighthouse keepers cottages holiday lets", k=3, index=index).hits
    assert hits and hits[0].source.endswith("harbour.txt")
    assert hits[0].item_number == "2"
    cafe = search("Mayor's café budget", k=2, index=index).hits
    assert any("café" in h.text and "£5,000" in h.text for h in cafe)
    listed = {Path(d.source).name: d.status for d in documents(index=index)}
    assert listed["scan.pdf"] == "no_text_layer"  # failures are listed, so users see what needs OCR


def test_bad_run_leaves_the_index_intact(tmp_path: Path) -> None:
    index = tmp_path / "index"
    good = tmp_path / "harbour.txt"
    good.write_text(HARBOUR_MINUTES, encoding="utf-8")
    ingest([good], index=index, authority="Test Harbour Council")
    store, _ = open_store(get_settings(index=index))
    before = store.chunk_ids()

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)
    (bad / "empty.md").write_bytes(b"")
    with pytest.raises(NothingIngestedError) as err:
        ingest([bad], index=index)
    assert "none of the 2 files could be ingested" in str(err.value)
    assert store.chunk_ids() == before

    # the good file, now corrupted on disk, keeps its indexed version
    good.write_bytes(b"\x00\x00\x00")
    with pytest.raises(NothingIngestedError) as err:
        ingest([good], index=index)
    report = err.value.report
    assert isinstance(report, IngestReport)
    assert report.files[0].status == DocStatus.UNREADABLE
    assert "previously indexed version is kept" in report.files[0].message
    assert store.chunk_ids() == before
    assert search("lighthouse cottages", k=1, index=index).hits[0].source == str(good)


def test_changed_file_replaces_its_chunks(tmp_path: Path) -> None:
    index = tmp_path / "index"
    f = tmp_path / "harbour.txt"
    f.write_text(HARBOUR_MINUTES, encoding="utf-8")
    first = ingest([f], index=index, authority="Test Harbour Council")
    store, _ = open_store(get_settings(index=index))
    old = store.chunk_ids()
    assert first.chunks_added == len(old) > 0

    again = ingest([f], index=index, authority="Test Harbour Council")
    assert again.files[0].status == DocStatus.UNCHANGED and again.chunks_added == 0

    f.write_text(HARBOUR_MINUTES.replace("holiday accommodation", "affordable homes for local families"))
    third = ingest([f], index=index, authority="Test Harbour Council")
    assert third.files[0].status == DocStatus.OK
    new = store.chunk_ids()
    assert new != old and len(new) == third.chunks_added
    assert not (old - new) & new
    hit = search("cottages let as homes for local families", k=1, index=index).hits[0]
    assert "affordable homes" in hit.text
    assert all("holiday accommodation" not in c["text"] for c in store.get_chunks())


@needs_corpus
def test_every_scanned_pdf_in_the_corpus_is_no_text_layer() -> None:
    """The corpus manifest labels 7 PDFs as having no text layer; each must come out as no_text_layer."""
    import csv

    rows = list(csv.DictReader((CORPUS / "pdf_manifest.csv").open(encoding="utf-8")))
    scanned = [r["file"] for r in rows if r["text_flag"].startswith("no_text_layer")]
    partial = [r["file"] for r in rows if r["text_flag"].startswith("partial_text")]
    assert len(scanned) == 7 and len(partial) == 2
    for rel in scanned:
        res = load_file(CORPUS / rel)
        assert res.status == DocStatus.NO_TEXT_LAYER, rel
        assert "OCR" in res.message
    for rel in partial:  # mostly scanned: what text there is gets indexed, with a warning
        res = load_file(CORPUS / rel)
        assert res.status == DocStatus.OK, rel
        assert res.warnings and "no text layer" in res.warnings[0]


ENCODED = ("Minutes of the Parish Council held on 9 January 2025.\n3. Café façade: the Mayor’s budget – £5,000 – was "
           "agreed “unanimously”.\n")


SHORT = "Café £5, naïve “Best Value”"
RUSSIAN = "Протокол заседания совета. Бюджет утверждён единогласно."


@pytest.mark.parametrize(("name", "text", "data", "warning"), [
    pytest.param("cp1252.txt", ENCODED, ENCODED.encode("cp1252"), "not UTF-8: decoded as cp1252", id="cp1252.txt"),
    # reads as cleanly in Urdu cp1006 or Central European cp1250: Windows-1252 wins the tie
    pytest.param("short.txt", SHORT, SHORT.encode("cp1252"), "not UTF-8: decoded as cp1252", id="short.txt"),
    pytest.param("cp1251.txt", RUSSIAN, RUSSIAN.encode("cp1251"), "not UTF-8: decoded as cp1251", id="cp1251.txt"),
    pytest.param("utf16.md", ENCODED, ENCODED.encode("utf-16"), None, id="utf16.md"),  # with a byte-order mark
    pytest.param("utf16-le.txt", ENCODED, ENCODED.encode("utf-16-le"), None, id="utf16-le.txt"),  # without one
    pytest.param("utf8-bom.txt", ENCODED, b"\xef\xbb\xbf" + ENCODED.encode("utf-8"), None, id="utf8-bom.txt"),
])
def test_text_in_another_encoding_reads_as_written(tmp_path: Path, name: str, text: str, data: bytes,
                                                   warning: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    loaded = load_file(path)
    assert loaded.status == DocStatus.OK and loaded.document is not None, loaded.message
    assert loaded.document.pages[0].text == text
    assert loaded.warnings == ([warning] if warning else [])


@pytest.mark.parametrize("data", [
    bytes(range(1, 256)) * 20,  # no NUL byte, and no code page reads it as text
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
])
def test_binary_junk_is_refused_as_binary(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    loaded = load_file(path)
    assert (loaded.status, loaded.message) == (DocStatus.UNREADABLE,
                                                "file is binary, not text; check its type and extension.")

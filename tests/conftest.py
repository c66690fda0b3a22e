"""Shared fixtures: the corpus beside the checkout, an isolated environment, one session index."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from minutes_rag.types import Answer, Hit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
EVAL = ROOT.parent / "shared" / "eval"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason=f"the shared corpus is not at {CORPUS} (a user's clone has no ../shared); corpus tests skipped",
)

#: the slice of the corpus the session index holds (small enough for the default run)
SESSION_SLICE = [
    "seeds",
    "bristol-city-council",
    "kent-county-council",
    "east-palo-alto",
    "souldern-parish-council/minutes/2019-07-25 SPC minutes.pdf",
    "nipissing-township/minutes",
]


#: a short set of minutes that every reader parses: one meeting, two items, a resolution
HARBOUR_MINUTES = """MINUTES of a meeting of the Harbour Committee held on 3 March 2025.

1. Apologies for Absence
Apologies were received from Councillor Penhallow.

2. Lighthouse Keepers' Cottages
The Committee considered the future of the lighthouse keepers' cottages at Gull Point.
RESOLVED that the cottages be let as holiday accommodation from May 2025.
"""


def corpus(rel: str) -> Path:
    return CORPUS / rel


def pages_text(rel: str, first: int, last: int) -> str:
    """The text pypdf reads from pages ``first`` to ``last`` (1-based, inclusive) of a PDF of ``../shared/corpus``:
    a real passage, ingested as text on its own (see ``ask_texts``)."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(corpus(rel)).pages[first - 1:last])


def pdf_bytes(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file of the given objects (numbered from 1, the first the catalogue), with its cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra,
                                                                                        xref)


@pytest.fixture(autouse=True)
def _isolate(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's ./index or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user's config file (Linux)
    monkeypatch.setenv("MINUTES_RAG_INDEX", str(home / "default-index"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    for var in list(os.environ):
        if var.startswith("MINUTES_RAG_") and var != "MINUTES_RAG_INDEX":
            monkeypatch.delenv(var)
    # one model cache (the ONNX copies of the embedding model) for the whole session, as a user has one
    monkeypatch.setenv("MINUTES_RAG_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "model-cache"))


@pytest.fixture(scope="session")
def session_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """One index of a real slice of the corpus (with both manifests), built once per test session."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    from minutes_rag import ingest

    index = tmp_path_factory.mktemp("session-index")
    report = ingest(
        [CORPUS / rel for rel in SESSION_SLICE],
        index=index,
        manifests=[CORPUS / "authorities.csv", CORPUS / "seeds" / "manifest.csv"],
    )
    return index, report


def ingest_texts(tmp_path: Path, docs: dict[str, str]) -> Path:
    """Ingest documents held as text (made up, or real passages from outside ``../shared/corpus``), by their file
    names under a folder of their own, into a fresh index; its folder."""
    from minutes_rag import api

    paths = []
    for name, text in docs.items():
        path = tmp_path / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    api.ingest(paths, index=tmp_path / "index")
    return tmp_path / "index"


def ask_texts(tmp_path: Path, docs: dict[str, str], question: str, explain: bool = False) -> Answer:
    """Ingest documents held as text (see ``ingest_texts``) and ask a question of them (with its explanation)."""
    from minutes_rag import api

    return api.ask(question, index=ingest_texts(tmp_path, docs), explain=explain)


def ask_corpus(tmp_path: Path, rels: list[str], question: str) -> Answer:
    """Ingest files of ``../shared/corpus`` (paths relative to it) into a fresh index and ask a question of them."""
    from minutes_rag import api

    index = tmp_path / "index"
    api.ingest([corpus(rel) for rel in rels], index=index)
    return api.ask(question, index=index)



def make_hit(n: int, source: str, text: str = "", **fields: Any) -> Hit:
    """A hand-made search hit (the n-th, of its own document ``d{n}``), its other fields None or empty unless given."""
    from minutes_rag.types import Hit

    base: dict[str, Any] = {"rank": n, "score": 1.0, "chunk_id": f"d{n}:00000", "doc_id": f"d{n}", "source": source,
                               "pages": [], "authority": None, "committee": None, "meeting_date": None,
                               "item_number": None, "item_title": None, "kind": "report", "text": text}
    return Hit(**{**base, **fields})

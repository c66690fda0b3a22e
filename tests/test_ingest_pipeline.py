"""Parsing ahead in the guarded worker while the main process embeds: same index, no wasted parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.parse.guard import GuardedParser
from minutes_rag.settings import get_settings

from .conftest import corpus, needs_corpus

pytestmark = needs_corpus

FILES = [
    "nipissing-township/minutes/Minutes-February-18-2025.pdf",
    "nipissing-township/minutes/Minutes-April-8-2025.pdf",
    "east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf",
]


def _chunks(index: Path) -> dict[str, str]:
    store, _ = api.open_store(get_settings(index=index))
    got = store.chunks.get(include=["documents"])
    return dict(zip(got["ids"], got["documents"] or [], strict=True))


def test_parse_ahead_gives_the_index_a_plain_run_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = GuardedParser.parse

    def counting(self: GuardedParser, path: Path, *args: object) -> object:
        calls.append(Path(path).name)
        return real(self, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(GuardedParser, "parse", counting)
    ahead = api.ingest([corpus(f) for f in FILES], index=tmp_path / "ahead")
    assert [f.status.value for f in ahead.files] == ["ok", "ok", "ok"]
    assert sorted(calls) == sorted(Path(f).name for f in FILES), "each file parsed once, in the worker"

    monkeypatch.setenv("MINUTES_RAG_PARSE_ISOLATION", "false")  # parsed in-process, one after another
    plain = api.ingest([corpus(f) for f in FILES], index=tmp_path / "plain")
    assert [f.chunks for f in plain.files] == [f.chunks for f in ahead.files]
    assert _chunks(tmp_path / "ahead") == _chunks(tmp_path / "plain")

    # a second run finds every file unchanged and parses nothing ahead
    monkeypatch.delenv("MINUTES_RAG_PARSE_ISOLATION")
    calls.clear()
    again = api.ingest([corpus(f) for f in FILES], index=tmp_path / "ahead")
    assert [f.status.value for f in again.files] == ["unchanged"] * 3
    assert calls == []


def test_a_bad_file_between_good_ones_keeps_its_status(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    good = corpus(FILES[0])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(good.read_bytes())
    (folder / "b.pdf").write_bytes(bad.read_bytes())
    (folder / "c.pdf").write_bytes(corpus(FILES[1]).read_bytes())
    report = api.ingest([folder], index=tmp_path / "idx")
    statuses = {Path(f.path).name: f.status.value for f in report.files}
    assert statuses["a.pdf"] == "ok" and statuses["c.pdf"] == "ok"
    assert statuses["b.pdf"] in {"unreadable", "parse_error"}
    assert api.search("backhoe", k=1, index=tmp_path / "idx").hits[0].source.endswith("a.pdf")

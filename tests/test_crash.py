"""An ingest killed with SIGKILL at random moments leaves an index that opens, is consistent, finds every
document it recorded as complete, and is finished by a re-run to exactly the chunks of a clean run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.errors import EmptyIndexError
from minutes_rag.settings import get_settings

from .conftest import CORPUS, needs_corpus

pytestmark = needs_corpus

SEEDS = 20
FILES = [
    "seeds/000_716b7456e7929a64.txt",
    "seeds/001_6b2bc5de6d4f9958.txt",
    "seeds/002_5d3563911bb6194b.txt",
    "seeds/003_f0a2a9b28d9b0817.txt",
    "seeds/004_a9e56c05149d4963.txt",
    "east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf",
    "nipissing-township/minutes/Minutes-April-16-2024.pdf",
]
#: a sentence unique to each file, to prove a completed document is searchable
UNIQUE = {
    "000_716b7456e7929a64.txt": "travel buddies had been moved from Cavendish",
    "001_6b2bc5de6d4f9958.txt": "Disabled Children",
    "002_5d3563911bb6194b.txt": "Danny Hassell",
    "003_f0a2a9b28d9b0817.txt": "Early Help Audits",
    "004_a9e56c05149d4963.txt": "Tamoor Tariq",
    "eastpaloalto_ca_minutes_2020-01-27.pdf": "postpone the election of Chair and Vice Chair",
    "Minutes-April-16-2024.pdf": "Link’s Beach",
}

CHILD = """
import sys
from minutes_rag import ingest
ingest(sys.argv[2:], index=sys.argv[1], authority="Crash Test Council",
       progress=lambda result, n, total: print("done", n, flush=True))
"""


def _paths() -> list[str]:
    return [str(CORPUS / f) for f in FILES]


@pytest.fixture(scope="module")
def clean_chunks(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    index = tmp_path_factory.mktemp("clean") / "idx"
    api.ingest(_paths(), index=index, authority="Crash Test Council")
    store, _ = api.open_store(get_settings(index=index))
    return store.chunk_ids()


def _write_window(tmp_path: Path) -> tuple[float, float]:
    """When a clean child run finishes its first document and its last (start-up, model load and the first
    document's writes come before the first; most writes that a kill can hurt lie between the two)."""
    index = tmp_path / "timing-idx"
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(index), *_paths()],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    done = [time.monotonic() - t0 for line in proc.stdout if line.startswith("done")]
    proc.wait()
    assert proc.returncode == 0 and len(done) == len(FILES), done
    return done[0], done[-1]


def test_sigkill_at_random_moments(tmp_path: Path, clean_chunks: set[str]) -> None:
    _crash_runs(tmp_path, clean_chunks, SEEDS, 20261124)


@pytest.mark.slow
def test_sigkill_at_many_more_moments(tmp_path: Path, clean_chunks: set[str]) -> None:
    _crash_runs(tmp_path, clean_chunks, 80, 7)


def _crash_runs(tmp_path: Path, clean_chunks: set[str], seeds: int, rng_seed: int) -> None:
    first, last = _write_window(tmp_path)
    gap = (last - first) / (len(FILES) - 1)  # a document's time, roughly
    rng = random.Random(rng_seed)
    kills_during_writes = 0
    for seed in range(seeds):
        index = tmp_path / f"idx-{seed}"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(index), *_paths()],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                start_new_session=True)
        assert proc.stdout is not None
        if rng.random() < 0.85:
            # mostly while it writes the documents after the n-th (where a kill can hurt): wait for the child
            # to report the n-th done, then up to one document's time, so the kill lands in the writes
            # however fast this machine is today
            after, delay = rng.randint(1, len(FILES) - 1), rng.uniform(0.0, gap)
            for line in proc.stdout:
                if line.startswith("done") and int(line.split()[1]) >= after:
                    break
        else:  # sometimes earlier: start-up, model load, the first document
            delay = rng.uniform(0.3, first)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its parser worker
        proc.wait()
        proc.stdout.close()
        if not (index / "chroma.sqlite3").exists():
            continue  # killed before it opened the index: nothing to check
        settings = get_settings(index=index)
        report = api.doctor(settings=settings)
        assert report.consistent, (seed, delay, report.to_dict())
        try:
            store, _ = api.open_store(settings)
            done = [d for d in store.all_documents() if d.status == "ok"]
        except EmptyIndexError:  # killed after Chroma made its file, before the collections: nothing recorded
            done = []
        kills_during_writes += bool(done) and len(done) < len(FILES)
        for d in done:
            phrase = UNIQUE[Path(d.source).name]
            hits = api.search(phrase, k=3, settings=settings, mode="keyword").hits
            assert any(h.doc_id == d.doc_id and phrase in h.text for h in hits), (seed, d.source)
        api.ingest(_paths(), index=index, authority="Crash Test Council")  # the re-run finishes the job
        store, _ = api.open_store(settings)
        assert store.chunk_ids() == clean_chunks, seed
        assert api.doctor(settings=settings).finished
    assert kills_during_writes >= 3  # the seeds really did land between documents

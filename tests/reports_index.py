"""One small real index for the report tests (summaries, briefs, decisions, timelines, HTML), built once
per test process: the five seed pages (children's services and Ofsted), Bristol's printed minutes and
decision notices of its transport committee (four meetings, September 2024 to March 2026), and Kent's
13 February 2025 budget meeting; beside them, Bristol papers that are dated but are not meetings (an equality
impact assessment, two forward plans) and the levy reports of three meetings. About 300 chunks: under a minute to embed on two cores.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest

from .conftest import CORPUS

SEEDS = CORPUS / "seeds"
BRISTOL = CORPUS / "bristol-city-council"
KENT_FEB = CORPUS / "kent-county-council/full_council/2025-02-13/Printed minutes 13th-Feb-2025 09.30 County Council.pdf"
#: printed minutes and decision notices of Bristol's Transport and Connectivity Policy Committee
BRISTOL_IDS = ("0022", "0004", "0023", "0024", "0025", "0026", "0035", "0036")
#: dated papers that are not meetings: an equality impact assessment (2024-08-20) and two forward plans;
#: and the levy reports put to three of the meetings (they retell the September 2024 decision)
BRISTOL_NOT_MEETINGS = ("0007", "0016", "0017")
BRISTOL_REPORTS = ("0008", "0009", "0014")

#: the five seed files and the authority each belongs to (seeds/manifest.csv)
SEED_AUTHORITIES = {
    "000_716b7456e7929a64.txt": "London Borough of Haringey",
    "001_6b2bc5de6d4f9958.txt": "Barnsley Metropolitan Borough Council",
    "002_5d3563911bb6194b.txt": "London Borough of Tower Hamlets",
    "003_f0a2a9b28d9b0817.txt": "Cumbria County Council",
    "004_a9e56c05149d4963.txt": "City of Bradford Metropolitan District Council",
}


def bristol_files(ids: tuple[str, ...] = BRISTOL_IDS) -> list[Path]:
    return sorted(p for p in BRISTOL.glob("*.pdf") if any(p.name.startswith(f"src-bcc-{n}_") for n in ids))


@cache
def _build() -> Path:
    from minutes_rag import ingest

    folder = tempfile.mkdtemp(prefix="minutes-rag-reports-")
    atexit.register(shutil.rmtree, folder, True)
    index = Path(folder) / "index"
    ingest([SEEDS], index=index, manifests=[SEEDS / "manifest.csv"])
    ingest([*bristol_files(), *bristol_files(BRISTOL_NOT_MEETINGS + BRISTOL_REPORTS), KENT_FEB], index=index,
           manifests=[CORPUS / "authorities.csv"])
    return index


def reports_index() -> Path:
    """The shared report index (skips the test when the corpus is absent)."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    missing = [p for p in (KENT_FEB, *bristol_files()) if not p.is_file()]
    if missing or len(bristol_files()) != len(BRISTOL_IDS):
        pytest.skip(f"corpus files for the report tests are missing: {missing or 'Bristol minutes'}")
    return _build()

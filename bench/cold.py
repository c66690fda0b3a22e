"""Wall time of a fresh `minutes-rag ask` process, from start to printed answer (and of `--help`).

    .venv/bin/python bench/cold.py --index /tmp/bench-index [--runs 5]

Each run starts a new process, as a user at a terminal would, so it includes Python start-up, imports,
loading the embedding model and opening the index.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "minutes-rag")


def timed(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--question", default="What net revenue budget requirement did Kent approve for 2025-26?")
    args = ap.parse_args()
    helps = [timed([CLI, "--help"]) for _ in range(args.runs)]
    asks = [timed([CLI, "ask", args.question, "--index", str(args.index)]) for _ in range(args.runs)]
    print(f"minutes-rag --help   median {statistics.median(helps):.2f} s   max {max(helps):.2f} s   (n={args.runs})")
    print(f"minutes-rag ask      median {statistics.median(asks):.2f} s   max {max(asks):.2f} s   (n={args.runs})")


if __name__ == "__main__":
    main()

"""Warm latency of `search` and extractive `ask` in one process, over an existing index.

    .venv/bin/python bench/query.py --index /tmp/bench-index [--repeat 3] [--scale 100000 1000000]

Build the index first (e.g. `bench/ingest.py --index /tmp/bench-index`, the whole shared corpus). The
queries are the questions of ../shared/eval/questions.public.jsonl, with their filters. Prints p50/p95
(and mean, max) in milliseconds, the index's chunk count, size on disk and peak RSS.

With ``--scale N...`` it then runs ``bench/scale.py`` on synthetic indexes of N chunks replicated from this
one (with and without an authority filter and a date-range filter; see that script; 1M takes ~25 min to
build and ~9 GB of disk under ``/tmp/minutes-rag-scale``).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, default=ROOT.parent / "shared" / "eval" / "questions.public.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=int, nargs="*", default=[], metavar="N",
                    help="also measure synthetic indexes of N chunks (bench/scale.py)")
    args = ap.parse_args()

    from minutes_rag import api
    from minutes_rag.settings import get_settings

    settings = get_settings(index=args.index)
    qs = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    store, emb = api.open_store(settings)
    api.search("warm up", k=10, settings=settings)  # model load and first query are not steady state

    timings: dict[str, list[float]] = {"search": [], "search+authority": [], "ask": []}
    for _ in range(args.repeat):
        for q in qs:
            t = time.perf_counter()
            api.search(q["question"], k=10, settings=settings)
            timings["search"].append((time.perf_counter() - t) * 1000)
            auth = (q.get("filters") or {}).get("authority")
            if auth:
                t = time.perf_counter()
                api.search(q["question"], k=10, authority=auth, settings=settings)
                timings["search+authority"].append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            api.ask(q["question"], authority=auth, settings=settings)
            timings["ask"].append((time.perf_counter() - t) * 1000)

    size = sum(f.stat().st_size for f in args.index.rglob("*") if f.is_file())
    print(f"index             {args.index} ({store.count_chunks()} chunks, {size / 2**20:.0f} MiB on disk)")
    print(f"queries           {len(qs)} questions x {args.repeat}")
    for name, vals in timings.items():
        if vals:
            print(f"{name:<17} p50 {pct(vals, 50):7.1f} ms   p95 {pct(vals, 95):7.1f} ms   "
                  f"mean {statistics.mean(vals):7.1f} ms   max {max(vals):7.1f} ms   (n={len(vals)})")
    print(f"peak RSS          {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB", flush=True)
    if args.scale:
        import subprocess

        subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), "--source-index", str(args.index),
                        "--questions", str(args.questions), "--sizes", *map(str, args.scale)], check=True)


if __name__ == "__main__":
    main()

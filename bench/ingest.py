"""Ingest the whole shared corpus into a fresh index and print throughput figures.

    .venv/bin/python bench/ingest.py [--corpus ../shared/corpus] [--index /tmp/bench-index] [--embedder minilm]

Prints files/s, pages/s, chunks/s, word pieces embedded, seconds in parse / embed / store, the share of
time spent embedding, and peak RSS. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--index", type=Path, default=None, help="index folder (default: a fresh temp folder)")
    ap.add_argument("--embedder", default="minilm")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found at {args.corpus}")

    from minutes_rag import api
    from minutes_rag.index.embed import get_embedder
    from minutes_rag.settings import get_settings

    index = args.index or Path(tempfile.mkdtemp(prefix="bench-index-"))
    if args.index and index.exists():
        shutil.rmtree(index)
    t0 = time.perf_counter()
    emb = get_embedder(args.embedder, get_settings().embed_batch_size)  # the instance ingest will use
    emb.embed(["warm up"])  # model load is not ingest throughput
    load_s = time.perf_counter() - t0

    tokens = 0
    orig_embed = emb.embed

    def counting_embed(texts: list[str]) -> list[list[float]]:
        nonlocal tokens
        tokens += sum(min(n, emb.max_tokens) for n in emb.count_tokens(texts))
        return orig_embed(texts)

    emb.embed = counting_embed  # type: ignore[method-assign]
    report = api.ingest([args.corpus], index=index, embedder=args.embedder)
    s = report.summary()
    total = report.seconds
    store_s = report.store_seconds
    parse_s = report.parse_seconds
    other_s = max(total - report.embed_seconds - store_s - parse_s, 0.0)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    statuses: dict[str, int] = {}
    for f in report.files:
        statuses[f.status.value] = statuses.get(f.status.value, 0) + 1
    print(f"corpus            {args.corpus}")
    print(f"index             {index}")
    print(f"model load        {load_s:.1f} s (not counted below)")
    print(f"files             {s['files']}  {statuses}")
    print(f"pages             {s['pages']}")
    print(f"chunks            {s['chunks_added']}  (truncated: {s['truncated_chunks']})")
    print(f"word pieces       {tokens}")
    print(f"wall              {total:.1f} s")
    print(f"files/s           {s['files'] / total:.2f}")
    print(f"pages/s           {s['pages'] / total:.2f}")
    print(f"chunks/s          {s['chunks_added'] / total:.2f}")
    print(f"embed             {report.embed_seconds:.1f} s ({100 * report.embed_seconds / total:.0f}% of wall)")
    print(f"store             {store_s:.1f} s")
    print(f"parse             {parse_s:.1f} s (load + structure)")
    print(f"other             {other_s:.1f} s (chunking, hashing, bookkeeping)")
    print(f"peak RSS          {rss_mb:.0f} MiB")


if __name__ == "__main__":
    main()

"""Synthetic scale: `search` and extractive `ask` latency over 100k-1M chunk indexes (issue #7).

    flock /tmp/cpu.lock .venv/bin/python bench/scale.py --sizes 100000 1000000

Each size gets an index under ``--dir`` (``DIR/<size>``), built once and reused (it prints "reusing"): the
real chunks of ``--source-index`` (texts, embeddings, metadata) are replicated up to the size with new ids,
vectors perturbed (gaussian noise sigma 0.01, renormalised, float32) and, after the first copy (which is
the real corpus as is), authorities spread over 100 synthetic ones ("Synthetic Borough 001".."100", ~1% of
rows each) and meeting dates over 2015-2025. Chunks go straight to Chroma and the keyword index in batches
of Chroma's max batch size; one DocumentRecord per synthetic document goes to the documents collection.

Then, warm in a fresh process per size (first call excluded): `search` p50/p95/mean with no filter, one
synthetic authority (~1% of rows) and one year (~9% of rows), extractive `ask` with no filter, peak RSS and
size on disk. At the largest size the filtered search is broken down into its parts (Chroma vector query
with the where filter, which `search` no longer uses, beside the exact scan of the filtered rows that it
does use; FTS5 keyword query with the filter; authority-name resolution, ...).
Prints figures only; asserts nothing. Run it under ``flock /tmp/cpu.lock`` so other benchmarks do not overlap.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

N_AUTHORITIES = 100
AUTHORITY = "Synthetic Borough 042"  # the single-authority filter
YEAR = ("2020-01-01", "2020-12-31")  # the date-range filter
MARKER = "scale-build.json"
TARGET = "target: filtered search at 1M p95 <= 250 ms"


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def line(name: str, vals: list[float]) -> str:
    return (f"  {name:<28} p50 {pct(vals, 50):8.1f} ms   p95 {pct(vals, 95):8.1f} ms   "
            f"mean {statistics.mean(vals):8.1f} ms   max {max(vals):8.1f} ms   (n={len(vals)})")


def disk_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- build ------------------------------------------------------------------------------------------


def load_source(path: Path) -> dict[str, Any]:
    """Every chunk (id, text, metadata, vector) and document record of the source index, read in pages."""
    import chromadb
    import numpy as np

    from minutes_rag.index.store import DOC_SUFFIX

    client = chromadb.PersistentClient(path=str(path), settings=chromadb.config.Settings(anonymized_telemetry=False))
    col = client.get_collection("minutes", embedding_function=None)
    page = min(5000, client.get_max_batch_size())
    ids: list[str] = []
    texts: list[str] = []
    metas: list[dict[str, Any]] = []
    vecs = []
    total = col.count()
    for offset in range(0, total, page):
        got = col.get(include=["documents", "metadatas", "embeddings"], limit=page, offset=offset)
        ids += got["ids"]
        texts += [t or "" for t in got["documents"] or []]
        metas += [dict(m) for m in got["metadatas"] or []]
        vecs.append(np.asarray(got["embeddings"], dtype=np.float32))
    docs_col = client.get_collection("minutes" + DOC_SUFFIX, embedding_function=None)
    docs = []
    for offset in range(0, docs_col.count(), page):
        got = docs_col.get(include=["metadatas"], limit=page, offset=offset)
        docs += [json.loads(str(m["record"])) for m in got["metadatas"] or []]
    return {"ids": ids, "texts": texts, "metas": metas, "vecs": np.concatenate(vecs), "docs": docs}


class Copier:
    """Copy ``c`` of a source document: its new id, authority and meeting date (copy 0 is the source)."""

    def __init__(self, docs: list[dict[str, Any]], seed: int = 7) -> None:
        import numpy as np

        self.order = {d["doc_id"]: j for j, d in enumerate(sorted(docs, key=lambda d: d["doc_id"]))}
        self.by_id = {d["doc_id"]: d for d in docs}
        self.rng = np.random.default_rng(seed)
        self._cache: dict[tuple[int, str], tuple[str, str | None, str | None]] = {}
        self.days = np.arange(np.datetime64("2015-01-01"), np.datetime64("2026-01-01"))

    def __call__(self, c: int, doc_id: str) -> tuple[str, str | None, str | None]:
        key = (c, doc_id)
        if key not in self._cache:
            src = self.by_id.get(doc_id, {})
            if c == 0:
                self._cache[key] = (doc_id, src.get("authority"), src.get("meeting_date"))
            else:
                j = self.order.get(doc_id, len(self.order))
                new_id = hashlib.sha1(f"{doc_id}:{c}".encode()).hexdigest()[:16]
                auth = f"Synthetic Borough {(c * len(self.order) + j) % N_AUTHORITIES + 1:03d}"
                day = str(self.days[int(self.rng.integers(len(self.days)))])
                self._cache[key] = (new_id, auth, day)
        return self._cache[key]


def build(path: Path, n: int, source: Path) -> None:
    import numpy as np

    from minutes_rag.index.keyword import as_rows
    from minutes_rag.index.store import Store, date_int

    t0 = time.perf_counter()
    src = load_source(source)
    n_src = len(src["ids"])
    print(f"  source            {source}: {n_src} chunks, {len(src['docs'])} document records "
          f"({time.perf_counter() - t0:.1f} s to read)", flush=True)
    if path.exists():
        shutil.rmtree(path)
    store = Store(path, "minilm", 384, create=True)
    batch = store.client.get_max_batch_size()
    copier = Copier(src["docs"])
    rng = np.random.default_rng(11)
    vecs = src["vecs"]
    t_build = time.perf_counter()
    seen_docs: set[tuple[int, str]] = set()
    doc_rows: list[tuple[str, str, dict[str, Any]]] = []  # id, source, metadata

    def flush_docs(force: bool) -> None:
        while doc_rows and (force or len(doc_rows) >= batch):
            part, doc_rows[:] = doc_rows[:batch], doc_rows[batch:]
            store.docs.upsert(ids=[p[0] for p in part], embeddings=[[1.0]] * len(part),  # type: ignore[arg-type]
                              documents=[p[1] for p in part], metadatas=[p[2] for p in part])

    def add_doc(c: int, doc_id: str) -> None:
        if (c, doc_id) in seen_docs or doc_id not in copier.by_id:
            return
        seen_docs.add((c, doc_id))
        rec = dict(copier.by_id[doc_id])
        new_id, auth, day = copier(c, doc_id)
        if c:
            rec.update(doc_id=new_id, source=f"/synthetic/{c:03d}{rec['source']}", authority=auth, meeting_date=day)
            if rec.get("duplicate_of"):
                rec["duplicate_of"] = copier(c, rec["duplicate_of"])[0]
        meta = {"record": json.dumps(rec), "status": rec["status"], "content_hash": rec["content_hash"],
                "text_hash": rec.get("text_hash") or "", "authority": rec.get("authority") or "",
                "duplicate_of": rec.get("duplicate_of") or ""}
        doc_rows.append((rec["doc_id"], rec["source"], meta))

    copies = -(-n // n_src)
    for c in range(copies):  # every record of a copy, chunked or not (unsupported files, duplicates...)
        if c * n_src < n:
            for d in src["docs"]:
                if c == copies - 1 and d.get("chunks") and c * n_src + n_src > n:
                    continue  # the last, partial copy: only documents that get chunks (added below)
                add_doc(c, d["doc_id"])
    last = time.perf_counter()
    for g0 in range(0, n, batch):
        g = np.arange(g0, min(n, g0 + batch))
        cs, idx = g // n_src, g % n_src
        v = vecs[idx].copy()
        noisy = cs > 0
        v[noisy] += rng.normal(0.0, 0.01, size=(int(noisy.sum()), v.shape[1])).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        ids, texts, metas = [], [], []
        for c, i in zip(cs.tolist(), idx.tolist(), strict=True):
            m = dict(src["metas"][i])
            old_doc = str(m.get("doc_id", ""))
            cid, text = src["ids"][i], src["texts"][i]
            if c:
                new_doc, auth, day = copier(c, old_doc)
                cid = new_doc + cid[len(old_doc):] if cid.startswith(old_doc) else f"{new_doc}:{cid}"
                header = str(m.get("header", ""))
                if m.get("authority"):
                    header = header.replace(str(m["authority"]), auth or "")
                if m.get("meeting_date"):
                    header = header.replace(str(m["meeting_date"]), day or "")
                m.update(doc_id=new_doc, source=f"/synthetic/{c:03d}{m.get('source', '')}", authority=auth or "",
                         meeting_date=day or "", date_int=date_int(day), header=header)
            add_doc(c, old_doc)
            ids.append(cid)
            texts.append(text)
            metas.append(m)
        store.chunks.add(ids=ids, embeddings=v, documents=texts, metadatas=metas)  # type: ignore[arg-type]
        store.keyword.add(as_rows({"ids": ids, "documents": texts, "metadatas": metas}), v)
        flush_docs(False)
        done = g0 + len(g)
        if time.perf_counter() - last > 30 or done == n:
            el = time.perf_counter() - t_build
            print(f"  ... {done:>9} chunks  {el:7.1f} s  {done / el:7.0f} chunks/s  RSS {rss_mib():.0f} MiB", flush=True)
            last = time.perf_counter()
    flush_docs(True)
    elapsed = time.perf_counter() - t_build
    count, kwc, ndocs = store.chunks.count(), store.keyword.count(), store.docs.count()
    store.keyword.close()
    stats = {"chunks": count, "keyword_rows": kwc, "documents": ndocs, "build_s": round(elapsed, 1),
             "chunks_per_s": round(n / elapsed, 1), "disk_mib": round(disk_mib(path)), "batch": batch,
             "build_peak_rss_mib": round(rss_mib())}
    (path / MARKER).write_text(json.dumps(stats, indent=1))
    print_build(stats)


def print_build(s: dict[str, Any]) -> None:
    print(f"  build             {s['chunks']} chunks ({s['keyword_rows']} keyword rows, {s['documents']} document "
          f"records) in {s['build_s']:.1f} s = {s['chunks_per_s']:.0f} chunks/s (batches of {s['batch']}), "
          f"{s['disk_mib']} MiB on disk, build peak RSS {s['build_peak_rss_mib']} MiB", flush=True)


# ---- measure ----------------------------------------------------------------------------------------


def measure(path: Path, questions: Path, n_queries: int, repeat: int, breakdown: bool) -> None:
    from minutes_rag import api, scope
    from minutes_rag.index.store import chroma_where, date_int
    from minutes_rag.scope import Filters
    from minutes_rag.settings import get_settings

    qs = [json.loads(x)["question"] for x in questions.read_text().splitlines() if x.strip()][:n_queries]
    settings = get_settings(index=path)
    t = time.perf_counter()
    store, emb = api.open_store(settings)
    api.search("warm up", k=10, settings=settings)
    api.search("warm up", k=10, authority=AUTHORITY, settings=settings)
    api.search("warm up", k=10, since=YEAR[0], until=YEAR[1], settings=settings)
    api.ask("warm up question about the budget", settings=settings)
    print(f"  open + first calls {(time.perf_counter() - t) * 1000:.0f} ms (excluded)", flush=True)

    auth_rows = len(store.chunks.get(where={"authority": AUTHORITY}, include=[])["ids"])
    n = store.count_chunks()
    print(f"  filters           authority={AUTHORITY!r} ({auth_rows} chunks, {100 * auth_rows / n:.1f}%), "
          f"since={YEAR[0]} until={YEAR[1]}", flush=True)
    runs: dict[str, list[float]] = {"search": [], "search+authority": [], "search+year": [], "ask (extractive)": []}
    for _ in range(repeat):
        for q in qs:
            for name, kw in (("search", {}), ("search+authority", {"authority": AUTHORITY}),
                             ("search+year", {"since": YEAR[0], "until": YEAR[1]})):
                t = time.perf_counter()
                api.search(q, k=10, settings=settings, **kw)  # type: ignore[arg-type]
                runs[name].append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            api.ask(q, settings=settings)
            runs["ask (extractive)"].append((time.perf_counter() - t) * 1000)
    for name, vals in runs.items():
        print(line(name, vals), flush=True)

    if breakdown:
        print("  breakdown of the filtered search (each part alone, warm):", flush=True)
        parts: dict[str, list[float]] = {}
        auth_where = chroma_where(Filters([AUTHORITY]))
        year = Filters(since=YEAR[0], until=YEAR[1])
        since, until = date_int(YEAR[0]), date_int(YEAR[1])

        def timed(name: str, fn: Any) -> Any:
            t = time.perf_counter()
            out = fn()
            parts.setdefault(name, []).append((time.perf_counter() - t) * 1000)
            return out

        for _ in range(repeat):
            for q in qs:
                vec = timed("embed query", lambda q=q: emb.embed([q])[0])
                timed("resolve authority name", lambda: scope.resolve_authorities(store, [AUTHORITY]))
                timed("_copies (duplicate records)", lambda: store.facets().copies)
                timed("chroma query, no filter", lambda v=vec: store.nearest(v, 40, None))
                timed("chroma query, authority", lambda v=vec: store.nearest(v, 40, auth_where))
                timed("chroma query, year", lambda v=vec: store.nearest(v, 40, chroma_where(year)))
                timed("exact vectors, authority", lambda v=vec: store.keyword.vector_search(v, 40, [AUTHORITY]))
                timed("exact vectors, year", lambda v=vec: store.keyword.vector_search(v, 40, since=since, until=until))
                timed("fts5, no filter", lambda q=q: store.keyword.search(q, 40))
                timed("fts5, authority", lambda q=q: store.keyword.search(q, 40, [AUTHORITY]))
                timed("fts5, year", lambda q=q: store.keyword.search(q, 40, since=since, until=until))
        for name, vals in parts.items():
            print(line(name, vals), flush=True)
    print(f"  peak RSS          {rss_mib():.0f} MiB", flush=True)
    print(f"  index size        {disk_mib(path):.0f} MiB on disk ({n} chunks)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100000])
    ap.add_argument("--source-index", type=Path, default=Path("/tmp/fullidx"))
    ap.add_argument("--dir", type=Path, default=Path("/tmp/minutes-rag-scale"))
    ap.add_argument("--queries", type=int, default=30, help="how many of the public questions (30: all)")
    ap.add_argument("--questions", type=Path, default=ROOT.parent / "shared" / "eval" / "questions.public.jsonl")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--skip-measure", action="store_true", help="build only")
    ap.add_argument("--_build", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--_measure", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--_breakdown", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--_path", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args._build:  # child: build one size
        build(args._path, args._build, args.source_index)
        return
    if args._measure:  # child: measure one size in a fresh process
        measure(args._path, args.questions, args.queries, args.repeat, args._breakdown)
        return

    me = [sys.executable, str(Path(__file__).resolve())]
    sizes = sorted(set(args.sizes))
    for size in sizes:
        path = args.dir / str(size)
        print(f"== {size} chunks: {path}", flush=True)
        marker = path / MARKER
        if marker.exists():
            print("  reusing (built before)", flush=True)
            print_build(json.loads(marker.read_text()))
        else:
            subprocess.run([*me, "--_build", str(size), "--_path", str(path),
                            "--source-index", str(args.source_index)], check=True)
        stats = json.loads(marker.read_text())
        for bigger in (s for s in (1_000_000,) if s > size and s not in sizes):
            print(f"  estimate          {bigger} chunks at this rate: {bigger / stats['chunks_per_s'] / 60:.0f} min "
                  "(if the rate holds)", flush=True)
        if not args.skip_measure:
            cmd = [*me, "--_measure", "--_path", str(path), "--queries", str(args.queries),
                   "--questions", str(args.questions), "--repeat", str(args.repeat)]
            if size == sizes[-1]:
                cmd.append("--_breakdown")
            subprocess.run(cmd, check=True)
    print(TARGET)


if __name__ == "__main__":
    main()

"""The naive LangChain pipeline a user would otherwise write, against ours: ingest throughput and recall@5.

    make bench-deps && flock /tmp/cpu.lock .venv/bin/python bench/baseline_langchain.py

Options: ``--corpus DIR`` (default ../shared/corpus), ``--questions FILE`` (default
../shared/eval/questions.public.jsonl), ``--limit N`` (the first N loadable files only, for a quick check),
``--skip-ours``, ``--ours-index DIR --ours-seconds S`` (score an index of ours built already, e.g. by
bench/ingest.py, whose ingest took S seconds, instead of ingesting a second time).

The baseline: ``PyPDFLoader`` for PDFs and ``TextLoader`` for .txt/.md/.json (other files are skipped and
counted), ``RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)``, the bundled
all-MiniLM-L6-v2 through LangChain's ``HuggingFaceEmbeddings`` on the CPU, ``langchain_chroma.Chroma``
persisted to a temp folder, and ``similarity_search(question, k=5)`` with no filters (the baseline has no
authority metadata; a naive user would ask for k=4, recall@5 needs 5). Both sides are scored with
``minutes_rag.evaluate``'s own gold rule (file, and for PDFs a 1-based page; PyPDFLoader's ``page`` is 0-based).

Wall seconds exclude model load on both sides and include loading/parsing. Ours ingests in a fresh process
so that each side's peak RSS is its own (ours' PDF parser worker is a further process, not counted). It
measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
# model hubs are unreachable: everything loads from the bundled model's folder
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".json"})  # plain text a naive user hands to TextLoader
K = 5
OUR_EMBEDDER = "minilm"  # the same bundled model the baseline uses


@dataclass
class BaselineRun:
    """What the naive pipeline loaded, and how long each step took."""

    files: list[Path] = field(default_factory=list)  # the files it tried to load
    skipped: dict[str, int] = field(default_factory=dict)  # suffix -> files no LangChain loader here reads
    loaded: int = 0
    empty: list[str] = field(default_factory=list)  # loaded, but no text (scanned PDFs)
    failed: list[str] = field(default_factory=list)  # "path: error"
    pages: int = 0  # PDF pages, plus one per text file
    text_pages: int = 0  # of those, pages with any text
    chunks: int = 0
    chars: int = 0
    model_s: float = 0.0
    load_s: float = 0.0
    split_s: float = 0.0
    store_s: float = 0.0
    rss_mb: float = 0.0
    store: Any = None  # the langchain_chroma.Chroma holding the chunks

    @property
    def wall(self) -> float:
        return self.load_s + self.split_s + self.store_s


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB (VmHWM: not inflated by a parent's memory across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def select_files(corpus: Path, limit: int | None) -> tuple[list[Path], dict[str, int]]:
    """Files under ``corpus`` a naive user can load (sorted, hidden ones left out), and skipped suffixes."""
    files: list[Path] = []
    skipped: dict[str, int] = {}
    for f in sorted(p for p in corpus.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in f.relative_to(corpus).parts):
            continue
        suffix = f.suffix.lower()
        if suffix in PDF_SUFFIXES or suffix in TEXT_SUFFIXES:
            files.append(f)
        else:
            skipped[suffix or "(none)"] = skipped.get(suffix or "(none)", 0) + 1
    return (files[:limit] if limit else files), skipped


def run_baseline(files: list[Path], skipped: dict[str, int], persist_dir: Path) -> BaselineRun:
    """Load, split, embed and store ``files`` the way the LangChain tutorials do."""
    from langchain_chroma import Chroma
    from langchain_community.document_loaders import PyPDFLoader, TextLoader
    from langchain_community.embeddings import HuggingFaceEmbeddings
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from minutes_rag.index.embed import bundled_model_dir

    run = BaselineRun(files=files, skipped=skipped)
    t0 = time.perf_counter()
    with warnings.catch_warnings():  # langchain_core turns its own deprecation notices back on at import
        warnings.simplefilter("ignore")
        embeddings = HuggingFaceEmbeddings(model_name=str(bundled_model_dir()), model_kwargs={"device": "cpu"})
    embeddings.embed_query("warm up")  # model load is not ingest throughput
    run.model_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    docs: list[Document] = []
    for n, f in enumerate(files, start=1):
        is_pdf = f.suffix.lower() in PDF_SUFFIXES
        try:
            loaded = PyPDFLoader(str(f)).load() if is_pdf else TextLoader(str(f), encoding="utf-8").load()
        except Exception as exc:  # a naive loop would crash here; count it and go on
            run.failed.append(f"{f}: {type(exc).__name__}: {str(exc)[:120]}")
            continue
        run.loaded += 1
        run.pages += len(loaded)
        with_text = [d for d in loaded if d.page_content.strip()]
        run.text_pages += len(with_text)
        if not with_text:
            run.empty.append(str(f))
        run.chars += sum(len(d.page_content) for d in loaded)
        docs.extend(loaded)
        if n % 25 == 0:
            print(f"  baseline: loaded {n}/{len(files)} files", file=sys.stderr, flush=True)
    run.load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
    run.chunks = len(chunks)
    run.split_s = time.perf_counter() - t0
    if not chunks:
        sys.exit("the baseline loaded no text at all: nothing to embed")

    print(f"  baseline: embedding {len(chunks)} chunks", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    run.store = Chroma.from_documents(chunks, embeddings, collection_name="baseline",
                                      persist_directory=str(persist_dir))
    run.store_s = time.perf_counter() - t0
    run.rss_mb = peak_rss_mb()
    return run


def baseline_search_fn(store: Any) -> Callable[[str, dict[str, Any]], list[Any]]:
    """Top-K LangChain Documents as ``Hit``s, so ``minutes_rag.evaluate`` scores them with its own rule."""
    from minutes_rag.types import Hit

    def search(question: str, filters: dict[str, Any]) -> list[Hit]:  # filters: the baseline has no metadata
        hits = []
        for rank, (doc, score) in enumerate(store.similarity_search_with_score(question, k=K), start=1):
            source = str(doc.metadata.get("source", ""))
            page = doc.metadata.get("page")
            # PyPDFLoader's page is 0-based; gold pages are 1-based; text files have no pages
            pages = [int(page) + 1] if source.lower().endswith(".pdf") and page is not None else []
            hits.append(Hit(rank=rank, score=float(score), chunk_id="", doc_id="", source=source, pages=pages,
                            authority=None, committee=None, meeting_date=None, item_number=None,
                            item_title=None, kind=None, text=doc.page_content))
        return hits

    return search


def ours_search_fn(index: Path, filtered: bool) -> Callable[[str, dict[str, Any]], list[Any]]:
    """Our hybrid search as ``minutes_rag.api.evaluate`` calls it, with or without the question's filters."""
    from minutes_rag import api
    from minutes_rag.types import Hit

    def search(question: str, filters: dict[str, Any]) -> list[Hit]:
        authority = filters.get("authority") if filtered else None
        return api.search(question, k=10, authority=authority, index=index, embedder=OUR_EMBEDDER).hits

    return search


def score(questions: list[dict[str, Any]], search_fn: Callable[[str, dict[str, Any]], list[Any]],
          corpus_root: Path, in_slice: set[str]) -> dict[str, Any]:
    """recall@1/@5 via ``minutes_rag.evaluate`` (no answering), overall and on questions whose gold is in the slice."""
    from minutes_rag.evaluate import evaluate
    from minutes_rag.types import Answer

    report = evaluate(questions, search_fn, lambda q, hits: Answer(q, "", True), corpus_root, k=10)
    slice_results = [r for r, q in zip(report.results, questions, strict=True)
                     if any(g["file"] in in_slice for g in q.get("gold") or [])]
    return {"all": report.metrics(), "slice": report.metrics(slice_results),
            "errors": [f"{r.id}: {r.error}" for r in report.results if r.error],
            "ms_per_query": 1000 * report.seconds / max(len(questions), 1)}


def _ours_child(conn: Connection, paths: list[str], manifests: list[str], index: str) -> None:
    """Ingest with our pipeline in a fresh process; send back its figures."""
    from minutes_rag import api
    from minutes_rag.index.embed import get_embedder
    from minutes_rag.settings import get_settings

    try:
        t0 = time.perf_counter()
        get_embedder(OUR_EMBEDDER, get_settings().embed_batch_size).embed(["warm up"])  # the instance ingest uses
        model_s = time.perf_counter() - t0
        report = api.ingest(paths, index=index, embedder=OUR_EMBEDDER, manifests=manifests)
        s = report.summary()
        statuses: dict[str, int] = {}
        for f in report.files:
            statuses[f.status.value] = statuses.get(f.status.value, 0) + 1
        conn.send({"model_s": model_s, "seconds": report.seconds, "files": s["files"], "pages": s["pages"],
                   "chunks": s["chunks_added"], "statuses": statuses, "rss_mb": peak_rss_mb()})
    except Exception as exc:
        conn.send({"error": f"{type(exc).__name__}: {exc}"})
    finally:
        conn.close()


def ingest_ours(paths: list[Path], manifests: list[Path], index: Path) -> dict[str, Any]:
    """Run ``_ours_child`` in a spawned (not forked) process, so its memory is measured from scratch."""
    ctx = multiprocessing.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_ours_child, args=(send, [str(p) for p in paths], [str(m) for m in manifests],
                                                 str(index)))
    proc.start()
    send.close()
    try:
        result: dict[str, Any] = recv.recv()
    except EOFError:
        result = {"error": "the ingest process died without a word"}
    proc.join()
    if "error" in result:
        sys.exit(f"our ingest failed: {result['error']}")
    return result


def _rate(n: float, seconds: float) -> str:
    return f"{n / seconds:.2f}" if seconds > 0 else "n/a"


def _recall_line(label: str, r: dict[str, Any], slice_differs: bool) -> str:
    line = f"{label:<34}recall@5 {r['all'].get('recall@5', 0.0):.3f}  recall@1 {r['all'].get('recall@1', 0.0):.3f}"
    if slice_differs:
        line += f"  | gold in slice: recall@5 {r['slice'].get('recall@5', 0.0):.3f}"
    return line + f"  ({r['ms_per_query']:.0f} ms/query)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--questions", type=Path, default=ROOT.parent / "shared" / "eval" / "questions.public.jsonl")
    ap.add_argument("--corpus-root", type=Path, default=None,
                    help="folder the gold paths are relative to (default: ../corpus beside the questions' folder)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N loadable files (quick check)")
    ap.add_argument("--skip-ours", action="store_true", help="run the baseline only")
    ap.add_argument("--ours-index", type=Path, default=None, help="score this index of ours instead of ingesting")
    ap.add_argument("--ours-seconds", type=float, default=None, help="ingest wall seconds of --ours-index")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found at {args.corpus}")
    if args.ours_index and not (args.ours_index / "chroma.sqlite3").exists():
        sys.exit(f"--ours-index {args.ours_index} holds no index: build one with bench/ingest.py --index DIR")
    if args.limit is not None and args.limit < 1:
        sys.exit("--limit must be at least 1")
    warnings.filterwarnings("ignore")  # langchain_community's deprecation notices are not figures
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # one line per odd PDF object otherwise

    from minutes_rag.evaluate import GoldMatcher, load_questions
    from minutes_rag.parse.manifest import is_manifest_file

    questions = load_questions(args.questions)
    corpus_root = args.corpus_root or args.questions.resolve().parent.parent / "corpus"
    answerable = sum(1 for q in questions if q.get("type") != "unanswerable" and q.get("gold"))
    files, skipped = select_files(args.corpus, args.limit)
    in_slice = {GoldMatcher(corpus_root).rel(str(f)) for f in files}
    slice_differs = any(not any(g["file"] in in_slice for g in q.get("gold") or [])
                        for q in questions if q.get("gold"))

    tmp = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    try:
        b = run_baseline(files, skipped, tmp / "chroma")
        print(f"corpus            {args.corpus}" + (f"  (first {args.limit} loadable files)" if args.limit else ""))
        print("baseline          LangChain PyPDFLoader/TextLoader, RecursiveCharacterTextSplitter(1000, 200), "
              "HuggingFaceEmbeddings(all-MiniLM-L6-v2, cpu), langchain_chroma")
        print(f"model load        {b.model_s:.1f} s (not counted below)")
        print(f"files             {len(b.files)} tried: {b.loaded} loaded ({len(b.empty)} of them with no text), "
              f"{len(b.failed)} failed; skipped by type{' (whole corpus)' if args.limit else ''}: "
              f"{dict(sorted(b.skipped.items())) or 'none'}")
        for line in b.failed[:10]:
            print(f"  failed          {line}")
        print(f"pages             {b.pages} ({b.text_pages} with text; a text file counts as one page)")
        print(f"chunks            {b.chunks}")
        print(f"characters        {b.chars}")
        print(f"wall              {b.wall:.1f} s = load {b.load_s:.1f} + split {b.split_s:.1f} "
              f"+ embed+store {b.store_s:.1f}")
        print(f"files/s           {_rate(b.loaded, b.wall)}")
        print(f"pages/s           {_rate(b.pages, b.wall)}")
        print(f"chunks/s          {_rate(b.chunks, b.wall)}")
        print(f"peak RSS          {b.rss_mb:.0f} MiB")
        print(f"questions         {len(questions)} ({answerable} answerable, scored)" +
              ("; the slice holds gold for only some of them" if slice_differs else ""))
        base = score(questions, baseline_search_fn(b.store), corpus_root, in_slice)
        print(_recall_line("baseline (unfiltered, k=5)", base, slice_differs))
        if args.skip_ours:
            return

        if args.ours_index:
            index, ours = args.ours_index, None
            print(f"ours              index {index} (built already; ingest seconds: "
                  f"{args.ours_seconds if args.ours_seconds is not None else 'not given'})")
        else:
            index = tmp / "ours"
            # with --limit the files go in one by one: hand over the corpus's manifests as a folder walk would
            paths = files if args.limit else [args.corpus]
            manifests = sorted(p for p in args.corpus.rglob("*.csv") if is_manifest_file(p)) if args.limit else []
            print("  ours: ingesting", file=sys.stderr, flush=True)
            ours = ingest_ours(paths, manifests, index)
            print(f"ours              minutes_rag.api.ingest, model load {ours['model_s']:.1f} s (not counted)")
            print(f"  files           {ours['files']} {ours['statuses']}")
            print(f"  pages           {ours['pages']}")
            print(f"  chunks          {ours['chunks']}")
            print(f"  wall            {ours['seconds']:.1f} s")
            print(f"  files/s         {_rate(ours['files'], ours['seconds'])}")
            print(f"  pages/s         {_rate(ours['pages'], ours['seconds'])}")
            print(f"  chunks/s        {_rate(ours['chunks'], ours['seconds'])}")
            print(f"  peak RSS        {ours['rss_mb']:.0f} MiB")
        ours_s = ours["seconds"] if ours else args.ours_seconds
        filtered = score(questions, ours_search_fn(index, True), corpus_root, in_slice)
        unfiltered = score(questions, ours_search_fn(index, False), corpus_root, in_slice)
        print(_recall_line("ours (question's filters, k=10)", filtered, slice_differs))
        print(_recall_line("ours (unfiltered, k=10)", unfiltered, slice_differs))
        if filtered["errors"]:  # in a slice, a filter may name an authority the slice does not hold
            print(f"  search errors   {len(filtered['errors'])} (scored as misses), e.g. {filtered['errors'][0]}")
        print("ours / baseline")
        if ours_s:
            print(f"  ingest speed    {b.wall / ours_s:.2f}x  (baseline wall {b.wall:.1f} s / ours {ours_s:.1f} s)")
        else:
            print("  ingest speed    n/a: pass --ours-seconds with --ours-index")
        b5 = base["all"].get("recall@5", 0.0)
        for label, r in (("recall@5 filtered", filtered), ("recall@5 unfiltered", unfiltered)):
            o5 = r["all"].get("recall@5", 0.0)
            print(f"  {label:<20}{o5:.3f} vs {b5:.3f}" + (f"  ({o5 / b5:.2f}x)" if b5 else ""))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Evaluation against questions with gold sources and answer keys (``questions.public.jsonl`` format).

Metrics (answerable questions only, except refusal accuracy): retrieval recall@1/5/10, MRR@10, answer
key coverage (all groups matched) and its partial credit, citation precision (mean and micro), refusal
accuracy on unanswerable questions and the false-refusal rate on answerable ones; overall, per
question type and per source folder.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, MinutesRagError
from .text import normalise
from .types import Answer, Hit

KS = (1, 5, 10)


@dataclass
class QuestionResult:
    id: str
    type: str
    folder: str
    answerable: bool
    first_match_rank: int | None  # 1-based rank of the first hit matching gold, within the top 10
    groups_matched: float
    covered: bool
    citation_precision: float | None
    citations: int
    citations_matched: int
    abstained: bool
    error: str | None = None
    answer: str = ""


@dataclass
class EvalReport:
    results: list[QuestionResult] = field(default_factory=list)
    seconds: float = 0.0
    k: int = 10

    def metrics(self, subset: list[QuestionResult] | None = None) -> dict[str, Any]:
        rs = self.results if subset is None else subset
        ans = [r for r in rs if r.answerable]
        un = [r for r in rs if not r.answerable]
        out: dict[str, Any] = {"questions": len(rs), "answerable": len(ans), "unanswerable": len(un)}
        if ans:
            for k in KS:
                out[f"recall@{k}"] = _mean(r.first_match_rank is not None and r.first_match_rank <= k for r in ans)
            out["mrr@10"] = _mean(1.0 / r.first_match_rank if r.first_match_rank else 0.0 for r in ans)
            out["answer_key_coverage"] = _mean(r.covered for r in ans)
            out["answer_key_partial"] = _mean(r.groups_matched for r in ans)
            out["citation_precision"] = _mean(r.citation_precision or 0.0 for r in ans)
            total = sum(r.citations for r in ans)
            out["citation_precision_micro"] = round(sum(r.citations_matched for r in ans) / total, 3) if total else 0.0
            out["false_refusal_rate"] = _mean(r.abstained for r in ans)
        if un:
            out["refusal_accuracy"] = _mean(r.abstained for r in un)
        return out

    def to_dict(self) -> dict[str, Any]:
        by_type: dict[str, list[QuestionResult]] = {}
        by_folder: dict[str, list[QuestionResult]] = {}
        for r in self.results:
            by_type.setdefault(r.type, []).append(r)
            by_folder.setdefault(r.folder, []).append(r)
        return {
            "overall": self.metrics(),
            "by_type": {t: self.metrics(rs) for t, rs in sorted(by_type.items())},
            "by_folder": {f: self.metrics(rs) for f, rs in sorted(by_folder.items())},
            "seconds": round(self.seconds, 1),
            "questions": [asdict(r) for r in self.results],
        }


def _mean(values: Any) -> float:
    vals = [float(v) for v in values]
    return round(sum(vals) / len(vals), 3) if vals else 0.0


def load_questions(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"questions file not found: {p}")
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{p}:{n}: not JSON ({exc})") from None
        if "question" not in q:
            raise ConfigError(f"{p}:{n}: no 'question' field")
        out.append(q)
    return out


class GoldMatcher:
    """Does a source (and its pages) match a question's gold entries?"""

    def __init__(self, corpus_root: Path) -> None:
        self.root = corpus_root.resolve()

    def rel(self, source: str) -> str:
        p = Path(source).resolve()
        try:
            return p.relative_to(self.root).as_posix()
        except ValueError:
            return Path(source).as_posix()

    def matches(self, gold: list[dict[str, Any]], sources: list[str], pages: list[int],
                own_pages: dict[str, list[int]] | None = None) -> bool:
        """``own_pages``: a copy's own pages where they differ from ``pages`` (see ``Hit.copy_pages``)."""
        own = {self.rel(s): p for s, p in (own_pages or {}).items()}
        rels = {self.rel(s) for s in sources}
        for g in gold:
            if g["file"] not in rels:
                continue
            gp = g.get("pages") or []
            if not gp or not g["file"].lower().endswith(".pdf") or set(own.get(g["file"], pages)) & set(gp):
                return True
        return False


def covered_groups(answer: str, keys: list[list[str]]) -> tuple[float, bool]:
    if not keys:
        return 0.0, False
    text = normalise(answer)
    hit = [any(normalise(alt) in text for alt in group) for group in keys]
    return sum(hit) / len(hit), all(hit)


def evaluate(
    questions: list[dict[str, Any]],
    search_fn: Callable[[str, dict[str, Any]], list[Hit]],
    answer_fn: Callable[[str, list[Hit]], Answer],
    corpus_root: Path,
    k: int = 10,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """Run every question through search and answer, scoring against its gold sources and keys."""
    matcher = GoldMatcher(corpus_root)
    report = EvalReport(k=k)
    t0 = time.perf_counter()
    for i, q in enumerate(questions, start=1):
        gold = q.get("gold") or []
        keys = q.get("answer_keys") or []
        answerable = q.get("type") != "unanswerable" and bool(gold)
        folder = gold[0]["file"].split("/")[0] if gold else "none"
        res = QuestionResult(q.get("id", str(i)), q.get("type", "?"), folder, answerable, None, 0.0, False,
                             None, 0, 0, False)
        try:
            hits = search_fn(q["question"], q.get("filters") or {})
            for rank, h in enumerate(hits[:10], start=1):
                if matcher.matches(gold, [h.source, *h.copies], h.pages, h.copy_pages):
                    res.first_match_rank = rank
                    break
            ans = answer_fn(q["question"], hits)
            res.answer = ans.answer
            res.abstained = ans.abstained
            if not ans.abstained:
                res.groups_matched, res.covered = covered_groups(ans.answer, keys)
                seen: set[tuple[str, tuple[int, ...]]] = set()
                for c in ans.citations:
                    key = (c.source, tuple(c.pages))
                    if key in seen:
                        continue
                    seen.add(key)
                    res.citations += 1
                    res.citations_matched += matcher.matches(gold, [c.source, *c.copies], c.pages or [], c.copy_pages)
                res.citation_precision = res.citations_matched / res.citations if res.citations else 0.0
        except MinutesRagError as exc:
            res.error = str(exc)
        report.results.append(res)
        if progress:
            progress(i, len(questions))
    report.seconds = time.perf_counter() - t0
    return report

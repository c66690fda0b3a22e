"""Ingest a folder of minutes and search it from Python.

    .venv/bin/python examples/python_api.py [FOLDER] [QUERY]

Defaults to the shared sample corpus's five seed documents (with their manifest).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import minutes_rag

ROOT = Path(__file__).resolve().parent.parent
folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "seeds"
query = sys.argv[2] if len(sys.argv) > 2 else "recruiting and retaining children's social workers"
index = Path(tempfile.mkdtemp(prefix="minutes-rag-example-"))

report = minutes_rag.ingest([folder], index=index)
print("ingested:", report.summary())
for f in report.files:
    if f.status is not minutes_rag.DocStatus.OK:
        print(f"  {f.status.value}: {f.path} {f.message}")

result = minutes_rag.search(query, k=5, index=index)
for hit in result.hits:
    pages = f" p{hit.pages[0]}" if hit.pages else ""
    print(f"{hit.rank}. {hit.authority} | {hit.committee} | {hit.meeting_date} | {hit.source}{pages}")
    print("   ", " ".join(hit.text.split())[:200])

answer = minutes_rag.ask("How are councils recruiting or keeping children's social workers?", index=index)
print("\n" + answer.answer)
for c in answer.citations:
    print(f"  [{c.n}] {c.authority} | {c.meeting_date} | {c.source}" + (f" p{c.page}" if c.page else ""))

"""Call the HTTP API: upload a document, ask a question about it, list the index, optionally delete it.

    minutes-rag serve --index /tmp/demo-index            # in another terminal
    .venv/bin/python examples/http_client.py minutes.txt "What did the committee decide?" \
        --authority "Kent County Council" [--date 2025-05-14] [--delete]

Environment: MINUTES_RAG_URL (default http://127.0.0.1:8000) and MINUTES_RAG_API_KEY (a key from the
server's MINUTES_RAG_API_KEYS; not needed when the server runs without keys on loopback).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import httpx

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("file", type=Path, help="a PDF, text, Markdown, HTML or JSON document")
parser.add_argument("question")
parser.add_argument("--authority")
parser.add_argument("--committee")
parser.add_argument("--date", help="meeting date, YYYY-MM-DD")
parser.add_argument("--delete", action="store_true", help="remove the document again afterwards")
args = parser.parse_args()

url = os.environ.get("MINUTES_RAG_URL", "http://127.0.0.1:8000")
key = os.environ.get("MINUTES_RAG_API_KEY")
headers = {"Authorization": f"Bearer {key}"} if key else {}

with httpx.Client(base_url=url, headers=headers, timeout=300) as api:

    def check(res: httpx.Response) -> dict[str, Any]:
        if res.status_code >= 400:  # every error body has a one-line `detail`, validation errors a list
            sys.exit(f"HTTP {res.status_code}: {res.json().get('detail')}")
        body: dict[str, Any] = res.json()
        return body

    fields = {k: v for k, v in {"authority": args.authority, "committee": args.committee, "date": args.date}.items() if v}
    with args.file.open("rb") as fh:
        report = check(api.post("/v1/ingest", files={"file": (args.file.name, fh)}, data=fields))
    result = report["files"][0]
    print(f"ingested {args.file.name}: {result['status']}, {result['chunks']} chunks, id {result['doc_id']}")

    answer = check(api.post("/v1/ask", json={"question": args.question}))
    print("\n" + answer["answer"] + "\n")
    for c in answer["citations"]:
        where = ", ".join(str(x) for x in (c["authority"], c["committee"], c["meeting_date"], c["item"]) if x)
        print(f"[{c['n']}] {where}\n    {c['quote']}")

    docs = check(api.get("/v1/documents"))["documents"]
    print(f"\nthe index holds {len(docs)} document(s)")
    if args.delete:
        print(check(api.delete(f"/v1/documents/{result['doc_id']}"))["message"].replace(str(Path.home()), "~"))

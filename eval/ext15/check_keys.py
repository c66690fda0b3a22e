"""Check questions.ext15.jsonl: valid JSON, unique ids, every answer-key group found on a gold page's extracted text."""
import json, re, sys, unicodedata, collections
import logging, pypdf
logging.disable(logging.CRITICAL)  # silence pypdf font warnings
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/ext15/docs"
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).casefold()
cache = {}
def pages(f):
    if f not in cache:
        cache[f] = [norm(p.extract_text() or "") for p in pypdf.PdfReader(f"{DOCS}/{f}").pages]
    return cache[f]
qs = [json.loads(l) for l in open(__file__.rsplit("/", 1)[0] + "/questions.ext15.jsonl")]
ids = [q["id"] for q in qs]; assert len(ids) == len(set(ids)), "duplicate ids"
bad = 0
for q in qs:
    if q["type"] == "unanswerable":
        assert q["gold"] == [] and q["answer_keys"] == [], q["id"]; continue
    for grp in q["answer_keys"]:
        ok = any(norm(a) in pages(g["file"])[p - 1] for g in q["gold"] for p in g["pages"] for a in grp)
        if not ok: bad += 1; print("MISSING", q["id"], grp)
print(len(qs), "questions;", dict(collections.Counter(q["type"] for q in qs)), "; filtered:", sum(bool(q["filters"]) for q in qs), "; missing groups:", bad)
sys.exit(1 if bad else 0)

"""Check questions.dev12.jsonl: valid JSON, unique ids, type mix, every alternative of every answer-key group found on a
gold page's extracted text (PDFs: the listed 1-based pypdf pages; .txt/.md/.html/.json files: the whole file, gold pages []),
and no alternative of any key group present in any held-out test document (/tmp/h/test_docs.txt).
Prints MISSING (alternative not on gold pages) and IN-TEST (alternative found in a test document) lines.
PDF text is cached under /tmp/dev12cache/check/."""
import json, re, sys, os, hashlib, unicodedata, collections, html
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
QFILE = "/work/main/eval/questions.dev12.jsonl"
TEST_LIST = "/tmp/h/test_docs.txt"
CACHE = "/tmp/dev12cache/check"
os.makedirs(CACHE, exist_ok=True)

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).casefold()

_mem = {}
def pages(f):
    if f in _mem:
        return _mem[f]
    if f.lower().endswith(".pdf"):
        cp = os.path.join(CACHE, hashlib.md5(f.encode()).hexdigest() + ".json")
        if os.path.exists(cp):
            raw = json.load(open(cp))
        else:
            import pypdf
            raw = [p.extract_text() or "" for p in pypdf.PdfReader(f"{DOCS}/{f}").pages]
            json.dump(raw, open(cp, "w"))
        out = [norm(p) for p in raw]
    else:
        t = open(f"{DOCS}/{f}", encoding="utf-8", errors="replace").read()
        if f.lower().endswith((".html", ".htm")):
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        out = [norm(t)]
    _mem[f] = out
    return out

def texts(g):
    if g["file"].lower().endswith(".pdf"):
        P = pages(g["file"])
        assert g["pages"], ("PDF gold needs pages", g)
        return [P[p - 1] for p in g["pages"]]
    assert g["pages"] == [], g
    return pages(g["file"])

qs = [json.loads(l) for l in open(QFILE) if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)), "duplicate ids"
FIELDS = ["id", "type", "question", "filters", "gold", "answer_keys", "notes"]
test_docs = [l.strip() for l in open(TEST_LIST) if l.strip()]
test_blob = {f: " ".join(pages(f)) for f in test_docs}
bad = intest = 0
for q in qs:
    assert list(q.keys()) == FIELDS, (q["id"], list(q.keys()))
    for g in q["gold"]:
        assert g["file"] not in test_docs, ("gold uses a test document", q["id"], g["file"])
    if q["type"] == "unanswerable":
        assert q["gold"] == [] and q["answer_keys"] == [], q["id"]
        continue
    assert q["gold"] and q["answer_keys"], q["id"]
    if q["type"] == "cross_authority":
        assert len(q["answer_keys"]) == len(q["gold"]), q["id"]
        pairs = [(grp, [g]) for grp, g in zip(q["answer_keys"], q["gold"])]
    else:
        pairs = [(grp, q["gold"]) for grp in q["answer_keys"]]
    for grp, golds in pairs:
        for a in grp:
            if not any(norm(a) in t for g in golds for t in texts(g)):
                bad += 1
                print("MISSING", q["id"], repr(a), "in", [g["file"] for g in golds])
            hits = [f for f, t in test_blob.items() if norm(a) in t]
            if hits:
                intest += 1
                print("IN-TEST", q["id"], repr(a), hits)
print(len(qs), "questions;", dict(collections.Counter(q["type"] for q in qs)),
      "; filtered:", sum(bool(q["filters"]) for q in qs), "; missing:", bad, "; in-test:", intest)
sys.exit(1 if (bad or intest) else 0)

"""check_keys.py SET [DOCS]: check eval/SET/questions.SET.jsonl (an outside set, e.g. ext21) against its documents
(DOCS, by default /work/SET/docs): valid JSON, unique ids, every answer-key group found on a gold page's extracted
text (PDFs: the listed 1-based pypdf pages; .txt/.md/.html/.json files: the whole file, gold pages [])."""
import json, re, sys, unicodedata, collections, html
SET = sys.argv[1]
DOCS = sys.argv[2] if len(sys.argv) > 2 else f"/work/{SET}/docs"
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).casefold()
cache = {}
def pages(f):
    if f not in cache:
        if f.lower().endswith(".pdf"):
            import pypdf
            cache[f] = [norm(p.extract_text() or "") for p in pypdf.PdfReader(f"{DOCS}/{f}").pages]
        else:
            t = open(f"{DOCS}/{f}", encoding="utf-8", errors="replace").read()
            if f.lower().endswith((".html", ".htm")):
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            cache[f] = [norm(t)]
    return cache[f]
def texts(g):
    if g["file"].lower().endswith(".pdf"):
        return [pages(g["file"])[p - 1] for p in g["pages"]]
    assert g["pages"] == [], g
    return pages(g["file"])
qs = [json.loads(l) for l in open(f"{__file__.rsplit('/', 1)[0]}/{SET}/questions.{SET}.jsonl")]
ids = [q["id"] for q in qs]; assert len(ids) == len(set(ids)), "duplicate ids"
bad = 0
for q in qs:
    if q["type"] == "unanswerable":
        assert q["gold"] == [] and q["answer_keys"] == [], q["id"]; continue
    if q["type"] == "cross_authority":
        assert len(q["answer_keys"]) == len(q["gold"]), q["id"]
        for grp, g in zip(q["answer_keys"], q["gold"]):
            if not any(norm(a) in t for t in texts(g) for a in grp): bad += 1; print("MISSING", q["id"], grp, "in", g["file"])
        continue
    for grp in q["answer_keys"]:
        ok = any(norm(a) in t for g in q["gold"] for t in texts(g) for a in grp)
        if not ok: bad += 1; print("MISSING", q["id"], grp)
print(len(qs), "questions;", dict(collections.Counter(q["type"] for q in qs)), "; filtered:", sum(bool(q["filters"]) for q in qs), "; missing groups:", bad)
sys.exit(1 if bad else 0)

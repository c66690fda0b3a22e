"""dev_check_keys.py SET [TEST_LIST]: check eval/questions.SET.jsonl (a corpus dev set: dev12, dev13) against
/work/shared/corpus.
Valid JSON, unique ids, type mix; every alternative of every answer-key group found on the gold pages'
extracted text (PDFs: the listed 1-based pypdf pages; .txt/.md/.json files: the whole file, gold pages []);
and no key group whose alternatives ALL appear in some held-out test document (/tmp/h/test_docs.txt, plus
near-duplicates named in same_text_as). Prints MISSING / IN-TEST lines; exit 1 if any."""
import json, re, sys, os, csv, unicodedata, collections, html
ROOT = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1]
QFILE = os.path.join(HERE, f"questions.{SET}.jsonl")
TESTLIST = sys.argv[2] if len(sys.argv) > 2 else "/tmp/h/test_docs.txt"
CACHE = f"/tmp/{SET}cache/pdf"   # optional per-PDF page-text cache (JSON list), made with the same pypdf
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).casefold()
cache = {}
def pages(f):
    if f not in cache:
        if f.lower().endswith(".pdf"):
            c = f"{CACHE}/{f}.json"
            if os.path.exists(c):
                raw = json.load(open(c))
            else:
                import pypdf
                raw = [p.extract_text() or "" for p in pypdf.PdfReader(f"{ROOT}/{f}").pages]
            cache[f] = [norm(p) for p in raw]
        else:
            t = open(f"{ROOT}/{f}", encoding="utf-8", errors="replace").read()
            if f.lower().endswith((".html", ".htm")):
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            cache[f] = [norm(t)]
    return cache[f]
def texts(g):
    if g["file"].lower().endswith(".pdf"):
        n = len(pages(g["file"]))
        assert g["pages"] and all(1 <= p <= n for p in g["pages"]), g
        return [pages(g["file"])[p - 1] for p in g["pages"]]
    assert g["pages"] == [], g
    return pages(g["file"])
# held-out test documents and their near-duplicates
test = {l.strip() for l in open(TESTLIST) if l.strip()}
for r in csv.DictReader(open(f"{ROOT}/pdf_manifest.csv")):
    dup = {x.strip() for x in (r.get("same_text_as") or "").split(";") if x.strip()}
    if r["file"] in test: test |= dup
    if dup & test: test.add(r["file"])
test_text = {f: " ".join(pages(f)) for f in sorted(test)}
qs = [json.loads(l) for l in open(QFILE)]
ids = [q["id"] for q in qs]; assert len(ids) == len(set(ids)), "duplicate ids"
bad = 0
for q in qs:
    for g in q["gold"]:
        if g["file"] in test: bad += 1; print("TEST-DOC-AS-GOLD", q["id"], g["file"])
    if q["type"] == "unanswerable":
        assert q["gold"] == [] and q["answer_keys"] == [], q["id"]; continue
    assert q["gold"] and q["answer_keys"], q["id"]
    if q["type"] == "cross_authority":
        assert len(q["answer_keys"]) == len(q["gold"]), q["id"]
        pairs = [(grp, [g]) for grp, g in zip(q["answer_keys"], q["gold"])]
    else:
        pairs = [(grp, q["gold"]) for grp in q["answer_keys"]]
    for grp, golds in pairs:
        for a in grp:   # every alternative must be on a gold page
            if not any(norm(a) in t for g in golds for t in texts(g)):
                bad += 1; print("MISSING", q["id"], repr(a), "in", [g["file"] for g in golds])
        for f, t in test_text.items():
            if all(norm(a) in t for a in grp):
                bad += 1; print("IN-TEST", q["id"], grp, "in", f)
types = collections.Counter(q["type"] for q in qs)
folders = sorted({g["file"].split("/")[0] for q in qs for g in q["gold"]})
print(len(qs), "questions;", dict(types), "; filtered:", sum(bool(q["filters"]) for q in qs),
      "; folders:", len(folders), folders, "; problems:", bad)
sys.exit(1 if bad else 0)

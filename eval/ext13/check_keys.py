"""Check questions.ext13.jsonl: valid JSON per line, unique ids, gold files exist, every answer key occurs in a gold file's text."""
import json, sys, unicodedata, re, pathlib
DOCS = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/ext13/docs")
QF = pathlib.Path(__file__).with_name("questions.ext13.jsonl")
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).casefold()
def text(path, pages):
    if path.suffix.lower() == ".pdf":
        import pypdf
        r = pypdf.PdfReader(str(path)); return " ".join(r.pages[p - 1].extract_text() or "" for p in pages)
    return path.read_text(encoding="utf-8")
ids, bad = set(), 0
for n, line in enumerate(QF.read_text(encoding="utf-8").splitlines(), 1):
    q = json.loads(line)
    assert q["id"] not in ids, q["id"]; ids.add(q["id"])
    if q["type"] == "unanswerable":
        assert q["gold"] == [] and q["answer_keys"] == [], q["id"]; continue
    texts = []
    for g in q["gold"]:
        p = DOCS / g["file"]; assert p.exists(), (q["id"], g["file"])
        texts.append(norm(text(p, g["pages"])))
    for grp in q["answer_keys"]:
        if not any(norm(k) in t for k in grp for t in texts):
            bad += 1; print("MISSING", q["id"], grp)
    if q["type"] in ("multi_doc", "cross_authority"):
        # each group should be found in at least one gold doc, and more than one gold doc is needed
        assert len(q["gold"]) >= 2, q["id"]
print(f"{len(ids)} questions, {bad} missing keys")
sys.exit(1 if bad else 0)

"""Manifests: CSV files that state metadata the documents themselves do not (usually the authority).

Two shapes are read, told apart by their columns (paths are relative to the manifest's own folder):

- folder manifest: ``folder,authority[,committee,meeting_date,kind,...]``: every file under ``folder``.
- file manifest: ``file,authority[,committee,meeting_date,kind,...]`` (``path`` is accepted for ``file``).

A ``url`` column gives the document's public address (http or https), which reports link to instead of the
file. Empty cells state nothing. ``kind`` (the document kind) is read from file manifests; in a folder
manifest it describes the authority and is ignored (use ``doc_kind`` there). ``date`` is accepted for ``meeting_date``. A file row beats a folder row,
and a deeper folder beats a shallower one.

How a value is known, its basis, is read from an ``authority_basis`` (``committee_basis``, ...) column, ``inferred``
or ``stated``, or from a free-text ``basis`` (or ``notes``) column, clause by clause: "date and committee stated;
authority inferred (named councillor), not stated" marks the authority inferred. A field is inferred when its
clause says so (inferred, assumed, guessed, presumed, likely, not stated) and the row gives it a value; it is
kept as ``<field>_basis: inferred`` beside the value, and reports say so. Anything else is stated.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ManifestError
from ..links import web_url

FIELDS = ("authority", "committee", "meeting_date", "kind")
INFERRED = "inferred"
#: how a field is named in a free-text basis ("date and committee stated; authority inferred")
_FIELD_WORDS = {"authority": r"authority|council", "committee": r"committee|body", "meeting_date": r"date",
                "kind": r"kind|document type"}
_MENTION = re.compile(r"\b(?:" + "|".join(f"(?P<{f}>{w})" for f, w in _FIELD_WORDS.items()) + r")\b", re.I)
#: a clause that says a value is not known from the document itself
_INFERRED_WORDS = re.compile(r"\b(?:inferred|infer|assumed|guess(?:ed)?|presumed|deduced|likely|probabl[ey]"
                             r"|estimated|uncertain|unconfirmed|not stated|unstated)\b", re.I)
_STATED_WORDS = re.compile(r"\b(?:stated|named|given|printed|from|in the text|confirmed)\b", re.I)
MANIFEST_NAMES = frozenset({"authorities.csv", "manifest.csv"})
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
log = logging.getLogger(__name__)


@dataclass
class Manifest:
    """Metadata by file and by folder, from one or more manifest files."""

    files: dict[Path, dict[str, str]] = field(default_factory=dict)
    folders: dict[Path, dict[str, str]] = field(default_factory=dict)
    sources: dict[Path, str] = field(default_factory=dict)  # entry path -> manifest file it came from

    def merge(self, other: Manifest) -> None:
        self.files.update(other.files)
        self.folders.update(other.folders)
        self.sources.update(other.sources)

    def lookup(self, path: Path) -> tuple[dict[str, str], str | None]:
        """Metadata stated for ``path`` and the manifest it came from (file rows beat folder rows)."""
        p = path.resolve()
        out: dict[str, str] = {}
        origin: str | None = None
        # shallow folders first, so deeper ones and then the file row override them
        for folder in sorted(self.folders, key=lambda f: len(f.parts)):
            if p.is_relative_to(folder):
                _overlay(out, self.folders[folder])
                origin = self.sources.get(folder)
        if p in self.files:
            _overlay(out, self.files[p])
            origin = self.sources.get(p)
        return out, origin

    def __bool__(self) -> bool:
        return bool(self.files or self.folders)


def _overlay(out: dict[str, str], row: dict[str, str]) -> None:
    """A row's metadata over what shallower rows stated: a value it restates takes its own basis, not theirs."""
    for f in FIELDS:
        if f in row:
            out.pop(f"{f}_basis", None)
    out.update(row)


def inferred_fields(basis: str) -> set[str]:
    """The fields a free-text basis says were inferred rather than stated, clause by clause (clauses end at
    ";" or a full stop): in "date and committee stated; authority inferred (named councillor), not stated" the
    authority. A field named without a verdict of its own takes the next one ("date and committee stated")."""
    out: set[str] = set()
    for clause in re.split(r";|\.\s", basis):
        marks = [(m.start(), next(f for f, v in m.groupdict().items() if v)) for m in _MENTION.finditer(clause)]
        verdict: bool | None = None
        for i in range(len(marks) - 1, -1, -1):  # from the end: a field without a verdict takes the next one's
            start, name = marks[i]
            end = marks[i + 1][0] if i + 1 < len(marks) else len(clause)
            part = clause[start:end]
            if _INFERRED_WORDS.search(part):
                verdict = True
            elif _STATED_WORDS.search(part):
                verdict = False
            if verdict:
                out.add(name)
    return out


def _bases(norm: dict[str, str], meta: dict[str, str]) -> dict[str, str]:
    """``<field>_basis: inferred`` for each field of a row with a value that the row says was inferred."""
    free = inferred_fields(" ; ".join(norm[k] for k in ("basis", "notes", "note") if norm.get(k)))
    out = {}
    for f in FIELDS:
        said = norm.get(f"{f}_basis", "").lower()
        if f in meta and (said.startswith(INFERRED) or (not said and f in free)):
            out[f"{f}_basis"] = INFERRED
    return out


def read_manifest(path: str | Path) -> Manifest:
    """Read one manifest CSV; raises ManifestError with what to fix."""
    mpath = Path(path)
    if not mpath.is_file():
        raise ManifestError(f"manifest not found: {mpath}. Give the path to a CSV file.")
    base = mpath.resolve().parent
    try:
        with mpath.open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ManifestError(f"cannot read manifest {mpath}: {exc}") from exc
    if not rows:
        return Manifest()
    cols = {c.strip().lower() for c in rows[0] if c}
    key = next((k for k in ("file", "path", "folder") if k in cols), None)
    if key is None or not (cols & {*FIELDS, "date", "url"}):
        raise ManifestError(
            f"manifest {mpath} needs a 'file' (or 'path') or 'folder' column and at least one of "
            f"{', '.join(FIELDS)}; found columns: {', '.join(sorted(cols))}"
        )
    out = Manifest()
    for lineno, row in enumerate(rows, start=2):
        norm = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        target = norm.get(key, "")
        if not target:
            continue
        meta: dict[str, str] = {}
        for f in FIELDS:
            value = norm.get(f) or (norm.get("date", "") if f == "meeting_date" else "")
            if f == "kind":
                # in a folder manifest 'kind' describes the authority ("county council"), not a document
                value = norm.get("doc_kind") or (value if key != "folder" else "")
            if value:
                meta[f] = value
        if "meeting_date" in meta and not _DATE_RE.match(meta["meeting_date"]):
            raise ManifestError(
                f"{mpath}:{lineno}: meeting_date {meta['meeting_date']!r} is not YYYY-MM-DD"
            )
        if norm.get("url"):
            if web_url(norm["url"]) is None:
                raise ManifestError(f"{mpath}:{lineno}: url {norm['url']!r} is not an http(s) address: "
                                    "give the document's public page, e.g. https://democracy.example.gov.uk/...")
            meta["url"] = norm["url"]
        if not meta:
            continue
        meta.update(_bases(norm, meta))
        entry = (base / target).resolve()
        if key == "folder":
            out.folders[entry] = meta
        else:
            out.files[entry] = meta
        out.sources[entry] = str(mpath)
    return out


def read_manifests(paths: list[str | Path]) -> Manifest:
    m = Manifest()
    for p in paths:
        m.merge(read_manifest(p))
    return m


def is_manifest_file(path: Path) -> bool:
    """True for files found in a folder walk that are manifests rather than documents."""
    return path.name.lower() in MANIFEST_NAMES


def auto_manifest(paths: Sequence[str | Path]) -> Manifest:
    """Manifests lying in the given folders or up to two folders above them, merged."""
    found: set[Path] = set()
    for raw in paths:
        p = Path(raw).resolve()
        base = p if p.is_dir() else p.parent
        for folder in [base, *list(base.parents)[:2]]:
            for name in MANIFEST_NAMES:
                if (folder / name).is_file():
                    found.add(folder / name)
        if p.is_dir():
            found.update(f for f in p.rglob("*.csv") if is_manifest_file(f))
    m = Manifest()
    for f in sorted(found):
        try:
            m.merge(read_manifest(f))
        except ManifestError as exc:
            log.warning("ignoring %s: %s", f, exc)
    return m


def gather(paths: Sequence[str | Path], manifests: Iterable[str | Path] = (), auto: bool = True) -> Manifest:
    """The manifest for a run: those found beside ``paths`` (when ``auto``), then the explicit ones, which win."""
    manifest = auto_manifest(paths) if auto else Manifest()
    for m in manifests:
        manifest.merge(read_manifest(m))
    return manifest

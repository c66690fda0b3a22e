"""Read files into their structured sections without indexing them (for loaders that hand text elsewhere).

The same steps as ingest up to the chunker: discover the files, load each one (in the guarded worker when
one is given), recover its structure and resolve its metadata from flags, manifests, format, text and path.
A file that cannot be read is logged and skipped; the others are still read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path

from ..links import web_url
from ..settings import Settings
from ..types import DocStatus, ParsedSection, Section, Structure
from .guard import GuardedParser
from .load import DOC_FILE_RE, discover, load_file
from .manifest import Manifest, is_manifest_file
from .meta import resolve
from .rawtext import LoadResult
from .structure import recover_structure

log = logging.getLogger(__name__)


def document_files(paths: Sequence[str | Path], follow_symlinks: bool = False) -> Iterator[Path]:
    """The files under ``paths`` that may be minutes: manifests and read-mes found in folders are left out."""
    for f, explicit in discover(paths, follow_symlinks=follow_symlinks):
        if explicit or not (is_manifest_file(f) or DOC_FILE_RE.match(f.name)):
            yield f


def read_sections(paths: Sequence[str | Path], flags: dict[str, str | None], manifest: Manifest, settings: Settings,
                  follow_symlinks: bool = False) -> Iterator[ParsedSection]:
    """Each section of each readable file under ``paths``, in file order then reading order; files are parsed
    in the guarded worker unless ``settings.parse_isolation`` is off."""
    guard = (GuardedParser(settings.parse_timeout_s, settings.parse_memory_mb, settings.parse_page_timeout_s)
             if settings.parse_isolation else None)
    with guard or nullcontext():
        for path in document_files(paths, follow_symlinks):
            yield from _sections(path, flags, manifest, guard, int(settings.max_file_mb * 1e6), settings.max_pages)


def _sections(path: Path, flags: dict[str, str | None], manifest: Manifest, parser: GuardedParser | None,
              max_bytes: int, max_pages: int) -> Iterator[ParsedSection]:
    loaded: LoadResult
    parsed: Structure | None
    if parser is not None:
        loaded, parsed = parser.parse(path, max_bytes, max_pages)
    else:
        loaded, parsed = load_file(path, max_bytes, max_pages), None
    if loaded.status != DocStatus.OK or loaded.document is None:
        log.warning("skipped %s: %s (%s)", path, loaded.status.value, loaded.message)
        return
    doc = loaded.document
    structure = parsed or recover_structure(doc.pages, path.name)
    if doc.sections:  # the format stated its items (JSON): trust it over text heuristics
        structure.sections = doc.sections
    meta, manifest_name = manifest.lookup(path)
    fields = {k: v.value for k, v in resolve(path, doc, structure, flags, meta, manifest_name).items()}
    for n, section in enumerate(structure.sections or [Section(None, None, doc.pages)]):
        text = section.text.strip()
        if not text:
            continue
        yield ParsedSection(
            source=str(path), ordinal=n, text=text,
            pages=sorted({p.number for p in section.parts if p.number is not None}),
            authority=fields["authority"], committee=fields["committee"],
            meeting_date=fields["meeting_date"], kind=fields["kind"], title=fields["title"],
            item_number=section.item_number, item_title=section.item_title,
            resolutions=list(section.resolutions), url=section.url or doc.url or web_url(meta.get("url")),
        )

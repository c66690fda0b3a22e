"""Loaders: turn one file into text by page, or a typed reason why not.

One loader per format, picked by file suffix. A loader never raises for bad input: it returns a
``LoadResult`` whose status says what went wrong (encrypted, no text layer, unreadable...).
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..links import web_url
from ..text import HTML_COMMENT, QUOTE_MARK
from ..types import DocStatus, LoadedDocument, PageText, Section
from .escribe import escribe_items, json_strings
from .header import body_in_title
from .rawtext import LoadResult, read_text_file
from .records import array_sections, lenient_json, of_records, read_records
from .tables import load_csv

log = logging.getLogger(__name__)

PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
SUPPORTED_SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

#: file names that describe a folder rather than being minutes; skipped in folder walks only
DOC_FILE_RE = re.compile(r"^(readme|sources|license|licence|changelog|contributing)(\.|$)", re.I)

#: a page with fewer meaningful characters than this counts as empty (scanned)
MIN_PAGE_CHARS = 20


def discover(paths: Iterable[str | Path], follow_symlinks: bool = False) -> Iterator[tuple[Path, bool]]:
    """Yield (file, named_explicitly) for every file under ``paths``, in a stable order.

    Folders are walked recursively; hidden files are skipped. Symlinks are not followed unless asked,
    so a folder cannot lead ingest outside itself; when they are, a folder reached twice (a link to a
    folder above it) is walked once.
    """
    seen: set[Path] = set()
    walked: set[tuple[int, int]] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=follow_symlinks):
                if follow_symlinks:
                    try:
                        st = os.stat(root)
                    except OSError:
                        dirs[:] = []
                        continue
                    if (st.st_dev, st.st_ino) in walked:
                        dirs[:] = []
                        continue
                    walked.add((st.st_dev, st.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    f = Path(root) / name
                    if f.is_symlink() and not follow_symlinks:
                        continue
                    if f not in seen:
                        seen.add(f)
                        yield f, False
        elif p not in seen:
            seen.add(p)
            yield p, True


def _meaningful(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


class PageTimeout(Exception):
    """A page took longer than the per-page limit to extract."""


#: seconds one PDF page may take (set by the guarded parser worker; 0: no limit)
PAGE_TIMEOUT_S = float(os.environ.get("MINUTES_RAG_WORKER_PAGE_TIMEOUT", "0") or 0)


@contextmanager
def _page_time_limit() -> Iterator[list[bool]]:
    """Raise PageTimeout in a page that runs too long (SIGALRM: main thread of the worker process only; where
    there is no SIGALRM, as on Windows, only the whole document's time limit applies). Yields a flag that is
    set when the limit fired: pypdf may catch the PageTimeout raised inside its parser and raise an error of its
    own (a PdfReadError about the object it was reading), which is still the page's time running out."""
    fired = [False]
    if PAGE_TIMEOUT_S <= 0 or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "SIGALRM"):
        yield fired
        return

    def expired(signum: int, frame: object) -> None:
        fired[0] = True
        raise PageTimeout(f"page took longer than {PAGE_TIMEOUT_S:g} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, PAGE_TIMEOUT_S)
    try:
        yield fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


#: lines a page's text must have, and the share of them holding a single word, to be read again by layout
ONE_WORD_LINES, ONE_WORD_SHARE = 30, 0.8
#: the gap between two columns of a laid-out line ("City of Boston        Commissioners:"); a narrower one is a
#: word space widened by the layout's fixed-width characters
_COLUMN_GAP = re.compile(r"[ \t]{6,}")


def one_word_lines(text: str) -> bool:
    """Does a page's text come one word to a line (a PDF whose words are placed one by one, "City\\nof\\nBoston"), so
    that its lines say nothing of its sentences, headings or title block?"""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= ONE_WORD_LINES and sum(len(line.split()) == 1 for line in lines) >= ONE_WORD_SHARE * len(lines)


def from_layout(text: str) -> str:
    """A page's text as pypdf lays it out by position, each column of a line on a line of its own, without the
    indents and runs of blank lines (one blank line between blocks)."""
    out: list[str] = []
    for line in text.splitlines():
        cells = [" ".join(cell.split()) for cell in _COLUMN_GAP.split(line.strip())] if line.strip() else [""]
        for cell in cells:
            if cell or (out and out[-1]):
                out.append(cell)
    return "\n".join(out).strip()


def _laid_out(page: object) -> str:
    """A page's text by layout (see ``from_layout``), or "" when pypdf's layout mode fails on it (the plain text
    stands: the page is not lost)."""
    try:
        return from_layout(page.extract_text(extraction_mode="layout") or "")  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - layout mode raises where plain extraction works
        log.warning("page %s could not be laid out: %s", getattr(page, "page_number", "?"), exc)
        return ""


def load_pdf(path: Path) -> LoadResult:
    import pypdf
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = bool(reader.decrypt(""))
            except Exception:  # noqa: BLE001 - pypdf raises several types for unsupported crypto
                ok = False
            if not ok:
                return LoadResult(
                    DocStatus.ENCRYPTED,
                    message="PDF is password-protected; save an unencrypted copy (e.g. `qpdf --decrypt "
                    "--password=PW in.pdf out.pdf`) and ingest that.",
                )
        pages: list[PageText] = []
        page_errors: list[str] = []
        for i, page in enumerate(reader.pages):
            fired = [False]
            try:
                with _page_time_limit() as fired:
                    text = page.extract_text() or ""
                    if one_word_lines(text):  # (a text layer of words placed one by one: read by where they sit)
                        text = _laid_out(page) or text
            except Exception as exc:  # noqa: BLE001 - one bad page must not lose the document
                if fired[0] and not isinstance(exc, PageTimeout):  # the limit fired; pypdf reworded it
                    exc = PageTimeout(f"page took longer than {PAGE_TIMEOUT_S:g} s")
                log.warning("%s: page %d could not be read: %s", path, i + 1, exc)
                page_errors.append(f"page {i + 1}: {type(exc).__name__}: {str(exc)[:100]}")
                text = ""
            pages.append(PageText(i + 1, text))
    except FileNotDecryptedError:
        return LoadResult(DocStatus.ENCRYPTED, message="PDF is password-protected; ingest an unencrypted copy.")
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        return LoadResult(
            DocStatus.UNREADABLE,
            message=f"not a readable PDF ({type(exc).__name__}: {str(exc)[:120]}); "
            "check the file is complete, or re-download it.",
        )
    except Exception as exc:  # noqa: BLE001 - pypdf can raise anything on hostile input
        return LoadResult(DocStatus.UNREADABLE, message=f"PDF could not be parsed ({type(exc).__name__}: {exc})")
    if not pages:
        return LoadResult(DocStatus.EMPTY, message="PDF has no pages.")
    empty = [p.number for p in pages if _meaningful(p.text) < MIN_PAGE_CHARS]
    if len(empty) == len(pages) and page_errors:
        return LoadResult(
            DocStatus.UNREADABLE,
            message=f"no page could be read ({page_errors[0]}); the file may be damaged or hostile.",
        )
    if len(empty) == len(pages):
        return LoadResult(
            DocStatus.NO_TEXT_LAYER,
            message=f"no text layer on any of its {len(pages)} pages (a scan): run OCR "
            "(e.g. `ocrmypdf in.pdf out.pdf`) and ingest the result.",
        )
    warnings = []
    if page_errors:
        warnings.append(f"{len(page_errors)} of {len(pages)} pages could not be read ({page_errors[0]})")
    scanned = len(empty) - len(page_errors)
    if scanned > 0:
        warnings.append(
            f"{scanned} of {len(pages)} pages have no text layer (scanned); only the others are searchable"
        )
    return LoadResult(DocStatus.OK, LoadedDocument(path=str(path), kind_hint="pdf", pages=pages), warnings=warnings)


#: HTML block markup in a text or Markdown file (a blog's copy of minutes, a table pasted as HTML)
_HTML_IN_TEXT = re.compile(r"<(?:td|tr|table|div|p|br|span|li|ul|ol|h[1-6])\b[^>]*>", re.I)
FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
#: the page a converted file came from, linked on a line of its own near its top: "[Original link](https://...)",
#: "[View original](<https://...> "title")" (not a "Source" among a file's references: it may be any page)
_ORIGIN_LINK = re.compile(r"^\s*\[(?:view (?:the )?)?original(?: link| page| document)?\]\(<?([^\s<>()]+)>?"
                          r"(?:\s+\"[^\"]*\")?\)\s*$", re.I | re.M)
#: front-matter keys naming that page
_URL_KEYS = ("url", "link", "source_url", "original_url", "original_link")


def load_text(path: Path) -> LoadResult:
    text, err, warnings = read_text_file(path)
    if err is not None or text is None:
        return err or LoadResult(DocStatus.UNREADABLE)
    doc = LoadedDocument(path=str(path), kind_hint="text")
    m = FRONT_MATTER_RE.match(text)
    subtitle = ""
    if m:
        for line in m.group(1).splitlines():
            if line[:1].isspace():  # a nested key ("content:" / "  title: Attachments") is no document's field
                continue
            key, _, value = line.partition(":")
            key, value = key.strip().lower().replace("-", "_"), value.strip().strip("\"'")
            if key == "title" and value:
                doc.title, doc.committee = value, body_in_title(value)
            elif key == "subtitle" and value:  # ("Regular Meeting of the Port of Alsea Board of Commissioners")
                subtitle = value
            elif key in _URL_KEYS and (url := web_url(value)):
                doc.url = url
            elif key in ("date", "meeting_date") and re.match(r"\d{4}-\d{2}-\d{2}", value):
                if key == "date":
                    doc.stated_date = value[:10]
                else:
                    doc.meeting_date = value[:10]
        # the front matter is the file's metadata, not its text: only its title (and subtitle) is kept, first
        doc.committee = doc.committee or (body_in_title(subtitle) if subtitle else None)
        text = "".join(f"{t}\n\n" for t in (doc.title, subtitle) if t) + text[m.end():]
    if doc.url is None:
        doc.url = next((u for m in _ORIGIN_LINK.finditer(text[:1000]) if (u := web_url(m.group(1)))), None)
    if _HTML_IN_TEXT.search(text):  # a Markdown or text file carrying HTML (tables, <div>s): its visible text
        text, _ = html_to_text(text)
    # (a quoted block's lines are the text's own: "The Festival will\n> finish" reads "The Festival will\nfinish")
    text = QUOTE_MARK.sub("", HTML_COMMENT.sub("", text))
    text = text.replace("&nbsp;", " ")
    if _meaningful(text) == 0:
        return LoadResult(DocStatus.EMPTY, message="file holds no text.")
    doc.pages = [PageText(None, text)]
    return LoadResult(DocStatus.OK, doc, warnings=warnings)


# ---- HTML (saved ModernGov pages) -------------------------------------------------------------------

_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "svg", "button")
_CHROME_ID_RE = re.compile(
    r"(nav|menu|header|footer|breadcrumb|banner|cookie|search|sidebar|skiplink|login|social)", re.I
)
#: the parts of a record: a table's cells, a definition list's terms and descriptions
_FIELD_TAGS = ("td", "th", "dt", "dd")
_BLOCK_TAGS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "ul", "ol", "section")


def html_to_text(html: str, page: bool = False) -> tuple[str, str | None]:
    """Visible text of a page without its chrome (menus, headers, footers, scripts); returns (text, title).
    A ``page`` (an HTML file, not HTML pasted into text) is read as a browser shows it: the line breaks of its
    source are spaces, and a field of a record (a table cell, a term and its description) is one line with its
    parts ("Land Between A and B<br>Penybanc" -> "Land Between A and B, Penybanc")."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(list(_CHROME_TAGS)):
        tag.decompose()
    # (HTML pasted into a Markdown file is the document's own: its "meeting_header_main" block is the meeting's
    # heading, not a page's chrome or the one part of a page worth reading)
    for tag in soup.find_all(True) if page else []:
        if tag.attrs is None:  # already removed with a parent
            continue
        ident = " ".join([str(tag.get("id") or ""), *[str(c) for c in (tag.get("class") or [])]])
        if ident.strip() and _CHROME_ID_RE.search(ident) and tag.name not in ("body", "html", "main"):
            tag.decompose()
    main = (soup.find(id=re.compile(r"mgContent|content|main", re.I)) or soup.find("main") or soup.body or soup
            ) if page else soup
    if page:
        for node in main.find_all(string=True):
            if type(node) is NavigableString and node.find_parent(["pre", "textarea"]) is None:
                node.replace_with(re.sub(r"\s+", " ", str(node)))
    for br in main.find_all("br"):
        br.replace_with(", " if page and br.find_parent(list(_FIELD_TAGS)) is not None else "\n")
    for tag in main.find_all(list(_BLOCK_TAGS)):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in main.find_all(list(_FIELD_TAGS)):
        cell.insert_after(" ")
    text = main.get_text()
    text = re.sub(r"[ \t\xa0]+", " ", text)
    text = re.sub(r"\n\s*\n\s*\n+", "\n\n", text)
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(lines).strip(), title


def load_html(path: Path) -> LoadResult:
    raw, err, warnings = read_text_file(path)
    if err is not None or raw is None:
        return err or LoadResult(DocStatus.UNREADABLE)
    try:
        text, title = html_to_text(raw, page=True)
    except Exception as exc:  # noqa: BLE001 - html.parser is lenient, but never lose the run
        return LoadResult(DocStatus.UNREADABLE, message=f"HTML could not be parsed: {exc}")
    if _meaningful(text) == 0:
        return LoadResult(DocStatus.EMPTY, message="page holds no visible text.")
    doc = LoadedDocument(path=str(path), kind_hint="html", pages=[PageText(None, text)], title=title)
    return LoadResult(DocStatus.OK, doc, warnings=warnings)


# ---- JSON --------------------------------------------------------------------------------------------


def load_json(path: Path) -> LoadResult:
    raw, err, warnings = read_text_file(path)
    if err is not None or raw is None:
        return err or LoadResult(DocStatus.UNREADABLE)
    try:
        return _read_json(path, raw, warnings)
    except RecursionError:  # json.loads and the walks below recurse once per level of nesting
        return LoadResult(DocStatus.PARSE_ERROR, message=(
            "JSON nested too deeply to read (hundreds of levels; minutes are never that deep); check the file."))


def load_jsonl(path: Path) -> LoadResult:
    """A JSON Lines file: one section per record, each with the body, date and item it states."""
    raw, err, warnings = read_text_file(path)
    if err is not None or raw is None:
        return err or LoadResult(DocStatus.UNREADABLE)
    try:
        sections, skipped, kind = read_records(raw)
    except RecursionError:
        return LoadResult(DocStatus.PARSE_ERROR, message=(
            "a JSON line nested too deeply to read (hundreds of levels; minutes are never that deep); check the file."))
    if not sections:
        if skipped:
            return LoadResult(DocStatus.UNREADABLE, message=f"no line is a JSON object with prose: {skipped[0]}.")
        return LoadResult(DocStatus.EMPTY, message="JSON Lines file holds no prose (no string values of 3+ words).")
    doc = of_records(LoadedDocument(path=str(path), kind_hint="jsonl", kind=kind), sections)
    return LoadResult(DocStatus.OK, doc, warnings=[*warnings, *skipped])


def _read_json(path: Path, raw: str, warnings: list[str]) -> LoadResult:
    try:
        data, mended = lenient_json(raw)
    except json.JSONDecodeError as exc:
        return LoadResult(DocStatus.UNREADABLE, message=f"invalid JSON ({exc}); check the file.")
    warnings = [*warnings, *mended]
    doc = LoadedDocument(path=str(path), kind_hint="json")
    if (records := array_sections(data)) is not None:  # several meetings' records, each with its date
        return LoadResult(DocStatus.OK, of_records(doc, records), warnings=warnings)
    if isinstance(data, dict):
        doc.title = str(data.get("title") or "").strip() or None
        dt = str(data.get("datetime") or data.get("date") or "")
        if re.match(r"\d{4}-\d{2}-\d{2}", dt):
            doc.meeting_date = dt[:10]
        mt = data.get("meeting_type") or data.get("committee")
        doc.committee = str(mt).strip() if mt else None
        doc.url = web_url(str(data.get("url") or ""))
        if isinstance(data.get("items"), dict):
            head: list[str] = [doc.title or ""]
            for key in ("present", "absent", "also_present", "remote_attendance"):
                if isinstance(data.get(key), list) and data[key]:
                    head.append(f"{key.replace('_', ' ').capitalize()}: " + ", ".join(map(str, data[key])))
            json_strings(data.get("content"), head)
            sections = [Section(None, None, parts=[PageText(None, "\n".join(h for h in head if h))])]
            escribe_items(data["items"], sections)
            doc.sections = [s for s in sections if s.text.strip()]
            doc.pages = [PageText(None, "\n\n".join(s.text for s in doc.sections))]
            return LoadResult(DocStatus.OK, doc, warnings=warnings)
    strings: list[str] = []
    json_strings(data, strings)
    if not strings:
        return LoadResult(DocStatus.EMPTY, message="JSON holds no prose (no string values of 3+ words).")
    doc.pages = [PageText(None, "\n\n".join(strings))]
    return LoadResult(DocStatus.OK, doc, warnings=warnings)


LOADERS: dict[str, Callable[[Path], LoadResult]] = {
    **{s: load_pdf for s in PDF_SUFFIXES},
    **{s: load_text for s in TEXT_SUFFIXES},
    **{s: load_html for s in HTML_SUFFIXES},
    **{s: load_json for s in JSON_SUFFIXES},
    **{s: load_jsonl for s in JSONL_SUFFIXES},
    **{s: load_csv for s in CSV_SUFFIXES},
}


def sniff_suffix(path: Path) -> str:
    """The suffix to load a file as; a file without a known suffix is sniffed by its first bytes."""
    suffix = path.suffix.lower()
    if suffix in LOADERS:
        return suffix
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return suffix
    if head.startswith(b"%PDF-"):
        return ".pdf"
    return suffix


def refuse(path: Path, max_bytes: int | None = None) -> LoadResult | None:
    """Why a file will not be loaded, from its ``stat`` and first bytes alone (None: load it).

    Checked before anything reads the file whole, so a multi-gigabyte file (or a FIFO, which would block a
    read) costs one ``stat``, not its size in memory.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return LoadResult(DocStatus.UNREADABLE, message="file not found; check the path.")
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on Python < 3.13
        return LoadResult(DocStatus.UNREADABLE, message=f"cannot read file: {exc}; check the path.")
    if not stat.S_ISREG(st.st_mode):
        return LoadResult(DocStatus.UNSUPPORTED, message="not a regular file.")
    if st.st_size == 0:
        return LoadResult(DocStatus.EMPTY, message="file is empty (0 bytes).")
    suffix = sniff_suffix(path)
    if suffix not in LOADERS:
        return LoadResult(
            DocStatus.UNSUPPORTED,
            message=f"unsupported file type {suffix or '(none)'!r}; minutes_rag reads "
            + ", ".join(sorted(SUPPORTED_SUFFIXES)),
        )
    if max_bytes is not None and st.st_size > max_bytes:
        return LoadResult(
            DocStatus.TOO_LARGE,
            message=f"{st.st_size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit; "
            "raise MINUTES_RAG_MAX_FILE_MB or split the file.",
        )
    return None


def load_file(path: Path, max_bytes: int | None = None, max_pages: int | None = None) -> LoadResult:
    """Load one file with the loader for its type; never raises for bad content."""
    refused = refuse(path, max_bytes)
    if refused is not None:
        return refused
    loader = LOADERS[sniff_suffix(path)]
    result = loader(path)
    if (
        max_pages is not None
        and result.document is not None
        and len(result.document.pages) > max_pages
    ):
        return LoadResult(
            DocStatus.TOO_LARGE,
            message=f"{len(result.document.pages)} pages is over the {max_pages}-page limit; "
            "raise MINUTES_RAG_MAX_PAGES.",
        )
    return result

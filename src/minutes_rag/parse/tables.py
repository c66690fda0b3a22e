"""CSV files: a spreadsheet's export of a meeting's records, one row a record (a vote's tally, an agenda item, a
meeting), read as a JSON array of the same records is: one section per row, its cells as labelled lines."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..types import DocStatus, LoadedDocument
from .rawtext import LoadResult, read_text_file
from .records import array_sections, of_records

#: a control character a spreadsheet writes escaped in its XML ("Motion_x000B_Jon Gersh": a line break in a cell)
_EXCEL_ESCAPE = re.compile(r"_x00[01][0-9A-Fa-f]_")


#: columns that make a CSV a list of files (an inventory, a source register), not a meeting's records
_CATALOGUE = frozenset({"file", "path", "filename", "file_name", "local_path", "repo_path", "filepath", "sha256", "sha1",
                        "md5", "checksum"})


def csv_rows(raw: str) -> list[dict[str, str]]:
    """The rows of a CSV text under its header row, each a record of the cells it fills; a cell's escaped line
    break read as a space."""
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(raw[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for row in csv.DictReader(io.StringIO(raw), dialect=dialect):
        cells = {str(k).strip(): " ".join(_EXCEL_ESCAPE.sub(" ", v).split()) for k, v in row.items()
                 if k is not None and isinstance(v, str) and v.strip()}
        if cells:
            rows.append(cells)
    return rows


def load_csv(path: Path) -> LoadResult:
    """A CSV file of records under a header row; a file that is no such table is refused in one line."""
    raw, err, warnings = read_text_file(path)
    if err is not None or raw is None:
        return err or LoadResult(DocStatus.UNREADABLE)
    try:
        rows = csv_rows(raw)
    except csv.Error as exc:
        return LoadResult(DocStatus.UNREADABLE, message=f"invalid CSV ({exc}); check the file.")
    listed = next((c for c in (rows[0] if rows else {}) if c.lower() in _CATALOGUE), None)
    if listed is not None:  # (a folder's inventory of its files, or a source register: what the papers are, not what
        return LoadResult(DocStatus.UNSUPPORTED, message=(  # a meeting did)
            f"a list of files (its {listed!r} column), not a meeting's records; nothing to read."))
    sections = array_sections(rows)
    if sections is None:
        return LoadResult(DocStatus.EMPTY, message="CSV holds no records: a header row, then rows with a title or a "
                          "date column (title, name, subject, date ...).")
    doc = of_records(LoadedDocument(path=str(path), kind_hint="csv"), sections)
    return LoadResult(DocStatus.OK, doc, warnings=warnings)

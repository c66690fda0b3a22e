"""Dates in meeting documents: every printed form (13 February 2025, Feb. 13, 2025, 2025-02-13), in text
and in a path's folders."""

from __future__ import annotations

import re
from datetime import date

_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
# OCR sometimes turns an ordinal suffix into a stray mark: 17® January, 22™, 17" November.
_ORD = r"(?:st|nd|rd|th|[\"'®™°%])?"

# "13 February 2025", "13th-Feb-2025", "Thursday, 13th \nFebruary, 2025", "27TH NOVEMBER, 2023"
_DMY = re.compile(
    r"(?<![\w.,/£$])(?P<day>\d{1,2})" + _ORD + r"(?:[\s,.\-]{0,8}of)?[\s,.\-]{0,8}" + MONTH
    + r"[\s,.\-]{0,8}(?P<year>(?:19|20)\d{2})(?!\d)(?![-/]\d\d(?!\d))",
    re.IGNORECASE,
)
# "April 16, 2024", "Tuesday, April 16, 2024", "April-16-2024", "January 27, 2020" (and a typist's "January, 23, 2024",
# "August 26. 2025")
_MDY = re.compile(
    r"(?<![a-z])" + MONTH + r"[\s,\-]{0,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)[\s,.\-]{0,4}"
    r"(?P<year>(?:19|20)\d{2})(?!\d)(?![-/]\d\d(?!\d))",
    re.IGNORECASE,
)
# "2025-02-13", "2024/01/22"
_ISO = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?![\d])")
# "12/09/2024" (UK day first), "10.12.24" (two-digit years only in file names)
_NUM4 = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})(?![\d/])")
_NUM2 = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{2})(?![\d/.])")


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO string for a valid calendar date between 1990 and 2100, else None."""
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_ISO_EXACT = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def calendar_date(value: object) -> str | None:
    """``value`` when it is an ISO date ``YYYY-MM-DD`` that exists in the calendar, else None.

    A date read from a file's own metadata, a manifest or an index is checked here: ``2024-13-45`` has the
    shape of a date but names no day, and code that reads its month would index past December.
    """
    if not isinstance(value, str):
        return None
    m = _ISO_EXACT.fullmatch(value)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _month_number(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def find_dates(text: str, two_digit_years: bool = False) -> list[tuple[int, int, str]]:
    """All dates in ``text`` as ``(start, end, iso)``, in order, without overlaps."""
    found: list[tuple[int, int, str]] = []
    for m in _DMY.finditer(text):
        iso = _iso(int(m["year"]), _month_number(m["mon"]), int(m["day"]))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in _MDY.finditer(text):
        iso = _iso(int(m["year"]), _month_number(m["mon"]), int(m["day"]))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in _ISO.finditer(text):
        iso = _iso(int(m["year"]), int(m["mon"]), int(m["day"]))
        if iso:
            found.append((m.start(), m.end(), iso))
    numeric = [_NUM4] + ([_NUM2] if two_digit_years else [])
    for rx in numeric:
        for m in rx.finditer(text):
            year = int(m["year"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            a, b = int(m["a"]), int(m["b"])
            iso = _iso(year, b, a) or _iso(year, a, b)  # day first (UK), month first if it must be
            if iso:
                found.append((m.start(), m.end(), iso))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, iso in found:
        if start >= last_end:
            out.append((start, end, iso))
            last_end = end
    return out


def date_from_text(text: str) -> str | None:
    """The first confidently parsed date in ``text`` as ISO ``yyyy-mm-dd``, or None.

    Understands "13 February 2025", "Thursday, 13th February, 2025", "13th-Feb-2025",
    "Tuesday, April 16, 2024", "2025-02-13" and UK day-first "12/09/2024".
    """
    found = find_dates(text)
    return found[0][2] if found else None


def date_from_path(path: str) -> str | None:
    """A date stated in a file or folder name, preferring the file name, as ISO, or None.

    Handles "2025-02-13", "13th-Feb-2025", "12-september-2024", "April-16-2024",
    "9 January 2025 - County Council minutes.pdf", "CPP Minutes 10.12.24.pdf" and, failing those,
    a date spread over folders such as ``limerick/2024/01/22-Full Meeting``.
    """
    parts = [p for p in re.split(r"[\\/]+", path) if p]
    if not parts:
        return None
    name = re.sub(r"\.[A-Za-z][A-Za-z0-9]{0,4}$", "", parts[-1])
    for piece in [name] + parts[-2::-1]:
        found = find_dates(piece.replace("_", " "), two_digit_years=True)
        if found:
            return found[0][2]
    found = find_dates("/".join(parts[:-1]).replace("_", " "))
    return found[0][2] if found else None

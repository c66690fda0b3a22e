"""A text file's bytes as text (its code page found when it is not UTF-8), and the typed result every loader
returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from ..types import DocStatus, LoadedDocument


@dataclass
class LoadResult:
    status: DocStatus
    document: LoadedDocument | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of a text file; returns (text, encoding). Raises UnicodeDecodeError if binary.

    A byte-order mark decides, then UTF-8; failing that, charset-normalizer names the code page the bytes
    read cleanest in (Windows-1252, -1250, -1251, Shift JIS...); bytes that read as text in none are binary."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM looks like ASCII interleaved with NULs
        if len(data) >= 4 and data[1:4096:2].count(0) > len(data[1:4096:2]) * 0.9:
            return data.decode("utf-16-le"), "utf-16-le"
        raise UnicodeDecodeError("binary", data[:1], 0, 1, "file contains NUL bytes: not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise UnicodeDecodeError("binary", data[:1], 0, 1, "no code page reads it as text: not text")
    # A short text reads equally cleanly in many code pages ("café £5" as Urdu cp1006 as well as cp1252): among
    # the cleanest, Windows-1252 wins, the code page English-language minutes not in UTF-8 are most often in.
    western = any("cp1252" in m.could_be_from_charset and m.chaos <= best.chaos for m in matches)
    encoding = "cp1252" if western else best.encoding
    # a long file is judged from samples: a byte they missed is replaced rather than refusing the file
    return data.decode(encoding, errors="replace"), encoding


def read_text_file(path: Path) -> tuple[str | None, LoadResult | None, list[str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, LoadResult(DocStatus.UNREADABLE, message=f"cannot read file: {exc}"), []
    if not data.strip():
        return None, LoadResult(DocStatus.EMPTY, message="file is empty."), []
    try:
        text, enc = decode_text(data)
    except UnicodeDecodeError:
        return None, LoadResult(
            DocStatus.UNREADABLE, message="file is binary, not text; check its type and extension."
        ), []
    warnings = [] if enc.startswith("utf") else [f"not UTF-8: decoded as {enc}"]
    return text, None, warnings

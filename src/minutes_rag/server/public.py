"""What the HTTP API shows of the server's file system: nothing absolute.

A response names files relative to the index folder (``uploads/<sha256>.pdf`` for an upload kept there),
an upload kept elsewhere as ``uploads/<name>``, the index itself by its folder name, and a file ingested
from anywhere else (by the CLI) by its file name alone. Messages that quote these paths are rewritten the
same way.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

#: keys whose values are file paths (or lists of them) in the library's ``to_dict()`` shapes
PATH_KEYS = frozenset({"source", "sources", "path", "stored_as", "copies", "also_in", "index", "duplicate_of"})
#: keys whose values are maps keyed by file path
PATH_MAPS = frozenset({"copy_pages"})


class PublicPaths:
    """Rewrites a response body so that it holds no absolute server path."""

    def __init__(self, index: Path, uploads: Path) -> None:
        self.index = index.resolve()
        self.uploads = uploads.resolve()
        #: (prefix, replacement), longest first: the upload folder may sit inside the index
        self._prefixes = sorted([(f"{self.uploads}{os.sep}", "uploads/"), (f"{self.index}{os.sep}", "")],
                                key=lambda p: -len(p[0]))

    def path(self, value: str) -> str:
        for prefix, label in self._prefixes:
            if value.startswith(prefix):
                return label + value[len(prefix):].replace(os.sep, "/")
        if value in (str(self.index), str(self.uploads)):
            return Path(value).name
        return Path(value).name if os.path.isabs(value) else value

    def text(self, value: str) -> str:
        for prefix, label in self._prefixes:
            value = value.replace(prefix, label)
        return value.replace(str(self.uploads), "uploads").replace(str(self.index), self.index.name)

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        """A response body with its paths made relative."""
        return {k: self._walk(v, str(k)) for k, v in body.items()}

    def _walk(self, data: Any, key: str) -> Any:
        if isinstance(data, dict):
            if key in PATH_MAPS:  # (keyed by file path: two files that show as one name merge their pages)
                merged: dict[str, Any] = {}
                for k, v in data.items():
                    name, v = self.path(str(k)), self._walk(v, "")
                    merged[name] = sorted(set(merged[name]) | set(v)) if name in merged else v
                return merged
            return {k: self._walk(v, str(k)) for k, v in data.items()}
        if isinstance(data, list | tuple):
            return [self._walk(v, key) for v in data]
        if isinstance(data, str):
            return self.path(data) if key in PATH_KEYS else self.text(data)
        return data

"""Text from documents and servers, made safe for a terminal and for Rich.

Anything a document, a web service or a user's file states (a committee name, an item title, a path,
an error message quoting them) may hold Rich markup (``Cabinet [/x]`` would crash the print or restyle
it), ANSI escapes (colours, cursor moves, OSC-8 hyperlinks that hide where they lead), other control
characters, or bidi overrides that reorder what is shown. :func:`clean` removes the escapes and controls;
:func:`markup` also escapes Rich markup, for text printed inside the program's own markup;
:func:`text` gives a Rich ``Text`` (never parsed as markup), for table cells.
"""

from __future__ import annotations

import re

from rich.markup import escape
from rich.text import Text

__all__ = ["clean", "markup", "text"]

#: CSI sequences (colours, cursor moves), OSC sequences (titles, OSC-8 hyperlinks) and other ESC pairs
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]")
#: C0 and C1 controls but tab and newline; bidi embeddings, overrides, isolates and marks
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(value: object) -> str:
    """``value`` as text without terminal escapes, control characters (but tab and newline) or bidi controls."""
    return _CONTROLS.sub("", _ESCAPES.sub("", "" if value is None else str(value)))


def markup(value: object) -> str:
    """:func:`clean` text with Rich markup escaped, to print inside the program's own markup."""
    return escape(clean(value))


def text(value: object, style: str = "") -> Text:
    """:func:`clean` text as a Rich ``Text``, which is never parsed as markup (for table cells)."""
    return Text(clean(value), style=style)

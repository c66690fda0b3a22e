"""How a report knows a document's metadata: stated (by the document, a flag, or a manifest that read it
there) or inferred (a manifest that says it guessed the authority from a councillor's name, say). A report
never states an inferred authority as fact: each place that names one carries its basis, and the renderers
mark it "(inferred)".
"""

from __future__ import annotations

from collections.abc import Iterable

from ..types import DocumentRecord, Hit

STATED = "stated"
INFERRED = "inferred"
PARTLY = "partly inferred"  # inferred for some of the documents a heading or row speaks for


def basis_of(items: Iterable[DocumentRecord | Hit], name: str = "authority") -> str:
    """The basis of a field over documents (or hits): stated, inferred, or partly inferred when some state it
    and some do not. An index written before bases were recorded has none inferred: stated."""
    flags = [name in x.inferred for x in items]
    if not any(flags):
        return STATED
    return INFERRED if all(flags) else PARTLY


def marked(name: str, basis: str) -> str:
    """A name as prose gives it: ``London Borough of Haringey (inferred)`` where its basis is not stated."""
    return name if basis == STATED or not name else f"{name} ({basis})"

"""The one way a citation is labelled and linked, for the terminal, Markdown and HTML alike:
``file, p. N (authority, committee, date, item X)``.

A citation links to its document's public address (a ModernGov page, a manifest's ``url``) where one is
known. A report is read elsewhere than on the author's machine, so a local file is not linked (the link
would be dead, and would show the author's folders): its file name and page are shown as text, unless the
report is rendered with :func:`linking_files` on (``--link-files``) for the author's own use.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from ..links import elsewhere, web_url
from ..reports.basis import STATED, marked
from ..reports.types import Brief, DecisionRegister, Summary, Timeline
from ..types import Citation

Report = Summary | Brief | DecisionRegister | Timeline


def page_label(page: int | None) -> str:
    """``, p. N`` (empty without a page)."""
    return f", p. {page}" if page else ""


def meeting_label(c: Citation) -> str:
    """``authority, committee, date, item X``: the meeting and item a citation comes from; an authority a
    manifest inferred is marked ``(inferred)``."""
    authority = marked(c.authority or "", c.authority_basis or STATED)
    meeting = ", ".join(x for x in (authority, c.committee, c.meeting_date) if x)
    return meeting + (f", item {c.item}" if c.item else "")


def group_label(group: str, authority: str | None, basis: str) -> str:
    """A section's heading with its authority marked where a manifest inferred it: ``London Borough of
    Haringey (inferred) — Cabinet, 2020-10-13``."""
    if basis == STATED or not authority or not group.startswith(authority):
        return group
    return marked(authority, basis) + group[len(authority):]


_LINK_FILES: ContextVar[bool] = ContextVar("link_files", default=False)


@contextmanager
def linking_files(on: bool = True) -> Iterator[None]:
    """Within this block, citations without a public address link to the local file at its page."""
    token = _LINK_FILES.set(on)
    try:
        yield
    finally:
        _LINK_FILES.reset(token)


def file_name(c: Citation) -> str:
    """The cited document's file name, without the folders it lies in."""
    return Path(c.source).name or c.source


def cite_url(c: Citation) -> str:
    """Where a citation leads: the item's public page (http or https only); else, only when linking files,
    the file itself at the page (PDF viewers honour ``#page=N``); else nothing."""
    link = web_url(c.url)
    if link:
        return link
    if not _LINK_FILES.get():
        return ""
    try:
        uri = Path(c.source).resolve().as_uri()
    except ValueError:
        return ""
    return f"{uri}#page={c.page}" if c.page and c.source.lower().endswith(".pdf") else uri


def offsite_note(c: Citation) -> str:
    """``links to another site: HOST`` when the citation's web link is not on its document's own site."""
    host = elsewhere(c.url, c.site)
    return f"links to another site: {host}" if host else ""

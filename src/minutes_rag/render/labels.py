"""The one way a citation is labelled and linked, for the terminal, Markdown and HTML alike:
``file, p. N (authority, committee, date, item X)``."""

from __future__ import annotations

from pathlib import Path

from ..links import elsewhere, web_url
from ..reports.types import Brief, DecisionRegister, Summary, Timeline
from ..types import Citation

Report = Summary | Brief | DecisionRegister | Timeline


def page_label(page: int | None) -> str:
    """``, p. N`` (empty without a page)."""
    return f", p. {page}" if page else ""


def meeting_label(c: Citation) -> str:
    """``authority, committee, date, item X``: the meeting and item a citation comes from."""
    meeting = ", ".join(x for x in (c.authority, c.committee, c.meeting_date) if x)
    return meeting + (f", item {c.item}" if c.item else "")


def cite_url(c: Citation) -> str:
    """Where a citation leads: the item's public page (http or https only), else the file itself at the
    page (PDF viewers honour ``#page=N``)."""
    link = web_url(c.url)
    if link:
        return link
    try:
        uri = Path(c.source).resolve().as_uri()
    except ValueError:
        return ""
    return f"{uri}#page={c.page}" if c.page and c.source.lower().endswith(".pdf") else uri


def offsite_note(c: Citation) -> str:
    """``links to another site: HOST`` when the citation's web link is not on its document's own site."""
    host = elsewhere(c.url, c.site)
    return f"links to another site: {host}" if host else ""

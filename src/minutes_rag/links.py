"""Web addresses that documents state (a JSON ``url``, a ModernGov item page) and that citations link to.

A document is not trusted to name a safe link: only ``http`` and ``https`` addresses with a host are
kept (no ``javascript:``, ``data:``, ``file:`` or ``ftp:``), and a link whose host is not the document's
own site (the host of its own ``url``) is marked as leading elsewhere wherever it is shown.
"""

from __future__ import annotations

import urllib.parse

__all__ = ["elsewhere", "url_host", "web_url"]


def web_url(url: str | None) -> str | None:
    """``url`` stripped, if it is an http(s) address with a host and no whitespace or control characters."""
    text = (url or "").strip()
    if not text or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return None
    try:
        u = urllib.parse.urlsplit(text)
        u.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    return text if u.scheme.lower() in ("http", "https") and u.hostname else None


def url_host(url: str | None) -> str | None:
    """The host (lower case) of an http(s) address, else None."""
    link = web_url(url)
    return urllib.parse.urlsplit(link).hostname if link else None


def elsewhere(url: str | None, site: str | None) -> str | None:
    """The host ``url`` leads to when it is not ``site`` (the document's own host), else None; a document
    with no site of its own marks nothing."""
    host = url_host(url)
    return host if host and site and host != site.lower() else None

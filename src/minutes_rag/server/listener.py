"""How ``minutes-rag serve`` listens: uvicorn with timeouts, a connection cap and no proxy headers believed
unless configured.

uvicorn closes an idle kept-alive connection (``keep_alive_s``) and caps connections
(``max_connections``: 503 beyond), but it has no deadline for a request's headers: a client that
connects and sends nothing, or one header byte at a time, would hold its connection for ever.
:func:`protocol` adds that deadline (``header_timeout_s``); the body has its own, in
:class:`~minutes_rag.server.guard.BodyLimit` (``body_timeout_s``, 408). ``X-Forwarded-For`` is read only
from the proxies in ``forwarded_allow_ips``; otherwise the peer's address is the client's, so a client
cannot name a fresh address on each request to escape the rate limit.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from .settings import ServerSettings


class _HeaderDeadline(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request headers are not complete in time."""

    header_timeout = 10.0
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._header_timer is None and (self.cycle is None or self.cycle.response_complete):
            self._arm()  # the next request on a kept-alive connection has as long for its headers
        super().data_received(data)
        if self.cycle is not None and not self.cycle.response_complete:
            self._disarm()  # the headers are in: the request runs

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()


def protocol(header_timeout: float) -> type[H11Protocol]:
    """The HTTP protocol class for uvicorn, with ``header_timeout`` seconds for a request's headers."""
    return type("HeaderDeadlineProtocol", (_HeaderDeadline,), {"header_timeout": header_timeout})


def uvicorn_options(config: ServerSettings) -> dict[str, Any]:
    """The keyword arguments of ``uvicorn.Config`` (besides the app, host and port) for these settings."""
    return {
        "http": protocol(config.header_timeout_s),
        "timeout_keep_alive": config.keep_alive_s,
        "limit_concurrency": config.max_connections,
        "proxy_headers": bool(config.forwarded_allow_ips),
        "forwarded_allow_ips": list(config.forwarded_allow_ips) or None,
        "server_header": False,
    }

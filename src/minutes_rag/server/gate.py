"""Who may come in, decided before a route reads anything: the Host a request names, where a browser says it
comes from, and, for an upload, its API key.

- **Host**: without API keys the server answers only to loopback names (``localhost``, ``127.0.0.1``,
  ``::1``) and ``allowed_hosts``, so a page on another site cannot reach it through DNS rebinding
  (its own name, pointed at 127.0.0.1). With keys, ``allowed_hosts`` (if set) is checked the same way.
- **Cross-site writes**: a request that is not GET, HEAD or OPTIONS is refused (403) when the browser says it
  comes from another site (``Sec-Fetch-Site: cross-site`` or ``same-site``) or, when hosts are checked, its
  ``Origin`` names another host. A web page can post a form to any address (a CORS "simple request"); this
  is what stops it planting a document in a server that has no key.
- **Uploads**: the key is checked from the headers alone, before the body is read or parsed, so an
  unauthenticated client cannot make the server receive and parse 50 MB first.

:class:`Doorman` holds the key and rate rules; the routes' own dependencies ask it too (and skip a request the
gate already admitted, so it is counted once).
"""

from __future__ import annotations

import ipaddress
import json
import urllib.parse
from dataclasses import dataclass, field

from .guard import ASGIApp, KeyRing, RateLimiter, Receive, Scope, Send
from .settings import ServerSettings

#: loopback names a keyless server answers to
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: set in the request scope's state by the gate once it has admitted a request
ADMITTED = "minutes_rag_admitted"


@dataclass
class Refusal:
    """Why a request is turned away: its status, the message, and headers (WWW-Authenticate, Retry-After)."""

    status: int
    detail: str
    headers: dict[str, str] = field(default_factory=dict)


class Doorman:
    """API keys and the rate limit: who may read, who may write, and how often."""

    def __init__(self, config: ServerSettings) -> None:
        self.keys = KeyRing(config.api_keys, config.readonly_api_keys)
        self.limiter = RateLimiter(config.rate_limit_per_minute, config.rate_limit_burst)
        self.per_minute = f"{config.rate_limit_per_minute:g}"

    def admit(self, client: str, authorization: str | None, write: bool) -> Refusal | None:
        """None when the request may go ahead; ``client`` is the peer's address (rate limits without a key)."""
        address = f"ip:{client}"
        if not self.keys:
            return self._throttle(address)
        key = bearer_key(authorization)
        role = self.keys.role(key)
        if role is None:
            slowed = self._throttle(address)  # also slows down guessing
            if slowed:
                return slowed
            detail = "invalid API key." if key else "missing API key: send the header `Authorization: Bearer KEY`."
            return Refusal(401, detail, {"WWW-Authenticate": "Bearer"})
        if write and role != "write":
            return Refusal(403, "this API key is read-only: it cannot ingest or delete documents.")
        return self._throttle(KeyRing.identity(key or ""))

    def _throttle(self, identity: str) -> Refusal | None:
        wait = self.limiter.take(identity)
        if not wait:
            return None
        return Refusal(429, f"over the limit of {self.per_minute} requests a minute: retry in {wait} s.",
                       {"Retry-After": str(wait)})


def bearer_key(authorization: str | None) -> str | None:
    """The key of an ``Authorization: Bearer KEY`` header; None for another scheme or none."""
    scheme, _, key = (authorization or "").strip().partition(" ")
    return (key.strip() or None) if scheme.lower() == "bearer" else None


def host_name(value: str) -> str:
    """The host of a Host header or an address, without port or brackets, lower case."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") > 1:  # a bare IPv6 address
        return value
    return value.rsplit(":", 1)[0] if ":" in value else value


def allowed_hosts(config: ServerSettings) -> frozenset[str] | None:
    """The Host names to accept, or None to accept any (keys set and no allowed_hosts)."""
    listed = frozenset(host_name(h) for h in config.allowed_hosts)
    if config.auth_enabled:
        return listed or None
    return LOOPBACK_HOSTS | listed


def _is_allowed(host: str, allowed: frozenset[str]) -> bool:
    if host in allowed:
        return True
    try:
        return "127.0.0.1" in allowed and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Gate:
    """The ASGI middleware of the rules above; ``uploads`` are the paths whose POST is authenticated here."""

    def __init__(self, app: ASGIApp, doorman: Doorman, hosts: frozenset[str] | None, uploads: frozenset[str]) -> None:
        self.app = app
        self.doorman = doorman
        self.hosts = hosts
        self.uploads = uploads

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refusal = self._check(scope, headers)
        if refusal is not None:
            await _refuse(send, refusal, body_pending=_body_pending(headers))
            return
        await self.app(scope, receive, send)

    def _check(self, scope: Scope, headers: dict[str, str]) -> Refusal | None:
        if self.hosts is not None and not _is_allowed(host_name(headers.get("host", "")), self.hosts):
            return Refusal(400, f"this server does not answer to the host {headers.get('host', '')!r}: use "
                           "127.0.0.1 or localhost, or list the name in MINUTES_RAG_ALLOWED_HOSTS.")
        method = str(scope.get("method", "GET")).upper()
        if method not in SAFE_METHODS:
            site = headers.get("sec-fetch-site", "").lower()
            origin = headers.get("origin")
            foreign_origin = (self.hosts is not None and origin is not None
                              and not _is_allowed(host_name(urllib.parse.urlsplit(origin).netloc), self.hosts))
            if site in ("cross-site", "same-site") or foreign_origin:
                return Refusal(403, "requests from another web site are refused: call the API from a script or "
                               "from a page served by this server.")
        if method == "POST" and scope.get("path") in self.uploads:
            client = scope.get("client")
            refusal = self.doorman.admit(client[0] if client else "unknown", headers.get("authorization"), write=True)
            if refusal is not None:
                return refusal
            scope.setdefault("state", {})[ADMITTED] = True
        return None


def _body_pending(headers: dict[str, str]) -> bool:
    length = headers.get("content-length", "0").strip()
    return "chunked" in headers.get("transfer-encoding", "").lower() or (length.isdigit() and int(length) > 65536)


async def _refuse(send: Send, refusal: Refusal, body_pending: bool) -> None:
    body = json.dumps({"detail": refusal.detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in refusal.headers.items()]
    if body_pending:  # a large body is not waited for: the connection closes after the answer
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": refusal.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})

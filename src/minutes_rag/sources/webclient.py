"""A polite HTTP client for fetching from council web sites.

One request at a time, a pause between requests, retries with exponential backoff on network errors,
429 and 5xx answers, a User-Agent that says who is asking, timeouts and a size cap. The network sits
behind a one-method seam, :class:`Transport`; :class:`UrllibTransport` (stdlib only) is the default and
:class:`MockTransport` answers from a function, for tests and for users replaying saved responses.

Two limits hold against a hostile or broken server:

- a total deadline per request (``Request.deadline``, 120 s by default) on top of the per-read
  ``timeout``: a server that sends one byte every few seconds is cut off, headers and body alike;
- redirects are followed by :class:`PoliteClient` itself, and only within the origin (scheme, host and
  port) of the address asked for, over http or https; any other one raises
  :class:`~minutes_rag.errors.RedirectRefusedError`, naming where it led.
"""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Protocol

from ..errors import FetchError, RedirectRefusedError

log = logging.getLogger(__name__)

__all__ = [
    "USER_AGENT",
    "FetchError",
    "MockTransport",
    "PoliteClient",
    "Request",
    "RedirectRefusedError",
    "Response",
    "Transport",
    "UrllibTransport",
    "origin",
]

USER_AGENT = "minutes-rag/0.1 (+https://github.com/minutes-rag/minutes-rag)"

#: answers worth asking again: the server is busy or failing, not refusing
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) address, the port filled in; None for any other address."""
    try:
        u = urllib.parse.urlsplit(url)
        port = u.port
    except ValueError:
        return None
    scheme = u.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not u.hostname:
        return None
    return scheme, u.hostname.lower(), port or _DEFAULT_PORTS[scheme]


@dataclass(frozen=True)
class Request:
    """One GET request: ``timeout`` seconds for each network read, ``deadline`` seconds for all of it."""

    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: float = 30.0
    max_bytes: int = 50_000_000
    deadline: float = 120.0


@dataclass
class Response:
    """What came back; ``headers`` keys are lower-case. ``truncated`` when the body passed max_bytes."""

    url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    truncated: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class Transport(Protocol):
    """The network seam: send one request, return its response (any status); raise OSError if none came."""

    def handle_request(self, request: Request) -> Response: ...


class _Watchdog:
    """Shuts a request's socket down when its deadline passes, so that no read outlasts it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if self.fired:
                self._shut()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            self._shut()

    def _shut(self) -> None:
        if self._sock is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._timer.cancel()


def _watched(base: type[http.client.HTTPConnection], dog: _Watchdog) -> type[http.client.HTTPConnection]:
    class Watched(base):  # type: ignore[misc, valid-type]
        def connect(self) -> None:
            super().connect()
            dog.watch(self.sock)

    return Watched


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, dog: _Watchdog) -> None:
        super().__init__()
        self.dog = dog

    def do_open(self, http_class: Any, req: Any, **kw: Any) -> Any:
        return super().do_open(_watched(http_class, self.dog), req, **kw)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, dog: _Watchdog) -> None:
        super().__init__()
        self.dog = dog

    def do_open(self, http_class: Any, req: Any, **kw: Any) -> Any:
        return super().do_open(_watched(http_class, self.dog), req, **kw)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hands a redirect back as an answer: :class:`PoliteClient` decides whether to follow it."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class UrllibTransport:
    """The default transport: ``urllib.request``, reading at most ``max_bytes`` within the request's
    ``deadline``; redirects come back as answers (3xx with a ``location`` header), unfollowed."""

    def handle_request(self, request: Request) -> Response:
        req = urllib.request.Request(request.url, headers=dict(request.headers), method="GET")
        with _Watchdog(request.deadline) as dog:
            opener = urllib.request.build_opener(_HTTP(dog), _HTTPS(dog), _NoRedirect())
            try:
                try:
                    with opener.open(req, timeout=request.timeout) as resp:
                        body = _read(resp, request.max_bytes + 1)
                        response = Response(resp.geturl(), resp.status, body[: request.max_bytes],
                                            {k.lower(): v for k, v in resp.headers.items()},
                                            len(body) > request.max_bytes)
                except urllib.error.HTTPError as exc:  # an answer, just not a 2xx one
                    body = _read(exc, 65536) if exc.fp is not None else b""
                    response = Response(request.url, exc.code, body,
                                        {k.lower(): v for k, v in (exc.headers or {}).items()})
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                if dog.fired:
                    raise TimeoutError(f"no complete answer within {request.deadline:g} s") from None
                reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
                raise OSError(str(reason)) from exc
            if dog.fired:  # the socket was shut: what was read may be cut short
                raise TimeoutError(f"no complete answer within {request.deadline:g} s")
        return response


def _read(resp: Any, limit: int) -> bytes:
    """Up to ``limit`` bytes, a piece at a time (``read1``), so the watchdog can cut a slow body short."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        piece = resp.read1(min(65536, limit - size)) if hasattr(resp, "read1") else resp.read(limit - size)
        if not piece:
            break
        parts.append(piece)
        size += len(piece)
    return b"".join(parts)


class MockTransport:
    """A transport that answers from a function; for tests, offline demos and replaying saved answers."""

    def __init__(self, handler: Callable[[Request], Response]) -> None:
        self.handler = handler

    def handle_request(self, request: Request) -> Response:
        return self.handler(request)


class PoliteClient:
    """GET with manners: ``delay`` seconds between requests, ``retries`` more tries with backoff.

    Backoff waits ``backoff * 2**attempt`` seconds (or the server's Retry-After, up to 60 s). Each request
    waits at most ``timeout`` seconds for any read and ``deadline`` seconds in all. Redirects are followed
    (at most five) only within the origin of the address asked for.
    """

    def __init__(
        self,
        transport: Transport | None = None,
        *,
        delay: float = 1.0,
        retries: int = 3,
        backoff: float = 1.0,
        timeout: float = 30.0,
        deadline: float = 120.0,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if delay < 0 or retries < 0 or backoff < 0 or timeout <= 0 or deadline <= 0:
            raise ValueError("delay, retries and backoff must be >= 0 and timeout and deadline > 0")
        self.transport: Transport = transport or UrllibTransport()
        self.delay, self.retries, self.backoff, self.timeout = delay, retries, backoff, timeout
        self.deadline = deadline
        self.user_agent = user_agent
        self.requests = 0  # requests sent, retries included
        self._sleep = sleep
        self._last: float | None = None

    def _wait_turn(self) -> None:
        if self._last is not None and self.delay > 0:
            pause = self.delay - (time.monotonic() - self._last)
            if pause > 0:
                self._sleep(pause)

    def get(self, url: str, *, accept: str = "*/*", max_bytes: int = 50_000_000) -> Response:
        """The final response (a non-retryable status may be returned); FetchError once retries run out,
        RedirectRefusedError for a redirect out of ``url``'s origin."""
        start = origin(url)
        if start is None:
            raise FetchError(f"{url} is not an http or https address; only those are fetched.")
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            response = self._get_once(current, accept, max_bytes)
            location = response.headers.get("location", "").strip()
            if response.status not in REDIRECT_STATUSES or not location:
                return response
            target = urllib.parse.urljoin(current, location)
            if origin(target) != start:
                raise RedirectRefusedError(
                    f"{current} redirects to {target}, outside {start[0]}://{start[1]}:{start[2]}; only "
                    "redirects within the same site (scheme, host and port) are followed.")
            current = target
        raise FetchError(f"{url} redirected more than {MAX_REDIRECTS} times; not followed further.")

    def _get_once(self, url: str, accept: str, max_bytes: int) -> Response:
        request = Request(url, {"User-Agent": self.user_agent, "Accept": accept}, self.timeout, max_bytes,
                          self.deadline)
        problem = ""
        problem_response: Response | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                wait = self.backoff * 2 ** (attempt - 1)
                self._sleep(max(wait, _retry_after(problem_response)) if problem_response else wait)
                problem_response = None
            self._wait_turn()
            self.requests += 1
            try:
                response = self.transport.handle_request(request)
            except (OSError, TimeoutError) as exc:
                problem = f"{type(exc).__name__}: {exc}"
                log.info("GET %s failed (%s); attempt %d of %d", url, problem, attempt + 1, self.retries + 1)
                continue
            finally:
                self._last = time.monotonic()
            if response.status in RETRY_STATUSES:
                problem, problem_response = f"HTTP {response.status}", response
                log.info("GET %s: HTTP %d; attempt %d of %d", url, response.status, attempt + 1, self.retries + 1)
                continue
            if response.truncated:
                raise FetchError(f"{url} is larger than {max_bytes / 1e6:.0f} MB; not downloaded.")
            return response
        raise FetchError(
            f"{url} failed after {self.retries + 1} tries ({problem}); the site may be down or busy: "
            "try again later, or with a longer --delay."
        )


def _retry_after(response: Response) -> float:
    try:
        return min(float(response.headers.get("retry-after", "0")), 60.0)
    except ValueError:  # an HTTP date: not worth parsing, fall back to our own backoff
        return 0.0

"""A polite HTTP client for fetching from council web sites.

One request at a time, a pause between requests, retries with exponential backoff (tenacity) on network
errors, 429 and 5xx answers, a User-Agent that says who is asking, timeouts and a size cap. The network sits
behind a one-method seam, :class:`Transport`; :class:`HttpxTransport` (an ``httpx.Client``) is the default
and :class:`MockTransport` answers from a function, for tests and for users replaying saved responses.

Two limits hold against a hostile or broken server:

- a total deadline per request (``Request.deadline``, 120 s by default) on top of the per-read
  ``timeout``: a server that sends one byte every few seconds is cut off, headers and body alike;
- redirects are followed by :class:`PoliteClient` itself, and only within the origin (scheme, host and
  port) of the address asked for, over http or https; any other one raises
  :class:`~minutes_rag.errors.RedirectRefusedError`, naming where it led.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Protocol

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, retry_if_result, stop_after_attempt
from tenacity.wait import wait_base, wait_exponential

from ..errors import FetchError, RedirectRefusedError

log = logging.getLogger(__name__)

__all__ = [
    "USER_AGENT",
    "FetchError",
    "HttpxTransport",
    "MockTransport",
    "PoliteClient",
    "Request",
    "RedirectRefusedError",
    "Response",
    "Transport",
    "origin",
]

USER_AGENT = "minutes-rag/0.1 (+https://github.com/minutes-rag/minutes-rag)"

#: answers worth asking again: the server is busy or failing, not refusing
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
#: the most of a refusal's body (4xx, 5xx, an unfollowed redirect) that is read
ERROR_BODY_BYTES = 65536
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
    """Shuts a request's socket down when its deadline passes, so that no read outlasts it.

    httpx has per-read timeouts but no total one: the watchdog learns the socket from httpx's ``trace``
    request extension (the TCP connection, then its TLS layer) and shuts it when the timer fires."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpx's trace callback: watch each connection the request opens, plain then TLS."""
        if event.endswith((".connect_tcp.complete", ".start_tls.complete")):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                self.watch(sock)

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


class HttpxTransport:
    """The default transport: an ``httpx.Client``, reading at most ``max_bytes`` within the request's
    ``deadline``; redirects come back as answers (3xx with a ``location`` header), unfollowed.

    ``options`` go to ``httpx.Client`` (``verify=``, ``proxy=``, ``trust_env=``...), but for
    ``follow_redirects`` and ``limits``, which it sets: redirects are :class:`PoliteClient`'s to follow, and
    no connection is kept alive between requests, so that each request opens its own and its watchdog holds
    the socket it reads from (a pooled connection would be reused unseen)."""

    def __init__(self, **options: Any) -> None:
        self.client = httpx.Client(**options, follow_redirects=False,
                                   limits=httpx.Limits(max_keepalive_connections=0))

    def handle_request(self, request: Request) -> Response:
        with _Watchdog(request.deadline) as dog:
            try:
                with self.client.stream("GET", request.url, headers=dict(request.headers),
                                        timeout=httpx.Timeout(request.timeout),
                                        extensions={"trace": dog.trace}) as resp:
                    ok = 200 <= resp.status_code < 300  # anything else: only its first 64 KiB are read
                    limit = request.max_bytes + 1 if ok else ERROR_BODY_BYTES
                    body = _read(resp, limit)
                    response = Response(str(resp.url), resp.status_code, body[: request.max_bytes],
                                        {k.lower(): v for k, v in resp.headers.items()},
                                        ok and len(body) > request.max_bytes)
            except httpx.HTTPError as exc:
                if dog.fired:
                    raise TimeoutError(f"no complete answer within {request.deadline:g} s") from None
                if isinstance(exc, httpx.TimeoutException):
                    raise TimeoutError(str(exc) or "timed out") from exc
                raise OSError(str(exc) or type(exc).__name__) from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"{request.url} is not an address that can be fetched ({exc}).") from None
            if dog.fired:  # the socket was shut: what was read may be cut short
                raise TimeoutError(f"no complete answer within {request.deadline:g} s")
        return response

    def close(self) -> None:
        """Close the ``httpx.Client``."""
        self.client.close()


def _read(resp: httpx.Response, limit: int) -> bytes:
    """Up to ``limit`` bytes of the (decoded) body, a piece at a time, so the watchdog can cut it short."""
    parts: list[bytes] = []
    size = 0
    for piece in resp.iter_bytes():
        parts.append(piece)
        size += len(piece)
        if size >= limit:
            break
    return b"".join(parts)[:limit]


class MockTransport:
    """A transport that answers from a function; for tests, offline demos and replaying saved answers."""

    def __init__(self, handler: Callable[[Request], Response]) -> None:
        self.handler = handler

    def handle_request(self, request: Request) -> Response:
        return self.handler(request)


class _Backoff(wait_base):
    """``backoff * 2**(attempt - 1)`` seconds, or the server's Retry-After (seconds, up to 60) if longer."""

    def __init__(self, backoff: float) -> None:
        self.exponential = wait_exponential(multiplier=backoff, exp_base=2)

    def __call__(self, retry_state: RetryCallState) -> float:
        wait = float(self.exponential(retry_state))
        outcome = retry_state.outcome
        if outcome is not None and not outcome.failed:
            wait = max(wait, _retry_after(outcome.result()))
        return wait


def _retry_after(response: Response) -> float:
    try:
        return min(float(response.headers.get("retry-after", "0")), 60.0)
    except ValueError:  # an HTTP date: not worth parsing, fall back to our own backoff
        return 0.0


def _busy(response: Response) -> bool:
    return response.status in RETRY_STATUSES


def _problem(retry_state: RetryCallState) -> str:
    """What went wrong with the attempt just made: ``OSError: ...`` or ``HTTP 503``."""
    outcome = retry_state.outcome
    if outcome is None:
        return "no attempt made"
    if outcome.failed:
        exc = outcome.exception()
        return f"{type(exc).__name__}: {exc}"
    return f"HTTP {outcome.result().status}"


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
        self.transport: Transport = transport or HttpxTransport()
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
        tries = self.retries + 1

        def note(retry_state: RetryCallState) -> None:
            log.info("GET %s failed (%s); attempt %d of %d", url, _problem(retry_state),
                     retry_state.attempt_number, tries)

        def give_up(retry_state: RetryCallState) -> Response:
            raise FetchError(f"{url} failed after {tries} tries ({_problem(retry_state)}); the site may be down "
                             "or busy: try again later, or with a longer --delay.")

        retrying = Retrying(stop=stop_after_attempt(tries), wait=_Backoff(self.backoff), sleep=self._sleep,
                            retry=retry_if_exception_type(OSError) | retry_if_result(_busy),
                            after=note, retry_error_callback=give_up)
        response = retrying(self._send, request)
        if response.truncated:
            raise FetchError(f"{url} is larger than {max_bytes / 1e6:.0f} MB; not downloaded.")
        return response

    def _send(self, request: Request) -> Response:
        """One try: wait for our turn, then send."""
        self._wait_turn()
        self.requests += 1
        try:
            return self.transport.handle_request(request)
        finally:
            self._last = time.monotonic()

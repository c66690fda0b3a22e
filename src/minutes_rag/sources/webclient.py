"""A polite HTTP client for fetching from council web sites.

One request at a time, a pause between requests, retries with exponential backoff on network errors,
429 and 5xx answers, a User-Agent that says who is asking, timeouts and a size cap. The network sits
behind a one-method seam, :class:`Transport`; :class:`UrllibTransport` (stdlib only) is the default and
:class:`MockTransport` answers from a function, for tests and for users replaying saved responses.
"""

from __future__ import annotations

import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import FetchError

log = logging.getLogger(__name__)

__all__ = [
    "USER_AGENT",
    "FetchError",
    "MockTransport",
    "PoliteClient",
    "Request",
    "Response",
    "Transport",
    "UrllibTransport",
]

USER_AGENT = "minutes-rag/0.1 (+https://github.com/minutes-rag/minutes-rag)"

#: answers worth asking again: the server is busy or failing, not refusing
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Request:
    """One GET request."""

    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: float = 30.0
    max_bytes: int = 50_000_000


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


class UrllibTransport:
    """The default transport: ``urllib.request``, following redirects, reading at most ``max_bytes``."""

    def handle_request(self, request: Request) -> Response:
        req = urllib.request.Request(request.url, headers=dict(request.headers), method="GET")
        try:
            with urllib.request.urlopen(req, timeout=request.timeout) as resp:
                body = resp.read(request.max_bytes + 1)
                return Response(resp.geturl(), resp.status, body[: request.max_bytes],
                                {k.lower(): v for k, v in resp.headers.items()}, len(body) > request.max_bytes)
        except urllib.error.HTTPError as exc:  # an answer, just not a 2xx one
            body = exc.read(65536) if exc.fp is not None else b""
            return Response(request.url, exc.code, body, {k.lower(): v for k, v in (exc.headers or {}).items()})
        except urllib.error.URLError as exc:
            raise OSError(str(exc.reason)) from exc


class MockTransport:
    """A transport that answers from a function; for tests, offline demos and replaying saved answers."""

    def __init__(self, handler: Callable[[Request], Response]) -> None:
        self.handler = handler

    def handle_request(self, request: Request) -> Response:
        return self.handler(request)


class PoliteClient:
    """GET with manners: ``delay`` seconds between requests, ``retries`` more tries with backoff.

    Backoff waits ``backoff * 2**attempt`` seconds (or the server's Retry-After, up to 60 s).
    """

    def __init__(
        self,
        transport: Transport | None = None,
        *,
        delay: float = 1.0,
        retries: int = 3,
        backoff: float = 1.0,
        timeout: float = 30.0,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if delay < 0 or retries < 0 or backoff < 0 or timeout <= 0:
            raise ValueError("delay, retries and backoff must be >= 0 and timeout > 0")
        self.transport: Transport = transport or UrllibTransport()
        self.delay, self.retries, self.backoff, self.timeout = delay, retries, backoff, timeout
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
        """The final response (a non-retryable status may be returned); FetchError once retries run out."""
        request = Request(url, {"User-Agent": self.user_agent, "Accept": accept}, self.timeout, max_bytes)
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

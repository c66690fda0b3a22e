"""What stands in front of the HTTP API's routes: API keys, a rate limit, and a request-size and -time limit.

Plain Python and raw ASGI, so the rules can be tested without a server and read in one place.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Literal

import anyio

Role = Literal["write", "read"]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class KeyRing:
    """API keys and what each may do; compared in constant time."""

    def __init__(self, write_keys: list[str], read_keys: list[str]) -> None:
        self._keys: list[tuple[bytes, Role]] = [(k.encode(), "write") for k in write_keys]
        self._keys += [(k.encode(), "read") for k in read_keys if k not in write_keys]

    def __bool__(self) -> bool:
        return bool(self._keys)

    def role(self, key: str | None) -> Role | None:
        """What ``key`` may do, or None for a missing or unknown key."""
        if not key:
            return None
        given = key.encode()
        found: Role | None = None
        for known, role in self._keys:  # no early exit: the time taken says nothing about the keys
            if hmac.compare_digest(given, known) and found is None:
                found = role
        return found

    @staticmethod
    def identity(key: str) -> str:
        """A name for a key's rate-limit bucket that does not hold the key itself."""
        return "key:" + hashlib.sha256(key.encode()).hexdigest()[:16]


class RateLimiter:
    """A token bucket per identity: ``burst`` requests at once, refilled at ``per_minute``."""

    def __init__(self, per_minute: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # identity -> (tokens, when)
        self._lock = threading.Lock()

    def take(self, identity: str) -> int:
        """0 when the request may go ahead, else the whole seconds to wait (for ``Retry-After``)."""
        if self.per_second <= 0:
            return 0
        now = self.clock()
        with self._lock:
            tokens, then = self._buckets.get(identity, (self.burst, now))
            tokens = min(self.burst, tokens + (now - then) * self.per_second)
            if tokens >= 1.0:
                self._buckets[identity] = (tokens - 1.0, now)
                return 0
            self._buckets[identity] = (tokens, now)
            if len(self._buckets) > 10_000:  # forget full (idle) buckets: many addresses, one process
                self._buckets = {i: b for i, b in self._buckets.items() if b[0] < self.burst}
            return max(1, math.ceil((1.0 - tokens) / self.per_second))


class BodyLimit:
    """Answer 413 to a request body over the limit for its path, declared or streamed, and 408 to one not
    sent in full within ``timeout`` seconds (a client trickling an upload holds no worker for long).

    A body with a ``Content-Length`` over the limit is refused before it is read; a chunked one is
    counted as it arrives and cut off. Either way the rest of an over-size body is read and dropped
    (up to ``drain_bytes``) first, so an ordinary client gets the 413 instead of a broken pipe.
    """

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], tuple[int, str]], drain_bytes: int = 8 << 20,
                 timeout: float | None = None) -> None:
        self.app = app
        self.limit_for = limit_for
        self.drain_bytes = drain_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, message = self.limit_for(str(scope.get("path", "")))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            if declared - limit <= self.drain_bytes:
                await self._drain(receive, declared)
            await _send_413(send, message)
            return

        seen = 0
        over = late = body_done = False
        started = False
        deadline = time.monotonic() + self.timeout if self.timeout else None

        async def counted() -> Message:
            nonlocal seen, over, late, body_done
            if deadline is None or body_done:  # once the body is in, a wait is for a disconnect: no deadline
                msg = await receive()
            else:
                got: Message | None = None
                with anyio.move_on_after(max(0.0, deadline - time.monotonic())):
                    got = await receive()
                if got is None:  # the deadline passed first (whatever the clocks say: the event loop's timer may
                    # fire a hair before time.monotonic() reaches the deadline)
                    late = True
                    return {"type": "http.disconnect"}
                msg = got
            if msg["type"] == "http.request":
                body_done = not msg.get("more_body", False)
                seen += len(msg.get("body", b""))
                if seen > limit:
                    over = True
                    return {"type": "http.disconnect"}  # the app stops reading; its answer is dropped
            return msg

        async def guarded(msg: Message) -> None:
            nonlocal started
            if (over or late) and not started:
                return
            started = True
            await send(msg)

        try:
            await self.app(scope, counted, guarded)
        except Exception:
            if not (over or late):
                raise
        if over and not started:
            await self._drain(receive, self.drain_bytes)
            await _send_413(send, message)
        elif late and not started:
            await _send_error(send, 408, f"the request body was not sent within {self.timeout:g} s "
                                         "(MINUTES_RAG_BODY_TIMEOUT_S)")

    @staticmethod
    async def _drain(receive: Receive, budget: int) -> None:
        while budget > 0:
            msg = await receive()
            if msg["type"] != "http.request":
                return
            budget -= len(msg.get("body", b""))
            if not msg.get("more_body", False):
                return


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_413(send: Send, message: str) -> None:
    await _send_error(send, 413, message)


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close")],
    })
    await send({"type": "http.response.body", "body": body})

"""Helpers for the tests that run real servers on loopback: minutes to ingest, ports, a uvicorn thread."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

#: small minutes-like documents: two numbered items, one RESOLVED line each (fast to embed)
MINUTES = {
    "allotments.txt": """Minutes of the Allotments Committee held on 14 May 2025.

1. Apologies for Absence
Apologies were received from Councillor Hale.

2. Water Charges
RESOLVED that plot holders pay a flat water charge of £12 a year from 2026.
""",
    "harbour.txt": """Minutes of the Harbour Committee held on 3 March 2025.

1. Apologies for Absence
Apologies were received from Councillor Penhallow.

2. Harbour Dues
RESOLVED that harbour dues rise by 3% from 1 April 2025, to £412 a year for a 10-metre berth.
""",
    "libraries.txt": """Minutes of the Communities Committee held on 9 January 2025.

1. Declarations of Interest
There were no declarations of interest.

2. Library Opening Hours
RESOLVED that Saturday opening at the central library be extended to 6pm from February 2025.
""",
}


def write_minutes(folder: Path, names: list[str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names or list(MINUTES):
        path = folder / name
        path.write_text(MINUTES[name], encoding="utf-8")
        out.append(path)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def isolated_env(home: Path) -> Iterator[pytest.MonkeyPatch]:
    """The conftest's isolation, for module-scoped fixtures (which outlive a test's monkeypatch)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOME", str(home))
        mp.setenv("XDG_CONFIG_HOME", str(home / ".config"))
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("ANONYMIZED_TELEMETRY", "False")
        for var in list(os.environ):
            if var.startswith("MINUTES_RAG_"):
                mp.delenv(var)
        yield mp


@contextmanager
def live_server(app: Any, **options: Any) -> Iterator[str]:
    """Run an ASGI app with uvicorn in a thread on a free loopback port; yields its base URL. ``options`` are
    more ``uvicorn.Config`` arguments (``minutes_rag.server.listener.uvicorn_options`` gives serve's own)."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", **options))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start (see the log above)")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@contextmanager
def running_process(args: list[str], ready_url: str, log: Path, what: str, timeout: float = 120) -> Iterator[None]:
    """Run a server process (output to ``log``) until ``ready_url`` answers 200; stop it afterwards."""
    import subprocess
    import urllib.request

    with log.open("w") as fh:
        proc = subprocess.Popen(args, stdout=fh, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(ready_url, timeout=2) as res:
                    if res.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{what} did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def chroma_server(folder: Path) -> Iterator[str]:
    """A real `chroma run` on a free loopback port, its data under ``folder``; yields its URL (skips without it)."""
    import shutil
    import sys

    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if chroma is None:
        pytest.skip("the `chroma` command (from the chromadb package) is not on PATH")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with running_process([chroma, "run", "--path", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
                         f"{url}/api/v2/heartbeat", folder / "server.log", "`chroma run`", timeout=60):
        yield url

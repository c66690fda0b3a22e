"""Where minutes_rag keeps files of its own, on any OS: the platform's user cache and config folders.

- cache (the ONNX copies of the embedding model): ``MINUTES_RAG_CACHE_DIR``, else the user cache folder:
  ``$XDG_CACHE_HOME/minutes-rag`` or ``~/.cache/minutes-rag`` on Linux, ``~/Library/Caches/minutes-rag`` on
  macOS, ``%LOCALAPPDATA%\\minutes-rag\\Cache`` on Windows;
- config (the server's ``config.toml``): ``MINUTES_RAG_CONFIG``, else ``config.toml`` in the user config
  folder: ``$XDG_CONFIG_HOME/minutes-rag`` or ``~/.config/minutes-rag`` on Linux,
  ``~/Library/Application Support/minutes-rag`` on macOS, ``%APPDATA%\\minutes-rag`` on Windows.

``platformdirs`` knows each platform's rules; nothing here branches on the OS.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

APP = "minutes-rag"


def _dirs() -> Any:
    """The platform's folders for this application (a ``platformdirs.PlatformDirs``)."""
    import platformdirs

    return platformdirs.PlatformDirs(APP, appauthor=False)


def cache_root() -> Path:
    """The folder for files minutes_rag can rebuild (created by whoever writes there)."""
    return Path(os.environ.get("MINUTES_RAG_CACHE_DIR") or _dirs().user_cache_path).expanduser()


def config_file() -> Path:
    """The settings file: ``MINUTES_RAG_CONFIG`` or ``config.toml`` in the user config folder."""
    return Path(os.environ.get("MINUTES_RAG_CONFIG") or _dirs().user_config_path / "config.toml").expanduser()

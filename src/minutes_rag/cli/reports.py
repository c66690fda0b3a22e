"""The report commands: ``summarise``, ``brief``, ``decisions`` and ``timeline``, in Markdown, JSON, HTML or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .common import (
    AuthorityOpt,
    CommitteeOpt,
    EmbedderOpt,
    IndexOpt,
    JsonOpt,
    LinkFilesOpt,
    LlmOpt,
    LlmUrlOpt,
    OutputOpt,
    SinceOpt,
    UntilOpt,
    fail,
    format_option,
    k_option,
    note,
    run,
    settings,
)

TopicOpt = Annotated[str | None, typer.Option(metavar="TEXT", help="Narrow decisions, figures and actions to a "
                                              "topic.")]


def emit(result: Any, fmt: str, output: Path | None, allowed: tuple[str, ...], link_files: bool = False) -> None:
    """Render a report in ``fmt`` to ``output`` (or stdout); a bad format exits 2."""
    from ..render.reports import render
    from ..render.terminal import write_out

    if fmt not in allowed:
        raise fail(f"--format {fmt!r}: use one of {', '.join(allowed)}", 2)
    text = render(result, fmt, link_files)
    if output is None:
        write_out(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror}") from None
    note(f"Wrote {output}")


def summarise(
    topic: Annotated[str, typer.Argument(metavar="TOPIC", help="What to summarise, e.g. \"children's services "
                                         "and Ofsted\".")],
    by: Annotated[str, typer.Option(metavar="authority|committee|meeting",
                                    help="One section per authority, committee or meeting.")] = "authority",
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    k: Annotated[int, k_option("Passages retrieved per group.")] = 8,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    fmt: Annotated[str, format_option("md, json, html")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """Summarise a topic per authority (or committee, or meeting): cited points, coverage table, comparison."""
    from .. import api

    result = run(lambda: api.summarise(
        topic, by=by, authority=authority or None, committee=committee, since=since, until=until, k=k, llm=llm,
        llm_base_url=llm_base_url, settings=settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    emit(result, fmt, output, ("md", "json", "html"), link_files)


def brief(
    authority: Annotated[str, typer.Option(metavar="NAME", help="The authority (required), e.g. 'bristol'.")],
    committee: CommitteeOpt = None,
    topic: TopicOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    fmt: Annotated[str, format_option("md, json, html")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """A briefing pack for a new member: remit, meetings, decisions, recurring issues, figures, actions, sources."""
    from .. import api

    result = run(lambda: api.brief(
        authority=authority, committee=committee, topic=topic, since=since, until=until, llm=llm,
        llm_base_url=llm_base_url, settings=settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    emit(result, fmt, output, ("md", "json", "html"), link_files)


def decisions(
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    topic: Annotated[str | None, typer.Option(metavar="TEXT", help="Only decisions whose text or item names the "
                                              "topic.")] = None,
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV (one row per decision).")] = False,
    fmt: Annotated[str, format_option("md, json, csv, html")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """The decision register: RESOLVED / AGREED / carried decisions and recorded votes, with source and page."""
    from .. import api

    result = run(lambda: api.decisions(authority=authority or None, committee=committee, since=since, until=until,
                                       topic=topic, settings=settings(index, embedder)))
    emit(result, "json" if as_json else "csv" if as_csv else fmt, output, ("md", "json", "csv", "html"), link_files)


def timeline(
    topic: Annotated[str, typer.Argument(metavar="TOPIC", help="The topic to follow, e.g. 'workplace parking "
                                         "levy'.")],
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    as_json: JsonOpt = False,
    fmt: Annotated[str, format_option("md, json, html")] = "md",
    output: OutputOpt = None,
    link_files: LinkFilesOpt = False,
    index: IndexOpt = None,
    embedder: EmbedderOpt = None,
) -> None:
    """What happened to a topic at each meeting, oldest first, each statement cited."""
    from .. import api

    result = run(lambda: api.timeline(
        topic, authority=authority or None, committee=committee, since=since, until=until, llm=llm,
        llm_base_url=llm_base_url, settings=settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    emit(result, "json" if as_json else fmt, output, ("md", "json", "html"), link_files)

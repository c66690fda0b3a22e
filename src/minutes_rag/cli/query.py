"""The commands that read the index: ``search``, ``ask``, ``eval``, ``documents`` and ``doctor``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    AuthorityOpt,
    CommitteeOpt,
    EmbedderOpt,
    IndexOpt,
    JsonOpt,
    LlmOpt,
    LlmUrlOpt,
    SinceOpt,
    UntilOpt,
    console,
    k_option,
    run,
    settings,
)


def search(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="What to look for, in your own words or exact "
                                         "phrases.")],
    k: Annotated[int, k_option("Number of hits.")] = 10,
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    mode: Annotated[str, typer.Option(metavar="hybrid|vector|keyword",
                                      help="Keyword and vector hits fused (hybrid), or one of them.")] = "hybrid",
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Search the index; every hit carries its source, page, meeting and agenda item."""
    from .. import api
    from ..render.terminal import print_json, search_hits

    result = run(lambda: api.search(query, k=k, authority=authority or None, committee=committee,
                                    since=since, until=until, index=index, embedder=embedder, mode=mode))
    if as_json:
        print_json(result.to_dict())
    else:
        search_hits(console(), result)


def ask(
    question: Annotated[str, typer.Argument(metavar="QUESTION", help="A question in your own words.")],
    k: Annotated[int, k_option("Passages to draw the answer from.")] = 8,
    authority: AuthorityOpt = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
    explain: Annotated[bool, typer.Option("--explain", help="Also show the candidate passages and sentences, "
                                          "their scores and why each was taken or dropped.")] = False,
) -> None:
    """Answer a question with every claim cited (document, meeting, item, page), or say there is no answer."""
    from .. import api
    from ..render.terminal import answer_text, explain_text, print_json

    ans = run(lambda: api.ask(question, k=k, authority=authority or None, committee=committee, since=since,
                              until=until, llm=llm, llm_base_url=llm_base_url, explain=explain,
                              settings=settings(index, embedder, llm=llm, llm_base_url=llm_base_url)))
    if as_json:
        print_json(ans.to_dict())
    else:
        answer_text(console(), ans)
        if ans.explain is not None:
            explain_text(console(), ans.explain)


def eval_(
    questions: Annotated[Path, typer.Argument(metavar="QUESTIONS.jsonl", help="Questions JSONL (the format of "
                                              "../shared/eval).")],
    corpus_root: Annotated[Path | None, typer.Option(metavar="DIR", help="Folder the gold paths are relative "
                                                     "to.")] = None,
    k: Annotated[int, k_option("Hits scored for recall.")] = 10,
    llm: LlmOpt = None,
    llm_base_url: LlmUrlOpt = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Score retrieval (recall, MRR) and answers (key coverage, citation precision, refusals)."""
    from .. import api
    from ..render.terminal import eval_table, print_json

    report = run(lambda: api.evaluate(questions, corpus_root=corpus_root, k=k, llm=llm, llm_base_url=llm_base_url,
                                      settings=settings(index, embedder)))
    if as_json:
        print_json(report.to_dict())
    else:
        eval_table(console(), report)


def documents(index: IndexOpt = None, as_json: JsonOpt = False, embedder: EmbedderOpt = None) -> None:
    """List what is indexed, with status, metadata and where each field came from."""
    from .. import api
    from ..render.terminal import documents_table, print_json

    docs = run(lambda: api.documents(index=index, settings=settings(index, embedder)))
    if as_json:
        print_json({"documents": [d.to_dict() for d in docs]})
    else:
        documents_table(console(), docs)


def doctor(
    repair: Annotated[bool, typer.Option("--repair", help="Fix what is found (re-ingests from source files).")] = False,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Check the index against its own record of documents (after a crash, say); --repair fixes it.

    Exits 1 when the index is inconsistent or holds unfinished (pending) documents."""
    from .. import api
    from ..render.escape import clean
    from ..render.terminal import print_json

    report = run(lambda: api.doctor(repair=repair, settings=settings(index, embedder)))
    if as_json:
        print_json(report.to_dict())
    else:
        out = console()
        state = "consistent" if report.consistent else "NOT consistent"
        if report.pending:
            state += f"; {len(report.pending)} unfinished (re-run the ingest, or --repair)"
        out.print(f"{report.documents} documents, {report.chunks} chunks ({report.keyword_chunks} in the "
                  f"keyword index); {state}", highlight=False)
        for label, items in (("pending", report.pending), ("missing chunks", report.short)):
            for source in items:
                out.print(f"  {label}: {clean(source)}", highlight=False, markup=False)
        if report.orphan_chunks:
            out.print(f"  orphan chunks: {report.orphan_chunks}")
        for action in report.actions:
            out.print(f"  {clean(action)}", highlight=False, markup=False)
    if not (report.consistent and report.finished):
        raise typer.Exit(1)

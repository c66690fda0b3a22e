"""LangChain's own interfaces: the retriever (invoke, batch, async, inside an LCEL chain with the offline chat
model), LangChain's standard retriever tests, the loader, and ``--llm fake``."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.documents import Document
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough
from typer.testing import CliRunner

from minutes_rag import api
from minutes_rag.answer.fakes import ScriptedChatModel, quote_first_source
from minutes_rag.cli import app
from minutes_rag.errors import ConfigError, IndexUnavailableError
from minutes_rag.langchain import MinutesLoader, MinutesRetriever

from .serving import MINUTES, isolated_env, write_minutes

CITATION_KEYS = {"source", "pages", "authority", "committee", "meeting_date", "item", "score"}
AUTHORITIES = {"allotments.txt": "Ashby Town Council", "harbour.txt": "Porthleven Town Council",
               "libraries.txt": "Ashby Town Council"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Three small minutes, two authorities, embedded with the bundled model."""
    with isolated_env(tmp_path_factory.mktemp("home")) as mp:
        mp.setenv("MINUTES_RAG_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "model-cache"))
        docs = tmp_path_factory.mktemp("docs")
        idx = tmp_path_factory.mktemp("lc") / "index"
        for name, authority in AUTHORITIES.items():
            api.ingest(write_minutes(docs, [name]), index=idx, authority=authority)
        yield idx


def test_invoke_returns_documents_with_citation_metadata(index: Path) -> None:
    docs = MinutesRetriever(index=index, k=3).invoke("How much will harbour dues rise?")
    assert 1 <= len(docs) <= 3 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert "harbour dues rise by 3%" in top.page_content
    assert CITATION_KEYS <= set(top.metadata)
    meta = top.metadata
    assert meta["source"].endswith("harbour.txt") and meta["authority"] == "Porthleven Town Council"
    assert meta["committee"] == "Harbour Committee" and meta["meeting_date"] == "2025-03-03"
    assert meta["item"] == "2 Harbour Dues" and meta["pages"] == [] and meta["score"] > 0
    assert top.id == meta["chunk_id"]
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)


def test_filters_on_the_retriever_and_per_call(index: Path) -> None:
    only_ashby = MinutesRetriever(index=index, authority="ashby", k=10)
    got = only_ashby.invoke("What was resolved?")
    assert got and {d.metadata["authority"] for d in got} == {"Ashby Town Council"}
    got = only_ashby.invoke("What was resolved?", authority="porthleven", k=1)  # a call overrides the retriever
    assert len(got) == 1 and got[0].metadata["authority"] == "Porthleven Town Council"
    got = MinutesRetriever(index=index, since="2025-05-01").invoke("What was resolved?")
    assert got and {d.metadata["meeting_date"] for d in got} == {"2025-05-14"}
    with pytest.raises(ConfigError, match="unknown search option 'top_k': use k, authority"):
        only_ashby.invoke("water", top_k=2)


def test_batch_and_async(index: Path) -> None:
    retriever = MinutesRetriever(index=index, k=1)
    questions = ["water charge for plot holders", "library opening hours on Saturday"]
    batched = retriever.batch(questions)
    assert [b[0].metadata["source"].rsplit("/", 1)[-1] for b in batched] == ["allotments.txt", "libraries.txt"]
    import asyncio

    again = asyncio.run(retriever.ainvoke(questions[0]))
    assert again[0].page_content == batched[0][0].page_content


def _format(docs: list[Document]) -> str:
    return "\n\n".join(f'<source n="{n}" from="{d.metadata["item"]}">\n{d.page_content}\n</source>'
                       for n, d in enumerate(docs, start=1))


def test_in_an_lcel_chain_with_the_offline_chat_model(index: Path) -> None:
    prompt = ChatPromptTemplate.from_messages([
        ("system", "Answer from the numbered sources only, citing them like [1]."),
        ("human", "{context}\n\nQuestion: {question}"),
    ])
    model = ScriptedChatModel()  # quotes its first source and cites it
    chain = ({"context": MinutesRetriever(index=index, k=2) | _format, "question": RunnablePassthrough()}
             | prompt | model | StrOutputParser())
    out = chain.invoke("How much will harbour dues rise?")
    assert "RESOLVED that harbour dues rise by 3% from 1 April 2025" in out and out.endswith("[1]")
    sent = model.prompts[0][-1].content
    assert "Question: How much will harbour dues rise?" in sent and '<source n="1" from="2 Harbour Dues">' in sent
    scripted = ScriptedChatModel(responses=["The dues rise by 3% [1]."])
    chain2 = ({"context": MinutesRetriever(index=index, k=1) | _format, "question": RunnablePassthrough()}
              | prompt | scripted | StrOutputParser())
    assert chain2.batch(["harbour dues", "harbour dues"]) == ["The dues rise by 3% [1]."] * 2
    assert scripted.calls == 2


def test_a_missing_index_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailableError, match="Build one first: `minutes-rag ingest FOLDER"):
        MinutesRetriever(index=tmp_path / "nothing").invoke("harbour dues")


# ---- LangChain's standard retriever tests (langchain-tests), where they apply --------------------------------

try:
    from langchain_tests.integration_tests import RetrieversIntegrationTests
except ImportError:  # pragma: no cover - the dev extra installs it
    RetrieversIntegrationTests = None


if RetrieversIntegrationTests is not None:

    class TestStandardRetriever(RetrieversIntegrationTests):
        """Every standard test applies: ``k`` on the constructor and per call, invoke and ainvoke."""

        @pytest.fixture(autouse=True)
        def _index(self, index: Path) -> None:
            type(self).index_path = index

        index_path: Path = Path()

        @property
        def retriever_constructor(self) -> type[MinutesRetriever]:
            return MinutesRetriever

        @property
        def retriever_constructor_params(self) -> dict[str, object]:
            return {"index": self.index_path}

        @property
        def retriever_query_example(self) -> str:
            return "What was resolved?"

    # LangChain's own packages run this async test in pytest-asyncio's auto mode; here it carries the mark
    # (on the standard test itself, so the standard-tests check still sees it as not overridden)
    pytest.mark.asyncio(RetrieversIntegrationTests.test_ainvoke_returns_documents)
else:  # pragma: no cover

    def test_standard_retriever_tests() -> None:
        pytest.skip("langchain-tests is not installed: pip install langchain-tests (the dev extra has it)")


# ---- the loader -----------------------------------------------------------------------------------------------

def test_loader_yields_sections_of_a_folder_without_indexing(tmp_path: Path) -> None:
    docs_dir = tmp_path / "docs"
    write_minutes(docs_dir)
    (docs_dir / "README.md").write_text("# about these files\n")  # read-mes in a folder are not minutes
    (docs_dir / "authorities.csv").write_text("folder,authority\n.,Ashby Town Council\n")
    docs = MinutesLoader(docs_dir).load()
    by_item = {(Path(d.metadata["source"]).name, d.metadata["item"]): d for d in docs}
    assert set(by_item) >= {("harbour.txt", "2 Harbour Dues"), ("allotments.txt", "2 Water Charges"),
                            ("libraries.txt", "2 Library Opening Hours")}
    assert all(Path(d.metadata["source"]).name in MINUTES for d in docs)
    dues = by_item[("harbour.txt", "2 Harbour Dues")]
    assert dues.page_content.startswith("2. Harbour Dues") or "harbour dues rise by 3%" in dues.page_content
    meta = dues.metadata
    assert meta["authority"] == "Ashby Town Council"  # from the manifest beside the files
    assert meta["committee"] == "Harbour Committee" and meta["meeting_date"] == "2025-03-03"
    assert meta["item_number"] == "2" and meta["resolutions"] and meta["pages"] == []
    assert not Path(os.environ["MINUTES_RAG_INDEX"]).exists()  # nothing was indexed


def test_loader_on_one_pdf_keeps_items_pages_and_flags() -> None:
    from .conftest import CORPUS

    pdf = CORPUS / "east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf"
    if not pdf.exists():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    docs = list(MinutesLoader(pdf, authority="City of East Palo Alto").lazy_load())
    assert len(docs) > 3 and sum(1 for d in docs if d.metadata["item_number"]) > 3
    assert {d.metadata["authority"] for d in docs} == {"City of East Palo Alto"}
    assert {d.metadata["meeting_date"] for d in docs} == {"2020-01-27"}
    pages = [p for d in docs for p in d.metadata["pages"]]
    assert pages and min(pages) == 1 and pages == sorted(pages)
    assert [d.metadata["section"] for d in docs] == sorted(d.metadata["section"] for d in docs)


def test_loader_skips_bad_files_and_refuses_missing_paths(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_minutes(tmp_path / "docs", ["harbour.txt"])
    (tmp_path / "docs" / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    with caplog.at_level(logging.WARNING):
        docs = MinutesLoader(tmp_path / "docs", settings=api.get_settings(parse_isolation=False)).load()
    assert {Path(d.metadata["source"]).name for d in docs} == {"harbour.txt"}
    assert "broken.pdf" in caplog.text
    with pytest.raises(ConfigError, match="no such file or folder"):
        MinutesLoader(tmp_path / "missing").load()


# ---- --llm fake ---------------------------------------------------------------------------------------------

def test_llm_fake_answers_offline_with_a_checked_citation(index: Path) -> None:
    res = CliRunner().invoke(app, ["ask", "How much will harbour dues rise?", "--index", str(index),
                                   "--llm", "fake", "--json", "-k", "3"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["generator"] == "fake" and not data["abstained"]
    assert "RESOLVED that harbour dues rise by 3%" in data["answer"] and "[1]" in data["answer"]
    assert data["citations"][0]["source"].endswith("harbour.txt") and not data["unsupported"]
    scripted = api.ask("harbour dues", index=index, llm="fake:NOT FOUND")
    assert scripted.abstained and scripted.generator == "fake:NOT FOUND"


def test_quote_first_source() -> None:
    prompt = ('Sources:\n\n<source n="4" from="x">\nHeading\nThe committee agreed the budget of £3m for next year. '
              'More.\n</source>\n\nQuestion: q')
    assert quote_first_source(prompt) == "The committee agreed the budget of £3m for next year. [4]"
    assert quote_first_source("no sources here") == "NOT FOUND"


@pytest.mark.parametrize(("spec", "message"), [
    ("mystery:x", "unknown --llm 'mystery:x': 'mystery' is not a LangChain provider"),
    ("gpt-4o", "unknown --llm 'gpt-4o': use 'fake', 'openai-compatible' with --llm-base-url, or PROVIDER:MODEL"),
    ("openai", "--llm openai: name the model, e.g. openai:MODEL"),
    ("anthropic:", "--llm anthropic: name the model"),
    ("openai-compatible", "--llm openai-compatible needs the server's address"),
])
def test_bad_llm_specs_say_what_to_do(spec: str, message: str) -> None:
    from minutes_rag.answer.llm import make_chat_model

    with pytest.raises(ConfigError) as err:
        make_chat_model(spec)
    assert str(err.value).startswith(message), str(err.value)


def test_missing_provider_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_rag.answer.llm import make_chat_model

    for module in ("langchain_anthropic", "langchain_groq"):
        monkeypatch.setitem(sys.modules, module, None)  # importing it fails, installed or not
    with pytest.raises(ConfigError) as err:
        make_chat_model("anthropic:claude-sonnet-4-5")
    assert str(err.value) == ("langchain-anthropic is not installed: pip install 'minutes-rag[anthropic]' "
                              "(or pip install langchain-anthropic)")
    with pytest.raises(ConfigError) as err:
        make_chat_model("groq:llama-3.1-8b-instant")
    assert str(err.value) == "langchain-groq is not installed: pip install langchain-groq"


def test_named_providers_go_through_init_chat_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from langchain_openai import ChatOpenAI

    from minutes_rag.answer.llm import make_chat_model

    model = make_chat_model("openai-compatible:tiny", base_url="http://127.0.0.1:9/v1")
    assert isinstance(model, ChatOpenAI) and model.model_name == "tiny"
    assert model.openai_api_base == "http://127.0.0.1:9/v1" and model.temperature == 0
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-used")
    named = make_chat_model("openai:gpt-4o-mini")
    assert isinstance(named, ChatOpenAI) and named.model_name == "gpt-4o-mini"
    monkeypatch.delenv("OPENAI_API_KEY")
    with pytest.raises(ConfigError, match="could not be created .*check its API key variable"):
        make_chat_model("openai:gpt-4o-mini")

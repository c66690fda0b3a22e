"""Use minutes_rag from LangChain: a retriever in an LCEL chain, and a loader of structured sections.

    .venv/bin/python examples/langchain_retriever.py [FOLDER] [QUESTION] [--llm SPEC]

Runs offline as it stands: the chain's chat model is ``--llm fake`` (the library's scripted model, which
quotes and cites its first source). Pass ``--llm openai:gpt-4o-mini`` (with OPENAI_API_KEY and
``pip install 'minutes-rag[openai]'``), ``--llm ollama:llama3.1``, or any ``PROVIDER:MODEL`` LangChain's
``init_chat_model`` knows. Defaults to the shared sample corpus's seed documents.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough

import minutes_rag
from minutes_rag.answer.llm import make_chat_model
from minutes_rag.langchain import MinutesLoader, MinutesRetriever

ROOT = Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "seeds")
parser.add_argument("question", nargs="?", default="How are councils recruiting children's social workers?")
parser.add_argument("--llm", default="fake", help="chat model spec (default: fake, offline)")
args = parser.parse_args()

# 1. the loader: structured sections as Documents, nothing indexed
sections = MinutesLoader(args.folder).load()
print(f"{len(sections)} sections in {args.folder}; the first:")
first = sections[0].metadata
print(f"  {first['authority']} | {first['committee']} | {first['meeting_date']} | item {first['item']} "
      f"| {Path(first['source']).name} pages {first['pages']}")

# 2. the retriever: hybrid search over an index, with the library's filters
index = Path(tempfile.mkdtemp(prefix="minutes-rag-langchain-"))
minutes_rag.ingest([args.folder], index=index)
retriever = MinutesRetriever(index=index, k=4)
for doc in retriever.invoke(args.question):
    m = doc.metadata
    print(f"{m['score']:.3f} {m['authority']} | {m['meeting_date']} | {Path(m['source']).name} p{m['pages']}")


# 3. an LCEL chain: retriever -> numbered sources -> prompt -> chat model -> text
def numbered(docs: list[Document]) -> str:
    return "\n\n".join(f'<source n="{n}" from="{d.metadata["authority"]}, {d.metadata["meeting_date"]}">\n'
                       f"{d.page_content}\n</source>" for n, d in enumerate(docs, start=1))


prompt = ChatPromptTemplate.from_messages([
    ("system", "Answer from the numbered sources only. End every sentence with its source number, like [1]."),
    ("human", "{context}\n\nQuestion: {question}"),
])
chain = ({"context": retriever | numbered, "question": RunnablePassthrough()}
         | prompt | make_chat_model(args.llm) | StrOutputParser())
print("\n" + chain.invoke(args.question))

# the library's own answerer checks every citation against its source; the same model spec works there too
answer = minutes_rag.ask(args.question, index=index, llm=args.llm)
print(f"\nchecked: {answer.answer}")
for c in answer.citations:
    print(f"  [{c.n}] {c.authority} | {c.meeting_date} | {Path(c.source).name}" + (f" p{c.page}" if c.page else ""))

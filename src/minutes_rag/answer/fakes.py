"""Fakes that ship with the library, so tests, examples and users can run the generative path offline.

``ScriptedChatModel`` is a LangChain chat model with no network: given ``responses`` it replies with them in
turn; given none it quotes the first sentence of the first numbered source it was sent and cites it (``[1]``),
or replies ``NOT FOUND`` when it was sent no source. ``--llm fake`` is the second kind; ``--llm fake:TEXT``
always replies ``TEXT``.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from ..text import sentences

_SOURCE = re.compile(r'<source n="(\d+)"[^>]*>\n(.*?)\n</source>', re.S)
#: a quoted sentence shorter than this many words is a heading, not a claim
_MIN_WORDS = 6


def quote_first_source(prompt: str) -> str:
    """The first sentence of the first ``<source n="N">`` block that reads as a claim, cited ``[N]``."""
    found = _SOURCE.search(prompt)
    if found is None:
        return "NOT FOUND"
    lines = [" ".join(line.split()) for line in found.group(2).splitlines()]
    claims = [s for line in lines for _, s in sentences(line) if len(s.split()) >= _MIN_WORDS]
    quote = (claims[0] if claims else " ".join(" ".join(lines).split())[:300]).rstrip()
    return f"{quote} [{found.group(1)}]"


class ScriptedChatModel(BaseChatModel):
    """Replies with scripted answers in turn (or quotes its first source), and records every prompt it was sent."""

    responses: list[str] = []
    prompts: list[list[BaseMessage]] = []
    calls: int = 0

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        self.prompts.append(list(messages))
        if self.responses:
            text = self.responses[min(self.calls, len(self.responses) - 1)]
        else:
            text = quote_first_source(str(messages[-1].content) if messages else "")
        self.calls += 1
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

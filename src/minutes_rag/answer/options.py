"""Options put to a meeting by their labels ("Option 2b", "option B", "Scenario 3"): a question after which one was
chosen, approved or recommended is answered by a sentence that names one by its label ("it has been proposed that
Option 2 is the best way forward"), not by the list that says what each of them was."""

from __future__ import annotations

import re
from collections.abc import Callable

#: a question after which of several options (alternatives, scenarios) a meeting took
#: (one of them: "what was the preferred option", "which of the options"; not "what options (alternative sites) were")
OPTION_Q = re.compile(r"\b(?:which|what)\s+(?:[\w'-]+\s+){0,3}?(?:option|alternative|scenario)\b(?!s)"
                      r"(?!\s+\w+\s+(?:were|are|was|is)\b)|\bwhich\s+of\s+the\s+(?:\w+\s+)?(?:option|alternative|scenario)s\b",
                      re.I)
#: an option named by its label: a number ("Option 2b") or a capital letter ("Option B"); a small letter only
#: before punctuation ("(option d)"), since "option a" may begin "option a review"
OPTION_S = re.compile(r"\b(?:[Oo]ption|OPTION|[Ss]cenario|SCENARIO)\s+(?:\d{1,2}[a-z]?\b|[A-H]\b|[a-h](?=\s*[),.;:]|\s*$))")
#: what a sentence naming an option by its label adds, for a question after which one
W_OPTION = 0.1


def option_bonus(question: str, text: str) -> float:
    """What naming an option by its label adds to a sentence's score, for a question after which one."""
    return W_OPTION if OPTION_Q.search(question) and OPTION_S.search(text) else 0.0


def option_cue(question: str) -> Callable[[str], bool] | None:
    """For a question after which option was taken: whether a sentence names one by its label; else None."""
    return (lambda text: bool(OPTION_S.search(text))) if OPTION_Q.search(question) else None

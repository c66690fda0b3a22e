"""Whether a question asks when: a day, a date, the meeting at which (not a question that opens with a "when"
clause, "When the committee met in May, what did it ...?", which asks what happened then)."""

from __future__ import annotations

import re

#: a question that asks for a day: "on what date", "which days" (not "which dates from 1790"), "at which (council)
#: meeting" (a meeting is named by its date)
WHAT_DAY = (r"\b(?:what|which) (?:date|day)s?\b(?!\s+(?:from|back)\b)"
            r"|\b(?:at|in|by|during) (?:what|which) (?:(?!(?:kind|sort|type|form)\b)[\w'’-]+ ){0,2}?meeting\b"
            r"(?!\s+(?:room|hall|place|venue|space)s?\b)")
#: a question that asks when ("when was ...", "when and where did ...", "when, and by whom, ...", "when exactly", "by
#: when", "on what date"), not one that opens with a "when" clause ("When the committee met in May, what did it ...?")
ASKS_WHEN = re.compile(r"\bwhen\s+(?:was|were|did|is|are|does|do|will|would|has|have|had|should|can|could|and|or)\b|"
                       r"\bwhen(?:\s*,|\s+(?:exactly|precisely|first|approximately|roughly|in|during)\b)|"
                       rf"\b(?:by|since|until|till) when\b|\bwhen\s*\?|{WHAT_DAY}", re.I)

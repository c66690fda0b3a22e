"""Meetings and the names of the bodies that hold them, as every report counts them.

A meeting is a dated sitting of a body, established from its minutes, agenda or decision notice (or a dated
paper of no recognised kind). A report's
date, an equality assessment's date or a forward plan's publication date is not a meeting: those papers are
attached to a meeting of the same body on the same day when there is one, and otherwise stand alone.

One body is often printed several ways on its own papers ("Transport & Connectivity Policy Committee",
"Transport and Connectivity Committee"). Names that share a :func:`~minutes_rag.scope.body_key` within an
authority are one body; the name shown is the one most of its meeting records use, with "&" spelled out, and
the other spellings are kept as aliases (every one of them matches ``--committee``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..scope import body_key, norm_body
from ..types import DocumentRecord

#: kinds of paper whose date is not a sitting: a report's, an assessment's, a plan's publication date
#: (minutes, agendas, decision notices, questions and papers of no recognised kind record a meeting)
NOT_MEETINGS = frozenset({"report", "forward_plan", "constitution", "eqia", "budget"})


def is_meeting_record(doc: DocumentRecord) -> bool:
    """Is this a dated record of a sitting (minutes, agenda, decision notice, ...), not a report or a plan?"""
    return bool(doc.meeting_date) and (doc.kind or "document") not in NOT_MEETINGS


@dataclass
class Body:
    """One body of an authority: the name shown and the other spellings of it found on its papers."""

    name: str
    aliases: list[str] = field(default_factory=list)


def bodies(docs: Iterable[DocumentRecord]) -> dict[tuple[str, str], Body]:
    """(authority, body key) -> the body's canonical name and aliases."""
    docs = list(docs)
    spellings: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for d in docs:
        if d.committee:
            # a meeting record's spelling outweighs a report's
            spellings[(d.authority or "", body_key(d.committee))][d.committee] += 3 if is_meeting_record(d) else 1
    out: dict[tuple[str, str], Body] = {}
    for key, names in spellings.items():
        forms: Counter[str] = Counter()
        for name, n in names.items():
            forms[norm_body(name)] += n
        top = max(forms, key=lambda f: (forms[f], len(f)))
        printed = [n for n in names if norm_body(n) == top]
        name = max(printed, key=lambda n: ("&" not in n, names[n], n))
        out[key] = Body(name, sorted(n for n in names if n != name))
    return out


def canonical(docs: Iterable[DocumentRecord], names: Iterable[str]) -> tuple[list[str], list[str]]:
    """The canonical names of the bodies ``names`` stand for, and every other spelling of them (aliases)."""
    table = bodies(docs)
    by_key: dict[str, Body] = {k: b for (_, k), b in table.items()}
    shown: list[str] = []
    aliases: list[str] = []
    for name in names:
        body = by_key.get(body_key(name), Body(name))
        if body.name not in shown:
            shown.append(body.name)
        for a in [name, *body.aliases]:
            if a not in aliases:
                aliases.append(a)
    return shown, [a for a in aliases if a not in shown]


def meetings(docs: Iterable[DocumentRecord]) -> dict[tuple[str, str, str], list[DocumentRecord]]:
    """(date, authority, body key) -> the documents of that meeting, oldest first; other papers dated the
    same day for the same body are attached to it, and papers that match no meeting are left out."""
    docs = list(docs)
    out: dict[tuple[str, str, str], list[DocumentRecord]] = defaultdict(list)
    for d in docs:
        if is_meeting_record(d):
            out[(d.meeting_date or "", d.authority or "", body_key(d.committee))].append(d)
    for d in docs:
        key = (d.meeting_date or "", d.authority or "", body_key(d.committee))
        if not is_meeting_record(d) and key in out:
            out[key].append(d)
    return dict(sorted(out.items()))

"""Cross-authority questions: the authorities a question names, and one statement for each of them (or word that
the minutes hold none)."""

from __future__ import annotations

import re
from typing import Any

from ..parse.meta import authority_core, core_at, names_authority
from ..text import YEAR, content_stems
from ..types import Hit
from .around import namings
from .cues import MONTHS, QUESTION_WORDS, asked_period, asked_year, named_months
from .foreign import foreign_names, name_patterns, of_foreign
from .parts import part_type, same_meeting
from .scoring import Cand, Stats, is_heading
from .spanning import ACROSS_Q
from .timing import filed_as, period_prefix, too_early

#: where a question passes from one authority's subject to the next ("Kent's budget, and Bristol's levy"; "what
#: did A decide about X and what did B decide about Y")
_CLAUSE_BREAK = re.compile(r"[,;:?]\s*|\s+(?:and|while|whereas|but|versus|vs\.?|compared (?:with|to))\s+", re.I)


def asked_authorities(question: str, hits: list[Hit], stats: Stats | None) -> list[str]:
    """The authorities a question names (of those indexed), in the order it names them."""
    known = namings(hits, stats.authorities if stats and stats.authorities else ())  # (one naming of each body)
    found = []
    for a in known:
        if names_authority(question, a):
            at = _named_at(question, a)
            found.append((min(m.start() for m in at) if at else len(question), a))
    # (one name that two bodies share, "Dublin's school board", names the one whose other words it says as well:
    # the Dublin Unified School District, not the City of Dublin)
    # (unless the question says a word of its name besides the place's too: "Dublin's city council")
    said = content_stems(question)
    words, cores = {a: set(content_stems(a)) for _, a in found}, {a: set(content_stems(authority_core(a))) for _, a in found}
    fit = {a: len(words[a].intersection(said)) for a in words}
    own = {a: bool((words[a] - cores[a]).intersection(said)) for a in words}
    return [a for _, a in sorted(found) if own[a] or not any(fit[b] > fit[a] and (
        shared := (cores[a] & cores[b]).intersection(said)) and all(said.count(t) == 1 for t in shared) for b in words)]


def _named_at(text: str, authority: str) -> list[re.Match[str]]:
    """Where a text names an authority: by its core name ("Dublin's"), else by its full name."""
    return core_at(text, authority_core(authority)) or list(re.finditer(re.escape(authority), text, re.I))


def own_words(question: str, authority: str, others: list[str]) -> set[str]:
    """The words of the clause of a question that names one authority and no other, less the names: what is asked
    of that authority in particular ("Nipissing's new backhoe, and London's rescue vehicle": backhoe of Nipissing)."""
    names = set().union(*(content_stems(n) for n in (authority, authority_core(authority))))
    words: set[str] = set()
    for clause in _CLAUSE_BREAK.split(question):
        if names_authority(clause, authority) and not any(names_authority(clause, o) for o in others):
            words |= set(content_stems(clause)) - names - QUESTION_WORDS
    return words


def asked_of_each(question: str, asked: list[str], ranked: list[Cand], weights: dict[str, float]) -> dict[str, set[str]]:
    """What the question asks of each named authority in particular: the words of its own clause that some evidence
    holds (a word no evidence holds frames the question: "which companies were chosen")."""
    held_anywhere = set().union(*(c.covered for c in ranked))
    return {a: own_words(question, a, [o for o in asked if o != a]) & set(weights) & held_anywhere for a in asked}


def _most_specific(words: set[str], weights: dict[str, float]) -> str:
    """The most specific (heaviest) of some words, in a fixed order among equals; "" for none."""
    return max(words, key=lambda t: (weights[t], t)) if words else ""


def cover_authorities(question: str, asked: list[str], hits: list[Hit], ranked: list[Cand], chosen: list[Cand],
                      weights: dict[str, float], asked_of: dict[str, set[str]]) -> tuple[list[Cand], list[str]]:
    """Add the best sentence of each named authority the chosen ones leave out, or leave without a word of what is
    asked of it in particular (``asked_of``, see ``asked_of_each``); the authorities with no evidence at all are
    returned apart, to be said so."""
    out = list(chosen)
    silent = []
    fits = part_type(question)
    for a in asked:
        own = asked_of[a]
        mine = [c for c in ranked if hits[c.hit].authority == a and c.coverage > 0 and not is_heading(c)]
        mine = [c for c in mine if not (c.placing or c.formal)]  # (never its title block, nor "Called to order")
        # (not a meeting's held years before the time asked, when the body has another: its quotes are dropped later)
        timely = [c for c in mine if not too_early(question, hits[c.hit].meeting_date)]
        mine = timely or mine
        held = [c for c in out if hits[c.hit].authority == a and (
            not timely or not too_early(question, hits[c.hit].meeting_date))]
        # (and of the one month its clause names, when it has evidence of then: "the Township's council (May 2025)";
        # not a year, which may be a paper's that a later meeting takes: "the Township's 2024 audited statements")
        when = clause_time(question, a, asked)
        if when and len(when) == len("2025-05") and (then := [c for c in mine if of_time(hits[c.hit], when)]):
            mine, held = then, [c for c in held if of_time(hits[c.hit], when)]
        if held and (not own or any(own & c.covered and (not fits or fits(c.text)) for c in held)):
            continue
        top = _most_specific(own, weights)
        holds = [c for c in mine if top in c.covered]  # (the best that holds its most specific word, and what
        fit = next((c for c in holds if fits(c.text)), None) if fits else None  # is asked: a figure, a firm's name)
        fit = fit or next(iter(holds), None)
        best = fit if fit is not None else (None if held else next(iter(mine), None))
        if best is None:
            if not held:
                silent.append(a)
        elif best not in out:
            best.for_part = True
            out.append(best)
    return out, silent


#: words that follow a subject over time, or set the bodies side by side ("each", "both", "compare"): only the first
#: say a body's clause asks of more than one meeting
_BODIES_SIDE_BY_SIDE = re.compile(r"both|each|between|compar", re.I)
_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.I)


def one_meeting_each(question: str, asked: list[str], hits: list[Hit], chosen: list[Cand], groups: list[Any],
                     asked_of: dict[str, set[str]], weights: dict[str, float]) -> list[Any]:
    """Of the quoted passages (``groups``, each led by its hit's index), those of each named authority's lead meetings.
    Asked one thing of each body, a meeting's quotes that are plainly not the answer are citations a reader checks in
    vain: those of another time than its clause names ("at Ashby in November 2017"), or, failing that, those
    without the most specific word asked of it in particular (``asked_of``). Meetings alike in both are all kept (their
    scores do not tell the answer's meeting), as are a body's meetings when its clause names two times, and the
    passages of bodies the question does not name."""
    keep = [g for g in groups if hits[g[0]].authority not in asked]
    for a in asked:
        mine = [g for g in groups if hits[g[0]].authority == a]
        when = clause_time(question, a, asked)
        if when is None:
            keep += mine
            continue
        own = asked_of.get(a, set())
        rank = {g[0]: _lead_rank(hits, chosen, g[0], when, own, weights) for g in mine}
        best = max(rank.values(), default=(False, 0.0))
        if when and not best[0]:  # (no meeting of the time its clause names: what it asks cannot place the answer)
            keep += mine
            continue
        keep += [g for g in mine if rank[g[0]] == best]
    return [g for g in groups if g in keep]


def clause_time(question: str, authority: str, asked: list[str]) -> str | None:
    """The one time the clauses asking of an authority name ("2017-11" for "at Ashby in November 2017"; "" for none),
    or None when they name two or more, or ask across meetings ("how has it changed"): its evidence may be of any."""
    clause = _clauses_of(question, authority, asked)
    months, named = named_months(clause), list(_MONTH.finditer(clause))
    times = max(len(months), len({m.group(0).casefold() for m in named}))  # (and the months named bare: "November
    # and December 2017" is two)
    if times + len(set(YEAR.findall(clause)) - {m[:4] for m in months}) >= 2 or any(
            not _BODIES_SIDE_BY_SIDE.match(m.group(0)) for m in ACROSS_Q.finditer(clause)):
        return None
    if named and all(_stock_day(clause, m) for m in named):
        return ""  # (a day a figure stands at, "at 31 December 2024", is reported by a later paper: no meeting's time)
    period = asked_period(clause) or asked_year(clause)
    return period_prefix(period) if period else ""


#: what goes before a day a figure stands at: a day's number after "at" or "by" ("at 31 December 2024", "by 31st
#: March"), or a month after "as at", "as of" or "the end of" ("as of the end of March 2025"); not a meeting's month
_STOCK_AT = re.compile(r"\b(?:at|by)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+$"
                       r"|\b(?:as\s+(?:at|of)|end\s+of)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$", re.I)
#: what follows a meeting's month ("at the November 2017 meeting", "by the 14 May 2025 council meeting")
_MEETING_AFTER = re.compile(r"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:meeting|session|sitting|hearing)s?\b", re.I)


def _stock_day(clause: str, month: re.Match[str]) -> bool:
    """Is a month a clause names the day a figure stands at ("at 31 December 2024"), not a meeting's time?"""
    return bool(_STOCK_AT.search(clause[:month.start()])) and not _MEETING_AFTER.match(clause, month.end())


def of_time(hit: Hit, when: str) -> bool:
    """Is a hit's meeting (or its document, as its path dates it) of a time ("2017-11", "2017")?"""
    return (hit.meeting_date or "").startswith(when) or when in filed_as(hit.source)


def _clauses_of(question: str, authority: str, asked: list[str]) -> str:
    """The clauses of a question that ask of one authority: those before any body is named (they ask of each: "In
    November 2017, what did A ... and B ...?"), the one naming it (and no other) and those after it that name none
    ("at Ashby in November 2017 and in May 2018, and at Brook Valley ..."). Each body's name is set aside first: a
    name holding "and" ("Brighton and Hove City Council") is no break between clauses."""
    marked = question
    for n, a in enumerate(asked):
        for m in sorted(_named_at(marked, a), key=lambda m: -m.start()):
            marked = f"{marked[:m.start()]}BODY{n}X{marked[m.end():]}"
    out: list[str] = []
    owner: str | None = ""
    for clause in _CLAUSE_BREAK.split(marked):
        named = [a for n, a in enumerate(asked) if f"BODY{n}X" in clause]
        owner = (named[0] if len(named) == 1 else None) if named else owner
        out += [clause] if owner in (authority, "") else []
    return " ".join(out)


def clauses_asking(question: str, authority: str, asked: list[str]) -> str:
    """The clauses of a question that ask of one of the authorities it names (see ``_clauses_of``), in its own words:
    "Name the internal auditor A appointed ... and the firm whose audit planning report B's Audit Committee approved"
    asks "the firm whose audit planning report ..." of B."""
    out = _clauses_of(question, authority, asked)
    for n, a in enumerate(asked):
        out = out.replace(f"BODY{n}X", authority_core(a))  # (its name as a question gives it: "Souldern")
    return out


def _lead_rank(hits: list[Hit], chosen: list[Cand], hi: int, when: str, own: set[str],
               weights: dict[str, float]) -> tuple[bool, float]:
    """How a hit's meeting ranks as its body's lead: of the time asked (``when``, "2017-11"), and how much of what is
    asked of the body in particular (``own``, by weight) its best quote says ("613 approved households as of 31st
    December 2024" over "a song to promote foster care", asked how many approved fostering households at that day)."""
    here = [c for c in chosen if same_meeting(hits[c.hit], hits[hi])]
    timely = bool(when) and of_time(hits[hi], when)
    return timely, round(max((sum(weights[t] for t in own & c.stems) for c in here), default=0.0), 3)  # (its own
    # words: the month its meeting was held in is no answer's)


def each_found(asked: list[str], hits: list[Hit], chosen: list[Cand], weights: dict[str, float],
               asked_of: dict[str, set[str]]) -> bool:
    """Do the chosen sentences hold, for each of two or more named authorities, the most specific word of what is
    asked of it in particular (``asked_of``)? A question that pairs its bodies' subjects stands on them, however it
    words the rest ("which suppliers were picked": "we accept the Tender submitted ... from")."""
    tops = 0
    for a in asked:
        if not asked_of[a]:
            continue
        top = _most_specific(asked_of[a], weights)
        if not any(top in c.covered for c in chosen if hits[c.hit].authority == a):
            return False
        tops += 1
    return tops >= 2


#: what goes before a place a thing is in ("... in ", "... in the "); before a body's place ("the council in "), and
#: after it ("Tintern's", "Tintern Community Council")
_LOCATED = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
_BODY = r"(?:council|board|committee|authority|commission)"
_BODY_IN = re.compile(rf"\b(?:{_BODY}|councillors?|members?)\s+in\s+(?:the\s+)?$", re.I)
_BODYS_PLACE = re.compile(rf"(?:['’]s|\s+(?:(?-i:[A-Z])\w*\s+)*{_BODY})\b", re.I)


def located_only(question: str, core: str) -> bool:
    """Does a question name an authority's place only as where a thing is ("the pub in Tintern"), never as a body
    ("Tintern's council", "Tintern Community Council", "did Tintern agree")?"""
    found = core_at(question, core)
    return bool(found) and all(_LOCATED.search(question[:m.start()]) and not _BODY_IN.search(question[:m.start()])
                               and not _BODYS_PLACE.match(question, m.end()) for m in found)


def named_hits(question: str, hits: list[Hit], stats: Stats | None) -> set[int]:
    """The hits (by index) of the authorities a question names, and, when it names one, of those hits of another
    authority that record the business of a body it names whose own documents are not indexed (see
    ``foreign_names``)."""
    named = {i for i, h in enumerate(hits) if h.authority and names_authority(question, h.authority)}
    # (a body named only as the place a thing is in, "the Village Pound in Tintern", names the place: the papers of
    # another body that speak of it are of it too, a successor council's)
    places = {core for h in (hits[i] for i in named) if h.authority and (core := authority_core(h.authority))
              and located_only(question, core)}
    named |= {i for i, h in enumerate(hits) if i not in named and h.authority  # (the place as written: not "first
              and any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", h.text) for p in places)}  # reading" for Reading)
    if named and (foreign := foreign_names(question, stats)):
        found = name_patterns(foreign)
        named |= {i for i, h in enumerate(hits) if i not in named and h.authority and of_foreign(h, found, stats)}
    return named

"""The offline default answerer: it selects evidence sentences and cites each; it writes nothing else.

Sentences of the retrieved chunks are scored (:mod:`.scoring`), the best few that add something are chosen,
and each further part of a many-part question gets its own best sentence. The chosen sentences are grouped
by source and cited ``[n]``. It abstains, listing the closest sources, when the evidence misses the
question's most specific words and is not close to it in meaning, when it is dated before the time asked
about, or when a question after a number finds none."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from math import fsum
from typing import Any

from ..parse.meta import is_machine_made
from ..parse.votes import votes
from ..text import content_stems, is_scope_clause, question_parts, stem
from ..types import Answer, Citation, Hit
from .across import asked_authorities, asked_of_each, cover_authorities, each_found, named_hits, one_meeting_each
from .around import case_verdict, item_end, mended, neighbours, one_naming, table_runs, title_blocks, unfurnished
from .bodies import acting_body, body_kind
from .cite import citation_for, format_copies, quoted_in
from .counts import counted_things
from .cues import (
    DECISION_Q,
    FIGURE_Q,
    NUMERIC_Q,
    OUTCOME_Q,
    QUESTION_WORDS,
    WHO_Q,
    YES_NO_Q,
    asked_cue,
    asked_days,
    asked_items,
    asks_vote,
    financial_years,
    has_figure,
    missing_figure,
    named_months,
    other_year_only,
    outcome_asked,
    part_period,
)
from .days import cover_days
from .figures import date_near, figure_near, figure_test, states, unrecorded_vote, unstated_parts
from .firms import answer_kind
from .heads import ITEM_Q
from .holders import titled_people
from .lists import cut_start, listed_by, marked_run, sentence_start
from .meaning import SIM_CONFIDENT, by_meaning
from .options import option_cue
from .partial import part_focus, parts_held
from .parts import cover_decision, cover_outcome, cover_parts, later_part, meeting_key, same_meeting
from .roles import cover_asker, cover_attendance, cover_author, cover_chair, cover_issued, cover_opener, cover_person
from .scoring import Cand, Stats, everyday_stems, is_heading, jaccard, scope_stems, score_sentences, unframed
from .spanning import answers_across, spans_meetings
from .timing import (
    asked_time,
    date_words,
    dateline,
    day_asked_of,
    days_named,
    filed_as,
    filed_key,
    of_day,
    other_financial_year,
    other_quarter,
    states_new_date,
    too_early,
    untimely,
)
from .trace import Trace, kept_by, taken_by
from .votes import cover_vote, decision_hits, vote_asked
from .when import ASKS_WHEN
from .window import COUNTED_ROLL, outcome_after, runs_on, sentence_after, with_neighbours, without_dangling

MAX_SENTENCES = 6
#: abstain when the best sentence holds less than this share of the question's (IDF-weighted) words...
MIN_COVERAGE = 0.12
#: ...or when the evidence and its context miss too much of the question's three most specific words
MIN_FOCUS = 0.4
#: ...unless, asked several things, a quote holds this share of one part's words (each part's are few of the question's)
MIN_PART_COVERAGE = 0.4
#: a sentence from a source not yet cited must score at least this share of the best sentence
NEW_SOURCE_MIN = 0.5
MAX_SOURCES = 4
#: when the best evidence speaks of another year than the one asked, what is left must score this share of it
OTHER_YEAR_SHARE = 0.85
#: a sentence that covers no new question word must score at least this share of the best
REPEAT_MIN = 0.85
#: ... unless, asked who, it names a person no quote names and scores this share of the best
PERSON_NEW = 0.75
#: word overlap at which two sentences are the same text (a copy, or a paragraph repeated in a later document)
SAME_TEXT = 0.8
#: what a meeting's record is (what became of a thing put to it), beside the papers put to it
RECORDS = ("minutes", "transcript", "decision_notice")
#: a question after what became of a thing ("what happened to the motion", "the outcome of the appeal")
BECAME_Q = re.compile(r"\bwhat (?:happened|became) (?:to|of|with)\b|\b(?:outcome|result) of\b", re.I)
NO_ANSWER = "The indexed minutes do not answer this question."
#: papers a council numbers once, named side by side by their numbers ("Ordinances 8466 and 8513", "by-law Nos.
#: ... and ..."): each may be of its own meeting (not a warrant's articles or an agenda's items, numbered each meeting)
PAPERS_BY_NUMBER = re.compile(r"\b(?:ordinance|resolution|by-?law)(?:s|\s+nos?\.?)\s+[\w./-]*\d[\w./-]*"
                              r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:no\.?\s*)?[\w./-]*\d", re.I)
#: the kinds of paper whose first page is a cover: its title, purpose and recommendations
PAPER_KINDS = ("report", "budget", "eqia")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")  # (a number as printed: "$1,485,000", "33", "2025")


def _gain(c: Cand, weights: dict[str, float], done: frozenset[str], total: float) -> float:
    """A sentence's score plus the weight of the question words it adds to those already covered."""
    return c.score + 0.6 * fsum(weights[t] for t in c.covered - done) / total


def _select(ranked: list[Cand], weights: dict[str, float], max_sentences: int, question: str = "") -> list[Cand]:
    """Greedy: the best sentences that add something, preferring ones that cover what is still missing. A sentence
    much like one chosen is left out, unless it holds what the question asks (``cue``: a date, a figure) and its
    twin does not: then it is quoted instead (a transcript's "... Ferdinand Street introduced March 7th, 2016"
    for the agenda's same words without the date). Scope words, days named once their document is quoted and frame verbs
    add nothing; asked who, a person no quote names yet adds something (``new``: only whether it is empty counts)."""
    scope, items, dates = scope_stems(question), asked_items(question), date_words(question)
    option = option_cue(question)
    cue = asked_cue(question) or option
    figures = sum(bool(NUMERIC_Q.search(p)) for p in question_parts(question))  # (parts asking for a figure)
    total = sum(weights.values()) or 1.0
    best = ranked[0].score
    chosen: list[Cand] = []
    covered: set[str] = set()
    who, named = bool(WHO_Q.search(question)), set[str]()
    pool = [c for c in ranked[:60] if c.score >= 0.5 * best and c.coverage > 0 and not c.other_year]
    # (no headings, forms or title blocks, unless all the rest hold less than half of what the best of them does: a
    # tracking sheet's "Sponsor(s): ... Reilly (42) Order Waiver of fees for Chicago Jazz Festival" over a stray line)
    plain = [c for c in pool if not is_heading(c) and not c.formal and not c.placing]
    pool = plain if plain and max(c.coverage for c in plain) >= HEADING_OVER * max(c.coverage for c in pool) else pool
    while pool and len(chosen) < max_sentences:
        c = max(pool, key=partial(_gain, weights=weights, done=frozenset(covered), total=total))
        pool.remove(c)
        if chosen and c.doc != chosen[0].doc:  # the same words in the lead's document are quoted from there
            c = next((k for k in ranked if k.doc == chosen[0].doc and k not in chosen
                      and jaccard(k.stems, c.stems) >= SAME_TEXT), c)
        new = unframed(c.covered - covered - scope - (dates if any(k.doc == c.doc for k in chosen) else frozenset()),
                       c.text, [k.text for k in chosen], question)  # (the question's frame verbs add nothing)
        if option is not None and option(c.text) and not any(option(k.text) for k in chosen):
            new = new | {"(an option)"}  # (asked which option was taken, the first quote to name one by its label)
        people = titled_people(c.text) if who and c.score >= PERSON_NEW * best else set()
        if people and chosen and c.doc == chosen[0].doc:  # (asked who, a person no quote names, in the
            new = new | (people - named)  # lead's document, is something new)
        # (a question after several things, "what two applications ...", is answered by sentences alike)
        if chosen and not new and c.score < REPEAT_MIN * best and not (
                len(chosen) < items and c.score >= NEW_SOURCE_MIN * best):
            continue
        # (list items alike but for their figures each answer a question after several things: "a) $1,485,000 ...")
        twin = next((k for k in chosen if jaccard(c.stems, k.stems) > 0.6 and not (
            items > 1 and _NUMBER.findall(c.text) != _NUMBER.findall(k.text)) and not (  # (nor, asked who, alike
            people and c.doc == k.doc and people - titled_people(k.text))), None)  # but for the person: "That,
        # Councillor Dan McSweeney be appointed ..." beside "That, Councillor Noreen Stokes be appointed ...")
        # (or, asked for a figure in each of two parts, it states more figures than its twin: "20 applications
        # (21 in 23/24)" for another year's report's "21 applications", asked this year's and the year before's)
        if twin is not None and ((cue is not None and cue(c.text) and not cue(twin.text)) or (
                figures > 1 and len(_NUMBER.findall(c.text)) > len(_NUMBER.findall(twin.text)))):
            chosen[chosen.index(twin)] = c
            covered |= c.covered
            continue
        if twin is not None:
            continue
        sources = {k.hit for k in chosen}
        if chosen and c.hit not in sources and (len(sources) >= MAX_SOURCES or c.score < NEW_SOURCE_MIN * best):
            continue
        chosen.append(c)
        covered |= c.covered
        named |= titled_people(c.text) if who else set()
    return chosen


def answer_extractive(question: str, hits: list[Hit], stats: Stats | None = None,
                      max_sentences: int = MAX_SENTENCES, explain: bool = False) -> Answer:
    """Cited evidence sentences for a question, or an abstention listing the closest sources. With
    ``explain`` the answer carries the candidates, their scores and why each was taken or dropped."""
    searched = len(hits)
    hits = mended(unfurnished(one_naming(hits), stats), stats)
    hits = hits + decision_hits(question, hits, stats.decisions if stats else None)
    hits = hits + neighbours(question, hits[:searched], hits, stats)
    hits = hits + table_runs(question, hits[:searched], hits, stats)
    hits = hits + item_end(question, hits[:searched], hits, stats)
    hits = hits + case_verdict(question, hits[:searched], hits, stats)
    hits = hits + title_blocks(question, hits[:searched], hits, stats)
    ranked, weights = score_sentences(question, hits, stats)
    ranked = by_meaning(question, ranked, stats.embed if stats else None)
    trace = Trace(question, hits, searched, ranked, weights) if explain else None
    ranked = kept_by(ranked, lambda c: not is_machine_made(hits[c.hit].source), "from a machine-made summary")
    named = named_hits(question, hits, stats)
    if named:  # the question names its authorities: quote no other's documents (whose years do not count either)
        ranked = kept_by(ranked, lambda c: c.hit in named or not hits[c.hit].authority,
                       "from an authority the question does not name")
    best = ranked[0] if ranked else None  # (a summary's sentence of another year does not make the minutes' weak)
    ranked = kept_by(ranked, lambda c: not c.other_year, "names another year than the one asked")
    elsewhen = other_year_only(best, ranked, OTHER_YEAR_SHARE)  # (what is left of the evidence is far weaker)
    if outcome_asked(question):  # an agenda says what was proposed; the same meeting's minutes what became of it
        # (an authority read from a poor scan, or none, does not tell them apart)
        # (asked what became of a thing, so does any paper put to the meeting: a motion's paper, a report)
        became = bool(BECAME_Q.search(question))
        papers = ("agenda", "report", "document") if became else ("agenda",)
        minuted = [h for h in hits if h.meeting_date and (h.kind in RECORDS if became else h.kind != "agenda")]
        # (but a paper that records its own votes, "For: 117; Against: 69; Status: Pass", says what became of it)
        agendas = {i for i, h in enumerate(hits) if h.kind in papers and any(
            m.meeting_date == h.meeting_date and (m.authority == h.authority or not m.authority or not h.authority)
            for m in minuted) and not any(v.counts.outcome for v in votes(h.text))}
        ranked = kept_by(ranked, lambda c: c.hit not in agendas, "from a paper put to a meeting whose minutes are "
                       "at hand")
    answer = _abstain(question, hits, elsewhen) if elsewhen else _answer(question, hits, stats, ranked, weights,
                                                                         named, max_sentences)
    if trace is not None:
        answer.explain = trace.to_dict(answer)
    return answer


#: what a recorded vote answers, beyond its own words
VOTE_WORDS = frozenset(stem(w) for w in ("vote", "voted", "votes", "voting", "motion", "amendment",
                                          "recommendation", "councillors", "members", "dissent", "dissented"))
#: share of the best heading's (form's, title block's) coverage the best plain sentence must reach to rule them out
HEADING_OVER = 0.5
#: chunks under which an index is small: how many hold a word says little of how specific the word is
SMALL_INDEX = 2000
#: words a question asking whether a thing was so ("Did ...?") must find enough of (three for others)
POLAR_FOCUS = 5
#: how far the best sentence must outscore other meetings' best to place the answer in its meeting
LEAD_MARGIN = 0.08
#: share of the lead's score under which a quote is a stray: it does not date the evidence
STRAY_SHARE = 0.7


def _answer(question: str, hits: list[Hit], stats: Stats | None, ranked: list[Cand], weights: dict[str, float],
            named: set[int], max_sentences: int, within_period: bool = False) -> Answer:
    if not ranked:
        return _abstain(question, hits, "no evidence sentence shares a content word with the question")
    parts = question_parts(question)
    for c in ranked:  # (each pass says afresh which step took a sentence)
        c.step = ""
    if (day := day_asked_of(question) or "") and not spans_meetings(question):  # (asked of one day: its meeting's)
        ranked = kept_by(ranked, lambda c: of_day(hits[c.hit], day), "not from the meeting of the day asked")
    chosen = taken_by(_select(ranked, weights, max_sentences, question), "best sentences")
    if len(parts) > 1:
        chosen = taken_by(cover_parts(question, parts, ranked, weights, chosen, stats.embed if stats else None,
                                      max_sentences + 2 * (len(parts) - 1), hits, stats), "a part of the question")
    chosen = taken_by(cover_vote(parts, hits, ranked, chosen, stats.next_chunk if stats else None,
                                 across=answers_across(question, parts),
                                 prev_chunk=stats.prev_chunk if stats else None), "a vote asked")
    chosen = taken_by(cover_person(parts, ranked, chosen), "a person asked")
    chosen = taken_by(cover_asker(question, hits, ranked, chosen), "who put the question")
    chosen = taken_by(cover_chair(question, hits, ranked, chosen), "who chaired")
    chosen = taken_by(cover_opener(question, hits, ranked, chosen), "who opened the meeting")
    chosen = taken_by(cover_author(question, hits, ranked, chosen), "who wrote a paper")
    chosen = taken_by(cover_issued(question, hits, ranked, chosen), "when a paper was issued")
    chosen = taken_by(cover_decision(question, hits, ranked, chosen), "a decision asked")
    chosen = taken_by(cover_outcome(question, hits, ranked, chosen), "an item's outcome")  # (its last decision)
    chosen = taken_by(cover_attendance(parts, hits, ranked, chosen), "who attended")
    chosen = taken_by(cover_days(question, hits, ranked, chosen), "each day named")
    asked = asked_authorities(question, hits, stats)
    asked_of = asked_of_each(question, asked, ranked, weights) if len(asked) >= 2 else {}
    silent: list[str] = []
    if len(asked) >= 2:  # one statement per authority the question names, or "no evidence found" for it
        chosen, silent = cover_authorities(question, asked, hits, ranked, chosen, weights, asked_of)
        chosen = taken_by(chosen, "an authority named")
    order: list[int] = []
    for c in chosen:
        if c.hit not in order:
            order.append(c.hit)
    # a question about a vote whose quotes hold no counts gets the recorded vote of a quoted item
    vote = next((v for hi in order if (v := vote_asked(question, hits[hi], chosen,
                                                         stats.decisions if stats else None)) is not None), None)
    # the question's most specific words (rarest in the index) must be in the evidence or its context
    # (in a small index an everyday word is rare by chance: the question's names and terms are what it must hold)
    everyday = everyday_stems(question, stats) if stats and stats.n_chunks < SMALL_INDEX else frozenset()
    kind = answer_kind(question, [c.text for c in chosen])  # (not the kind of thing named: "which firm did it hire?")
    focus = sorted((t for t in weights if t not in QUESTION_WORDS and t not in kind), key=lambda t: -weights[t])
    # (asked whether a thing was done, "was it sent back?", the answer may say no in other words: more words weigh)
    focus = ([t for t in focus if t not in everyday] or focus)[:POLAR_FOCUS if YES_NO_Q.match(question) else 3]
    # the items of a list a chosen sentence introduces (and its start, when its chunk's start cut it)
    listed = {id(c): listed_by(hits[c.hit], c.text, c.offset) + cut_start(
        hits[c.hit], (c.offset, c.text), stats.prev_chunk if stats else None) for c in chosen}
    # what each meeting's quotes (and list items) hold: one meeting's subject needs its words in one meeting's evidence
    held: dict[tuple[str | None, str], set[str]] = {}
    years = [(fy[:4], str(int(fy[:4]) + 1), content_stems(fy)) for fy in financial_years(question) if fy[:4].isdigit()]
    for c in chosen:
        day = (hits[c.hit].meeting_date or "")[8:10]  # (and its meeting's day: "2" of "on 2 July 2025")
        held.setdefault(meeting_key(hits[c.hit]), set()).update(
            c.covered, (t for item in listed[id(c)] for t in content_stems(item)), [str(int(day))] if day.isdigit() else [],
            # (and a financial year asked, in its meeting's words, when it met in that year or the next: "2024/25")
            (t for y1, y2, stems in years if (hits[c.hit].meeting_date or "")[:4] in (y1, y2) for t in stems))
    found: set[str] = set().union(*held.values()) if held else set()
    if vote is not None:  # a recorded vote is the vote on a motion the question asks about
        found |= VOTE_WORDS
    groups_found = [found] if len(asked) >= 2 or spans_meetings(question) or vote is not None else list(held.values())
    focus_share = max((sum(weights[t] for t in focus if t in f) / (sum(weights[t] for t in focus) or 1.0)
                       for f in groups_found), default=0.0)
    if len(parts) > 1:  # a many-part question stands when one of its parts finds its own specific words
        focus_share = max([focus_share, *(part_focus(p, weights, f, kind) for p in parts if not is_scope_clause(p)
                                          for f in groups_found)])
    # the question's words may be a paraphrase ("newly merged") of what the minutes say: evidence that the
    # model finds close in meaning to the question stands even when its rarest words are missing
    close = max((c.similarity for c in chosen), default=0.0) >= SIM_CONFIDENT
    # (or, asked of two or more bodies, its subject for each body is in that body's evidence)
    close = close or (len(asked) >= 2 and each_found(asked, hits, chosen, weights, asked_of))
    if not chosen or (focus_share < MIN_FOCUS and not close) or (
            ranked[0].coverage < MIN_COVERAGE and parts_held(parts, weights, chosen, kind) < MIN_PART_COVERAGE):
        missing = [t for t in focus if t not in found]
        return _abstain(question, hits, f"no evidence mentions {', '.join(repr(m) for m in missing) or 'enough of the question'}")
    period = asked_time(question, len(asked))
    filed = filed_key(question, period) if period else ""  # how a document's path names that time
    # (a stray sentence far below the lead does not place the evidence in the time asked)
    dated = [hits[c.hit].meeting_date for c in chosen if c.for_part or c.score >= STRAY_SHARE * chosen[0].score]
    if (late := untimely(question, period, [(hits[c.hit], " ".join([c.text, *listed[id(c)]])) for c in chosen],
                         dated)) is not None:  # the evidence of the time (or meeting) asked about, if any, answers
        of_time = [late[0](h) for h in hits]  # (each hit tested once, not once for each of its sentences)
        within = kept_by(ranked, lambda c: of_time[c.hit], late[1])
        if not within_period and within is not ranked:
            return _answer(question, hits, stats, within, weights, named, max_sentences, within_period=True)
        return _abstain(question, hits, late[2])

    after: dict[int, list[str]] = {}  # (each quote's next sentence read once: it may be the next chunk's)

    def said() -> list[str]:  # what the evidence states: the quotes, the sentence after each, a list's items
        for c in chosen:
            if id(c) not in after:
                after[id(c)] = sentence_after(hits[c.hit], c.offset, stats.next_chunk if stats else None)
        return [t for c in chosen for t in [c.text, *after[id(c)], *listed[id(c)]]]

    why, figured = missing_figure(question, said, vote is not None), -1
    things = counted_things(question)  # (asked how many of a thing, a count of it in the lead's document)
    fig = figure_near(ranked, chosen, focus, things=things) if why else date_near(question, ranked, chosen, focus, said)
    if fig is not None:  # (a sentence stating the figure or date asked, left out as adding no word, answers after all)
        chosen.append(fig)
        fig.step = fig.step or ("a figure asked" if why else "a date asked")
        listed[id(fig)] = listed_by(hits[fig.hit], fig.text, fig.offset)
        order += [fig.hit] if fig.hit not in order else []
        figured = fig.hit
        why = missing_figure(question, said, vote is not None)
    unstated = unstated_parts(parts, said, vote is not None) if why else []
    why = None if unstated else why  # (what the evidence states of the other parts is answer enough to give)
    if why := why or other_quarter(question, [(hits[c.hit].text, hits[c.hit].source) for c in chosen]) or (
            unrecorded_vote(question, parts, said, vote is not None)) or (
            other_financial_year(question, [c.text for c in chosen]) if len(parts) == 1 else None):
        return _abstain(question, hits, why)
    wants_figure = bool(NUMERIC_Q.search(question) or FIGURE_Q.search(question))
    verdict = bool(DECISION_Q.search(question) or OUTCOME_Q.search(question) or YES_NO_Q.match(question))
    groups: list[tuple[int, list[tuple[int, str]], list[tuple[Hit, list[tuple[int, str]]]]]] = []
    for hi in order:
        quotes = with_neighbours(hits[hi].text, sorted((c.offset, c.text) for c in chosen if c.hit == hi and not c.vote),
                                 wants_figure, verdict, question, bool(ITEM_Q.search(question)))
        if not any(COUNTED_ROLL.match(q) for _, q in quotes):  # (the counts alone, unless the roll's are quoted)
            quotes = sorted(set(quotes + [q for c in chosen if c.hit == hi and c.vote  # (and how the motion went)
                                          for q in [(c.offset, c.text), *outcome_after(hits[hi].text, c.offset)]]))
        follow = runs_on(hits[hi], quotes, wants_figure, stats.next_chunk if stats else None, verdict, question)
        groups.append((hi, *without_dangling(quotes, follow, {c.offset for c in chosen if c.hit == hi})))
    if wants_figure and (figure := figure_test(question, parts)) is not None:
        # when some sources state figures, the ones that state none are context, not answer (see ``figure_test``)
        # the lead (the best evidence) stays: a figure in another source does not outrank it
        stated = [g for k, g in enumerate(groups) if k == 0 or states(g, figure)  # (a vote's counts are figures)
                  or any(c.vote and c.hit == g[0] for c in chosen)]
        _mark_dropped(chosen, groups, stated, "its source states no figure, and others do")
        groups = stated or groups
    if groups and (lead_pages := hits[groups[0][0]].pages) and 1 not in lead_pages:  # a paper's first page (its title,
        # purpose and recommendations) beside the lead's answer deeper in it restates what was asked, unless it gives
        # the figure asked: "Purpose of Report This report represents the revenue and capital outturn for ..."
        def only_answer(g: Any) -> bool:  # (to a further part, whose words no other quote holds: its recommendations,
            # asked "..., and what does the report recommend the committee approve?")
            own = {t for c in chosen if c.hit == g[0] for t in c.covered} - {
                t for c in chosen if c.hit != g[0] for t in c.covered}
            return any(own & (set(content_stems(p)) - QUESTION_WORDS) for p in parts[1:] if not is_scope_clause(p))

        inner = [g for g in groups if not (hits[g[0]].source == hits[groups[0][0]].source and hits[g[0]].pages == [1]
                                           and hits[g[0]].kind in PAPER_KINDS and not (wants_figure and states(g, has_figure))
                                           and not only_answer(g))]
        _mark_dropped(chosen, groups, inner, "the first page of the paper the lead evidence is from")
        groups = inner
    early = [g for g in groups if not too_early(question, hits[g[0]].meeting_date)]
    _mark_dropped(chosen, groups, early, "from a meeting held before the years the question names")
    groups = early or groups
    named_authorities = {hits[g[0]].authority for g in groups if g[0] in named}
    placed = {hits[g[0]].authority for g in groups}  # (the bodies with evidence before it is held to times and meetings)
    days, months = asked_days(question), sorted(named_months(question))
    if len(days) < 2 and len(months) >= 2 and answers_across(question, parts):  # times set side by side ("between
        # November 2020 and January 2021"): not the quotes of meetings before or after them
        spanned = [g for g in groups if months[0] <= (hits[g[0]].meeting_date or months[0])[:7] <= months[-1]
                   or any(c.crossed and c.hit == g[0] for c in chosen)]  # (or a part's, from the paper it names)
        _mark_dropped(chosen, groups, spanned, "from a meeting outside the times the question names")
        groups = spanned or groups
    if len(days) >= 2:  # the meetings it names by their days ("at its January 21 and August 12 meetings")
        on_days = [g for g in groups if hits[g[0]].meeting_date in days]
        _mark_dropped(chosen, groups, on_days, "from a meeting the question does not name")
        groups = on_days or groups
    elif len(named_authorities) < 2 and groups and not answers_across(question, parts) and not (
            PAPERS_BY_NUMBER.search(question)):
        # one thing asked: answered where the best evidence is (that meeting's), not by citations checked in vain
        # the meeting with the most evidence leads (not the one best sentence, which may be a stray table row)
        # (and its best heading, never quoted: an item's title that names what was asked places it in that meeting)
        weight = {g[0]: sum(c.score for c in chosen if same_meeting(hits[c.hit], hits[g[0]])) + max(
            (c.score for c in ranked[:30] if is_heading(c) and same_meeting(hits[c.hit], hits[g[0]])), default=0.0)
            for g in groups}
        # (not a meeting before the time asked when one of then or later is at hand: later minutes may recount it)
        timely = [g[0] for g in groups if period and ((hits[g[0]].meeting_date or "9") >= period[0] or (
            filed in filed_as(hits[g[0]].source)))] or [g[0] for g in groups]
        lead = hits[max(timely, key=lambda hi: (weight[hi], -order.index(hi)))]
        # (unless one sentence outscores every other meeting's best by a clear margin: the answer, not a stray)
        top = max((c for c in chosen if c.hit in timely), key=lambda c: c.score, default=None) or max(
            chosen, key=lambda c: c.score)
        rival = max((c.score for c in chosen if not same_meeting(hits[c.hit], hits[top.hit])), default=0.0)
        if LEAD_MARGIN and top.score - rival >= LEAD_MARGIN:
            lead = hits[top.hit]
        # (a vote asked about may be another meeting's: the council's, on what its committee recommended)
        voted = [hits[c.hit] for c in chosen if c.vote] if any(asks_vote(p) for p in parts) else []
        same = [g for g in groups if same_meeting(hits[g[0]], lead) or g[0] == figured
                or any(same_meeting(hits[g[0]], v) for v in voted)]
        # (and the best answer from a body a part names as its doer: "... and what by-law number did council pass?")
        bodies = {k for p in parts if (k := acting_body(p, hits, lead))}
        doers = [g for g in groups if g not in same and body_kind(hits[g[0]]) in bodies
                 and any(c.for_part and c.hit == g[0] for c in chosen)]

        def best(g: Any) -> float:  # (a group's best quote's score)
            return max(c.score for c in chosen if c.hit == g[0])

        def then(held: Callable[[str], bool]) -> list[Any]:  # (the best group not yet kept of the lead's council from
            return sorted((g for g in groups if g not in same and hits[g[0]].authority == lead.authority  # a time a
                           and held(hits[g[0]].meeting_date or "") and best(g) >= STRAY_SHARE * top.score),  # part asks
                          key=lambda g: -best(g))[:1]  # of: later, "and what happened to the money?"; its own month)

        same += sorted(doers, key=lambda g: -best(g))[:1]  # (and a part's answer of its kind, which the lead's meeting lacks)
        same += [g for g in groups if g not in same and any(c.crossed and c.hit == g[0] for c in chosen)][:1]
        if lead.authority is not None and any(later_part(p) for p in parts[1:]):
            same += then(lambda d: d > (lead.meeting_date or "9"))
        for month in {t[0][:7] for p in parts[1:] if (t := part_period(p, question))} - {(lead.meeting_date or "")[:7]}:
            same += then(lambda d: d.startswith(month))  # noqa: B023 (then() calls it at once)
        if wants_figure and not any(states(g, has_figure) for g in same):  # (the sum asked, which the lead's
            # meeting does not state: "the bonds would be sold ..." there, "$2,477,399.91 was deposited" later)
            same += [g for g in groups if g not in same and states(g, has_figure)][:1]
        # (and so the date a thing was expected, asked when: the officer's visit at the lead meeting, "Completion date
        # anticipated 18th February 2019" at the next; when it was done, the lead meeting's own date may answer)
        told = partial(states_new_date, given=days_named(question))
        if ASKS_WHEN.search(question) and _EXPECTED.search(question) and not any(states(g, told) for g in same):
            same += [g for g in groups if g not in same and states(g, told)][:1]
        _mark_dropped(chosen, groups, same, "from another meeting than the lead evidence")
        groups = same
    elif len(asked) >= 2:  # (one thing of each body: its lead meeting's)
        each = one_meeting_each(question, asked, hits, chosen, groups, asked_of, weights)
        _mark_dropped(chosen, groups, each, "from another meeting than its authority's lead evidence")
        groups = each
    citations: list[Citation] = []
    paragraphs: list[str] = []
    if len(asked) >= 2:  # one paragraph per authority, in the order the question names them (and word of those whose
        # every quote was left out as of another time or meeting than asked)
        silent += [a for a in asked if a in placed and not any(hits[g[0]].authority == a for g in groups)]
        groups.sort(key=lambda g: asked.index(hits[g[0]].authority or "") if hits[g[0]].authority in asked
                    else len(asked))
    groups, also = format_copies(groups, hits)
    for hi, quotes, follow in groups:
        # the start of the first quote's sentence in the chunk before, and what the evidence goes on with in the
        # next chunks: one passage of the document, one citation (of each page it runs over)
        opening = sentence_start(hits[hi], quotes, stats.prev_chunk if stats else None)
        run = [*([opening] if opening is not None else []), (hits[hi], quotes), *follow]
        n = len(citations) + 1
        citations.append(citation_for(n, hits[hi], quotes, run))
        citations[-1].copies += [s for s in also.get(hi, []) if s not in citations[-1].copies]
        para = marked_run(run, n)
        line = dateline(question, hits[hi], para, hits, stats.prev_chunk if stats else None)  # (once a meeting)
        paragraphs.append((line if not any(p.startswith(line) for p in paragraphs) else "") + para)
    if vote is not None and (twin := quoted_in(citations, vote)) is not None:  # quoted already, from a copy
        twin.copies += [s for s in [vote.source, *vote.also_in] if s not in twin.copies]
    elif vote is not None:  # the question asks how the vote went and no quote gives the counts
        n = len(citations) + 1
        citations.append(Citation(
            n=n, source=vote.source, page=vote.page, pages=list(vote.pages), authority=vote.authority,
            committee=vote.committee, meeting_date=vote.meeting_date, item=vote.item,
            quote=vote.votes.text if vote.votes else "", chunk_id=vote.chunk_id, copies=list(vote.also_in),
            url=vote.url, site=vote.site))
        paragraphs.append(f"{citations[-1].quote} [{n}]")
    paragraphs += [f"No evidence found in the indexed minutes of {a}." for a in silent]
    paragraphs += [f"{why[:1].upper()}{why[1:]}: {part!r} is not answered." for part, why in unstated]
    return Answer(question=question, answer="\n\n".join(paragraphs), abstained=False, citations=citations)


def _mark_dropped(chosen: list[Cand], groups: list[Any], kept: list[Any], why: str) -> None:
    """Mark the chosen sentences of groups that a filter leaves out (when it leaves any in)."""
    if not kept:
        return
    out = {g[0] for g in groups} - {g[0] for g in kept}
    for c in chosen:
        if c.hit in out:
            c.why = why


def _abstain(question: str, hits: list[Hit], why: str) -> Answer:
    return Answer(question=question, answer=NO_ANSWER, abstained=True, closest=hits[:5],
                  warnings=[why] if hits else ["nothing matched the question and filters"])


#: a question after when a thing was expected, planned or due (not when it was done: its meeting's date may say)
_EXPECTED = re.compile(r"\b(?:expect\w*|anticipat\w*|due|schedul\w*|plann?ed|target\w*|forecast\w*|will)\b", re.I)

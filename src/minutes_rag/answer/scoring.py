"""Candidate evidence sentences and their scores: the question's words (IDF-weighted), the rank of their
passage, cues from the kind of question, the meeting and year it names, and (where the embedder is at hand)
the sentence's closeness in meaning to the question."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..parse.votes import DASH_VOTE, SLASH_TALLY, VERDICT_TALLY, VOTE_COUNT, bare_tally, roll_call_tallies
from ..text import (
    YEAR,
    asked_years,
    content_stems,
    content_terms,
    event_years,
    is_scope_clause,
    question_parts,
    sentences,
    stem,
)
from ..types import Decision, Hit
from .counts import prefer_counts
from .cues import (
    DATE_S,
    DECISION_Q,
    DECISION_S,
    DIGIT,
    ECHO,
    MONTHS,
    NAME_S,
    NUMERIC_Q,
    OUTCOME_LINE,
    PERSON_S,
    REASON_S,
    ROLE_Q,
    WHO_Q,
    WHY_Q,
    asked_days,
    asked_period,
    asks_vote,
    has_figure,
    looks_like_heading,
)
from .formality import asks_formality, is_formality
from .heads import heads_next, line_above, titled
from .holders import chairs_present, names_holder
from .initials import defined_terms, spelled_out
from .options import option_bonus
from .places import asks_where, states_place
from .timing import TIME_Q, TIME_S, days_named, of_month, season_words, states_new_date
from .when import ASKS_WHEN

#: weight of the chunk's retrieval rank in a sentence's score
PRIOR_WEIGHT = 0.25


@dataclass
class Stats:
    """What the answerer may ask of the index: how many chunks, how many hold a word, and (optionally)
    the chunk that follows a hit in its document, for evidence that runs over a chunk's end."""

    n_chunks: int
    doc_freq: Callable[[str], int]
    next_chunk: Callable[[Hit], Hit | None] | None = None
    #: and the chunk before it, for a vote printed before the resolution it carries
    prev_chunk: Callable[[Hit], Hit | None] | None = None
    #: the decisions and recorded votes of a hit's document, in order (see ``decision_register``)
    decisions: Callable[[Hit], list[Decision]] | None = None
    #: the index's embedder (unit vectors), to weigh how well a sentence answers the question's meaning
    embed: Callable[[list[str]], list[list[float]]] | None = None
    #: the authorities the index holds, so a question naming one with no evidence can say so
    authorities: tuple[str, ...] = ()
    #: the running headers and footers of a hit's document, which are never quoted (see ``parse.furniture``)
    furniture: Callable[[Hit], list[re.Pattern[str]]] | None = None
    #: the word pieces of each text, by the embedder's tokenizer: an everyday word is one piece
    pieces: Callable[[list[str]], list[int]] | None = None


@dataclass
class Cand:
    hit: int  # index into hits
    offset: int
    text: str
    stems: set[str]
    score: float = 0.0
    coverage: float = 0.0  # share of the question's weight found in the sentence itself
    covered: frozenset[str] = frozenset()  # question stems found in the sentence or its context
    other_year: bool = False  # names only years other than those the question asks about
    similarity: float = 0.0  # cosine of the sentence to the question (when the embedder is at hand)
    for_part: bool = False  # chosen to answer one part of a many-part question
    crossed: bool = False  # ... from another meeting than the lead's, which states nothing of the kind the part asks (or
    # what the lead's meeting put off to it decided)
    why: str = ""  # why it was dropped (for ``explain``)
    doc: str = ""  # the document it is from
    vote: bool = False  # the counts of a recorded vote
    role: bool = False  # a name with its role in brackets ("Ann Lee (Chair)")
    vec: list[float] | None = None  # its embedding (unit length), when it was weighed by meaning
    cell: bool = False  # a table's label with its value, printed a cell a line ("Applications Drawn Down" / "14")
    placing: bool = False  # its question words only name whose meeting it is and when (a minutes' title block)
    formal: bool = False  # a meeting's formality (called to order, ...), for a question not asked of them
    step: str = ""  # which step of the answer took it (for ``explain``)


def jaccard(a: set[str], b: set[str]) -> float:
    """How alike two sets of words are: what they share of all they hold."""
    return len(a & b) / len(a | b) if a and b else 0.0


def is_heading(c: Cand) -> bool:
    """A candidate that only labels (a heading, form label or contents line); a table's cell with its value does not."""
    return not c.cell and looks_like_heading(c.text)


def _candidates(hits: list[Hit], question: str = "") -> list[Cand]:
    out = []
    defined = defined_terms(question, hits)  # (acronyms either way, and compounds the question splits)
    for i, h in enumerate(hits):
        sents = sentences(h.text)
        title = ""  # the heading over a table printed a cell a line
        for k, (off, s) in enumerate(sents):
            value = sents[k + 1][1] if k + 1 < len(sents) else ""
            cell = len(s.split()) < 4 and bool(CELL_LABEL.fullmatch(s)) and bool(CELL_VALUE.fullmatch(value))
            if cell:
                s = f"{s} {value}"  # a table printed a cell a line: its label with its value ("Applications Drawn Down 14")
            elif len(s.split()) >= 2 and looks_like_heading(s):
                title = s
            elif len(s.split()) >= 4:  # a sentence ends the table the title was over
                title = ""
            if len(s) < 300 and bare_tally(s) is not None:  # "8 for, 2 against.", "Motion Carried 6-1."
                out.append(vote_cand(i, off, s, h.doc_id))
            if not cell and ((len(s.split()) < 4 and not _STATED_AMOUNT.fullmatch(s)) or len(s) > 1200):
                continue  # (a short line is no sentence, unless it states an amount: "Balance of £11,160.40p.")
            if OUTCOME_LINE.fullmatch(value.strip()):
                s = f"{s} {value.strip()}"  # an agenda item with its outcome line ("... Deferred.")
            # a cell is read under its title, and a sentence right under an item's heading ("25. INNOVATE LIMERICK:" /
            # "It was agreed to defer this item ...") is about what the heading names
            above = line_above(hits, i, sents, k) if not cell else ""
            head = above if above and heads_next(above) else ""
            stems = spelled_out(content_stems(_ADDRESS.sub(" ", f"{title} {s}" if cell else f"{head} {s}")), defined)
            if PERCENT.search(s):  # "74%" answers "what percentage"
                stems |= PERCENT_STEMS
            if _SANCTIONED.search(s):  # "Violation - 1-Day Suspension" is the penalty asked (not "standing orders
                stems |= PENALTY_STEMS  # were suspended", "a flood warning")
            if CONTACT_LABEL.search(s):  # an agenda's "Ask for: Georgina Little" names the person to contact
                stems |= CONTACT_STEMS
            stems |= season_words(s, question)  # ("on October 28, 2025" holds an "autumn" asked: the season's months)
            out.append(Cand(i, off, s, stems, doc=h.doc_id, cell=cell))
            items = list(AMOUNT_ITEM.finditer(s)) if not cell else []
            if len(items) >= AMOUNT_ITEMS:  # a statement's run of "LABEL £amount" items: each item with its amount
                head = s[:items[0].start()]  # (read under the run's title: "EXPENDITURE BREAKDOWN")
                for m in items:
                    out.append(Cand(i, off + m.start(), " ".join(m.group(0).split()),
                                    spelled_out(content_stems(f"{head} {m.group(0)}"), defined), doc=h.doc_id, cell=True))
        votes = list(VOTE_COUNT.finditer(h.text))
        if len(votes) >= 2:  # a recorded vote: quote its counts together
            out.append(vote_cand(i, votes[0].start(), "; ".join(m.group(0).strip() for m in votes[:4]), h.doc_id))
        for m in (*VERDICT_TALLY.finditer(h.text), *SLASH_TALLY.finditer(h.text), *DASH_VOTE.finditer(h.text)):
            out.append(vote_cand(i, m.start(), m.group(0), h.doc_id))
        for off, tally in roll_call_tallies(h.text):  # a roll call: its counts, without the names
            out.append(vote_cand(i, off, tally, h.doc_id))
        for m in chairs_present(h.text):  # "Shellina Prendergast (Chair)" among those present
            out.append(Cand(i, m.start(), " ".join(m.group(0).split()),
                            set(content_stems(m.group(0))) | {"chair", "chairman"}, doc=h.doc_id, role=True))
    return out


#: a web or mail address printed bare, whose words ("louisa-county-coa.github.io") name no subject (not a Markdown link's)
_ADDRESS = re.compile(r"(?<!\]\()(?<!\]\(<)\b(?:https?://|www\.)[^\s)\]>\"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)
#: a line of a few words that states an amount ("Balance of £11,160.40p.", "Total Cost £4,500", "Balance: £1,200")
_STATED_AMOUNT = re.compile(r"[A-Z][a-z]+(?: [A-Za-z]+)?:? [£$€] ?\d[\d,]*(?:\.\d+)?p?\.?")
#: a table printed one cell a line: a short label of words, then its value alone
CELL_LABEL = re.compile(r"[A-Za-z][\w'’ &()/-]*[A-Za-z)]")
CELL_VALUE = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?(?:%|m|k|bn)?")
#: an item of a statement printed in capitals with its amount ("GRASS CUTTING £2,576.00"), and how many make a run
AMOUNT_ITEM = re.compile(r"\b[A-Z][A-Z/&'’ -]{2,40}?\s+[£$€]\d[\d,]*(?:\.\d\d)?")
AMOUNT_ITEMS = 4


#: the label of the person to contact about a paper or meeting, and the stems of the words that ask for one
CONTACT_LABEL = re.compile(r"\b(?:Ask for|Enquiries to|Contact(?: Officer| Details)?)\s*:", re.I)
CONTACT_STEMS = frozenset(content_stems("contact officer"))
#: a share written as a percentage, and the stems of the words that ask for one
PERCENT = re.compile(r"%|\bper ?cent\b", re.I)
PERCENT_STEMS = frozenset(stem(w) for w in ("percent", "percentage", "proportion"))
PENALTY_STEMS = frozenset(stem(w) for w in ("penalty", "penalties", "sanction", "sanctions", "punishment"))
_SANCTIONED = re.compile(r"\bViolation\s*[-–—‑]|\b\d+[- ‑]Day Suspension\b|\blicen[cs]es?\s+(?:(?:was|were|is|be|been)\s+)?"
                         r"(?:suspended|revoked)\b|\b(?:First|Second|Third|Final|\d+(?:st|nd|rd|th))\s+Warning\b", re.I)
#: the verbs a question is framed in ("what did it agree", "how did that compare"): a further sentence whose only new
#: question words are these restates the frame
FRAME_VERBS = frozenset(stem(w) for w in """ask asked say said says tell told happen happened make made compare compared
    according accord report reported raise raised use used show shown give given mention mentioned describe explain
    express expressed consider considered discuss discussed suggest suggested""".split())


def unframed(new: frozenset[str], text: str, quoted: list[str], question: str) -> frozenset[str]:
    """The question words a further sentence adds, less the question's frame verbs (``FRAME_VERBS``), unless it states
    a date (or a figure) the question asks for and no quote states: that is what it adds ("Members asked for an update
    on the target of 30 September 2018" beside quotes that give no date, asked "what was the target date ...")."""
    asked = [k for k, q in ((DATE_S.search, _DATE_ASKED), (has_figure, NUMERIC_Q)) if q.search(question)]
    return new if any(k(text) and not any(k(q) for q in quoted) for k in asked) else new - FRAME_VERBS


#: a question after a date ("what was the target date", "when", "by what deadline")
_DATE_ASKED = re.compile(r"\b(?:when|dates?|deadlines?)\b", re.I)


def vote_cand(hit: int, offset: int, text: str, doc: str) -> Cand:
    """A candidate that gives the counts of a recorded vote (it answers "how did the vote go")."""
    return Cand(hit, offset, text, set(content_stems(text)) | {"vote", "voted"}, doc=doc, vote=True)


def _context(h: Hit, meeting_only: bool = False) -> set[str]:
    """Words that describe where a chunk is from: authority, committee, item, month and year, file name (with
    ``meeting_only``: whose meeting it is and when, to the day)."""
    bits = [h.authority or "", h.committee or ""] + ([] if meeting_only else [h.item_title or "",
                                                                           Path(h.source).stem.replace("_", " ")])
    day = h.meeting_date or ""
    if day[5:7].isdigit() and 1 <= int(day[5:7]) <= 12:  # a Hit built by hand may carry any string
        bits.append(f"{MONTHS[int(day[5:7]) - 1]} {day[:4]}")
        if meeting_only and day[8:10].isdigit():  # ("... MINUTES January 27, 2020" names the day too)
            bits.append(str(int(day[8:10])))
    return set(content_stems(" ".join(bits)))


def _weights(question: str, cands: list[Cand], stats: Stats | None) -> dict[str, float]:
    """IDF weight per question stem, from the whole index when known, else from the candidate pool."""
    weights: dict[str, float] = {}
    for raw, st in content_terms(question):
        if stats is not None:
            weights[st] = math.log((stats.n_chunks + 1) / (stats.doc_freq(raw) + 1)) + 0.1
        else:
            n = len(cands)
            weights[st] = math.log((n + 1) / (sum(1 for c in cands if st in c.stems) + 0.5))
    # words only in a clause that sets the scope ("At the council meeting on 3 March, what ...") locate the
    # evidence; the sentence that answers need not repeat them
    # (and so do words only in a statement that sets a question up: "The call-in quotes an annual saving from
    # ending the two contracts. What is that figure, and how is it split ...?")
    scope = scope_stems(question) | told_stems(question)
    return {k: max(v, 0.05) * (SCOPE_WEIGHT if k in scope else 1.0) for k, v in weights.items()}


def told_stems(question: str) -> frozenset[str]:
    """The words found only in the statements before a question's asking sentences: what its asker tells, not
    what they ask."""
    said = [s for _, s in sentences(question)]
    asked, told = [s for s in said if s.endswith("?")], [s for s in said if not s.endswith("?")]
    if not asked or not told:
        return frozenset()
    return frozenset(set().union(*(content_stems(s) for s in told)) - set().union(*(content_stems(s) for s in asked)))


def everyday_stems(question: str, stats: Stats | None) -> frozenset[str]:
    """The stems of a question's everyday words (one word piece for the model's tokenizer: "spring", "write",
    "offer"), which a small index may hold rarely though they name nothing specific, unlike a name or a term
    ("Cwmwern", "defibrillator")."""
    if stats is None or stats.pieces is None:
        return frozenset()
    terms = content_terms(question)
    return frozenset(st for (raw, st), n in zip(terms, stats.pieces([raw for raw, _ in terms]), strict=True)
                     if n == 1 and raw.isalpha())


def scope_stems(question: str) -> frozenset[str]:
    """The words found only in the clauses that set a question's scope, not in what it asks."""
    parts = question_parts(question)
    asked = set().union(*(content_stems(p) for p in parts if not is_scope_clause(p)))
    return frozenset(set().union(*(content_stems(p) for p in parts if is_scope_clause(p))) - asked)


#: weight of a word that only sets the question's scope, against one of what it asks
SCOPE_WEIGHT = 0.5


def score_sentences(question: str, hits: list[Hit], stats: Stats | None = None) -> tuple[list[Cand], dict[str, float]]:
    """Candidate evidence sentences, best first, and the weight of each question stem."""
    cands = _candidates(hits, question)
    weights = _weights(question, cands, stats)
    if not cands or not weights:
        return [], weights
    total = sum(weights.values())
    contexts = [_context(h) for h in hits]
    meetings = [_context(h, meeting_only=True) for h in hits]
    q_years = asked_years(question)
    asked = [p for p in question_parts(question) if not is_scope_clause(p)]
    if len(asked) > 1 and any(not YEAR.search(p) and not SAME_PERIOD.search(p) for p in asked):
        q_years = set()  # a part that names no year may be answered by any year's evidence (unless it refers
        # back to the one named: "and how much was paid out that year?")
    numeric, decision, who, when = (bool(r.search(question)) for r in (NUMERIC_Q, DECISION_Q, WHO_Q, ASKS_WHEN))
    given = days_named(question)  # (the meeting's own day answers no question asking when)
    role = r.group(1) if (r := ROLE_Q.search(question)) else None
    votes_q = asks_vote(question)
    why = bool(WHY_Q.search(question))
    formal = asks_formality(question)
    timed, where = bool(TIME_Q.search(question)), asks_where(question)
    filed_years = [YEAR.findall(m) if (m := _filed_month(h)) else [] for h in hits]
    for c in cands:
        own = {t for t in weights if t in c.stems}
        ctx = {t for t in weights if t in contexts[c.hit]} - own
        c.coverage = math.fsum(weights[t] for t in own) / total
        c.covered = frozenset(own | ctx)
        bonus = 0.0
        if numeric and DIGIT.search(c.text):
            bonus += W_DIGIT
        if decision and DECISION_S.search(c.text):
            bonus += W_DECISION
        if who and NAME_S.search(c.text):
            bonus += W_NAME
            if PERSON_S.search(c.text):
                bonus += PERSON_BONUS
            if role and names_holder(role, c.text):
                bonus += 0.15  # "Mayor Tom Piper" for "who was the mayor"; a form's field, "Chair: Daniel O'Neill",
                c.cell = True  # is no label: its value names who; nor is a list's "Dorian Grieve (Chair)"
        if why and REASON_S.search(c.text):
            bonus += REASON_BONUS
        dated = when and states_new_date(c.text, given)
        if dated:
            bonus += W_DATE
        if votes_q and (VOTE_COUNT.search(c.text) or DASH_VOTE.search(c.text)):  # ("For: 12", "Unanimous: 5-0 Vote")
            bonus += W_VOTE
        bonus += option_bonus(question, c.text)  # (asked which option was taken, one named by its label)
        h = hits[c.hit]
        # (a sentence of an undated document filed under a month speaks of that month's year too, as the running
        # header that the document prints on its pages says: "JUNE 2024 PART 2 - ARTICLES")
        s_years = event_years(c.text) | set(filed_years[c.hit])
        if q_years and s_years and not (q_years & s_years) and (h.meeting_date or "")[:4] not in q_years:
            c.other_year = True  # it speaks of another year than the one asked about
        # (unless it holds what was asked: "... MEETING MINUTES January 27, 2020, 7:00 p.m." for the time it began)
        c.placing = bool(own) and own <= meetings[c.hit] and titled(c.text) and not (
            (timed and TIME_S.search(c.text)) or dated
            or (numeric and has_figure(c.text)) or (who and PERSON_S.search(c.text)) or (where and states_place(c.text)))
        if ECHO.search(c.text):
            bonus -= ECHO_PENALTY  # it restates what was asked: the answer is in what follows
        if is_heading(c):
            bonus -= HEADING_PENALTY
        if not formal and is_formality(c.text):
            c.formal = True  # called to order, members present, the last minutes approved: no answer to this
            bonus -= FORMALITY_PENALTY
        prior = 1.0 / math.sqrt(c.hit + 1)
        length = max(len(c.stems), 1)
        c.score = (c.coverage + CONTEXT_WEIGHT * math.fsum(weights[t] for t in ctx) / total + PRIOR_WEIGHT * prior
                   + bonus - LENGTH_COST * max(length - 40, 0))
    in_order = _by_hit(cands)
    _after_echoes(in_order)
    _after_questions(hits, in_order)
    _prefer_asked_meeting(question, hits, cands)
    prefer_counts(question, cands)  # (a count of the very thing asked how many of)
    ranked = sorted(cands, key=lambda c: -c.score)
    return ranked, weights
ECHO_PENALTY = 0.15
#: what a sentence's cues add, by the kind of question: a digit, a decision, a name (who), a date (when), a vote's counts
W_DIGIT, W_DECISION, W_NAME, W_DATE, W_VOTE = 0.08, 0.06, 0.04, 0.05, 0.15
#: weight of the question words found only in where a chunk is from (authority, committee, item, date)
CONTEXT_WEIGHT = 0.6
#: cost per word piece of a long sentence past 40
LENGTH_COST = 0.002
#: a named person, for a question after who
PERSON_BONUS = 0.08
#: a part that refers back to the time another part names
SAME_PERIOD = re.compile(r"\b(?:that|the same|this) (?:year|period|month|meeting)\b"
                         # or to what the first part asks of, by a pronoun ("where was it held?")
                         r"|\b(?:it|its|they|their|them)\b", re.I)
#: a reason given, for a question after why
REASON_BONUS = 0.1
HEADING_PENALTY = 0.3
#: what a meeting's formalities lose, for a question that does not ask of them
FORMALITY_PENALTY = 0.2


#: score moved toward evidence from the meeting a question names ("in September 2024") and away from others
MEETING_SHIFT = 0.1


def _prefer_asked_meeting(question: str, hits: list[Hit], cands: list[Cand]) -> None:
    """When a question names a month, evidence from that month's meetings outranks other meetings' (if any is
    there): asked what a committee decided in October 2025, the March 2026 minutes are not the answer."""
    match, month = _ordinal_meeting(question, hits), None
    days = asked_days(question)
    if match is None and len(days) >= 2:  # several meetings named by their days: each one's evidence
        match = {i for i, h in enumerate(hits) if h.meeting_date in days} or None
    if match is None:
        period = asked_period(question)
        if period is None:
            return
        asked = period[0][:7]
        month = asked if not period[1][0].isdigit() else None  # (a day asked: its meeting's own record)
        # (an undated document, a constitution or a scheme of delegation, is of the month its file name gives)
        named = f"{MONTHS[int(asked[5:]) - 1]}-{asked[:4]}"
        match = {i for i, h in enumerate(hits) if (h.meeting_date or "").startswith(asked) or (
            not h.meeting_date and named in _file_month(h))}
    if not match:
        return
    # (an undated document filed under another month is of that month)
    dated = [bool(h.meeting_date) or _filed_month(h) is not None for h in hits]
    for c in cands:  # (a sentence naming the month it is of says so itself: "510 runs for November", minuted later)
        inside = c.hit in match if month is None or (
            own := of_month(c.text, month, hits[c.hit].meeting_date)) is None else own
        c.score += MEETING_SHIFT if inside else (-MEETING_SHIFT if dated[c.hit] else 0.0)


_FILE_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")-(?:19|20)\d\d\b")


def _file_month(h: Hit) -> str:
    """A hit's file name as words joined by hyphens, lower case ("part-3-4-delegations-to-officers-january-2026")."""
    return re.sub(r"[\s_]+", "-", Path(h.source).stem.lower())


def _filed_month(h: Hit) -> str | None:
    """The month an undated document's file name files it under ("january-2026"), if any."""
    m = None if h.meeting_date else _FILE_MONTH.search(_file_month(h))
    return m.group(0) if m else None


_ORDINAL_MEETING = re.compile(r"\b(first|second|third|last|final)\b(?:\s+[\w'-]+){0,3}?\s+meetings?\s+(?:of|in)\s+"
                              r"(?:(" + "|".join(MONTHS) + r")\s+)?((?:19|20)\d\d)\b", re.I)


def _ordinal_meeting(question: str, hits: list[Hit]) -> set[int] | None:
    """The hits from the meeting a question names by its order in a year or month ("the first council
    meeting of 2025", "the last meeting in March 2024"): the earliest (or latest) meeting among the hits
    dated in that period. None when the question names none or no hit is dated in the period."""
    m = _ORDINAL_MEETING.search(question)
    if m is None:
        return None
    period = m.group(3) + (f"-{MONTHS.index(m.group(2).lower()) + 1:02d}" if m.group(2) else "")
    dates = sorted({d for h in hits if (d := h.meeting_date or "").startswith(period)})
    if not dates:
        return None
    which = m.group(1).lower()
    at = {"first": 0, "second": 1, "third": 2}.get(which, -1)
    if at >= len(dates):
        return None
    return {i for i, h in enumerate(hits) if h.meeting_date == dates[at]}


def _by_hit(cands: list[Cand]) -> dict[int, list[Cand]]:
    """The candidates of each hit, in the order the hit's text gives them."""
    by_hit: dict[int, list[Cand]] = {}
    for c in cands:
        by_hit.setdefault(c.hit, []).append(c)
    for group in by_hit.values():
        group.sort(key=lambda c: c.offset)
    return by_hit


def _inherit(answer: Cand, echo: Cand) -> None:
    """A sentence that answers an echo of the question takes part of the echo's claim to the question."""
    answer.score = max(answer.score, echo.score + ECHO_PENALTY - 0.05)
    answer.covered = answer.covered | echo.covered
    answer.coverage = max(answer.coverage, 0.8 * echo.coverage)


def _after_echoes(by_hit: dict[int, list[Cand]]) -> None:
    """The sentence after an echo of the question inherits part of the echo's claim to the question: minutes
    record a question and then its answer."""
    for group in by_hit.values():
        for k, a in enumerate(group):
            if not ECHO.search(a.text):
                continue
            # the answer follows, after any label ("REPLY:") or heading between them
            b = next((b for b in group[k + 1:] if not is_heading(b)), None)
            if b is not None and not ECHO.search(b.text):
                _inherit(b, a)


#: the label that opens the answer to a question put at a meeting ("Answer", "REPLY:", "Mayor's Response")
ANSWER_LABEL = re.compile(r"(?m)^[ \t*#]*(?:[A-Z][\w’'.]*\s+){0,2}(?:Answer|Reply|Response|ANSWER|REPLY|RESPONSE)\b[ \t*]*[:\-–]?")
#: words of an answer's opening that inherit the question's claim (a courtesy first: "Thank you for asking.")
ANSWER_OPENING = 12


def _after_questions(hits: list[Hit], by_hit: dict[int, list[Cand]]) -> None:
    """The opening of the answer to a question put at a meeting (after its label: "Answer", "REPLY:") inherits
    the claim of the question's best echo of the user's question: a question, then its answer, is how
    questions to a council are recorded, and the answer seldom repeats the question's words."""
    for i, group in by_hit.items():
        start = 0
        for m in ANSWER_LABEL.finditer(hits[i].text):
            asked = [c for c in group if start <= c.offset < m.start() and ECHO.search(c.text)]
            start = m.end()
            if not asked:
                continue
            echo = max(asked, key=lambda c: c.score)
            words = 0
            for b in (b for b in group if b.offset >= m.start() and not is_heading(b)):
                if ECHO.search(b.text) or words >= ANSWER_OPENING:
                    break
                _inherit(b, echo)
                words += len(b.text.split())

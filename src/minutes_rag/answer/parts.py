"""Many-part questions: each part the chosen sentences leave unanswered gets the sentence that best answers
it, by its own words and meaning, of the type its question word asks for (a figure for how much, a name for
who, a date for when, a reason for why), and from the lead evidence's meeting unless the question follows its
subject across meetings."""

from __future__ import annotations

import re
from collections.abc import Callable
from math import fsum

from ..parse.meta import names_authority
from ..text import NUMBERED, content_stems, is_scope_clause, sentences
from ..types import Hit
from .bodies import NUMBER_OF_Q, PAPER_WORDS, acting_body, agent_named, asked_verb, body_kind, references
from .counts import counted_things, counts
from .cues import (
    DECISION_S,
    ECHO,
    MONTH_STEMS,
    NAME_S,
    NUMERIC_Q,
    QUESTION_WORDS,
    REASON_S,
    WHEREAS,
    WHO_Q,
    WHY_Q,
    asked_day,
    asks_vote,
    field_run,
    has_figure,
    looks_like_heading,
    states_quantity,
)
from .figures import asks_figure, figures_stated
from .firms import FIRM_Q, FIRM_S, HIRED_Q, names_party
from .foreign import foreign_names, name_patterns, of_foreign
from .formality import asks_where_met
from .forms import FINAL_Q, final_outcome, is_verdict, later_verdict, within_case
from .funding import FUNDING_Q, FUNDING_S, FUNDING_WORDS
from .heads import chunk_ordinal
from .meaning import similarities
from .places import states_place
from .scoring import CONTACT_STEMS, Cand, Stats, is_heading
from .sources import named_paper, source_period
from .spanning import spans_meetings
from .timing import DURATION_S, HOW_LONG_Q, days_named, states_new_date, too_early
from .when import ASKS_WHEN
from .window import MOVER_Q, seconded_on


def cover_parts(question: str, parts: list[str], ranked: list[Cand], weights: dict[str, float],
                chosen: list[Cand], embed: Callable[[list[str]], list[list[float]]] | None, limit: int,
                hits: list[Hit], stats: Stats | None = None) -> list[Cand]:
    """Add, for each part of a many-part question that the chosen sentences leave unanswered, the sentence
    that best answers that part: its own words first (over every candidate, so evidence retrieved for that
    part alone competes), then its meaning where the embedder is at hand."""
    out = list(chosen)
    lead = chosen[0] if chosen and not spans_meetings(question) else None
    # (the first quote from the day the question names: the quotes of other days are dropped later; not a month's,
    # which may only bound the time asked about, "how was the matter left by April 2026?")
    day = asked_day(question)
    if lead is not None and day and hits[lead.hit].meeting_date != day:
        lead = next((c for c in chosen if hits[c.hit].meeting_date == day), lead)
    timely = {i for i, h in enumerate(hits) if not too_early(question, h.meeting_date)}  # (the rest are dropped later)
    foreign = foreign_names(question, stats) if lead is not None else []  # (bodies whose own papers are not indexed)
    for part in parts:
        if len(out) >= limit:
            break
        if is_scope_clause(part):  # it says where to look, not what to find
            continue
        stems = {t for t in content_stems(part) if t in weights and t not in QUESTION_WORDS}
        if out and FINAL_Q.search(part) and (decided := final_outcome(part, hits, ranked, out)):  # how the lead's
            out += decided  # item ended: the next record deciding it, not another item's ("what was the final penalty?")
            continue
        if MOVER_Q.search(part) and (subject := _specific(stems, weights, hits)) and any(
                seconded_on(hits[c.hit].text, c.offset) for c in out if subject & c.stems):
            continue  # (who moved or seconded a quoted motion on the part's subject: its item says, and the quote's
            # window takes that line)
        where, there = asks_where_met(part), list[Cand]()
        if not stems and not FUNDING_Q.search(part) and not where:  # (a part of question words alone asks nothing of
            continue  # its own, unless its kind says what answers it: "and where was it held?")
        # no headings or forms, unless a form's row names all the part asks and gives a figure ("Bank balance
        # as at 4th November: £10,128.49" among a finance report's fields)
        # (or a table's row naming the part's most specific words, with its figures: "Get Britain Working
        # Trailblazer (Youth Guarantee) 5,000 4,951 ... 4,752 96%")
        specific = set(sorted((t for t in stems if not t.isdigit()), key=lambda t: (-weights[t], t))[:ROW_WORDS])
        # (or, for a part asking who, a form's field naming a person, on a form about what the part names:
        # "Proposer: Mike Baldock Seconder: Mark Hood" on the amendment's form)
        who, counted = bool(WHO_Q.search(part)), bool(NUMERIC_Q.search(part))  # (a count in a row: "Approved 183")
        # (or a post holder's field, for a part asking which post does a thing, on a row naming most of what it
        # names: "Function: The making of a Direction under Article 4 ... Post holder authorised to carry out
        # function: Director: Economy of Place" for "which post can make an Article 4 direction under the rules")
        post = bool(_POST_Q.search(part))  # (or, asked where it was held, a title block stating the place: "Place X")
        pool = [c for c in ranked if not c.other_year and not c.formal and (not is_heading(c) or (where and states_place(c.text)) or (
            (stems <= c.stems or (ROW_WORDS and specific <= c.stems)) and (has_figure(c.text) or (
                counted and states_quantity(c.text)))) or (
            (who or post) and PERSON_FIELD.search(c.text) is not None and len(specific & c.covered) >= (
                min(2, len(specific)) if post or CONTACT_STEMS & c.stems else len(specific))))]
        pool = [c for c in pool if c.hit in timely] or pool
        best_so_far = lead or (out[0] if out else None)  # (and asked across meetings, the best evidence's)
        paper = named_paper(part, hits, hits[best_so_far.hit]) if best_so_far is not None else set()
        # a part naming another authority than the lead's is answered from that authority's evidence
        switched = None
        own = {a for h in hits if (a := h.authority) and a != hits[chosen[0].hit].authority
               and names_authority(part, a)} if chosen else set()
        if own:  # (whose name then says where to look, not what to find)
            pool = [c for c in pool if hits[c.hit].authority in own] or pool
            stems = (stems - set().union(*(content_stems(a) for a in own))) or stems
        elif (switched := acting_body(part, hits, hits[chosen[0].hit]) if chosen else None) is not None:
            # a part whose doer is another body than the lead evidence's ("by how much did the committee recommend
            # raising it, and what by-law number did council pass?") is answered from that body's meetings
            pool = [c for c in pool if body_kind(hits[c.hit]) == switched
                    and hits[c.hit].authority == hits[chosen[0].hit].authority] or pool
        elif lead is not None and (found := name_patterns([n for n in foreign if n in part])):
            # a part naming a body whose own papers are not indexed ("what change to bin collections was floated in
            # Cherwell?"): another authority's papers that record its business (a parish's, its district councillor's)
            there = [c for c in pool if hits[c.hit].authority != hits[lead.hit].authority
                     and of_foreign(hits[c.hit], found, stats)]
            pool = there or pool
        elif paper:  # a part naming the paper it asks of ("... according to the Q3 performance report"): that paper's
            there = [c for c in pool if c.hit in paper]
            pool = there or pool
        elif lead is not None:  # one subject at one meeting: a part is answered from the lead's meeting, unless it
            # asks who was hired, or where the money came from, and the lead's names no party to a deal (or source of
            # funds) on its subject: both are stated at the meeting that commissioned the work, not the lead's
            # adopting the plan; a decision or a figure any meeting states
            # (its own words, not those asking where money came from: "which funding source was it charged to?")
            here = [c for c in pool if same_meeting(hits[c.hit], hits[lead.hit])]
            own = _specific(stems - FUNDING_WORDS if FUNDING_Q.search(part) else stems, weights, hits)
            kind = part_type(part, days_named(question)) if here and own and (
                HIRED_Q.search(part) or FUNDING_Q.search(part)) else None
            if kind is not None and not any(kind(c.text) and own & c.stems for c in here):
                there = [c for c in pool if kind(c.text) and len(own & c.stems) >= 2]  # (two: on its subject)
            pool = there or here or pool
        # a sentence that restates the question answers nothing; one of the asked type (a figure, a name) answers best
        # (nor one that only names whose meeting it is and when: a minutes' title block)
        pool = [c for c in pool if not ECHO.search(c.text) and not c.placing] or pool
        fits_type = part_type(part, days_named(question))
        if _COMPARE_Q.search(part) and fits_type is not None and any(fits_type(c.text) for c in out):
            continue  # (how it compares, which a quote states already: "4,798 pupils ..., 26% up on the same point last year")
        typed = [c for c in pool if fits_type(c.text)] if fits_type is not None else []
        pool = typed or pool
        # (a part that asks nothing but its kind, "and where was it held?", is answered by the lead meeting's one
        # sentence of that kind, however little it shares with the part's words, when no quote is of that kind)
        bare = where and not stems and bool(typed) and not any(states_place(c.text) for c in out)
        # (who did it, when a quote says it was done and not by whom: "adopt the statements as presented" names
        # who moved the adoption, not who presented them; and who did it to what the part names)
        agent, verb = agent_named(part), asked_verb(part)
        if agent is not None and verb is not None and any(verb.search(c.text) and not agent.search(c.text)
                                                          for c in out):
            specific = _specific(stems, weights, hits)
            pool = [c for c in pool if agent.search(c.text) and specific & c.stems] or pool
        # a part that names its own month is answered from that month's meetings
        period = source_period(part, question, bool(paper))
        dated = [c for c in pool if period and (hits[c.hit].meeting_date or "").startswith(period[0][:7])]
        if not dated and out and part != parts[0] and _LATER_PART.search(part):  # ("... and how did the bid turn
            first = hits[out[0].hit].meeting_date or ""  # out?"): what came of it is in a later meeting's minutes
            dated = [c for c in pool if first and (hits[c.hit].meeting_date or "") > first]
        # and, bare ("and what figure did the Leader give in March 2025?"), asks of the first part's subject
        inherited = _inherited(parts[0], part, stems, weights, hits) if (
            dated or switched or NUMBER_OF_Q.search(part)) and part != parts[0] else {}
        total = fsum(weights[t] for t in stems) + fsum(inherited.values()) or 1.0

        def inherit(c: Cand, inherited: dict[str, float] = inherited) -> float:
            return fsum(w for t, w in inherited.items() if t in c.stems)

        def words(c: Cand, stems: set[str] = stems, total: float = total) -> float:
            return (_own_words(c, stems, weights) + inherit(c)) / total

        if switched and inherited:  # (another body's answer to a bare part is about the first part's subject or
            own = stems - body_stems(hits) - MONTH_STEMS - PAPER_WORDS  # holds two of the part's own words,
            pool = dated = [c for c in dated or pool if c.hit in {o.hit for o in out} or inherit(c) > 0
                            or len(own & c.stems) >= 2]
            if not pool:  # there is none: its minutes are not among the hits, and no other meeting of it answers)
                continue
        if NUMBER_OF_Q.search(part):  # (another matter's by-law is no answer: the paper's number
            # is given beside what the part, or the first part, is about)
            # (the most specific of its own words, or of the first part's it refers back to; not times or bodies)
            subject = _specific(stems - PAPER_WORDS, weights, hits) | _specific(set(inherited) - PAPER_WORDS, weights, hits)
            pool = dated = [c for c in dated or pool if c in out or subject & c.stems  # (or two of its words: "... Fund
                            or len((set(inherited) - PAPER_WORDS) & c.stems) >= 2  # cut" for "amend ... Deficit Policy")
                            or (out and _same_item(hits[c.hit], hits[out[0].hit]))]  # (or it is the lead's item's)
            if not pool:
                continue
        if fits_type is not None and DECIDED_Q.search(part):
            follows = _decision_after(out, pool, fits_type, words)
            if follows is not None:
                if follows not in out:
                    follows.for_part = True
                    out.append(follows)
                continue
        shortlist = sorted(dated or pool, key=lambda c: -(words(c) + 0.5 * c.similarity))[:PART_POOL]
        # and every candidate already weighed by meaning: a part's answer may share none of its words
        shortlist += [c for c in dated or pool if c.vec is not None and c not in shortlist]
        sims = similarities(part, shortlist, embed) if embed is not None and shortlist else [0.0] * len(shortlist)
        fits = [words(c) + sim for c, sim in zip(shortlist, sims, strict=True)]
        if not fits:
            continue
        # (a part asking a figure is not answered by a quote of one figure that lacks the part's most telling word)
        others = set().union(*(content_stems(p) for p in parts if p != part and not is_scope_clause(p)))
        telling = min(_specific(stems - others, weights, hits) & set().union(*(c.stems for c in shortlist)),  # (held)
                      key=lambda t: (-weights[t], t), default=None) if asks_figure(part) else None
        holds = [telling is None or telling in c.stems or (c in out and figures_stated(c.text) > 1) for c in shortlist]
        lacking = not all(h for h, c in zip(holds, shortlist, strict=True) if c in out)  # (then the one added holds it)
        stands = [h or (c not in out and not lacking) for h, c in zip(holds, shortlist, strict=True)]
        best = max(range(len(shortlist)), key=lambda i: (stands[i], fits[i]))
        # how well the quotes already answer the part (by its own words: not the first part's subject, for a bare part)
        done = max((fits[i] - inherit(c) / total for i, c in enumerate(shortlist) if c in out and stands[i]), default=0.0)
        if stands[best] and shortlist[best] not in out and (fits[best] > max(done + 0.05, MIN_PART_FIT) or bare):
            shortlist[best].for_part, shortlist[best].crossed = True, shortlist[best] in there
            out.append(shortlist[best])
        elif (switched or there) and shortlist[best] in out:  # (quoted already: it is that body's, or that other
            shortlist[best].for_part = True  # meeting's, answer to the part)
            shortlist[best].crossed = shortlist[best].crossed or shortlist[best] in there
    return out


def later_part(part: str) -> bool:
    """Does a part ask what later came of the first part's subject ("and how did the bid turn out?")?"""
    return _LATER_PART.search(part) is not None


#: a part after what later came of the first part's subject
_LATER_PART = re.compile(r"\b(?:turn(?:s|ed)? out|eventually|in the end|finally|ultimately|subsequently|afterwards|"
                         r"what (?:became|happened))\b", re.I)


def _specific(stems: set[str], weights: dict[str, float], hits: list[Hit]) -> set[str]:
    """The ROW_WORDS most specific of a part's words (by weight), not its times nor councils' and committees' names."""
    return set(sorted((t for t in stems - body_stems(hits) if t not in MONTH_STEMS and not t[:1].isdigit()),
                      key=lambda t: (-weights[t], t))[:ROW_WORDS])


def _own_words(c: Cand, stems: set[str], weights: dict[str, float]) -> float:
    """The weight of a part's words in a sentence, those found only in its context (its item's title, its
    meeting) at CONTEXT_SHARE."""
    return fsum(weights[t] if t in c.stems else CONTEXT_SHARE * weights[t] for t in stems if t in c.covered)


def _inherited(first: str, part: str, stems: set[str], weights: dict[str, float], hits: list[Hit]) -> dict[str, float]:
    """The first part's subject words, weighted at SUBJECT_SHARE, for a further part that does not repeat
    them (under BARE_PART of the first part's words); none for a part that carries its own subject. Times and
    the names of councils and committees say where the first part looks, not what it is about."""
    own = {t for t in content_stems(first) if t in weights and t not in QUESTION_WORDS}
    if not own or len(own & stems) >= BARE_PART * len(own):
        return {}
    return {t: SUBJECT_SHARE * weights[t] for t in own - stems - body_stems(hits)
            if t not in MONTH_STEMS and not t[:1].isdigit()}  # (nor its times: "november", "2024-25")


def _same_item(a: Hit, b: Hit) -> bool:
    """Are two hits of one agenda item of one document ("8. Rezoning - 217 S US Highway 281" over its motions)?"""
    return a.doc_id == b.doc_id and a.item_title is not None and (a.item_number, a.item_title) == (b.item_number, b.item_title)


def body_stems(hits: list[Hit]) -> set[str]:
    """The words of the hits' councils and committees: where a question looks, not what it asks about."""
    return {t for h in hits for t in content_stems(f"{h.authority or ''} {h.committee or ''}")}


#: share of the first part's words a further part repeats to carry its own subject
BARE_PART = 0.6
#: weight of the first part's subject words in a bare part, against the part's own
SUBJECT_SHARE = 0.5
#: weight of a part's word found only in a sentence's context (its item's title, its meeting), against the sentence
CONTEXT_SHARE = 0.5


def _decision_after(chosen: list[Cand], pool: list[Cand], fits_type: Callable[[str], bool],
                    words: Callable[[Cand], float]) -> Cand | None:
    """The decision recorded soonest after a quote that names what a part asks about ("The chairman called for
    comments on the application ... Councillors discussed their response. It was resolved that the Council could
    not support it"), within the same chunk; None when no quote names it or no decision follows."""
    subjects = [k for k in chosen if words(k) >= SUBJECT_FIT]
    after = [(c.offset - k.offset, c) for k in subjects for c in pool
             if c.hit == k.hit and 0 < c.offset - k.offset <= DECISION_REACH and fits_type(c.text)]
    return min(after, key=lambda x: x[0])[1] if after else None


#: share of a part's words that a quote names to be about what the part asks
SUBJECT_FIT = 0.3
#: characters after such a quote within which its decision is recorded
DECISION_REACH = 800


def part_type(part: str, given: frozenset[tuple[int, int]] = frozenset()) -> Callable[[str], bool] | None:
    """What a sentence that answers a question part holds, by the part's question word: a figure for how
    much or how many, a name for who, a date for when (not one of the days the question names, ``given``), a
    reason for why (None: any sentence may answer)."""
    if NUMBER_OF_Q.search(part):  # a paper's number ("what by-law number did council pass?"): its reference
        return lambda t: bool(references(part, t))
    if HOW_LONG_Q.search(part):  # a span of time, or the date it runs from ("adopted more than 10 years ago",
        return lambda t: bool(DURATION_S.search(t)) or states_new_date(t, given, years=True)  # "since December 2014")
    if asks_figure(part):  # ("what IRS mileage rate")
        things = counted_things(part) if not asks_vote(part) else frozenset()  # (asked how many of a thing: a
        # count of it, "67 total rooms"; not of votes, which a tally counts: "carried by 7 to 3")
        return (lambda t: counts(t, things)) if things else (lambda t: has_figure(t) or states_quantity(t))
    if HIRED_Q.search(part):  # who was hired: the party to the deal ("the proposal from Urban RE"), not its mover
        return names_party
    if FIRM_Q.search(part):  # a firm is named by its name: initials in capitals or a company's word
        return lambda t: bool(FIRM_S.search(t))
    if WHO_Q.search(part):
        return lambda t: bool(NAME_S.search(t))
    if _COMPARE_Q.search(part):  # how a figure compares with another time's: a sentence stating a change or a comparison
        return lambda t: bool(_COMPARED_S.search(t))
    if ASKS_WHEN.search(part) or _BARE_WHEN.search(part) or _MEETING_Q.search(part):  # (not "what ... when it met")
        return lambda t: states_new_date(t, given, years=True)
    if WHY_Q.search(part):
        return lambda t: bool(REASON_S.search(t))
    if asks_where_met(part):  # (where a meeting was held: a place stated, "Place The Cookhouse, Suffolk Food Hall")
        return states_place
    if FUNDING_Q.search(part):  # where the money comes from: a fund, a reserve, a grant, a budget
        return lambda t: bool(FUNDING_S.search(t))
    if DECIDED_Q.search(part):  # what a body decided: a sentence that records a decision
        return records_decision
    return None


#: a part that asks when by its first or last word ("and when it is expected to reopen", "Nipissing's 2025 volunteer
#: appreciation event: when"), not a clause of time before what it asks ("When the council met in May, what ...")
_BARE_WHEN = re.compile(r"\bwhen\W*$|^\W*(?:and\s+)?(?:the\s+(?:date|day)\s+)?when\b(?![^,]*,\s*(?:what|who|which|how|why|"
                        r"where|did|was|were)\b)", re.I)
#: a part asking how a figure compares with another time's ("and how did that compare with a year earlier?")
_COMPARE_Q = re.compile(r"\bhow (?:did|does|do|has|had) (?:that|this|it|these|those|they) (?:compare|changed?)\b", re.I)
#: a sentence stating a change or a comparison ("26% up on the same point last year", "(32 2016/17)", "lower than")
_COMPARED_S = re.compile(r"\b(?:up|down)(?: by)? (?:on |from )?[£$€]?\d|\d%? (?:up|down|higher|lower|more|less|fewer)\b|"
                         r"\bcompared (?:with|to)\b|\b(?:higher|lower|more|less|fewer) than\b|\b(?:increase|decrease|rise|"
                         r"fall|drop|reduction)s? (?:of|from|on)\b|\(\s*\d[\d,.]*%?\s+(?:in )?(?:19|20)\d\d", re.I)
#: a part asking which meeting ("at which meeting was approval due")
_MEETING_Q = re.compile(r"\b(?:which|what) (?:meeting|council meeting|committee meeting)\b", re.I)
#: a part asking what position a body took or what it decided ("what position did the council take on ...",
#: "what did the committee decide to do about ...")
DECIDED_Q = re.compile(r"\bwhat (?:position|stance|view|line|decision|penalty|penalties|sanctions?)\b|\bwhat did\b"
                       r"[^?]*\b(?:decide|resolve|agree)\b|\bhow did\b[^?]*\b(?:decide|respond|react)\b|\bwhat (?:was|were) "
                       r"(?:decided|resolved|agreed)\b", re.I)
#: a question after what finally became of something ("what did the council do with the resolution ...")
BECAME_Q = re.compile(r"\bwhat did\b[^?]*\bdo (?:with|about)\b|\bwhat (?:happened to|became of)\b", re.I)
#: a question after how a meeting dealt with a proposal ("how did Town Meeting handle the banner resolution?")
HANDLED_Q = re.compile(r"\bhow did\b[^?]*\b(?:handle|deal with|dispose of|act on)\b", re.I)
#: a sentence that records a decision in lower case ("It was resolved that the Council could not support ..."), or
#: a chair's announcement of it in a transcript ("Resolution 186 has been referred to committee", "the bill passes")
_DECIDED_S = re.compile(r"\b(?:resolved|decided|agreed|approves?|accepts?|refused|deferred|rejected|declined|concluded|"
                        r"(?:could|would|will|can) not be taken forward|"
                        r"(?:happy|agreed|decided|voted) to (?:defer|withdraw|adjourn|postpone)|"
                        r"objected|(?:could|did) not support|supported(?! by)|(?:has|have|is|was) (?:been )?(?:referred|adopted|"
                        r"passed|approved|tabled|withdrawn|postponed|defeated|carried|lost))\b|\b(?:motion|bill|item|resolution|"
                        r"ordinance|amendment)s?\s+(?:carries|carried|passes|passed|fails|failed)\b|\b(?:it|which)\s+"
                        r"(?:carried|passed|failed)\b|\b(?:carried|passed|approved|agreed|adopted)\s+unanimously\b", re.I)


def records_decision(text: str) -> bool:
    """Does a sentence record a decision (a RESOLVED block, "It was agreed ...", "the motion carries", a form's
    verdict in capitals: "DECISION: APPLICATION FOR ROOF REPLACEMENT CONTINUED.")?"""
    return bool(DECISION_S.search(text) or _DECIDED_S.search(text) or is_verdict(text))


#: a form's field that names a person ("Proposer: Mike Baldock", "Responsible Officer: Jo Bloggs", a cover sheet's
#: "Contact: Sam Wilcock, Policy Committee Officer", an agenda's "Ask for: Georgina Little")
#: the name a form's field gives, after its colon: a title, if any, and a capitalised name ("Cllr Mike Baldock")
FIELD_NAME = r"\s*:\s*(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'-]+"
PERSON_FIELD = re.compile(r"\b(?:Propos(?:er|ed by)|Second(?:er|ed by)|Moved by|Mover|Chair(?:man|person)?|Clerk|"
                          r"(?:Report |Lead |Contact |Responsible )?(?:Author|Officer)|Contact|Ask for|Presenter|Signed|"
                          r"Decision[- ]?maker|Post[- ]?holder(?: authori[sz]ed)?(?: to carry out (?:the )?function)?)"
                          + FIELD_NAME + r"(?:\s+[A-Z][a-z'-]+)?")
#: a part asking which post or role does something (a scheme of delegation's post holder)
_POST_Q = re.compile(r"\bwhich (?:post|role|position)s?\b", re.I)
#: candidates per question part that are weighed by meaning
PART_POOL = 6
#: a part's most specific words a table's row must name to answer it
ROW_WORDS = 3
#: a part's best sentence must share its words or come this close in meaning (less is a stray figure)
MIN_PART_FIT = 0.2


def cover_decision(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after what a body decided ("how did the council decide to settle ...") whose quotes record
    no decision: the decision recorded soonest after the lead quote, in its chunk or the next one of its document
    (minutes record the discussion, then what was resolved on it)."""
    if not chosen or not (DECIDED_Q.search(question) or (BECAME_Q.search(question) and not hits[chosen[0].hit].item_number)):
        return chosen  # (what became of something whose agenda item is not known: the decision recorded after it)

    def decided(c: Cand) -> bool:
        return not c.vote and records_decision(c.text)

    lead, at = chosen[0], chunk_ordinal(hits[chosen[0].hit].chunk_id)
    # (a resolution's recital is quoted with it; another paper's decision is not on the lead's matter, unless the
    # lead is no record of its meeting and the other is that meeting's: a report's item and its minutes' RESOLVED)
    if any(decided(c) or WHEREAS.search(c.text) for c in chosen if c.doc == lead.doc or (
            hits[lead.hit].kind != "minutes" and same_meeting(hits[c.hit], hits[lead.hit]))):
        return [*chosen, *later_verdict(hits, ranked, chosen)]  # (and, put off to a later meeting, what it decided)
    # (the decision on what was asked about: it shares a word of the question)
    after = [c for c in ranked if c.doc == lead.doc and decided(c) and c.coverage > 0 and (
        (hits[c.hit].chunk_id == hits[lead.hit].chunk_id and 0 < c.offset - lead.offset <= DECISION_REACH)
        or (chunk_ordinal(hits[c.hit].chunk_id) == at + 1 and c.offset <= DECISION_REACH))]
    if not after:  # (or soon after another quote of the lead's document: its vote, "VOTE: 5/3 ... DECISION: ...")
        after = [c for k in chosen[1:] if k.doc == lead.doc for c in ranked if c.hit == k.hit and decided(c)
                 and c.coverage > 0 and 0 < c.offset - k.offset <= DECISION_REACH]
    if not after:  # (a long discussion: the decision further on, with nothing between that opens another item)
        after = [c for c in ranked if c.doc == lead.doc and decided(c) and c.coverage > 0 and (
            at < chunk_ordinal(hits[c.hit].chunk_id) <= at + 2) and _one_item(hits, lead, c)]
    if not after:  # (minutes set out as a form per case: the case's verdict, chunks on, no other case opening between)
        doc = {chunk_ordinal(h.chunk_id): h for h in hits if h.doc_id == hits[lead.hit].doc_id}
        after = [c for c in ranked if c.doc == lead.doc and not c.vote and is_verdict(c.text) and (within_case(
            doc, at, lead.offset, chunk_ordinal(hits[c.hit].chunk_id), c.offset) or (  # (or its item's outcome line)
            doc_position(hits[c.hit], c) > doc_position(hits[lead.hit], lead) and _one_item(hits, lead, c)))]
    if not after:
        return chosen
    # (a form's verdict line, where there is one, before a sentence that only uses a decision's word)
    best = min(after, key=lambda c: (not is_verdict(c.text), doc_position(hits[c.hit], c)))
    best.for_part = True
    return [*chosen, best, *(k for k in later_verdict(hits, ranked, [best]) if k not in chosen)]


#: a line that puts a motion (another item's opening, "10.5 Application - ...", is ``text.NUMBERED``)
_MOTION = re.compile(r"\b(?:moved|a motion|proposed by|it was proposed)\b", re.I)


def _one_item(hits: list[Hit], lead: Cand, c: Cand) -> bool:
    """Is ``c`` in the lead quote's agenda item: every chunk between them at hand, and no line between them that
    opens another item, puts another motion or is a heading? (The lead itself is no motion.)"""
    if _MOTION.search(lead.text):
        return False
    doc = {chunk_ordinal(h.chunk_id): h for h in hits if h.doc_id == hits[lead.hit].doc_id}
    at, to = chunk_ordinal(hits[lead.hit].chunk_id), chunk_ordinal(hits[c.hit].chunk_id)
    if any(k not in doc for k in range(at, to + 1)):
        return False
    texts = [doc[at].text[lead.offset + len(lead.text):c.offset]] if at == to else [  # (one chunk: what is between)
        doc[at].text[lead.offset + len(lead.text):], *(doc[k].text for k in range(at + 1, to)), doc[to].text[:c.offset]]
    return not any(NUMBERED.match(t) or _MOTION.search(t) or (looks_like_heading(t) and not field_run(t))
                   for x in texts for _, t in sentences(x))  # (the item's own fields: "Manager: ... Attorney: ...")


#: how a thing put to the vote went ("the recommendation was LOST", "the motion was carried unanimously"); a step on
#: the way ("approved direct filing", "the motion carries and we can proceed") is not its outcome
_PUT_OUTCOME = re.compile(r"\b(?:recommendation|motion|proposal|amendment|resolution)s?\s+(?:was|were|has been)\s+"
                          r"(?:\w+\s+)?(?:carried|lost|defeated|approved|rejected|passed|failed|adopted|withdrawn)\b", re.I)


def cover_outcome(question: str, hits: list[Hit], ranked: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """For a question after what finally became of something ("what did the council do with the resolution ..."):
    the first decision recorded after the lead quote with nothing between that opens another item or motion ("...
    Approves the removal of the 30-minute free parking tariff." ... "the recommendation was LOST (4 ... in favour, 5
    against)"); else the last decision recorded in its agenda item, after every quote (a transcript's debate ends
    with the chair's "Resolution 186 has been referred to committee"; an earlier "approved direct filing" is a step
    on the way). Its last chunk is read in for such a question (see ``around.item_end``). Asked how it ended, the
    outcome of the next record deciding the same item comes too (see ``forms.final_outcome``)."""
    chosen = [*chosen, *final_outcome(question, hits, ranked, chosen)]
    if not chosen or not BECAME_Q.search(question):
        return chosen
    lead = chosen[0]
    start = doc_position(hits[lead.hit], lead)
    after = [c for c in ranked if c.doc == lead.doc and doc_position(hits[c.hit], c) > start and c not in chosen
             and _PUT_OUTCOME.search(c.text) and _one_item(hits, lead, c)]
    if after:
        first = min(after, key=lambda c: doc_position(hits[c.hit], c))
        first.for_part = True
        return [*chosen, first]
    item = hits[lead.hit].item_number
    if not item:
        return chosen
    last = max(doc_position(hits[c.hit], c) for c in chosen if c.doc == lead.doc)
    late = [c for c in ranked if c.doc == lead.doc and hits[c.hit].item_number == item and c.coverage > 0
            and not c.vote and records_decision(c.text)
            and doc_position(hits[c.hit], c) > last]
    if not late:
        return chosen
    best = max(late, key=lambda c: doc_position(hits[c.hit], c))
    best.for_part = True
    return [*chosen, best]


def doc_position(h: Hit, c: Cand) -> int:
    """Where a candidate is in its document: its chunk's order, then its offset in the chunk."""
    return chunk_ordinal(h.chunk_id) * 100_000 + c.offset


def meeting_key(h: Hit) -> tuple[str | None, str]:
    """The meeting a hit is from: its authority and date (its document, when undated)."""
    return h.authority, h.meeting_date or h.doc_id


def same_meeting(a: Hit, b: Hit) -> bool:
    """Two hits from one document, or from documents of the same meeting (minutes and decision notice); not a
    document's parts dated as different meetings (a year's minutes in one file: "Meeting of 2022-04-05", ...)."""
    if a.doc_id == b.doc_id:
        return a.meeting_date == b.meeting_date
    return bool(a.meeting_date and a.meeting_date == b.meeting_date and a.authority == b.authority)

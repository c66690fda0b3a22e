"""The short window quoted around an evidence sentence: the sentence after it (where the answer often completes:
a figure, what was decided on it), the one before a sentence that refers back, the list one introduces, and the
verdict that ends a table row."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text import NUMBERED, VERDICTS, content_stems, ends_abbreviation, plain, sentences
from ..types import Hit
from .cues import DECISION_S, DIGIT, ECHO, MONTHS, OPERATIVE, VERDICT_WORDS, WHEREAS, has_figure, looks_like_heading
from .formality import is_formality
from .heads import heads_next
from .lists import ITEM_START, LEADS_IN, MARKER, list_after, list_in_next, list_runs_on

#: a sentence that opens with a pronoun, or with a word that goes on from the sentence before ("In particular, the
#: Council urges ..." after "That the Council makes comments but does not require reconsideration of the decision."):
#: what it speaks of is in the sentence before ("They regularly monitor ...")
REFERS_BACK = re.compile(r"(?:They|These|Those|He|She|His|Her|Their|Its|It|This|Such)\b(?! (?:report|paper|item|"
                         r"meeting|document)\b)|(?:In particular|In addition|Furthermore|Moreover|Additionally|"
                         r"Consequently|As a result|Accordingly|Therefore|However|Similarly),")
#: a quote shorter than this (in words) is quoted with the sentence after it
WINDOW_WORDS = 60
#: sentences read on from a quote for its item's outcome line
VERDICT_REACH = 3
#: a clause that leans on what follows and was cut from it at a stop (speech written down: "While there have
#: been some changes in population since 2010. Those changes are insufficient ..."): no comma, no main clause
DANGLING = re.compile(r"^(?:While|Although|Though|Whereas|Because|Since|Unless|Whether)\b[^,;:]*[.]$")
#: a table row's verdict, which ends the row ("Vesey £22,720 Rejected.", "Approved from the social inclusion budget")
ROW_VERDICT = re.compile(r"(?:^|\s)(?:" + VERDICT_WORDS + r"|Not approved)\b"
                         r"(?: [a-z]+){0,6}\.?$")
#: a motion's seconder, however short the sentence ("Trustee Richardson seconded.")
SECONDED = re.compile(r"\bseconded\b", re.I)
#: a sentence about a motion put in the sentence before it ("Lindsey seconded the motion and it passed unanimously."):
#: the motion's words are there ("Melanie made a motion to allow Kathleen to draft a letter ...")
THE_MOTION = re.compile(r"\bseconded\b|\bthe motion\b", re.I)
MOVED = re.compile(r"\b(?:moved|a motion|proposed)\b", re.I)
#: a sentence that announces offers received ("Two bids were received for construction of the park."): each
#: offer with its sum follows ("Olsen & Olsen's bid was $451,280.56. UP Concrete's bid was $582,821.00.")
OFFERS = re.compile(r"\b(two|three|four|five|[2-5])\s+(?:\w+\s+)?(bid|quote|quotation|tender|estimate|offer|proposal)s\s+"
                    r"(?:were|have been|had been)\s+(?:received|submitted|obtained|opened)\b", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: sentences past the announcement within which its offers are looked for
OFFER_SPAN = 6
#: a line that opens a sub-numbered agenda item ("10.5 Application - ..."), not a resolution's next point ("2 The
#: Children's Improvement Plan be ...", "2) That the Clerk ...")
NEXT_ITEM = re.compile(r"\d{1,3}\.\d{1,2}[.)]?\s+(?!That\b)[A-Z][a-z]+")
#: a number alone, no sum: a minute book's page number or a list's bare mark ("11", "(3)", "2.")
BARE_NUMBER = re.compile(r"^[\s(]*\d{1,4}[\s.,)]*$")
#: a row of a short tally or account printed a line each ("Holly Landscapes: 2 votes", "Bank balance: £1,240.78")
LABEL_ROW = re.compile(r"^[^:.;]{2,60}:\s*[£$€]?\d[\d,.]*%?(?:\s+[a-z]+){0,2}\.?$")
#: rows of one such table quoted together, at most
ROW_RUN = 8
#: a line short enough to run on to the sum that ends its item, and that sum alone on its line ("Approximately $1,915.")
SHORT_LINE = 12
BARE_SUM = 6
#: the most words of a sentence stating the sum a few short lines on that speaks of the quote's subject
SUM_WORDS = 30
#: sentences past a quote within which its row's verdict is looked for
ROW_SPAN = 6


def row_verdict(sents: list[tuple[int, str]], i: int) -> list[tuple[int, str]]:
    """The verdict that ends the table row a quoted sentence is in (a grant or planning list: applicant,
    description, amount, then "Rejected." / "Approved ..."), with the short reason after a bare verdict; none
    past ``ROW_SPAN`` sentences, or when no sentence there ends in a verdict."""
    for k in range(i + 1, min(i + 1 + ROW_SPAN, len(sents))):
        if ROW_VERDICT.search(sents[k][1].strip()):
            why = sents[k + 1] if k + 1 < len(sents) and len(sents[k][1].split()) <= 6 else None
            return [sents[k]] + ([why] if why and len(why[1].split()) <= 30 else [])
        if VERDICTS.match(sents[k][1]) or MARKER.match(sents[k][1].strip()):  # (the row's item ends: its outcome
            return []  # line, "Deferred to the June 19 Voting Hearing", or the next item's mark, "8.")
    return []


def reads_on(q: str, nxt: str, wants_figure: bool) -> bool:
    """Is a quote read on into the sentence after it: the quote is short, cut off, or without the figure asked that
    the next one gives, or the next one records what was decided on it; and the next one is a sentence worth
    reading (not a heading, a list's bare marker or a formality, nor another item after a decision)?"""
    short = len(q.split()) < WINDOW_WORDS
    cut = not q.rstrip().endswith((".", "!", "?", ";"))
    figure_next = wants_figure and not has_figure(q) and has_figure(nxt)
    # discussion followed by what was decided on it: the decision is the outcome a reader wants
    decided_next = (not DECISION_S.search(q) and bool(DECISION_S.search(nxt))) or (
        bool(WHEREAS.search(q)) and bool(OPERATIVE.match(nxt)))  # a resolution's recital, then what it resolves
    # (a list's next marker alone, "2.", is not a sentence: it says nothing)
    # (a decision ends its item: a numbered line after it opens the next one, "10.5 Application - ...")
    ended = bool(DECISION_S.search(q)) and bool(NEXT_ITEM.match(nxt))
    return bool((short or cut or figure_next or decided_next) and not ended and nxt and not q.endswith(nxt) and len(
        nxt.split()) <= 60 and (len(nxt.split()) >= 4 or DIGIT.search(nxt) or SECONDED.search(nxt))
        and not MARKER.match(plain(nxt).strip()) and not is_formality(nxt)  # (nor "The meeting closed at 9.55 pm.")
        and not BARE_NUMBER.match(nxt))  # (nor a page's number in the minute book, "11")


#: a motion's outcome on a line of its own, which completes the motion or vote before it ("Motion Failed (7 to 7)")
OUTCOME = re.compile(r"^[*_>\s]*(?:(?:the )?(?:motion|amendment|recommendation|resolution)\s+(?:was\s+)?)?(?:passed|"
                     r"failed|carried|lost|defeated|adopted)\b(?:\s+unanimously)?[*_\s]*(?:\(\d{1,3}\s+to\s+\d{1,3}\))?"
                     r"[*_.\s]*$", re.I)


def _at(sents: list[tuple[int, str]], offset: int) -> int | None:
    """The index of the sentence at ``offset`` among a text's sentences, or None."""
    return next((k for k, (o, _) in enumerate(sents) if o == offset), None)


def outcome_after(text: str, offset: int) -> list[tuple[int, str]]:
    """The line giving a motion's outcome right after the sentence at ``offset`` (a vote's table or roll, "Motion
    Failed (7 to 7)"), if there is one; and, for a vote's sentence on "the motion", the motion put just before it
    ("Mr. Moeder made a motion to adopt Ordinance 4451 ... / The motion was seconded ... passed by a vote of 5-2")."""
    sents = sentences(text)
    k = _at(sents, offset)
    if k is None:
        return []
    return motion_before(sents, k) + ([sents[k + 1]] if k + 1 < len(sents) and OUTCOME.match(sents[k + 1][1]) else [])


def motion_before(sents: list[tuple[int, str]], i: int) -> list[tuple[int, str]]:
    """The motion the sentence ``i`` is about ("Lindsey seconded the motion and it passed unanimously."), when the
    sentence before puts it and is short enough to read."""
    q = sents[i][1]
    if THE_MOTION.search(q) and not MOVED.search(q) and i > 0 and MOVED.search(sents[i - 1][1]) and len(
            sents[i - 1][1].split()) <= WINDOW_WORDS:
        return [sents[i - 1]]
    return []


#: a question after who moved, proposed or seconded a motion ("who proposed, and who seconded, ...?", "which councillor
#: moved it?"; not "the proposed building", "as proposed", "seconded to the team", "who chaired, and what was proposed?")
MOVER_Q = re.compile(r"\b(?:who|which\s+(?:[\w'’-]+\s+){0,2}?(?:councillor|member|trustee|commissioner|supervisor|"
                     r"director|alderm[ae]n|person)s?)\b[^?.,;]*?(?<!\bthe )(?<!\ba )(?<!\bas )\b(?:proposed|moved|"
                     r"seconded(?!\s+to\b)|second(?:s|ed)?\s+(?:it|the|that|this))\b|\b(?:seconder|proposer|mover)s?\b",
                     re.I)
#: a sentence that puts a motion ("I will move at the next Meeting that ...", "Councillor Ash proposed ...")
_PUTS = re.compile(r"\b(?:moved|moves|proposed|proposes|motion)\b|\b(?:will|to) move\b", re.I)
#: sentences past a motion within which its item's seconder is looked for
SECOND_SPAN = 4


def seconder_after(sents: list[tuple[int, str]], i: int) -> tuple[int, str] | None:
    """The sentence of the item of sentence ``i`` (a motion) that says who seconded it, a few sentences on and not
    past the next item's number or heading, another motion or a decision ("I will move ... / In proposing the Motion,
    ... / The Motion was seconded by Councillor O'Donovan and adopted."); None when the sentence puts no motion, says
    who seconded it or what was decided on it itself, or its item does not say."""
    if SECONDED.search(sents[i][1]) or not _PUTS.search(sents[i][1]) or _DECIDES.search(sents[i][1]):
        return None
    for k in range(i + 1, min(i + 1 + SECOND_SPAN, len(sents))):
        t = sents[k][1]
        if SECONDED.search(t):
            return sents[k]
        if MARKER.match(plain(t).strip()) or NUMBERED.match(t) or looks_like_heading(t) or MOVED.search(t) or (
                _DECIDES.search(t)):  # (nor past another motion put, or the decision on this one: "This was agreed.")
            return None
    return None


def seconded_on(text: str, offset: int) -> bool:
    """Does the item of the motion at ``offset`` in a text say who seconded it a few sentences on (``seconder_after``)?"""
    sents = sentences(text)
    k = _at(sents, offset)
    return k is not None and seconder_after(sents, k) is not None


#: a question after who voted one way ("which members voted against", "who dissented", "who opposed it")
#: (the way asked: group 1 voted that way, group 2 against it, group 3 abstained)
WHO_VOTED = re.compile(r"\b(?:who|which(?:\s+[\w'’-]+){1,4}?)\s+(?:voted\s+(?:(for|yes|aye|in\s+favou?r)|"
                       r"(against|no|nay))|(opposed|dissented)|(abstained))\b|\bwho\s+(?:were\s+)?the\s+(dissent)", re.I)
#: a roll call's line of the names voting one way ("Nays (3): Wallach, Winer, Yates.", "Against: Cllr Lee", "No: Brown")
_ROLL = r"^\s*(?:Yeas?|Nays?|Ayes?|Noes|Yes|No|For|Against|Opposed|Abstain\w*|Dissent\w*)\s*{count}\s*:\s*(?:[A-Z]|$)"
ROLL_LINE = re.compile(_ROLL.format(count=r"(?:\(\d{1,3}\))?"))
#: the same with its count ("Yeas (12): ..."), which a roll of names alone ("Yeas: Castro, Lago)") does not give
COUNTED_ROLL = re.compile(_ROLL.format(count=r"\(\d{1,3}\)"))


def way_asked(question: str) -> str | None:
    """The way of voting whose voters a question asks for ("for", "against" or "abstain"), or None."""
    m = WHO_VOTED.search(question)
    if m is None:
        return None
    return "for" if m.group(1) else "abstain" if m.group(4) else "against"
#: sentences past a quote within which its vote's roll lines are looked for
ROLL_SPAN = 14


def with_neighbours(text: str, quotes: list[tuple[int, str]], wants_figure: bool = False,
                    wants_verdict: bool = False, question: str = "", wants_item: bool = False) -> list[tuple[int, str]]:
    """Evidence sentences with the sentence after them, a short window (the answer often completes in the
    next sentence: a figure, what was decided on it), when both are short enough to read; for a question after
    a figure, also a long figureless sentence followed by one that has it; for one after which item, the heading
    above ("Planning Commission Stipends" over "Patrick Heisinger, Assistant City Manager, made a presentation");
    asked who voted one way or who moved or seconded a motion (``question``), its roll call's lines or the line of its
    item that says who seconded it (which names its mover too, or follows the line that does)."""
    sents = sentences(text)
    offsets = [o for o, _ in sents]
    out: dict[int, str] = dict(quotes)
    wants_roll, wants_seconder = bool(WHO_VOTED.search(question)), bool(MOVER_Q.search(question))
    for off, q in quotes:
        if off not in offsets:
            continue
        i = offsets.index(off)
        j = i + 2 if i + 2 < len(sents) and MARKER.match(plain(sents[i + 1][1]).strip()) else i + 1  # (past "1.")
        nxt = sents[j][1] if j < len(sents) else ""
        verdict = next((k for k in range(j, min(j + VERDICT_REACH, len(sents))) if VERDICTS.match(sents[k][1])
                        or NUMBERED.match(sents[k][1]) or len(sents[k][1].split()) <= 3), None)  # (an item's outcome
        # line after its fields; not the next item's, past its number or a heading: "Footpaths")
        if verdict is not None and VERDICTS.match(sents[verdict][1]) and len(sents[verdict][1].split()) <= WINDOW_WORDS \
                and not q.endswith(sents[verdict][1]):  # (not one the quote holds already: "... WV-1001. Refused")
            out.setdefault(*sents[verdict])  # ("Manager: ... Attorney: ..." / "Granted, with closing hours of 3:00 AM ...")
        # (an item's outcome line ends its item: not read on past the next item's number, "Deferred ..." / "8." / "Cafe")
        if reads_on(q, nxt, wants_figure) and not (VERDICTS.match(q) and (j > i + 1 or NUMBERED.match(nxt))):
            out.setdefault(*sents[j])
            if j + 1 < len(sents) and OUTCOME.match(sents[j + 1][1]):  # (the motion, its vote, and how it went:
                out.setdefault(*sents[j + 1])  # "leave BE GRANTED ..." / "Vote: |Yeas:|Nays:| ..." / "Motion Failed")
            if DANGLING.match(nxt) and j + 1 < len(sents) and len(sents[j + 1][1].split()) <= WINDOW_WORDS:
                out.setdefault(*sents[j + 1])  # (the clause the neighbour leans on)
            if ECHO.search(nxt) and j + 1 < len(sents) and not ECHO.search(sents[j + 1][1]) and reads_on(
                    nxt, sents[j + 1][1], wants_figure):  # the neighbour records a question: its answer follows
                out.setdefault(*sents[j + 1])  # ("The Charity wished to know whether TCC could re-site it. / Cllr
                # Hayward suggested it be re-sited on Fryer's Wharf.")
            if LEADS_IN.search(nxt):  # the neighbour introduces a list or table: quote it too
                for item in list_after(text, sents, j):
                    out.setdefault(*item)
        if wants_figure and not has_figure(q) and not has_figure(nxt):  # the item's sum a few short lines on
            ahead = sents[j + 1:j + 3]  # ("Sidewalk from one parking lot to other ... / Also place a cover ... /
            k = next((k for k, (_, t) in enumerate(ahead) if has_figure(t)), None)  # Projects are needed for
            if k is not None and (len(ahead[k][1].split()) <= BARE_SUM or (  # Safety reasons. /
                    len(ahead[k][1].split()) <= SUM_WORDS and _same_subject(q, ahead[k][1]))) and all(
                    len(t.split()) <= SHORT_LINE for _, t in ahead[:k]):
                out.update([sents[j], *ahead[:k + 1]])  # Approximately $1,915."; or a longer one on the same
                # subject: "... for this project and The Village Pound. / Notification received that both applications
                # were successful. / ... therefore Hall Wall gets funding of £6,400 and The Pound £1,125.")
        if wants_item and i > 0 and heads_next(sents[i - 1][1]) and not heads_next(q):
            out.setdefault(*sents[i - 1])
        if (q[:1].islower() or REFERS_BACK.match(q)) and i > 0 and len(sents[i - 1][1].split()) <= 40:
            out.setdefault(*sents[i - 1])
        else:
            out.update((o, t) for o, t in motion_before(sents, i) if o not in out)
        if (offers := OFFERS.search(q)) is not None:  # each offer announced, with its sum
            n = _COUNTS.get(offers.group(1).lower()) or int(offers.group(1))
            noun = re.compile(rf"\b{offers.group(2)}s?\b", re.I)
            out.update([x for x in sents[i + 1:i + 1 + OFFER_SPAN] if has_figure(x[1]) and (
                noun.search(x[1]) or len(x[1].split()) <= 8)][:n])  # (or a line each: "David Strivens £1600")
        if LABEL_ROW.match(q):  # one row of a tally printed a line each: its table is the answer ("Holly
            # Landscapes: 2 votes / Country Grounds Maintenance: 4 votes / The Landscape Group: 0 votes.")
            lo, hi = i, i  # (the unbroken run of rows around it, at most ROW_RUN either side)
            while lo > max(0, i - ROW_RUN) and LABEL_ROW.match(sents[lo - 1][1]):
                lo -= 1
            while hi < min(len(sents) - 1, i + ROW_RUN) and LABEL_ROW.match(sents[hi + 1][1]):
                hi += 1
            out.update(sents[lo:hi + 1])
        if LEADS_IN.search(q):  # "... the following key roads:" / "including:-": the list is the answer
            for item in list_after(text, sents, i):  # (a quote among its items stays whole, "b) ... BE FIXED at
                out.setdefault(*item)  # $330,000;", not the list's opening cut short of its figure)
        if wants_verdict and not DECISION_S.search(q):  # a table row's verdict, which ends its row ("... Rejected.")
            out.update(row_verdict(sents, i))
        if wants_verdict and ECHO.search(q) and j == i + 1 and reads_on(q, nxt, wants_figure) and not (
                _DECIDES.search(q) or _DECIDES.search(nxt) or looks_like_heading(nxt)):  # the question put to the body: what
            out.update(item_goes_on(sents, j))  # the item goes on to say answers it ("Councils are being asked
            # whether they wish to sign up ... / Other Councils ... do not feel it is appropriate to do so. /
            # Councillors were asked their opinion and the general feeling was that it was not cost-effective ...")
        if wants_seconder and (second := seconder_after(sents, i)) is not None:  # who seconded the motion: its item's
            out.setdefault(*second)  # line saying so ("The Motion was seconded by Councillor O'Donovan and adopted.")
        if wants_roll:  # who voted which way: the roll call's lines after the motion, up to the next item's
            ahead = sents[i + 1:i + 1 + ROLL_SPAN]
            k = next((k for k, (_, t) in enumerate(ahead) if ROLL_LINE.match(t)), None)
            while k is not None and k < len(ahead) and ROLL_LINE.match(ahead[k][1]):
                out.setdefault(*ahead[k])
                if ahead[k][1].rstrip().endswith(":") and k + 1 < len(ahead):  # ("Nays (3):" / "Wallach, Winer.")
                    k += 1
                    out.setdefault(*ahead[k])
                k += 1
    kept: list[tuple[int, str]] = []
    for off, q in sorted(out.items()):  # (not an outcome line twice: once read on to by the line above it, "...
        if not (kept and VERDICTS.match(q) and kept[-1][1].endswith(" " + q)):  # Attorney: T. Jacobs Rejected")
            kept.append((off, q))
    return kept


#: a sentence that records a decision, however cased ("it was resolved that residents should be asked whether ...":
#: a decision, not the question put to the body)
_DECIDES = re.compile(DECISION_S.pattern, re.I)
#: how many sentences past an echoed question's neighbour its item is read on for the body's answer
VERDICT_SPAN = 2


def item_goes_on(sents: list[tuple[int, str]], j: int) -> list[tuple[int, str]]:
    """The sentences after the ``j``-th, up to ``VERDICT_SPAN`` of them, short ones in its agenda item (up to another
    item's numbered opening), ending at the first that records a decision."""
    out = []
    for off, t in sents[j + 1:j + 1 + VERDICT_SPAN]:
        if (NUMBERED.match(t) or BARE_NUMBER.match(t) or MARKER.match(plain(t).strip()) or looks_like_heading(t)
                or len(t.split()) > WINDOW_WORDS):  # (another item's opening, or its heading: "Allotments")
            break
        out.append((off, t))
        if _DECIDES.search(t):
            break
    return out


def answer_after_echo(quote: str, text: str) -> list[tuple[int, str]]:
    """For a quote recording the question put to a body, what its item goes on to say after the first sentence of
    ``text`` (the next chunk, whose first sentence the quote is read on into), unless that sentence decides it."""
    sents = sentences(text)
    if not ECHO.search(quote) or _DECIDES.search(quote) or not sents or (
            _DECIDES.search(sents[0][1]) or looks_like_heading(sents[0][1])):
        return []
    return item_goes_on(sents, 0)


def next_opening(h: Hit, next_chunk: Callable[[Hit], Hit | None]) -> tuple[Hit, tuple[int, str]] | None:
    """The chunk after a hit and its first sentence past those the hit ends with too (chunks overlap), if any."""
    nxt = next_chunk(h)
    sents, tail = (sentences(nxt.text) if nxt is not None else []), " ".join(h.text.split())
    skip = max((k + 1 for k in range(min(len(sents), 4)) if tail.endswith(" ".join(t for _, t in sents[:k + 1]))),
               default=0)  # (the leading run of them that the hit ends with: not a sentence said twice, "Carried.")
    return (nxt, sents[skip]) if nxt is not None and skip < len(sents) else None


def sentence_after(h: Hit, offset: int, next_chunk: Callable[[Hit], Hit | None] | None) -> list[str]:
    """The sentence after the one at ``offset`` in a hit (where an answer often follows its lead-in), read on into
    the next chunk's first when it ends its own (where a chunk ends does not change what the evidence states:
    "Finance:- 2018-19 Precept has to be submitted by 22nd January." / "... calculated that the Precept will be
    £15,100."); not past a decision recovered whole at ingest."""
    sents = sentences(h.text)
    i = _at(sents, offset)
    if i is None:
        return []
    if i + 1 < len(sents):
        return [sents[i + 1][1]]
    opening = next_opening(h, next_chunk) if next_chunk is not None and not h.recorded else None
    return [opening[1][1]] if opening is not None else []


def runs_on(h: Hit, quotes: list[tuple[int, str]], wants_figure: bool, next_chunk: Callable[[Hit], Hit | None] | None,
            verdict: bool = False, question: str = "") -> list[tuple[Hit, list[tuple[int, str]]]]:
    """What the quoted evidence goes on with in the next chunks: the rest of a list it ends with, or the
    next chunk's first sentence (see ``continuation``); nothing for a decision recovered whole at ingest. Asked a
    total, a quoted table that runs on past its chunk's end goes on to its total row (see ``table_total``)."""
    if h.recorded:
        return []
    total = table_total(h, quotes, next_chunk) if TOTAL_Q.search(question) else None
    if total is not None:
        follow = continuation(h, quotes, wants_figure, next_chunk)
        if follow and follow[0].chunk_id == total[0].chunk_id:  # (the row is read on to in the chunk it ends, or
            within = follow[1][0] <= total[1][0] < follow[1][0] + len(follow[1][1])  # is the sentence read on to)
            return [(total[0], [follow[1]] if within else sorted({follow[1], total[1]}))]
        return [*([(follow[0], [follow[1]])] if follow else []), (total[0], [total[1]])]
    listed = list_runs_on(h, quotes, next_chunk) or list_in_next(h, quotes, next_chunk)
    if listed:
        return listed
    follow = continuation(h, quotes, wants_figure, next_chunk)
    if follow and verdict and (more := answer_after_echo(quotes[-1][1], follow[0].text)):  # (the body's answer)
        return [(follow[0], [follow[1], *more])]
    # (and a vote read on into ends with how the motion went: "Vote: |Yeas:|Nays:| ..." / "Motion Failed (7 to 7)")
    return [(follow[0], [follow[1], *outcome_after(follow[0].text, follow[1][0])])] if follow else []


#: a question after a total ("what was the total expenditure budget", "how much in all")
TOTAL_Q = re.compile(r"\b(?:total|in all|altogether|overall)\b", re.I)
#: a table's total row: "Total" or "TOTAL" (or "Grand Total") opening a line, a cell or after a row's amount, then its
#: amount within a few words ("**Total Inc. VAT @23%** **€514,856.15**", "... VAT £1,113.67 TOTAL £10,109.85", "|
#: Total | £10,109.85 |"; not "Combined Funds total: ...", whose figure is named a total in words)
TOTAL_ROW = re.compile(r"(?:^|(?<=\d )|(?<=\d\) )|(?<=\d\*\* )|(?<=\| ))\**(?:Grand\s+)?(?:Total|TOTAL)\b[^\n£$€|]{0,40}?"
                       r"\**\s*(?:\|\s*)?\**(?:[£$€]\s?\d[\d,]*(?:\.\d\d)?|(?:EUR|GBP|USD|CAD)\s?\d[\d,]*(?:\.\d\d)?|"
                       r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d)\b\**", re.M)
#: an amount as a table prints it ("€5,775.00", "(10,109.85)", "543.26", "£140"; not a time, "at 21.15", "19.30pm",
#: nor a date, "12.03.25"); the last characters of a chunk read for them, and how many there make its end a table's rows
TABLE_AMOUNT = re.compile(r"[£$€]\s?\d[\d,]*(?:\.\d\d)?|(?<![\d.])(?<!at )\(?\b\d[\d,]*\.\d\d\b\)?(?!\.\d)(?!\s?(?:am|pm|hrs)\b)")
TABLE_TAIL, TABLE_AMOUNTS = 160, 3
#: the most chunks read on through a table to its total row, and the words of a line that ends the table (prose)
TABLE_REACH, PROSE_WORDS = 3, 12


def ends_in_table(text: str) -> bool:
    """Does a chunk end among a table's rows (``TABLE_AMOUNTS`` amounts or more in its last ``TABLE_TAIL``
    characters)?"""
    return len(TABLE_AMOUNT.findall(text.rstrip()[-TABLE_TAIL:])) >= TABLE_AMOUNTS


def table_total(h: Hit, quotes: list[tuple[int, str]], next_chunk: Callable[[Hit], Hit | None] | None
                ) -> tuple[Hit, tuple[int, str]] | None:
    """The total row of a table the last quote ends its chunk in, from the next chunks the table runs on over
    ("... Pegasus Parade €64,821.00 ASD sensory Area €5,775.00" ends one chunk; "Total Inc. VAT @23% €514,856.15"
    is two chunks on); None when the quote ends before its chunk's rows, or the table ends (a line of prose) first."""
    if next_chunk is None or not quotes:
        return None
    if quotes[-1][0] + len(quotes[-1][1]) < len(h.text.rstrip()) - TABLE_TAIL or not ends_in_table(h.text):
        return None
    n: Hit | None = h
    for _ in range(TABLE_REACH):
        n = next_chunk(n) if n is not None else None
        if n is None:
            return None
        prose = next((m.start() for m in re.finditer(r"[^\n]+", n.text)
                      if len(m.group().split()) > PROSE_WORDS and not TABLE_AMOUNT.search(m.group())), len(n.text))
        if (row := TOTAL_ROW.search(n.text, 0, prose)) is not None:
            return n, (row.start(), plain(row.group()))
        if prose < len(n.text):
            return None
    return None


#: a numbered minute's start: its number run into its title ("3297.Accounts for payment:-"), bracketed ("(12) Cluster
#: Meetings") or of a year ("45/22 Accounts"); "5. Apologies" is split at its full stop before this is asked
MINUTE_NUMBER = re.compile(r"\(?(?:\d{1,5}[.)]\s*|\d{1,4}/\d{2,4}\s+)[A-Z]")


def continuation(h: Hit, quotes: list[tuple[int, str]], wants_figure: bool,
                 next_chunk: Callable[[Hit], Hit | None] | None) -> tuple[Hit, tuple[int, str]] | None:
    """The next chunk's first sentence, when the last quote ends its chunk and is read on into it as into the next
    sentence of its own chunk (``window.reads_on``: where a chunk ends does not change the answer), or is cut off
    mid-sentence, or the figure asked for is in none of the quotes and that sentence holds one."""
    if next_chunk is None or not quotes:
        return None
    sents = sentences(h.text)
    if not sents or quotes[-1][0] != sents[-1][0]:
        return None
    opening = next_opening(h, next_chunk)
    if opening is None or h.text.endswith(opening[1][1]):
        return None  # (nor a sentence already read on into the hit: see ``around.mended``)
    nxt, first = opening
    if MINUTE_NUMBER.match(first[1]):  # (the next minute is another matter: "3297.Accounts for payment:- ...")
        return None
    if reads_on(quotes[-1][1], first[1], wants_figure) and not ITEM_START.match(first[1]):
        return nxt, first  # (a list's next item is the list rules' to read on to: ``lists.list_runs_on``)
    # (cut mid-sentence: no stop at its end, or the stop of an initial, "– B." before "Munro (motion)")
    cut = not quotes[-1][1].rstrip().endswith((".", "!", "?", ";", ":")) or ends_abbreviation(quotes[-1][1])
    figure = wants_figure and not any(has_figure(q) for _, q in quotes) and has_figure(first[1])
    return (nxt, first) if (cut or figure) and 4 <= len(first[1].split()) <= 60 else None


#: the words a label or lead-in has at most ("Stated reason for change:", "Question 7 – A Resident, Through Traffic:")
LABEL_WORDS = 10


def without_dangling(quotes: list[tuple[int, str]], follow: list[tuple[Hit, list[tuple[int, str]]]],
                     chosen: set[int]) -> tuple[list[tuple[int, str]], list[tuple[Hit, list[tuple[int, str]]]]]:
    """A passage's quotes without a short label or lead-in at their end that nothing follows ("... Milestones:",
    "Question 7 – A Resident, Through Traffic:"): read on as a neighbour, it opens the next row or question, not
    the answer. A sentence chosen as evidence (``chosen``: its offsets in the passage's own chunk) stays."""
    def dangles(q: str) -> bool:
        return q.rstrip().endswith(":") and len(q.split()) <= LABEL_WORDS

    while follow:  # (labels one after another: "Costs:" / "Milestones:")
        *before, (h, qs) = follow
        if qs and not dangles(qs[-1][1]):
            break
        follow = [*before, (h, qs[:-1])] if len(qs) > 1 else before
    while not follow and len(quotes) > 1 and dangles(quotes[-1][1]) and quotes[-1][0] not in chosen:
        quotes = quotes[:-1]
    if follow and follow[-1][1]:  # (and the next row's label that ends the passage's last sentence: "... £3,997,064
        h, qs = follow[-1]  # 28/29 Milestones:", "... ● ITEM J1:")
        return quotes, [*follow[:-1], (h, [*qs[:-1], (qs[-1][0], _unlabelled(qs[-1][1]))])]
    return ([*quotes[:-1], (quotes[-1][0], _unlabelled(quotes[-1][1]))] if quotes else quotes), follow


#: the words a label at a sentence's end has at most
END_LABEL_WORDS = 4


def _unlabelled(quote: str) -> str:
    """A quote without the next row's label at its end ("... 28/29 Milestones:" -> "... 28/29"): a few words
    ending in a colon, the first capitalised, after a figure (not a reference's number: "... the Section 106
    Agreement:"), bracket or bullet that ends the row before it; never a lead-in ("the following", "as follows") nor
    after a word ("... requires approval of City Council:"), and only where a row of three words or more is left."""
    words = quote.rstrip().split()
    if not words or not words[-1].endswith(":") or _LEADS_ON.search(quote):
        return quote
    for n in range(1, min(END_LABEL_WORDS, len(words) - 1) + 1):
        label, before = words[-n:], words[-n - 1]
        if not label[0][:1].isupper() or any(w[-1:] in ".;!?" for w in label) or MARKER.match(before):
            continue
        figure = _FIGURE.fullmatch(before.rstrip(",")) and not (n + 2 <= len(words) and _REFERENCE.fullmatch(words[-n - 2]))
        if figure or before[-1:] in ")]●•":
            cut = re.search(r"\s+" + r"\s+".join(map(re.escape, label)) + r"\s*$", quote)
            kept = quote[:cut.start()].rstrip(" ●•") if cut else quote
            return kept if len(kept.split()) >= 3 else quote
    return quote


#: a figure ending a table's row ("£3,997,064", "28/29", "96%"), a word naming a reference's number ("Section 106"),
#: and a lead-in's words: what follows the colon is its list, not the next row
_FIGURE = re.compile(r"[£$€]?\d[\d,]*(?:[./]\d+)?%?")
_REFERENCE = re.compile(r"(?i:section|item|minute|appendix|phase|policy|paragraph|part|schedule|regulation|article|"
                        r"clause|page|no\.?|number|ward|route|stage|level|grade|band|option|question|motion)")
_LEADS_ON = re.compile(r"\b(?:the following|as follows|including|namely)\b", re.I)


def _same_subject(q: str, figure: str) -> bool:
    """Does a sentence speak of what a quote does: a name or term (a capitalised word, not the sentence's first)
    of the quote's, in its words?"""
    named = {stem for w in re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]{2,}\b", q) for stem in content_stems(w)}
    return bool((named - _EVERY_ITEMS) & set(content_stems(figure)))


#: capitalised words any item may hold (a council's, its officers', a month's): no subject of its own
_EVERY_ITEMS = frozenset(content_stems(
    "council councils councillor cllr clerk county parish town city village community committee board chair chairman "
    "mayor officer members member report reported meeting minutes item " + " ".join(MONTHS)
    + " monday tuesday wednesday thursday friday saturday sunday"))

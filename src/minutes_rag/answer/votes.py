"""Votes and decisions for the extractive answerer: the decisions recovered at ingest as evidence of their
own, the recorded vote of a quoted item, and the counts of a vote (a For/Against line or a roll call's
tally) for a question that asks how a vote went."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..parse.votes import ROLL_SPAN, VERDICT, VERDICT_TALLY, VOTE_COUNT, count_runs, roll_call_tallies, voters
from ..text import content_stems
from ..types import Decision, Hit
from .cues import DECISION_Q, MONTH_STEMS, OUTCOME_Q, QUESTION_WORDS, asks_vote
from .figures import with_verdict
from .heads import chunk_ordinal
from .parts import BECAME_Q, HANDLED_Q, body_stems, doc_position, meeting_key, same_meeting
from .scoring import Cand, vote_cand
from .window import way_asked


def item_label(h: Hit) -> str | None:
    """A hit's agenda item as cited: its number and title."""
    if not h.item_number and not h.item_title:
        return None
    return " ".join(x for x in (h.item_number, h.item_title) if x)


#: words of every tally, which say nothing of which vote it is
_TALLY_WORDS = frozenset(content_stems("for against abstain abstained abstentions absent councillor councillors "
                                       "vote voted votes member members")) | {"vote", "voted"}


def cover_vote(parts: list[str], hits: list[Hit], ranked: list[Cand], chosen: list[Cand],
               next_chunk: Callable[[Hit], Hit | None] | None = None, across: bool = False,
               prev_chunk: Callable[[Hit], Hit | None] | None = None) -> list[Cand]:
    """For a question that asks how a vote went, when no chosen sentence gives counts: the recorded counts
    (a vote's For/Against figures, a roll call's tally) in a quoted document, the first after the quoted
    text (a vote follows its motion); for a vote asked of the council when the quotes are its committee's, the
    council meeting's too."""
    if not chosen or not any(asks_vote(p) for p in parts):
        return chosen
    # one vote for the lead; for a question that follows a vote across meetings, one for each quoted meeting
    leads: dict[tuple[str | None, str], Cand] = {}  # the first chosen sentence of each meeting (or undated document)
    docs: dict[tuple[str | None, str], set[str]] = {}  # and the documents of that meeting quoted
    for c in chosen:
        key = meeting_key(hits[c.hit])
        leads.setdefault(key, c)
        docs.setdefault(key, set()).add(c.doc)
    out = list(chosen)
    final = any(FINAL_VOTE.search(p) for p in parts)
    amended = any(AMENDMENT.search(p) for p in parts)
    keys = list(leads)[:3 if across else 1]
    council = _council_evidence(parts, hits, ranked, chosen, [leads[k] for k in keys])
    if council is not None:  # the vote asked is the full council's, and the lead is a committee's
        out.append(council)
        key = meeting_key(hits[council.hit])
        leads.setdefault(key, council)
        docs.setdefault(key, set()).add(council.doc)
        keys = [key, *keys] if not across else [*keys, key]
    about, subject = _vote_about(parts, hits)
    way = next((w for p in parts if (w := way_asked(p))), None)
    for key in dict.fromkeys(keys):
        out = _vote_for(leads[key], docs[key], hits, ranked, out, next_chunk, final=final, prev_chunk=prev_chunk,
                        about=about, subject=subject, way=way)
        if not amended and next_chunk is not None and out and out[-1].vote and out[-1].for_part:
            out[-1:] = [_motion_vote_after(out[-1], hits, next_chunk) or out[-1]]
    with_verdict(out, hits, next_chunk)
    if way is not None:
        _name_voters(way, out, hits, next_chunk, prev_chunk)
    return out


#: a vote's record that names who voted each way ("with Breitbarth voting nay", "Nays: Wallach, Winer")
_SAYS_WAY = {"against": re.compile(r"\bvot(?:ing|ed)\s+(?:against|nay|no)\b|\b(?:nays|noes|no|against)\b\s*(?:\(\d+\))?:", re.I),
             "for": re.compile(r"\bvot(?:ing|ed)\s+(?:for|yea|yes|aye|in favou?r)\b|\b(?:yeas|ayes|for)\b\s*(?:\(\d+\))?:", re.I),
             "abstain": re.compile(r"\babstain(?:ing|ed)\b|\babstentions?\b\s*(?:\(\d+\))?:", re.I)}


def _name_voters(way: str, chosen: list[Cand], hits: list[Hit], next_chunk: Callable[[Hit], Hit | None] | None,
                 prev_chunk: Callable[[Hit], Hit | None] | None) -> None:
    """Add to each quoted tally of a roll call or count run ("For: 36; Against: 3") the names printed for the way
    of voting asked ("Against: Councillors Benson, Carey, Gavan"), read from its chunk with the ones around it."""
    for c in chosen:
        if not c.vote:
            continue
        h, around = hits[c.hit], [hits[c.hit].text]
        if next_chunk is not None and (nxt := next_chunk(h)) is not None and nxt.doc_id == h.doc_id:
            around.append(f"{h.text}\n{nxt.text}")
        if prev_chunk is not None and (prev := prev_chunk(h)) is not None and prev.doc_id == h.doc_id:
            around.append(f"{prev.text}\n{h.text}")
        names = next((n for text in around for tally, n in voters(text, way) if tally == c.text), None)
        if names is not None:
            c.text = f"{c.text}. {names}"


def _vote_about(parts: list[str], hits: list[Hit]) -> tuple[set[str], set[str]]:
    """What the vote asked about is on: the words of the parts that ask it, less the meetings they name (bodies,
    months, years), procedure and the question's own words; and what the question asks about (those words, or
    the other parts' when the vote part names nothing of its own: "..., and by what vote?")."""
    bodies = body_stems(hits)

    def named(ps: list[str]) -> set[str]:
        words = {t for p in ps for t in content_stems(p) if not t.isdigit() and t not in MONTH_STEMS}
        return words - QUESTION_WORDS - _TALLY_WORDS - _PROCEDURE - bodies

    own = named([p for p in parts if asks_vote(p)])
    return own, own or named([p for p in parts if not asks_vote(p)])


#: a vote part that asks of the full council ("what was the council vote", "how did city council vote")
_COUNCIL_ASKED = re.compile(r"\bcouncil\b", re.I)
#: a body that is not the full council
_NOT_FULL = re.compile(r"\b(committee|cabinet|board|panel|forum|commission|sub-?group|working group)\b", re.I)


def is_full_council(h: Hit) -> bool:
    """Is a hit from a meeting of the full council ("City Council", "County Council"), not one of its committees?"""
    return bool(h.committee and _COUNCIL_ASKED.search(h.committee) and not _NOT_FULL.search(h.committee))


def _council_evidence(parts: list[str], hits: list[Hit], ranked: list[Cand], chosen: list[Cand],
                      leads: list[Cand]) -> Cand | None:
    """For a vote part that asks of the council (and no committee) when the leads are all committee meetings:
    the best sentence, not yet quoted, from a full council meeting of the lead's authority, whose vote answers
    it (a committee recommends, the council decides). None otherwise."""
    asked = [p for p in parts if asks_vote(p) and _COUNCIL_ASKED.search(p) and not _NOT_FULL.search(p)]
    if not asked or any(is_full_council(hits[k.hit]) for k in leads):
        return None
    authority = hits[leads[0].hit].authority
    councils = {i for i, h in enumerate(hits) if is_full_council(h) and h.authority == authority}
    return next((c for c in ranked if c.hit in councils and not c.vote and c not in chosen), None)


#: words of any motion's procedure, which say nothing of which motion it is
_PROCEDURE = frozenset(content_stems("motion motions amendment amendments amend amended proposal propose proposed "
                                     "move moved mover second seconded substantive original put asking approve "
                                     "approved approval pass passed carry carried adopt adopted"))
#: a question about the last vote on an item ("the final motion", "the substantive motion")
FINAL_VOTE = re.compile(r"\b(final|substantive|last)\b", re.I)


def _vote_for(lead: Cand, docs: set[str], hits: list[Hit], ranked: list[Cand], chosen: list[Cand],
              next_chunk: Callable[[Hit], Hit | None] | None, final: bool = False,
              prev_chunk: Callable[[Hit], Hit | None] | None = None, about: set[str] | None = None,
              subject: set[str] | None = None, way: str | None = None) -> list[Cand]:
    """The chosen sentences with the counts of the vote on what ``lead`` quotes, from the documents of its
    meeting (when none of their chosen sentences gives them). ``about``: the words of what the vote asked is on;
    ``subject``: of what the question asks about; ``way``: the way of voting whose voters are asked for."""
    if any((c.vote or VOTE_COUNT.search(c.text)) and c.doc in docs for c in chosen):
        for c in chosen:
            if c.vote and c.doc in docs and next_chunk is not None:
                _read_on_roll(c, hits, next_chunk)
        return chosen
    votes = [c for c in ranked if c.vote and c.doc in docs]
    item = item_label(hits[lead.hit])
    if next_chunk is not None:  # a roll call cut by the chunk's end: read on into the next
        # (a vote of the quoted item printed before the quote is an earlier motion's: read on for the quote's)
        lead_at = doc_position(hits[lead.hit], lead)
        after = [c for c in votes if c.doc == lead.doc and doc_position(hits[c.hit], c) > lead_at]
        votes += _votes_read_on(hits, [c for c in chosen if c.doc in docs], next_chunk,
                                verdicts=not any(item_label(hits[c.hit]) == item for c in after))

    def anchor_of(c: Cand) -> Cand:
        """The quote a vote is the vote on: the lead, or the first quote of the vote's own document."""
        return lead if c.doc == lead.doc else next((k for k in chosen if k.doc == c.doc and not k.vote), lead)

    # a vote on another agenda item is not the vote asked about (where the items are known)
    votes = [c for c in votes if c not in chosen and not _other_item(hits[c.hit], hits[anchor_of(c).hit])]
    if not votes and prev_chunk is not None:  # a vote printed before the resolution it carries
        votes = _vote_read_back(hits, [c for c in chosen if c.doc in docs], prev_chunk)
    if not votes and next_chunk is not None:  # the quotes are a report's; the meeting's minutes record the vote
        votes = _minutes_vote(lead, docs, hits, ranked, next_chunk, about or set())
    if not votes:
        return chosen

    named = set().union(*(k.stems for k in chosen)) - _TALLY_WORDS
    # (a motion voted in parts: the verdict on the part that the quote naming most of what is asked opens)
    labelled = [(len(k.stems & (subject or set())), m.group(1)) for k in chosen if not k.vote
                and (m := _PART_LABEL.match(k.text))]
    part = PART_MARK + max(labelled)[1] if labelled and max(labelled)[0] else ""

    says_way = _SAYS_WAY[way] if way else None

    def place(c: Cand) -> tuple[int, int, int, int, bool, int, bool, int]:
        """A document quoted first (the lead's before the others), then the verdict on the part the best quote opens
        (a motion voted in parts), then the verdict on a motion that names most of what the question asks the vote
        on, then the vote that names most of what the quotes name (the candidate elected), then one after the text
        quoted from its document (a vote follows its motion), then the nearest to it."""
        anchor = anchor_of(c)
        at, anchor_at = doc_position(hits[c.hit], c), doc_position(hits[anchor.hit], anchor)
        quoted = 0 if c.doc == lead.doc else 1 if anchor is not lead else 2
        if final:  # the last vote of the quoted document
            return (quoted, 0, 0, 0, False, 0, False, -at)
        # (a verdict with its count closes the motion printed above it, as eScribe minutes print them)
        motion = (c.stems | _motion_before(hits[c.hit].text, c.offset)) if VERDICT_TALLY.fullmatch(c.text) else c.stems
        on = len(motion & about) if about else 0
        # (asked who voted a way: a record that says who did, "Approved, 6-1, with Breitbarth voting nay")
        named_way = bool(says_way and says_way.search(c.text))
        # (and the vote as its chunk prints it before the copy of it recovered at ingest: the chunk is quoted)
        return (quoted, -(part in motion), -on, -named_way, hits[c.hit].recorded, -len(c.stems & named),
                at < anchor_at, abs(at - anchor_at))

    best = min(votes, key=place)
    best.for_part = True
    if next_chunk is not None:  # a roll call whose last heads are cut off by its chunk's end: read on for them
        _read_on_roll(best, hits, next_chunk)
    return [*chosen, best]


#: characters before a vote's counts where the amendment it is on is put to the vote
PUT_BEFORE = 200
#: chunks read on from an amendment's vote for the motion's (the names of each way of voting run over several)
MOTION_READ = 8
#: an amendment's verdict, where its vote ends ("Amendment lost.")
_AMENDMENT_VERDICT = re.compile(r"\bAmendments?\s+(?:was\s+)?(?:carried|lost|fell|defeated|agreed)\b", re.I)


def _motion_vote_after(vote: Cand, hits: list[Hit], next_chunk: Callable[[Hit], Hit | None]) -> Cand | None:
    """For an amendment's vote ("For (13); Against (45): Amendment lost") where the motion's is asked: the next vote
    of its item after it, read on into the chunks after it, that is not an amendment's ("For (39); Against (19)")."""
    h = hits[vote.hit]
    verdict = VERDICT.search(h.text, vote.offset + len(vote.text), vote.offset + ROLL_SPAN)
    if not (AMENDMENT.search(vote.text) or AMENDMENT.search(h.text, max(0, vote.offset - PUT_BEFORE), vote.offset)
            or (verdict and AMENDMENT.search(verdict.group(0)))):  # (its tally, the putting of it, or its verdict)
        return None
    joined, last = h.text, h
    for _ in range(MOTION_READ):
        nxt = next_chunk(last)
        if nxt is None or nxt.doc_id != h.doc_id or _other_item(nxt, h):
            break
        joined, last = f"{joined}\n{nxt.text}", nxt
        # (a run of counts whole: its verdict read, or text enough after it that no count is cut off)
        tallies = sorted([(start, t) for start, end, t in count_runs(joined)
                          if ": " in t or end < len(joined) - ROLL_SPAN // 4] + roll_call_tallies(joined))
        # (where the amendment's vote is: its tally, or, read on into from the chunk before, its verdict)
        at = next((start for start, t in tallies if t == vote.text), None)
        if at is None and (verdict := _AMENDMENT_VERDICT.search(joined)) is not None:
            at = verdict.end()
        later = [t for start, t in tallies if at is not None and start > at and not AMENDMENT.search(t)]
        if later:
            hits.append(last)  # (the chunk the reading reached: where the motion's vote is printed)
            found = vote_cand(len(hits) - 1, 0, later[0], h.doc_id)
            found.for_part = True
            return found
    return None


def _read_on_roll(vote: Cand, hits: list[Hit], next_chunk: Callable[[Hit], Hit | None]) -> None:
    """Complete a roll call's tally ("For Councillor Scanlan: 9; For Councillor Collins (M): 10") with the heads
    and counts that go on in the next chunk of its document ("For Councillor McSweeney ... (19)")."""
    h = hits[vote.hit]
    nxt = next_chunk(h)
    if nxt is None or nxt.doc_id != h.doc_id or len(h.text) - vote.offset > ROLL_SPAN * 2:
        return
    whole = next((t for off, t in roll_call_tallies(f"{h.text}\n{nxt.text}") if off == vote.offset), "")
    if whole.startswith(vote.text) and len(whole) > len(vote.text):
        vote.text = whole


def _minutes_vote(lead: Cand, docs: set[str], hits: list[Hit], ranked: list[Cand],
                  next_chunk: Callable[[Hit], Hit | None], about: set[str]) -> list[Cand]:
    """The counts of a vote that another document of the lead's meeting records (the minutes, when the quotes
    are from the report voted on): the best sentence there that puts a motion to the vote, on what the vote part
    asks about (in it or in the text just before it), with the counts after it in its chunk or the next."""
    puts = [c for c in ranked if c.doc not in docs and not c.vote and _PUT_TO_VOTE.search(c.text)
            and same_meeting(hits[c.hit], hits[lead.hit])]

    def motion(c: Cand) -> set[str]:  # the motion it puts: the text since the last motion put, or MOTION_BEFORE
        start = max([c.offset - MOTION_BEFORE, *(k.offset + len(k.text) for k in puts
                                                 if k.hit == c.hit and k.offset < c.offset)])
        return set(content_stems(hits[c.hit].text[max(0, start):c.offset + len(c.text)]))

    before = {id(c): motion(c) for c in puts}
    put = [c for c in puts if not about or about & before[id(c)]]
    # (the minutes print the same words for each item: the one after the motion on what the lead quotes)
    for c in sorted(put, key=lambda c: -len(before[id(c)] & lead.stems)):
        after = [v for v in ranked if v.vote and v.hit == c.hit and v.offset >= c.offset]
        found = after or _votes_read_on(hits, [c], next_chunk)
        if found or not _AGREED.search(c.text):
            return found
        return [c]  # "the Chairman put the motion ... and it was agreed unanimously": the vote, with no counts
    return []


#: a sentence that puts a motion to the vote ("The Chairman put the motion ... to the vote and the voting was as
#: follows:")
_PUT_TO_VOTE = re.compile(r"\b(?:put|puts|putting)\b.{0,80}\bto (?:the|a) vote\b|\bthe voting was\b|"
                          r"\bput the (?:motion|recommendation|amendment)\b.{0,80}\band it was\b", re.I)
#: a vote's outcome that needs no counts
_UNANIMOUS = re.compile(r"\b(?:agreed|carried|approved|passed|adopted) unanimously\b|\bunanimously (?:agreed|carried|"
                        r"approved|passed|adopted)\b|\bnem\.? con\b", re.I)
#: a motion put and its outcome in one sentence, with no counts ("... and it was agreed unanimously")
_AGREED = re.compile(r"\band it was (?:agreed|carried|approved|lost|defeated)\b", re.I)
#: characters before such a sentence where the motion it puts is printed
MOTION_BEFORE = 600


def _other_item(a: Hit, b: Hit) -> bool:
    """Are two hits from different agenda items (both known, as cited: a recorded decision's hit carries its item
    whole as its title)?"""
    item = item_label(a)
    return bool(item and item_label(b) and item != item_label(b))


#: characters into its chunk that a quote may start and still open it
OPENS_CHUNK = 200
#: words between a vote's last count and the chunk's end: the proposal it carries ("Proposed by ...; Seconded
#: by ...; And Resolved:"), nothing more
PROPOSAL_WORDS = 30


def _vote_read_back(hits: list[Hit], chosen: list[Cand], prev_chunk: Callable[[Hit], Hit | None]) -> list[Cand]:
    """A roll call printed just before the resolution it carries, as some minutes print it ("The result of the
    voting was as follows: For: ... (29) Against: ... (9) There were no abstentions. Proposed by ...; And
    Resolved: 'That ...'"): for a quote that opens its chunk, the tally that ends the one or two chunks before,
    when only the proposal stands between the tally and the quote. That chunk is added to the hits."""
    for c in chosen[:3]:
        h = hits[c.hit]
        if c.vote or c.offset > OPENS_CHUNK:
            continue
        before = prev_chunk(h)
        if before is None or before.doc_id != h.doc_id:
            continue
        earlier = prev_chunk(before)
        joined = (earlier.text + "\n" if earlier is not None and earlier.doc_id == h.doc_id else "") + before.text
        found = roll_call_tallies(joined) or [(start, t) for start, _, t in count_runs(joined)]
        last = list(re.finditer(r"\(\s*\d{1,3}\s*\)", joined))
        if not found or not last or len(joined[last[-1].end():].split()) > PROPOSAL_WORDS:
            continue
        hits.append(before)
        return [vote_cand(len(hits) - 1, 0, found[-1][1], h.doc_id)]
    return []


#: chunks read on past a quoted one for the end of a roll call
READ_ON = 2
#: characters before a verdict read as the motion it carries
MOTION_CHARS = 1500
#: chunks read on from a quote, within its agenda item, for the verdicts of the motions it is put in (an item voted
#: in parts prints each part's motion and verdict after the whole: "That part h) of the motion be approved ...")
VERDICT_READ = 4
#: the verdict that ends the motion before ("Motion Passed", "CARRIED")
_ANY_VERDICT = re.compile(VERDICT.pattern + r"|\bMotion\s+(?:Passed|Failed)\b", re.I)
#: the line that opens a motion
_MOVER = re.compile(r"\b(?:Motion made by|Moved by|Proposed by)\b", re.I)


def _motion_before(text: str, offset: int, start: int = 0) -> set[str]:
    """The words of the motion a verdict at ``offset`` carries: the text since the verdict before it (and after
    ``start``), from the last mover's line in it ("Motion made by ...", "Moved by ...") when there is one; and,
    for a motion put in parts ("That part h) of the motion be approved"), a mark for each part it puts."""
    seg = text[max(start, offset - MOTION_CHARS):offset]
    ends = [m.end() for m in _ANY_VERDICT.finditer(seg)]
    seg = seg[ends[-1]:] if ends else seg
    movers = [m.start() for m in _MOVER.finditer(seg)]
    motion = seg[movers[-1]:] if movers else seg
    return set(content_stems(motion)) | {PART_MARK + x for x in _parts_put(motion)}


#: a motion that puts some parts of a motion to the vote ("That part b) of the motion be approved", "That the
#: preamble and parts a) through g) of the motion be approved")
_PARTS_PUT = re.compile(r"\bparts? ([a-z]\)(?:(?:,| and| through| to|-) ?[a-z]\))*) of the (?:motion|recommendation)",
                        re.I)
#: a part's label opening a quoted sentence ("h) that Paul M. Madden BE APPOINTED ...")
_PART_LABEL = re.compile(r"\s*\(?([a-z])\)\s")
#: the mark, among a verdict's words, of a part its motion puts
PART_MARK = "part:"


def _parts_put(motion: str) -> set[str]:
    """The labels of the parts a motion puts to the vote ("parts a) through g)": a to g)."""
    out: set[str] = set()
    for m in _PARTS_PUT.finditer(motion):
        labels = re.findall(r"([a-z])\)", m.group(1).lower())
        out |= set(labels)
        if re.search(r"through|to|-", m.group(1)) and len(labels) == 2:
            out |= {chr(k) for k in range(ord(labels[0]), ord(labels[1]) + 1)}
    return out


def _votes_read_on(hits: list[Hit], chosen: list[Cand], next_chunk: Callable[[Hit], Hit | None],
                   verdicts: bool = False) -> list[Cand]:
    """Roll-call tallies that start in a chosen sentence's chunk and end in one of the next ones: that chunk
    is added to the hits (it is where the counts are printed) and each tally becomes a candidate of it. With
    ``verdicts`` (no vote of the quoted item among the candidates) and no roll call, the verdicts after the
    quote in its item (``_verdicts_after``)."""
    out: list[Cand] = []
    read: set[str] = set()
    for c in chosen:
        h = hits[c.hit]
        if h.chunk_id in read or len(read) >= 4:
            continue
        read.add(h.chunk_id)
        joined, last = h.text, h
        found: list[tuple[int, str]] = []
        for _ in range(READ_ON):
            nxt = next_chunk(last)
            if nxt is None or nxt.doc_id != h.doc_id:
                break
            joined, last = joined + "\n" + nxt.text, nxt
            found = [(off, t) for off, t in roll_call_tallies(joined) if off >= c.offset]
            if found:
                break
            # counts in line with the names ("For (17) Mr A, ... Against (43) ..."), cut by the chunk's end: read
            # on while the last count may have another after it
            runs = [r for r in count_runs(joined) if c.offset <= r[0] < len(h.text) < r[1]]
            found = [(start, t) for start, _, t in runs]
            if runs and runs[-1][1] < len(joined) - ROLL_SPAN:
                break
        if found:
            hits.append(last)
            out += [vote_cand(len(hits) - 1, 0, t, h.doc_id) for _, t in found]
        elif verdicts:
            out += _verdicts_after(hits, c, next_chunk)
    return out


def _verdicts_after(hits: list[Hit], c: Cand, next_chunk: Callable[[Hit], Hit | None]) -> list[Cand]:
    """The verdicts with their counts ("Motion Passed (7 to 8)", printed after a vote's table of names) in the
    chunks after a quote's, while they are of its agenda item, each knowing the words of the motion it carries
    (the text since the quote or the verdict before). Each chunk that holds one is added to the hits."""
    h = hits[c.hit]
    out: list[Cand] = []
    joined, last, prev = h.text, h, c.offset
    for _ in range(VERDICT_READ):
        nxt = next_chunk(last)
        if nxt is None or nxt.doc_id != h.doc_id or item_label(nxt) != item_label(h):
            break
        base = len(joined) + 1
        joined, last = f"{joined}\n{nxt.text}", nxt
        tallies = list(VERDICT_TALLY.finditer(joined, base))
        if tallies:
            hits.append(nxt)
        for m in tallies:
            v = vote_cand(len(hits) - 1, m.start() - base, m.group(0), h.doc_id)
            v.stems |= _motion_before(joined, m.start(), prev)
            out.append(v)
            prev = m.end()
    return out


#: documents whose recorded decisions a decision question reads
DECISION_DOCS = 1


def decision_hits(question: str, hits: list[Hit], decisions: Callable[[Hit], list[Decision]] | None) -> list[Hit]:
    """For a question about a decision or a vote: the decisions recovered from the top documents (the blocks
    and recorded votes the decision register lists), each as a hit of its own, so the answer can quote the
    resolution with its vote instead of the discussion around it."""
    if decisions is None or not (DECISION_Q.search(question) or OUTCOME_Q.search(question)):
        return []
    out: list[Hit] = []
    seen: set[str] = set()
    for h in hits:
        if h.doc_id in seen or len(seen) >= DECISION_DOCS:
            continue
        seen.add(h.doc_id)
        for d in decisions(h):
            vote = d.votes.text if d.votes and d.votes.text and d.votes.text not in d.text else ""
            text = " ".join(d.text.split()) + (f" ({vote})" if vote else "")
            out.append(Hit(rank=h.rank, score=h.score, chunk_id=d.chunk_id or h.chunk_id, doc_id=h.doc_id,
                           source=d.source, pages=list(d.pages) or ([d.page] if d.page else list(h.pages)),
                           authority=d.authority, committee=d.committee, meeting_date=d.meeting_date,
                           item_number=None, item_title=d.item, kind=h.kind, text=text, copies=list(h.copies),
                           url=d.url or h.url, recorded=True))
    return out


#: an amendment named, in a question or at the start of a recorded decision (within AMENDMENT_REACH characters)
AMENDMENT = re.compile(r"\bamendments?\b", re.I)
AMENDMENT_REACH = 160
#: a vote on how a meeting proceeds, not on the matter: to end debate, adjourn, go into closed session
PROCEDURAL = re.compile(r"\b(?:call(?:ing)? (?:the|to) question|to adjourn|closed session|executive session|"
                        r"suspend(?:ing)? (?:the )?(?:standing orders|rules)|recess)\b", re.I)


def vote_asked(question: str, lead: Hit, chosen: list[Cand],
                decisions: Callable[[Hit], list[Decision]] | None) -> Decision | None:
    """For a question about a vote, or about what became of a proposal, whose quotes hold no counts: the recorded
    vote of a quoted document's item, the one after the quoted text (or the last, for "the final motion")."""
    amended = bool(AMENDMENT.search(question))  # (the counts of an amendment's vote do not say how the motion went)
    voted = asks_vote(question)
    fate = bool(BECAME_Q.search(question) or HANDLED_Q.search(question))  # (what became of a proposal: its vote)
    if decisions is None or not (voted or fate) or any((VOTE_COUNT.search(c.text) or _UNANIMOUS.search(
            c.text)) and (amended or not AMENDMENT.search(c.text)) for c in chosen):
        return None  # (a motion agreed unanimously was voted on as fully as counts say)
    votes = [d for d in decisions(lead) if d.votes and (d.votes.for_ is not None or d.votes.unanimous)
             and d.votes.text]
    votes = [d for d in votes if not PROCEDURAL.search(d.text)] or votes  # (not the vote to end the debate)
    if not amended:  # (asked how the motion went, not the vote on an amendment to it: "Mr Passmore
        # proposed and Mr Hook seconded the following amendment ...")
        votes = [d for d in votes if not AMENDMENT.search(d.text[:AMENDMENT_REACH])] or votes
    same_item = [d for d in votes if d.item and d.item == item_label(lead)]  # (asked what became of it: its own)
    votes = sorted(same_item or (votes if voted else []), key=lambda d: chunk_ordinal(d.chunk_id))
    if not votes:
        return None
    if FINAL_VOTE.search(question):
        return votes[-1]
    at = chunk_ordinal(lead.chunk_id)
    return next((d for d in votes if chunk_ordinal(d.chunk_id) >= at), votes[-1])

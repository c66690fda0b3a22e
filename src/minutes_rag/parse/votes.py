"""Recorded votes, in the two shapes councils print them: counts under headings ("For (41) ... Against (10)
... Abstain (7)", names between) and counts in a sentence ("CARRIED (5 voting FOR, 4 voting AGAINST)", "FELL
with 2 voting FOR and 7 AGAINST", "CARRIED unanimously"). The one vote parser: the decision register and the
answerer both read votes through it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import sentences, without_notes
from ..types import VoteCount

#: a count under its label: "For (41)", "Against: 10", "Yeas: 9"; and a roll call's "Yeas 17. Nays 0." (Ohio's city records)
VOTE_COUNT = re.compile(r"\b(For|Against|Abstain(?:ed|ing|ions)?|Yeas|Nays)(?:\s*[:(]\s*|(?<=Yeas|Nays)\s+)(\d{1,3})\s*\)?")

VERDICT = re.compile(
    r"\b(?:Substantive\s+)?(?:Motion|Amendment|Recommendation)s?\s+(?:was\s+|were\s+)?(carried|lost|fell|defeated)\b"
    r"|\b(CARRIED|LOST|FELL|DEFEATED)\b",
    re.I,
)
#: a verdict with its count, as eScribe minutes print it: "Motion Passed (13 to 1)", "Amendment Failed (4 to 10)"
VERDICT_TALLY = re.compile(r"\b(?:Motion|Amendment|Recommendation)s?\s+(Passed|Carried|Failed|Defeated|Lost)\s*"
                           r"\(\s*(\d{1,3})\s+to\s+(\d{1,3})\s*\)", re.I)
#: a vote's count written as ayes over nays after its label, as some US commissions print it: "VOTE: 5/3 AYES: ..."
SLASH_TALLY = re.compile(r"\bVOTE:?\s*(\d{1,2})\s*/\s*(\d{1,2})\b(?!\s*/\s*\d)")
#: a record's outcome field just after its counts ("; Status: Fail", "; Result: Pass-No Action")
STATUS = re.compile(r"[;,.]?\s*((?:Status|Result|Outcome|Disposition)\s*:\s*((?:Pass|Fail|Carried|Adopted|Approved|"
                    r"Defeated|Lost|Rejected|Withdrawn)\w*(?:-[\w ]{1,20}?(?=[;.\n]|$))?))", re.I)
_WON = ("pass", "carried", "adopted", "approved")
PUT_TO_VOTE = re.compile(r"\bput to the vote\b|\bvote was (?:then )?(?:held|taken)\b", re.I)
#: the labels of a count for the motion, as ``VOTE_COUNT`` reads them
FOR_LABELS = ("for", "yeas")
COUNT = {
    "for": re.compile(r"\b(\d{1,3}|none|no)\s+(?:members?\s+)?(?:voting\s+)?(?:for|in favour)\b", re.I),
    "against": re.compile(r"\b(\d{1,3}|none|no)\s+(?:members?\s+)?(?:voting\s+)?against\b", re.I),
    "abstain": re.compile(r"\b(\d{1,3}|none|no)\s+(?:members?\s+)?(?:voting\s+)?(?:abstain\w*|abstentions?)\b", re.I),
}

@dataclass
class RecordedVote:
    start: int
    end: int
    counts: VoteCount


def counted(found: list[re.Match[str]]) -> VoteCount:
    """The for and against counts of ``VOTE_COUNT`` matches ("Yeas (9)", "Nays (6)")."""
    said = {m.group(1).lower(): int(m.group(2)) for m in found}
    return VoteCount(for_=next((said[k] for k in FOR_LABELS if k in said), None),
                     against=said.get("nays", said.get("against")))


def tally_after(text: str, start: int, stop: int, counts: VoteCount) -> re.Match[str] | None:
    """The verdict printed with the same count after a vote's names ("Yeas (9): ...; Nays (6): ...; Motion Passed
    (9 to 6)"), between ``start`` and ``stop`` (the next vote's counts): quoted with the counts, as the minutes
    give the result. A count that differs is another motion's."""
    tally = VERDICT_TALLY.search(text, start, stop)
    if tally and counts.for_ == int(tally.group(2)) and counts.against in (None, int(tally.group(3))):
        return tally
    return None


def verdict_of(text: str, start: int, stop: int, counts: VoteCount) -> tuple[re.Match[str] | None, bool]:
    """The verdict printed after a vote's counts, between ``start`` and ``stop``, and whether it is one with their
    count (``tally_after``), which is quoted with them. A verdict giving a count of its own that is not theirs
    ("Motion Carried (1 to 5)" after "Yeas (4) ... Nays (2)") is another motion's, and none."""
    tally = tally_after(text, start, stop, counts)
    verdict = VERDICT.search(text, start, stop)
    if verdict is not None and VERDICT_TALLY.match(text, verdict.start()) and (
            tally is None or tally.start() != verdict.start()):
        verdict = None
    if tally and (verdict is None or tally.start() <= verdict.start()):
        return tally, True
    return verdict, False


def votes(text: str) -> list[RecordedVote]:
    """Recorded votes in an item's text, in order."""
    out: list[RecordedVote] = []
    # counts under headings: For (41) ... Against (10) ... Abstain (7)
    group: list[re.Match[str]] = []

    def flush() -> None:
        if not group:
            return
        vc = VoteCount()
        for g in group:
            label, n = g.group(1).lower(), int(g.group(2))
            if label in FOR_LABELS:
                vc.for_ = n
            elif label in ("against", "nays"):
                vc.against = n
            else:
                vc.abstain = n
        end = group[-1].end()
        later = VOTE_COUNT.search(text, end)  # (the next vote's counts: its verdict is not this one's)
        stop = min(len(text), end + 1200, later.start() if later else len(text))
        verdict, with_count = verdict_of(text, end, stop, vc)
        status = STATUS.match(text, end)  # (a record's field after its counts: "...; Abstain: 0; Status: Fail")
        vc.text = "; ".join(" ".join(g.group(0).split()) for g in group)
        if verdict is not None and with_count:
            vc.outcome = "carried" if verdict.group(1).lower() in ("passed", "carried") else "lost"
            vc.text += "; " + " ".join(verdict.group(0).split())
            end = verdict.end()
        elif verdict:
            vc.outcome = outcome(verdict)
            end = verdict.end()
        if status:
            word = status.group(2).lower()  # (a withdrawn motion was neither carried nor lost)
            vc.outcome = "carried" if word.startswith(_WON) else None if word.startswith("withdrawn") else "lost"
            vc.text += f"; {status.group(1).strip()}"
            end = max(end, status.end())
        out.append(RecordedVote(group[0].start(), end, vc))

    for m in VOTE_COUNT.finditer(text):
        if m.group(1).lower() in FOR_LABELS or (group and m.start() - group[-1].end() > 2500):
            flush()
            group = []
        group.append(m)
    if len(group) >= 1:
        flush()
    out = [v for v in out if sum(x is not None for x in (v.counts.for_, v.counts.against, v.counts.abstain)) >= 2]
    # a verdict with its count, as eScribe minutes print it after the names: "Motion Passed (12 to 0)"
    for m in VERDICT_TALLY.finditer(text):
        if not any(v.start <= m.start() <= v.end for v in out):
            out.append(RecordedVote(m.start(), m.end(), VoteCount(
                for_=int(m.group(2)), against=int(m.group(3)), text=" ".join(m.group(0).split()),
                outcome="carried" if m.group(1).lower() in ("passed", "carried") else "lost")))
    # a vote block's result lines, several to a sentence when no full stop parts them ("RESULT: PASSED [9 TO 4]")
    for m in RESULT_TALLY.finditer(text):
        if not any(v.start <= m.start() <= v.end for v in out) and (tally := bare_tally(m.group(0))) is not None:
            out.append(RecordedVote(m.start(), m.end(), tally))
    # counts in a sentence: "CARRIED (5 voting FOR, 4 voting AGAINST)", "CARRIED unanimously"
    spans = [(v.start, v.end) for v in out]
    sents = sentences(text)
    for i, (off, sent) in enumerate(sents):
        if any(a <= off < b for a, b in spans):
            continue
        if RESULT_TALLY.search(sent):
            continue  # (read above)
        tally = bare_tally(sent)
        if tally is not None:
            out.append(RecordedVote(off, off + len(sent), tally))
            continue
        verdict = VERDICT.search(sent)
        if not verdict or not (PUT_TO_VOTE.search(sent) or (verdict.group(2) or verdict.group(1) or "").isupper()):
            continue  # "carried out", "lost powers": not a vote
        whole = sent
        if i + 1 < len(sents) and re.match(r"there were \d+ abstentions?", sents[i + 1][1], re.I):
            whole = f"{sent} {sents[i + 1][1]}"
        vc = VoteCount(outcome=outcome(verdict), unanimous=bool(re.search(r"unanimous", whole, re.I)),
                       text=" ".join(whole.split()))
        for key, rx in COUNT.items():
            count = rx.search(whole)
            if count:
                setattr(vc, "for_" if key == "for" else key,
                        0 if count.group(1).lower() in ("no", "none") else int(count.group(1)))
        out.append(RecordedVote(off, off + len(sent), vc))
    return sorted(out, key=lambda v: v.start)


#: a verdict with a dashed count: "Motion Carried 6-1", "Amendment lost 3-4"
DASH_TALLY = re.compile(r"\b(?:Motion|Amendment|Recommendation)s?\s+(?:was\s+)?(carried|passed|lost|failed|defeated)"
                        r"\s*,?\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\b", re.I)
#: a sentence that is a verdict with its dashed count, as short minutes print one after the motion: "Approved, 6-1,
#: with Breitbarth voting nay.", "Carried 5-0."
BARE_DASH = re.compile(r"^\W*(approved|adopted|carried|passed|failed|defeated|denied)\s*,?\s*(\d{1,2})\s*[-–]\s*"
                       r"(\d{1,2})\b(?![-/]\d)", re.I)

#: a resolution's vote line with a dashed count, as some US commissions print it under the text adopted:
#: "Unanimous: 5-0 Vote", "Majority: (3-2) Vote", "Vote: 4-1" (not a vote told in passing, "the Select Board
#: recommends by a 5-0 vote": often another body's)
DASH_VOTE = re.compile(r"\b(unanimous|majority)\s*:\s*\(?\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\)?\s*vote\b"
                       r"|\bvote\s*:\s*\(?\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\b(?![-/.]\d)", re.I)


def dashed(text: str) -> re.Match[str] | None:
    """A verdict with its dashed count in a text ("Motion Carried 6-1"), or opening it ("Approved, 6-1, ...")."""
    return DASH_TALLY.search(text) or BARE_DASH.match(text)


#: a vote block's result line, as US meeting-management systems print it: "RESULT: PASSED [9 TO 4]",
#: "RESULT: ADOPTED [UNANIMOUS]", "RESULT: FAILED [4-2-1-1]" (for, against, abstaining, absent); with the label of
#: the vote it is when one leads it ("VOTE ON THE MAIN MOTION RESULT: ...")
RESULT_TALLY = re.compile(r"(?:\bVOTE ON [A-Z][A-Z ,'’-]{2,60}?\s+)?\bRESULT:\s*"
                          r"(PASSED|ADOPTED|APPROVED|CARRIED|ACCEPTED|FAILED|DEFEATED|REJECTED|LOST|DENIED)"
                          r"\s*\[\s*(?:(\d{1,2})\s*(?:TO|-|–)\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2}){0,2}|(UNANIMOUS))\s*\]")
#: a count as a chair says it in a transcript, in words or figures
_SAID = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_N = r"(\d{1,2}|" + "|".join(_SAID) + r")"
#: a tally as a chair announces it: "nine in favor and unopposed", "seven in favor, two opposed", "the motion
#: carries seven zero", "the bill passes 9 to 0"; each count a number of its own (not "Motion Passed 2025-01/...", a
#: report's path after the verdict)
SPOKEN_TALLY = re.compile(r"\b" + _N + r"\s+in\s+favou?r\b(?:\s*,?\s*(?:and\s+)?(?:(unopposed|none opposed)|" + _N +
                          r"\s+(?:opposed|against)))|\b(?:motion|bill|item|resolution|ordinance|amendment)s?\s+"
                          r"(carries|carried|passes|passed|fails|failed)\s*,?\s*\b" + _N + r"\b\s*(?:to|-|–)?\s*\b" + _N + r"\b(?![-/]\d)",
                          re.I)


#: a motion's verdict followed by its count: "... seconded the motion and passed by a vote of 5-2", "the motion was
#: defeated by a vote of 5-2", "it was carried by a majority of 6 to 1" (not another body's vote told in passing, "which
#: the Planning Commission approved by a vote of 5-2", nor a share, "passed by a margin of 52 to 48 percent")
_BY_VOTE_OF = re.compile(r"(?:\b(?:and|it)\s+(?:was\s+|were\s+)?|\b(?:motion|ordinance|resolution|amendment|item|"
                         r"recommendation|application|by-?law)s?\s+(?:(?:was|were|has been)\s+)?)(passed|carried|approved|adopted|failed|"
                         r"defeated|lost|rejected)\s+(?:\w+\s+)?by\s+(?:a\s+)?(?:vote|majority|margin|count)\s+of\s+" + _N +
                         r"\s*(?:-|–|to)\s*" + _N + r"\b(?![-/]\d)(?!\s*(?:%|per\s?cent|percent))", re.I)


def _said(n: str) -> int:
    return int(n) if n.isdigit() else _SAID.index(n.lower())


#: a sentence that is only a tally, as parish minutes print it: "8 for, 2 against.", "Vote: 5 in favour, 2 against,
#: 1 abstention."
_TALLY_ONLY = re.compile(r"^\W*(?:(?:votes?|voting)\s*[:\-–]?\s*)?\d{1,3}\s+(?:votes?\s+)?(?:for|in favour)\b"
                         r"[^.;]{0,60}?\b\d{1,3}\s+(?:votes?\s+)?against\b[^.;]{0,40}[.;]?\s*$", re.I)


def bare_tally(sent: str) -> VoteCount | None:
    """The count of a sentence that is only a tally ("8 for, 2 against."), a verdict with a dashed count
    ("Motion Carried 6-1.") or a vote block's result line ("RESULT: PASSED [9 TO 4]"); None for any other."""
    result = RESULT_TALLY.search(sent)
    if result:
        won = result.group(1) not in ("FAILED", "DEFEATED", "REJECTED", "LOST", "DENIED")
        return VoteCount(for_=int(result.group(2)) if result.group(2) else None,
                         against=int(result.group(3)) if result.group(3) else None, unanimous=bool(result.group(4)),
                         text=" ".join(result.group(0).split()), outcome="carried" if won else "lost")
    dash = dashed(sent)
    if dash:
        return VoteCount(for_=int(dash.group(2)), against=int(dash.group(3)), text=" ".join(dash.group(0).split()),
                         outcome="carried" if dash.group(1).lower() in ("carried", "passed", "approved", "adopted")
                         else "lost")
    line = DASH_VOTE.search(sent)
    if line:
        for_, against = (int(n) for n in (line.group(2, 3) if line.group(2) else line.group(4, 5)))
        return VoteCount(for_=for_, against=against, unanimous=(line.group(1) or "").lower() == "unanimous" and not against,
                         text=" ".join(line.group(0).split()), outcome="carried" if for_ > against else "lost")
    if (by := _BY_VOTE_OF.search(sent)) is not None:  # (the larger count is the winning side's, however printed)
        won, counts = by.group(1).lower() in ("passed", "carried", "approved", "adopted"), (_said(by.group(2)), _said(by.group(3)))
        abstain = COUNT["abstain"].search(sent)
        return VoteCount(for_=max(counts) if won else min(counts), against=min(counts) if won else max(counts),
                         abstain=int(abstain.group(1)) if abstain and abstain.group(1).isdigit() else None,
                         unanimous=bool(re.search(r"\bunanimous", sent, re.I)) or (won and min(counts) == 0),
                         text=" ".join(sent.split()), outcome="carried" if won else "lost")
    only = _TALLY_ONLY.match(sent)
    said = None if only else SPOKEN_TALLY.search(sent)
    if said:
        if said.group(1):
            for_ = _said(said.group(1))
            against = 0 if said.group(2) else _said(said.group(3))
        else:
            for_, against = _said(said.group(5)), _said(said.group(6))
        won = (said.group(4) or "").lower() in ("carries", "carried", "passes", "passed") if said.group(4) else (
            for_ > against)
        return VoteCount(for_=for_, against=against, unanimous=bool(said.group(2)), text=" ".join(sent.split()),
                         outcome="carried" if won else "lost")
    if not only:
        return None
    vc = VoteCount(text=" ".join(sent.split()))
    for key, rx in COUNT.items():
        count = rx.search(sent)
        if count:
            setattr(vc, "for_" if key == "for" else key,
                    0 if count.group(1).lower() in ("no", "none") else int(count.group(1)))
    if vc.for_ is not None and vc.against is not None and vc.for_ != vc.against:
        vc.outcome = "carried" if vc.for_ > vc.against else "lost"
    return vc


def outcome(m: re.Match[str]) -> str:
    word = (m.group(1) or m.group(2) or "").lower()
    return "carried" if word == "carried" else "lost"




#: a roll-call heading on a line of its own ("**For**", "For Councillor Keller", "Against"), followed by the
#: names of those voting that way and their number in brackets
_ROLL_HEAD = re.compile(r"^[ \t]*\**[ \t]*(For|Against|Abstain\w*|Abstentions?|Absent|Did not vote)\b([^\n*:]{0,60}?)"
                        r"\**[ \t]*:?[ \t]*$", re.M | re.I)
_ROLL_COUNT = re.compile(r"\(\s*(\d{1,3})\s*\)\**[ \t]*$", re.M)
#: characters from a roll-call heading to its count, and between the headings of one vote
ROLL_SPAN = 1500
#: characters between one count and the next heading of the same vote
_ROLL_GAP = 40


def _roll_calls(text: str) -> list[list[tuple[int, str, str]]]:
    """The roll-call votes of a text, each a list of its ways of voting: (heading's offset, "Against: 3", the
    names printed between the heading and its count)."""
    heads = list(_ROLL_HEAD.finditer(text))
    groups: list[list[tuple[int, str, str]]] = []
    last = -1  # where the previous count ended: prose between two roll calls makes them two votes
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        m = _ROLL_COUNT.search(text, h.end(), min(end, h.end() + ROLL_SPAN))
        if m is None:
            continue
        label = " ".join((h.group(1) + h.group(2)).split())
        way = (h.start(), f"{label}: {m.group(1)}", _names(text[h.end():m.start()]))
        # (a converter's note between the two, "--- *<small>Scanned page ...</small>*", is not prose)
        gap = without_notes(text[last:h.start()]) if last >= 0 and h.start() >= last else None
        if groups and gap is not None and len(gap.strip()) <= _ROLL_GAP:
            groups[-1].append(way)
        else:
            groups.append([way])
        last = m.end()
    return [g for g in groups if len(g) >= 2]


def _names(span: str) -> str:
    """The names printed under a way of voting, as one line ("Councillors Benson, Carey, Gavan")."""
    return " ".join(without_notes(span).replace("*", " ").split()).strip(" .;:")


def verdict_after(text: str, offset: int, tally: str) -> str | None:
    """The verdict with the same count printed after the names of the run of counts at ``offset``, quoted as
    ``tally`` ("Yeas (9); Nays (6)"): "Motion Passed (9 to 6)"; None when none comes before the next vote's
    counts."""
    counts = list(VOTE_COUNT.finditer(text, offset))
    quoted = counts[:len(tally.split("; "))]
    if len(quoted) < 2 or tally != "; ".join(m.group(0).strip() for m in quoted) or sum(
            m.group(1).lower() in FOR_LABELS for m in quoted) > 1:  # (two votes' counts: whose verdict is unclear)
        return None
    later = counts[len(quoted)].start() if len(counts) > len(quoted) else len(text)
    found = tally_after(text, quoted[-1].end(), min(later, quoted[-1].end() + ROLL_SPAN), counted(quoted))
    return " ".join(found.group(0).split()) if found else None


def roll_call_tallies(text: str) -> list[tuple[int, str]]:
    """The tallies of roll-call votes, where each way of voting is a heading, the names follow and their
    number ends the list ("**For** / Councillors Butler, ..., Ward. **(36)**"): (offset, "For: 36; Against:
    3") for each vote with at least two headings counted."""
    return [(g[0][0], "; ".join(t for _, t, _ in g)) for g in _roll_calls(text)]


#: the labels of each way of voting, as a question asks it ("who voted against", "which members voted no")
WAYS = {"for": (*FOR_LABELS, "ayes"), "against": ("against", "nays", "noes"), "abstain": ("abstain",)}


def voters(text: str, way: str) -> list[tuple[str, str]]:
    """The names printed for one way of voting (a key of ``WAYS``) in each roll call and count run of a text:
    (the vote's tally, as ``roll_call_tallies`` or ``count_runs`` gives it, "Against: Councillors Benson, Carey,
    Gavan"). Names printed under their heading and before their count ("**Against** / Councillors Benson,
    Carey, Gavan. **(3)**") and after their count ("Against (45) / Mr Baldock, Mr Brady, ...") are both read."""
    labels = WAYS[way]
    out = []
    for g in _roll_calls(text):
        named = [(t, n) for _, t, n in g if t.lower().startswith(labels) and n]
        if named:
            out.append(("; ".join(t for _, t, _ in g), f"{named[0][0].split(':')[0]}: {named[0][1]}"))
    for start, end, tally in count_runs(text):
        counts = [m for m in VOTE_COUNT.finditer(text, start, end + 1) if m.start() >= start]
        for i, m in enumerate(counts):
            if not m.group(1).lower().startswith(labels):
                continue
            stop = counts[i + 1].start() if i + 1 < len(counts) else _names_end(text, m.end())
            names = _names(text[m.end():stop])
            if names:
                out.append((tally, f"{m.group(1)}: {names}"))
            break
    return out


#: where the names after a run's last count end: a verdict, a blank line or a sentence of prose
_NAMES_END = re.compile(r"\n\s*\n|" + VERDICT.pattern + r"|\.\s+(?:The|It|This|On|After|Following)\b", re.I)


def _names_end(text: str, at: int) -> int:
    m = _NAMES_END.search(text, at, min(len(text), at + ROLL_SPAN))
    return m.start() if m else min(len(text), at + ROLL_SPAN)


def count_runs(text: str) -> list[tuple[int, int, str]]:
    """Votes printed as counts with the names between them ("For (17) Mr A, Mr B ... Against (43) ..."):
    (start, end, "For (17); Against (43); Abstain (3)") for each run of two or more counts, a count at most
    ``ROLL_SPAN`` characters after the one before."""
    runs: list[list[re.Match[str]]] = []
    for m in VOTE_COUNT.finditer(text):
        # (a second count for the motion opens the next vote: an amendment's vote, then the substantive motion's)
        again = m.group(1).lower() in FOR_LABELS and any(r.group(1).lower() in FOR_LABELS for r in runs[-1]) \
            if runs else False
        if runs and m.start() - runs[-1][-1].end() <= ROLL_SPAN and not again:
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for i, r in enumerate(runs):
        if len(r) < 2:
            continue
        tally = "; ".join(m.group(0).strip() for m in r[:4])
        # the verdict printed after the last list of names ("... Mr Whiting Amendment lost.")
        stop = min(r[-1].end() + ROLL_SPAN, runs[i + 1][0].start() if i + 1 < len(runs) else len(text))
        verdict, with_count = verdict_of(text, r[-1].end(), stop, counted(r))
        said = (" ".join(verdict.group(0).split()) if with_count else verdict.group(0)) if verdict else ""
        out.append((r[0].start(), r[-1].end(), f"{tally}: {said}" if said else tally))
    return out


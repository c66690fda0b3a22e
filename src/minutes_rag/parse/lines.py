"""Lines of a document's text with their offsets, the candidate item headings found in them, and the
choice of the longest plausible numbered chain of candidates."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from .dates import MONTH


@dataclass
class Line:
    start: int  # offset of the line in the joined text
    text: str  # the line without its newline
    strip: str


@dataclass
class Cand:
    start: int  # offset where the item's section begins
    num: tuple[int, ...]
    item_number: str
    title: str
    minute_number: str | None = None
    style: int = 0  # which numbering style produced it (a switch mid-chain costs)


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(Line(pos, raw, raw.strip()))
        pos += len(raw) + 1
    return out


def next_nonblank(lines: list[Line], i: int, limit: int = 3) -> int | None:
    j = i + 1
    while j < len(lines) and j <= i + limit:
        if lines[j].strip:
            return j
        j += 1
    return None


MONTH_START = re.compile(MONTH + r"\s*,?\s*\d", re.IGNORECASE)
ENDS_MID = re.compile(
    r"(?:[,;]|\b(?:and|or|of|to|the|a|an|for|with|in|on|by|be|that|which|from|as|at|is|are|was|were|has"
    r"|have|will|would|should|this|their|its|our))$",
    re.IGNORECASE,
)
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}[.!?] +[A-Z]")
_FINITE_VERB = re.compile(r"\b(?:would|should|shall|be|was|were|had|been|did)\b", re.IGNORECASE)


def _plausible_title(title: str, max_words: int = 16) -> bool:
    """Does a numbered line read like an agenda-item heading rather than a sentence or table row?"""
    t = title.strip()
    if not t or len(t) > 160:
        return False
    if not (t[0].isupper() or re.match(r"(?:\d{2}/\d{3,5}|(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?)\s+\S", t) or t[0] in "“\"'"):
        return False
    words = t.split()
    if len(words) > max_words:
        return False
    letters = sum(c.isalpha() for c in t)
    if letters < 3 or letters < 0.5 * len(t.replace(" ", "")):
        return False
    if MONTH_START.match(t):
        return False
    if ENDS_MID.search(t.rstrip(" .:")) and not t.rstrip().endswith(":"):
        return False
    if _SENTENCE_INSIDE.search(t):
        return False
    if _FINITE_VERB.search(t) or re.match(r"(?:that|whereas)\b", t, re.IGNORECASE):
        return False  # motion wording, not a heading
    return not (t.endswith(".") and len(words) > 5)


def join_title(lines: list[Line], i: int, first: str) -> str:
    """A heading title, plus the next line when the heading visibly wraps onto it."""
    title = first
    j = i + 1
    if j < len(lines):
        nxt = lines[j].strip
        if nxt and len(nxt.split()) <= 8 and not re.match(r"^\(?\d", nxt):
            wraps_lower = nxt[0].islower()
            wraps_caps = title.isupper() and nxt.isupper() and len(title) > 25
            if wraps_lower or wraps_caps:
                title = title + " " + nxt
    return re.sub(r"\s+", " ", title).strip()


def heading_title(lines: list[Line], i: int, first: str, max_words: int = 16) -> str | None:
    """The title of a numbered heading line, or None when the line reads like prose.

    Tries the line with its visible wrap, then the line alone, then the part before " - "
    ("Public Participation - to receive submissions from ..." -> "Public Participation").
    """
    joined = join_title(lines, i, first)
    parts = re.split(r"\s[-–—]\s+", joined, maxsplit=1)
    if len(parts) == 2 and parts[1][:1].islower() and len(joined.split()) > 6:
        head = parts[0].strip()
        if len(head.split()) <= 8 and _plausible_title(head):
            return head  # "Declarations of Interest - to receive any declarations of interest from ..."
    colon = re.split(r":\s+", joined, maxsplit=1)
    if len(colon) == 2 and len(colon[1].split()) >= 5 and len(colon[0].split()) <= 6 and _plausible_title(colon[0]):
        return colon[0].strip()  # "Parking: Inconsiderate parking is an ongoing problem ..."
    if _plausible_title(joined, max_words):
        return joined
    line = re.sub(r"\s+", " ", first).strip()
    if joined != line and _plausible_title(line, max_words):
        return line
    head = re.split(r"\s[-–—]\s", line, maxsplit=1)[0].strip()
    if head != line and len(head.split()) <= 8 and _plausible_title(head, max_words):
        return head
    return None


MD_HEAD = re.compile(r"^#{1,6}\s+(\d+(?:\.\d+)*)\.?(?:\s|&nbsp;)+(.+?)\s*#*\s*$")


def numbered_chain(strong: list[Cand], weak: list[Cand]) -> list[Cand]:
    """The item chain over numbered lines; a weak line is taken when its number is exactly the
    one missing between two accepted neighbours."""
    chain = best_chain(sorted(strong, key=lambda c: c.start), strict=True)
    if len(chain) < 2 or not weak:
        return chain
    weak = sorted(weak, key=lambda c: c.start)
    lead: list[Cand] = []
    bound = chain[0].start
    for want in range(chain[0].num[0] - 1, 0, -1):  # "1. To receive apologies ... (the meeting will be"
        found = [w for w in weak if w.start < bound and w.num[0] == want]
        if not found:
            break
        lead.insert(0, found[-1])
        bound = found[-1].start
    filled: list[Cand] = lead + [chain[0]]
    for a, b in pairwise(chain):
        want = a.num[0] + 1
        pos = a.start
        for w in weak:
            if want >= b.num[0]:
                break
            if pos < w.start < b.start and w.num[0] == want:
                filled.append(w)
                want += 1
                pos = w.start
        filled.append(b)
    return filled


PAGES_REF = re.compile(r"\s*\(Pages?\b[^)]*\)?\s*$", re.IGNORECASE)


#: more candidate headings than this in one style is a table or a list, not an agenda
_MAX_CANDIDATES = 1500


def best_chain(cands: list[Cand], strict: bool = False) -> list[Cand]:
    """The most plausible increasing run of item numbers among candidate headings.

    Numbers must rise.  A jump (6 -> 10) is refused when a skipped number (7, 8, 9) still turns
    up later in the document: then the "10" is a numbered list (statements, names), not the next
    item.  Runs that start high or leave gaps score lower.
    """
    cands = cands[:_MAX_CANDIDATES]
    n = len(cands)
    if n == 0:
        return []
    nums = [c.num[0] for c in cands]
    # the distinct numbers that occur after index i, sorted: for the "turns up later" rule
    later: list[list[int]] = [[] for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        nxt_list = later[i + 1]
        pos = bisect_left(nxt_list, nums[i])
        if pos < len(nxt_list) and nxt_list[pos] == nums[i]:
            later[i] = nxt_list
        else:
            later[i] = nxt_list[:pos] + [nums[i]] + nxt_list[pos:]

    def allowed(prev_num: int, after_index: int, nxt: int) -> bool:
        if not strict or nxt == prev_num + 1:
            return True
        pool = later[after_index]
        k = bisect_right(pool, prev_num)
        return k >= len(pool) or pool[k] >= nxt

    best: list[float] = [float("-inf")] * n
    back: list[int] = [-1] * n
    for i in range(n):
        # start a run here
        start_pen = min(0.3 * (nums[i] - 1), 2.5)
        if allowed(0, i + 1, nums[i]) or not strict:
            best[i] = 1.0 - start_pen
        for j in range(i):
            if nums[j] >= nums[i] or best[j] == float("-inf"):
                continue
            if not allowed(nums[j], j + 1, nums[i]):
                continue
            gap = nums[i] - nums[j] - 1
            score = best[j] + 1.0 - 0.3 * min(gap, 10) - (1.5 if cands[j].style != cands[i].style else 0.0)
            if score > best[i]:
                best[i], back[i] = score, j
    end = max(range(n), key=lambda k: (best[k], -k))
    if best[end] == float("-inf"):
        return []
    chain: list[Cand] = []
    k = end
    while k != -1:
        chain.append(cands[k])
        k = back[k]
    chain.reverse()
    return chain
TERMINAL = re.compile(r"[.!?][\"”’')]*$")

"""Decision blocks in an item's text: RESOLVED / AGREED / "It was APPROVED" / "Decision taken" blocks,
carried motions ("That ... Carried.", "Moved by ... Motion Passed") and their numbered lists.

The one recogniser of decisions: ingest, the chunk flags, the answerer and the decision register use it."""

from __future__ import annotations

import re

from .lines import ENDS_MID, MD_HEAD, TERMINAL, Line, next_nonblank, split_lines

_R_MOTION = re.compile(r"^R\d{4}-\d{1,4}\b")
_MOVED = re.compile(r"^>?\s*(?:Moved by|Motion made by)\b", re.IGNORECASE)
# a verdict closes the motion; "Carried" / "Defeated" end their line ("... as published.  Carried.")
_PASSED = re.compile(r"Motion Passed|\b(?:Carried|CARRIED)\b[.!]?\s*$")
_FAILED = re.compile(r"Motion Failed|\b(?:Defeated|DEFEATED|Lost|LOST)\b[.!]?\s*$")
_PREFIX = r"(?:\(?\d{1,3}[a-z]?[.)]\s*|\(\d{1,3}\)\s*|\(?[a-z]{1,2}[.)]\s*|\([ivx]{1,5}\)\s*|[•*\-–]\s*)?"
_TRIGGERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^" + _PREFIX + r".{0,60}?\bRESOLVED\b"),
    re.compile(r"^" + _PREFIX + r"(?:And\s+|and\s+)?Resolved\b\s*(?::|that\b|,|to\b)"),
    re.compile(r"^" + _PREFIX + r"AGREED\b(?!\s+unanimously)"),
    re.compile(r"^" + _PREFIX + r"Agreed\s*(?::|that\b|to\b|[-–]\s)"),
    re.compile(r"^" + _PREFIX + r"(?:DECISION|Decision)\s*(?::|taken\b)"),
    re.compile(r"^" + _PREFIX + r"RESULT:\s*(?:APPROVED|ADOPTED|CARRIED|PASSED|ACCEPTED|RECEIVED)"),
)
_IT_WAS = re.compile(
    r"\b(?:(?:And|and)\s+)?(?:It|it)\s+was\s+(?:unanimously\s+|further\s+|therefore\s+)?"
    r"(?:RESOLVED|resolved|AGREED|agreed|APPROVED)\b"
)
_BE_DECISION = re.compile(
    r"\bBE (?:APPROVED|RECEIVED|NOTED|ADOPTED|AUTHORIZED|AUTHORISED|DIRECTED|REFERRED|INTRODUCED|ENACTED"
    r"|ENDORSED|REQUESTED|ACCEPTED|APPOINTED|FIXED|ESTABLISHED|AMENDED|GRANTED|REFUSED|DEFERRED|RATIFIED)\b"
)
_LIST_MARK = re.compile(
    r"^(?P<m>\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]?\.(?=\s)|\d{1,3}[a-z]?\)|\([a-z]{1,2}\)|[a-z]{1,2}\.(?=\s)"
    r"|[a-z]{1,2}\)|\([ivx]{1,5}\)|[ivx]{1,5}\.(?=\s)|[•*▪●◦–—-](?=\s))"
)


def _mark_type(s: str) -> str | None:
    m = _LIST_MARK.match(s)
    if not m:
        return None
    t = m.group("m")
    if t[0] in "•*▪●◦–—-":
        return "bullet"
    core = t.strip("().")
    kind = "num" if core[:1].isdigit() else "alpha"
    if t.startswith("("):
        return kind + "()"
    return kind + (")" if t.endswith(")") else ".")


def _mark_value(s: str) -> int:
    """The ordinal of a paragraph mark: "(4)" -> 4, "d)" -> 4, "12." -> 12; 0 when unknown."""
    m = _LIST_MARK.match(s)
    if not m:
        return 0
    core = re.sub(r"[^0-9a-z]", "", m.group("m").lower())
    digits = re.match(r"\d+", core)
    if digits:
        return int(digits.group(0))
    return ord(core[0]) - ord("a") + 1 if len(core) == 1 else 0


def _is_trigger(s: str) -> re.Match[str] | None:
    for rx in _TRIGGERS:
        m = rx.match(s)
        if m:
            return m
    return None


def resolutions(text: str) -> list[str]:
    """Decision blocks inside one section's text, in order of appearance."""
    lines = split_lines(text)
    n = len(lines)
    taken = [False] * n
    blocks: list[tuple[int, int]] = []
    lengths = sorted(len(ln.strip) for ln in lines if ln.strip)
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0

    def line_end(i: int) -> int:
        return lines[i].start + len(lines[i].text)

    # 1. motions that end in a verdict: "R2024-089 ...: That ... Carried." / "Moved by ... Motion Passed"
    for i in range(n):
        s = lines[i].strip
        if taken[i] or not (_R_MOTION.match(s) or _MOVED.match(s)):
            continue
        is_r = bool(_R_MOTION.match(s))
        verdict_line = None
        failed = False
        for j in range(i, min(n, i + (60 if is_r else 250))):
            sj = lines[j].strip
            if j > i and ((is_r and _R_MOTION.match(sj)) or (not is_r and _MOVED.match(sj))):
                break
            if MD_HEAD.match(sj):
                break
            pm = _PASSED.search(sj) if is_r or "Motion" in sj else None
            if pm:
                verdict_line = (j, line_end(j))
                break
            if _FAILED.search(sj) and (is_r or "Motion" in sj):
                failed = True
                verdict_line = (j, line_end(j))
                break
        if verdict_line is None:
            continue
        j_end, end_off = verdict_line
        for k in range(i, j_end + 1):
            taken[k] = True
        if failed:
            continue
        start_i = i
        if not is_r:
            for k in range(i + 1, j_end + 1):
                if lines[k].strip.startswith("That"):
                    start_i = k
                    break
        blocks.append((lines[start_i].start, end_off))

    # 2. blocks that open with RESOLVED / AGREED / It was resolved / Decision: / RESULT: APPROVED
    i = 0
    while i < n:
        s = lines[i].strip
        if taken[i] or not s:
            i += 1
            continue
        start_off: int | None = None
        if _is_trigger(s):
            start_off = lines[i].start + (len(lines[i].text) - len(lines[i].text.lstrip()))
        else:
            mw = _IT_WAS.search(s)
            if mw:
                at = lines[i].start + (len(lines[i].text) - len(lines[i].text.lstrip())) + mw.start()
                if s[: mw.start()].strip() or s[mw.start()].islower():
                    # mid-sentence ("After a discussion it was agreed ..."): from the sentence start
                    floor = max((end for _, end in blocks if end <= at), default=0)
                    start_off = _sentence_start(text, at, floor)
                else:
                    start_off = at
        if start_off is None:
            i += 1
            continue
        last = _extend_block(lines, i, taken, width)
        for k in range(i, last + 1):
            taken[k] = True
        blocks.append((start_off, line_end(last)))
        i = last + 1

    # 3. London-style "That it BE NOTED ..." paragraphs outside any motion; a lettered part
    #    ("b) the Mayor BE REQUESTED ...") is gathered with its "That ..." lead and sibling parts
    i = 0
    while i < n:
        if taken[i] or not _BE_DECISION.search(lines[i].strip):
            i += 1
            continue
        a, b = _paragraph(lines, i, taken)
        if _mark_type(lines[a].strip) is not None:
            k = a - 1
            while k >= 0 and k > a - 80 and not taken[k]:
                sk = lines[k].strip
                if sk.startswith(("That", "THAT")):
                    a = _paragraph(lines, k, taken)[0]
                    break
                if MD_HEAD.match(sk) or sk.startswith(">"):
                    break
                k -= 1
        while True:
            nxt = next_nonblank(lines, b, 3)
            if nxt is None or taken[nxt] or _mark_type(lines[nxt].strip) is None:
                break
            b = _paragraph(lines, nxt, taken)[1]
        for k in range(a, b + 1):
            taken[k] = True
        blocks.append((lines[a].start + len(lines[a].text) - len(lines[a].text.lstrip()), line_end(b)))
        i = b + 1

    blocks.sort()
    out = []
    for a, b in blocks:
        chunk = text[a:b].strip()
        if chunk:
            out.append(chunk)
    return out


def _paragraph(lines: list[Line], i: int, taken: list[bool]) -> tuple[int, int]:
    """First and last line of the blank-line-delimited paragraph holding line ``i``."""
    a = i
    while a > 0 and lines[a - 1].strip and not taken[a - 1]:
        a -= 1
    b = i
    while b + 1 < len(lines) and lines[b + 1].strip and not taken[b + 1]:
        b += 1
    return a, b


def _sentence_start(text: str, at: int, floor: int) -> int:
    """Where the sentence holding offset ``at`` begins ("After a discussion it was agreed ...")."""
    lo = max(floor, at - 400)
    window = text[lo:at]
    cut = max(
        (m.end() for m in re.finditer(r"[.!?:;][\"”’)]?\s+|\n[ \t\xa0]*\n|^\s*(?:\(?\w{1,3}[.)])\s+", window)),
        default=0,
    )
    start = lo + cut
    while start < at and text[start].isspace():
        start += 1
    return start


def _extend_block(lines: list[Line], i: int, taken: list[bool], width: int) -> int:
    """Index of the last line of a decision block opening at line ``i``."""
    n = len(lines)
    first = lines[i].strip
    trig_type = _mark_type(first)
    last = i
    list_mode = False
    # quote mode: the decision is a quoted resolution (Limerick: And Resolved: “That ... .”),
    # which ends where its quotation marks balance again (inner “TCE” pairs included)
    opener = re.search(r":\s*([“\"])", first)
    nxt = next_nonblank(lines, i, 4)
    quoted_next = first.rstrip().endswith(":") and nxt is not None and lines[nxt].strip[:1] in "“\""
    if opener or quoted_next:
        depth = 0
        chars = 0
        segments = [(i, first[opener.start(1) :])] if opener else []
        j = i
        while True:
            for k, text in segments:
                for ch in text:
                    if ch == "“" or (ch == '"' and depth == 0):
                        depth += 1
                    elif ch == "”" or ch == '"':
                        depth -= 1
                last = k
                chars += len(text)
                if depth <= 0 and segments and (opener or k > i):
                    return last
            j += 1
            if j >= n or j > i + 120 or chars > 8000:
                return last
            s = lines[j].strip
            if taken[j] or (s and _is_trigger(s)):
                return last
            segments = [(j, s)] if s else []
    chars = len(first)
    for j in range(i + 1, min(n, i + 150)):
        s = lines[j].strip
        if taken[j]:
            break
        if not s:
            continue
        if _is_trigger(s) or _IT_WAS.match(s) or _R_MOTION.match(s) or MD_HEAD.match(s):
            break
        prev = lines[last].strip
        prev_terminal = bool(TERMINAL.search(prev))
        prev_colon = prev.endswith(":")
        t = _mark_type(s)
        if trig_type is not None and t == trig_type and _mark_value(s) == _mark_value(first) + 1:
            break  # the next sibling paragraph: "(4) RESOLVED ..." then "(5) ..."
        if t is not None:
            if not (list_mode or prev_colon or not prev_terminal):
                break
            list_mode = True
        elif prev_colon or _VOTE_LINE.match(s):
            pass  # the list or text a colon announces; a vote record under "RESULT:"
        elif (last > i or len(first.split()) > 6) and not _wraps(prev, s) and _starts_section(lines, j):
            break  # a heading between decisions ("Recommendation 3 – Visitor Permits"), then a new paragraph
        elif not prev_terminal and (
            _wraps(prev, s) or (width >= 40 and len(prev) >= 0.8 * width) or (last == i and len(prev.split()) <= 5)
        ):
            pass  # the sentence wraps onto this line
        elif list_mode and len(s.split()) <= 8 and not TERMINAL.search(s):
            after = next_nonblank(lines, j, 4)
            if after is None or _mark_type(lines[after].strip) is None:
                break  # a sub-heading inside a resolved list must lead into more list items
        else:
            break
        last = j
        chars += len(s)
        if chars > 8000:
            break
    return last


_VOTE_LINE = re.compile(
    r"^(?:MOTION BY|MOVED BY|SECOND(?:ED)?(?: BY)?|AYES|NAYS|NOES|ABSENT|ABSTAIN(?:ED|ING)?|RECUSED)\s*:",
    re.IGNORECASE,
)


#: a form's label before the decision it records: "(d) Decision taken", "Decision:", "DECISION MADE -"
FORM_LABEL = re.compile(r"^" + _PREFIX + r"(?:DECISIONS?|Decisions?)(?:\s+(?:taken|TAKEN|made|MADE))?\s*[:\-–]?\s*(?:\n|$|(?=[A-Z(]))")


def without_label(block: str) -> str:
    """A decision block without the form label it opens with ("(d) Decision taken The Committee noted ...")."""
    rest = FORM_LABEL.sub("", block, count=1).lstrip()
    return rest or block


def _starts_section(lines: list[Line], j: int) -> bool:
    """Is line ``j`` a heading (short, mostly capitalised, unpunctuated) followed by a new paragraph?"""
    s = lines[j].strip
    words = s.split()
    if len(words) < 3 or len(words) > 14 or not s[0].isupper() or TERMINAL.search(s) or s.endswith((":", ",")):
        return False
    capital = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha()) / len(words)
    after = next_nonblank(lines, j, 3)
    return capital >= 0.7 and after is not None and lines[after].strip[:1].isupper()


def _wraps(prev: str, nxt: str) -> bool:
    """Does ``nxt`` continue the sentence that ``prev`` leaves open?"""
    if not nxt:
        return False
    if nxt[0].islower() or nxt[0].isdigit() or nxt[0] in "(£$€%&“\"'":
        return True
    if re.search(r"[,;&/(\-–—]$", prev) or re.search(r"\d(?:st|nd|rd|th)?$", prev):  # "on 5th" / "February"
        return True
    return bool(ENDS_MID.search(prev))

"""What makes a sentence worth a report's point: it states something specific (a figure or count, an inspection
judgement, a decision, a change, a concern raised), and it is not the furniture of the page it was saved from
(a web page's title, breadcrumb, "Meeting: 17/12/2019" field or file link).

The rules are about the shape of a sentence, never about one council or document.
"""

from __future__ import annotations

import re

from ..answer.cues import ECHO, looks_like_heading, states_quantity

#: an inspection judgement or rating, said as one ("rated 'Good'", "the inspection found the services inadequate")
RATING = re.compile(r"\b(inadequate|requires improvement|good|outstanding)\b", re.I)
_RATED = re.compile(r"(?:ofsted|inspection|inspected|rated|rating|judge?ment|judged|found the services?)", re.I)
#: a rating aimed at, not given ("towards a 'Good' outcome")
_HOPED = re.compile(r"\b(?:towards|aim\w*|target\w*|aspir\w*|ambition\w*|hope\w*)\b", re.I)
#: a decision recorded ("carried out" is not one)
_DECIDED = re.compile(r"\b(?:RESOLVED|AGREED|APPROVED|CARRIED|[Rr]esolved|[Aa]greed|[Aa]pproved|[Dd]ecided"
                      r"|[Cc]arried(?! out)|[Aa]warded|[Aa]dopted)\b")
#: a change in a measure: it went up or down
_CHANGE = re.compile(r"\b(?:increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|reduc(?:ed|tion|tions)|declin(?:e|ed|ing)"
                     r"|r(?:ose|isen|ising)|f(?:ell|allen|alling)|gr(?:ew|own|owth)|dropp?(?:ed)?|doubled|halved"
                     r"|up from|down from)\b", re.I)
#: a concern raised: a worry, a risk, a pressure, an overspend
_CONCERN = re.compile(r"\b(?:concern(?:s|ed)?|worr(?:y|ied|ies|ying)|risks?|pressures?|challenges?"
                      r"|overspen\w*|shortfalls?|deficits?|backlogs?|shortages?|delays?|difficult(?:y|ies))\b", re.I)
#: a question put in the passive ("questions were raised as to whether ..."): what it asks about is not stated
_ASKED = re.compile(r"\bquestions? (?:was|were) (?:raised|asked|put)\b(?:\s+\w+){0,4}?\s+(?:whether|why|what|how|if|as to)\b",
                    re.I)
#: a worry put in words, in a question or not
_RAISED = re.compile(r"\b(?:concern(?:s|ed)?|worr(?:y|ied|ies|ying))\b", re.I)
#: a reference to a part of a report ("(paragraph 6.26)", "(section 7)"): its number is no figure
_REFERENCE = re.compile(r"\((?:see\s+)?(?:paragraphs?|paras?\.?|sections?|appendi(?:x|ces)|items?|pages?|minutes?)"
                        r"\s[^)]{0,40}\)", re.I)

#: page furniture of a web page saved as text: a "Label: date" field ("Meeting: 17/12/2019"), a link to a file
#: with its size ("PDF 452 KB"), a breadcrumb trail ("Home > Meetings > Cabinet")
_META_FIELD = re.compile(r"\b[A-Z][A-Za-z ]{1,24}:\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_FILE_LINK = re.compile(r"\b(?:PDF|DOCX?|XLSX?|RTF|ODT|HTML?)\s+\d[\d.,]*\s*[KMG]B\b", re.I)
_BREADCRUMB = re.compile(r"\S\s+[>›»|]\s+\S(?:.*\S)?\s+[>›»|]\s+\S")
#: unpunctuated text that opens with a page title's "Section - page" pair ("Browse - meetings 2) ...") or ends
#: with a reference to the item it is filed under ("... (Item 4)")
_TITLE_PAIR = re.compile(r"^[A-Z][\w']*(?: [\w']+)? [-–|] [\w']+(?: [\w']+)?\s")
_ITEM_REF = re.compile(r"\((?:agenda\s+)?item\s+\d+[a-z]?\)$", re.I)
#: a date or a labelled date and nothing else
_BARE_DATE = re.compile(r"^(?:[A-Z][A-Za-z ]{0,24}:\s*)?(?:\w+day,?\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}"
                        r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
                        r"\.?$")
_ENDS_SENTENCE = re.compile(r"[.!?;][\"'”’)\]]*$")


def is_chrome(text: str) -> bool:
    """Is a line (or what the sentence splitter made of several) the navigation or meta data of a web page, a
    bare date or label, or a heading, rather than a statement?"""
    t = " ".join(text.split())
    if not t or _BARE_DATE.match(t) or looks_like_heading(t):
        return True
    if _META_FIELD.search(t) or _FILE_LINK.search(t) or _BREADCRUMB.search(t):
        return True
    return not _ENDS_SENTENCE.search(t) and bool(_TITLE_PAIR.match(t) or _ITEM_REF.search(t))


def trim_furniture(source: str, offset: int, text: str) -> tuple[int, str]:
    """A sentence the splitter glued to page furniture printed on the lines above it ("Home > Meetings > ...",
    "Meeting: 17/12/2019", a page title) without it: its offset in ``source`` and its text. Unchanged when no
    leading line is furniture, or when the lines cannot be matched to the sentence."""
    need = len("".join(text.split()))
    lines: list[tuple[int, str]] = []
    pos = got = 0
    for line in source[offset:].split("\n"):
        lines.append((offset + pos, line))
        pos += len(line) + 1
        got += len("".join(line.split()))
        if got >= need:
            break
    i = 0
    while i < len(lines) - 1 and _furniture_line(lines[i][1], lines[i + 1][1]):
        i += 1
    prefix = " ".join(" ".join(line for _, line in lines[:i]).split())
    if not i or not text.startswith(prefix):
        return offset, text
    start, line = lines[i]
    return start + len(line) - len(line.lstrip()), text[len(prefix):].strip()


def _furniture_line(line: str, after: str) -> bool:
    """Is a printed line furniture: chrome, or a short unpunctuated label ("Issue - meetings") that the next
    line does not carry on (it opens a new sentence)?"""
    t = " ".join(line.split())
    if not t:
        return True
    if is_chrome(t):
        return True
    nxt = after.strip()
    return len(t.split()) <= 5 and not _ENDS_SENTENCE.search(t) and bool(nxt) and not nxt[0].islower()


def rating(text: str) -> str | None:
    """The judgements a sentence states ("inadequate", "good, outstanding"), or None when it states none."""
    if not _RATED.search(text) or _HOPED.search(text):
        return None  # "towards a 'Good' outcome" is an aim, not a judgement
    found: list[str] = []
    for m in RATING.finditer(text):
        if m.group(1).lower() not in found:
            found.append(m.group(1).lower())
    return ", ".join(found) or None


def specifics(text: str) -> list[str]:
    """The specific things a sentence states: a figure or count, a judgement, a decision, a change, a concern.

    A sentence that records a question being asked states none of what it asks about ("Members asked whether
    the increase ..."), only, at most, the concern it raised."""
    if ECHO.search(text) or _ASKED.search(text):
        return ["concern"] if _RAISED.search(text) else []
    out = []
    if states_quantity(_REFERENCE.sub(" ", text)):
        out.append("figure")
    if rating(text):
        out.append("judgement")
    if _DECIDED.search(text):
        out.append("decision")
    if _CHANGE.search(text):
        out.append("change")
    if _CONCERN.search(text):
        out.append("concern")
    return out

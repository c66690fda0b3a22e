"""Small text utilities shared by retrieval, answering and citation checks: sentences, stems, overlap."""

from __future__ import annotations

import functools
import re
import unicodedata

import snowballstemmer

#: words too common to count: one list for the keyword index, the answerer and the reports
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below must shall might
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not now
    of off on once only or other our out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours did does whose within across each per via upon many much council
    councils meeting meetings committee""".split()
)


#: a symbol font's bullet, a private-use character ("\uf0b7 Business"); with them, a lone "o" is the level below's
SYMBOL_BULLET = re.compile(r"[\uf020-\uf0ff](?=\s)")
_SENT_END = re.compile(r"(?<=[.!?])\s+(?!\[\d)(?=[\"'“(\[]?[A-Z0-9£$€•(])|(?<=\d\])\s+(?=[\"'“(]?[A-Z])|\s+(?=•)|(?<=;)\s+(?=\(?[a-z0-9]\)\s)|(?<=[.!?])\s+(?=[a-z]\)\s+[A-Z])"
                       r"|\s+(?=" + SYMBOL_BULLET.pattern + ")")
#: a motion's result with its count, which ends its sentence: "... C. Rahman Motion Passed (15 to 0) Motion made by ...",
#: a vote's lines joined; "CARRIED (9 to 2)", "Motion Lost (2 to 13)" (not "Children aged (5 to 11) Years 1 to 6 ...")
_VOTE_RESULT = re.compile(r"\b(?:passed|carried|defeated|failed|lost|approved|adopted|rejected)\s+\(\s*\d{1,3}\s+to\s+"
                          r"\d{1,3}\s*\)(?P<gap>\s+)(?=[A-Z])", re.I)
_GAP = re.compile(r"\s+")
_O_BULLET = re.compile(r"\s+(?=o\s+[A-Z0-9$£€“\"(])")
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*", re.I)
#: the Porter stemmer, as FTS5's ``porter`` tokenizer stems: query, keyword index and answerer agree
_PORTER = snowballstemmer.stemmer("porter")


_FOLD = str.maketrans("‘’“”–—\xa0", "''\"\"-- ")


def normalise(text: str) -> str:
    """NFKC, ASCII quotes and dashes, single spaces, casefolded: how answer keys are compared."""
    t = unicodedata.normalize("NFKC", text)
    t = t.translate(_FOLD)
    return re.sub(r"\s+", " ", t).strip().casefold()


def stem(word: str) -> str:
    """A word's Porter stem ("decided", "decide", "decision"... -> "decid"); figures keep their digits; an accented
    letter is the letter ("José" -> "jose"), however the word was read."""
    w = word.lower() if word.isascii() else unaccented(word.lower())
    if w.endswith("'s"):
        w = w[:-2]
    if any(c.isdigit() for c in w):
        return w.replace(",", "")
    w = _DERIVED.get(w, w)
    if len(w) > 5 and "our" in w:  # British and American spellings meet: "neighbourhood"/"neighborhood"
        w = _OUR.sub("or", w)
    if len(w) > 6 and "is" in w:  # and "authorise"/"authorize", "organisation"/"organization"
        w = _ISE.sub("iz", w)
    return _stem_word(w)


#: the suffix "-ise" of a British spelling ("authorise", "organisation", "recognised", "minimising"), after the
#: letters it follows in such verbs: not the "-ise" of a root ("revise", "advise", "exercise", "promise")
_ISE = re.compile(r"(?<=[a-z]{2})(?<=al|il|or|on|an|it|im|ar|ic|er|og|gn|iv)is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)")
#: "-our-" in a British spelling ("honour", "labour", "neighbourhood", "favourite"), not "four", "hour", "tour"
_OUR = re.compile(r"(?<=[a-z]{3})our(?=(?:s|ed|ing|hoods?|able|ably|ite|ites|er|ers|ful|less)?$)")


#: words whose stem differs from their verb's though used for the same act ("retention"/"retained"), and British spellings
_DERIVED = {
    "retention": "retain", "detention": "detain", "abstention": "abstain", "abstentions": "abstain",
    "maintenance": "maintain", "judgement": "judgment", "judgements": "judgment",
    "acknowledgement": "acknowledgment", "acknowledgements": "acknowledgment",
    "delivery": "deliver", "deliveries": "deliver", "upheld": "uphold", "spoke": "speak", "spoken": "speak",
    # nouns in "-sion" whose verb Porter keeps apart ("decision" -> "decis", "decide" -> "decid")
    "decision": "decide", "decisions": "decide", "expansion": "expand", "extension": "extend",
    "extensions": "extend", "provision": "provide", "revision": "revise", "revisions": "revise",
    "permission": "permit", "submission": "submit", "submissions": "submit", "suspension": "suspend",
    "conclusion": "conclude", "inclusion": "include", "exclusion": "exclude", "admission": "admit",
    # nouns in "-ition" of verbs in "-ish" ("demolition" -> "demolit", "demolishing" -> "demolish")
    "demolition": "demolish", "demolitions": "demolish", "abolition": "abolish",
    # irregular past forms ("what did respondents think" / "74% thought")
    "thought": "think", "sought": "seek", "taught": "teach", "spent": "spend", "paid": "pay", "won": "win",
    "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write", "withdrew": "withdraw",
    "withdrawn": "withdraw", "undertook": "undertake", "undertaken": "undertake",
    # one transfer of property, from either side ("approved to buy Site F" / "the disposal of Site F to")
    **dict.fromkeys(("buy", "buys", "buying", "bought", "buyer", "buyers", "purchase", "purchased", "purchases",
                     "purchasing", "purchaser", "purchasers", "sell", "sells", "selling", "sold", "sale", "sales",
                     "disposal", "disposals", "dispose", "disposed", "disposing"), "dispose"),
}


@functools.lru_cache(maxsize=65536)
def _stem_word(word: str) -> str:
    out: str = _PORTER.stemWord(word)
    if out.endswith("ment") and len(out) >= 8:
        # the noun of an act is the act: "argument"/"argue", "agreement"/"agree", "settlement"/"settle"
        # (Porter keeps "-ment" after a short stem); four letters must stay ("comment", "payment" do)
        out = _PORTER.stemWord(out[:-4])
    elif _ADVERB.search(word):  # an adverb is its adjective's word where Porter keeps "-li": "validly", "publicly"
        out = _PORTER.stemWord(word[:-2])
    return out


#: an adverb of an adjective Porter leaves as "-li" ("validli", "publicli", "newli", "hourli", "yearli"), not a noun
#: in "-ly" ("family", "supply"), a short word ("early", "reply") nor one whose "adjective" is another word ("roughly")
_ADVERB = re.compile(r"^(?:[a-z]{2,}(?:ct|nt|pt|st|rt|lt|id|ic|ll|th|ck|ek|ur)|[a-z]+(?:ew|ear|arter|rmer))ly$")


def unaccented(text: str) -> str:
    """A text with the accents taken off its letters ("Príomh Hernández" -> "Priomh Hernandez"), nothing else."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    """A text's words and figures, accents off, as the keyword index's tokenizer reads them ("Príomh" is "Priomh")."""
    return _WORD.findall((text if text.isascii() else unaccented(text)).replace("’", "'"))


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text, in order (stopwords dropped)."""
    out = []
    for tok in _words(text):
        low = tok.lower()
        if low in STOPWORDS or (len(low) < 2 and not low.isdigit()):
            continue
        out.append(stem(low))
    return out


#: an acronym in brackets after the words it stands for: "Resident Parking Schemes (RPS)"
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
_JOINING = frozenset({"and", "of", "the", "for", "to", "in", "on", "&"})


def initials(name: str) -> str:
    """The initials of a name's capitalised words, as an acronym of it is written ("Kent County Council" ->
    "KCC", "West of England Combined Authority" -> "WECA"); a bracketed part is no part of it."""
    return "".join(w[0] for w in re.sub(r"\([^)]*\)", "", name).split() if w[0].isupper())


def acronyms(text: str) -> dict[str, list[str]]:
    """The acronyms a text defines, each with the stems of the words it stands for: the capitals of the
    bracketed acronym are the initials of the words just before it (small joining words skipped)."""
    out: dict[str, list[str]] = {}
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        letters = [c for c in acronym if c.isupper()]
        if len(letters) < 2 or stem(acronym) in out:
            continue
        words = re.findall(r"[A-Za-z][\w'’-]*|&", text[max(0, m.start() - 150):m.start()])
        taken: list[str] = []
        i, k = len(words) - 1, len(letters) - 1
        while i >= 0 and k >= 0:
            if words[i].lower() in _JOINING and taken:
                i -= 1
                continue
            if words[i][0] != letters[k]:
                break
            taken.append(words[i])
            i, k = i - 1, k - 1
        if k < 0:
            out[stem(acronym)] = content_stems(" ".join(reversed(taken)))
    return out


def content_terms(text: str) -> list[tuple[str, str]]:
    """(word as written, stem) for each distinct content word of a text, in order."""
    out: dict[str, str] = {}
    for tok in _words(text):
        low = tok.lower()
        if low in STOPWORDS or (len(low) < 2 and not low.isdigit()):
            continue
        out.setdefault(stem(low), low)
    return [(raw, st) for st, raw in out.items()]


_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|No|Nos|Ch|Chq|St|Rev|Revd|Prof|Sr|Jr|Co|Ltd|Inc|vs|etc|approx|e\.g|i\.e))\.$")
_SECTION_ONLY = re.compile(r"SECTION \d{1,3}\.")  # (a resolution's "SECTION 2. That ...": one sentence, not two)


def ends_abbreviation(text: str) -> bool:
    """Does a text end with an initial or an abbreviation's full stop ("B.", "Mr.", "No."), not a sentence's?"""
    return bool(_ABBREV.search(text.rstrip()[-9:]) or _SECTION_ONLY.fullmatch(text.rstrip().rsplit("\n", 1)[-1].strip()))


#: a line that opens a unit of its own: a list mark, bullet, Markdown heading or table row
_UNIT_START = re.compile(r"^\s*(?:[•▪●◦*|#>]|[-–—]\s|\(?[a-z]{1,2}\)\s|\(?\d{1,3}[a-z]?[.)]\s|\([ivx]{1,5}\)\s|"
                         r"(?:RESOLVED|AGREED|DECISION|ACTION)\b)")
#: a line ending that leaves the sentence open: a joining word, a comma, an opening bracket
_OPEN_END = re.compile(r"(?:[,;&/(\-–—]|\b(?:and|or|but|of|the|a|an|to|in|on|at|by|for|with|from|that|which|"
                       r"who|is|are|was|were|be|been|has|have|had|as|per|not|no|its|their|this|these|any|all)"
                       r")$", re.I)
_TERMINAL_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
#: an item's outcome line: its verdict in words, then nothing, a mark or a joining word ("Deferred to ...", "2nd Warning")
VERDICTS = re.compile(r"^\W*(?:(?:Granted|Approved|Denied|Refused|Rejected|Deferred|Withdrawn|Dismissed|Upheld|Revoked|No "
                      r"Violation|No Action Taken|(?:\d+(?:st|nd|rd|th)|First|Second|Final) Warning)(?=\s*$|\s*[,.;:(–—‑-]|\s+"
                      r"(?:to|with|without|until|pending|subject|as|and|for)\b)|Violation\s*[-–—‑]\s)")
_ROLL = r"\b(?:AYES|NAYS|NOES|ABSENT|ABSTAIN|RECUSE|EXCUSED)[A-Z]*:"  # (a vote's roll: its last field, as names)
_ROLL_END, _ROLL_ON = re.compile(_ROLL + r"[^:.;!?]{0,80}$"), re.compile(r"[^.]*" + _ROLL)
#: a printed line long enough to have been wrapped by the page's width (short lines are headings or labels)
WRAP_WIDTH = 45
#: characters a joined sentence may run without any punctuation before lines stop being joined to it
MAX_UNPUNCTUATED = 400


def _continues(prev: str, nxt: str, gap: bool = False, last: str = "") -> bool:
    """Does line ``nxt`` carry on the sentence that ``prev`` (the lines joined so far; ``last`` the last of them) leaves
    open? Across a blank line (``gap``) only a clear continuation counts."""
    if prev.endswith(("*", "_")) and nxt.startswith(("*", "_")):  # emphasised lines ("**... broken**",
        prev, nxt = prev.rstrip("*_ "), nxt.lstrip("*_ ")      # "**down by ...**"): the wrap inside them
    if not prev or not nxt or _UNIT_START.match(nxt):
        return False
    if len(prev) > MAX_UNPUNCTUATED and not re.search(r"[.;:!?]", prev[-MAX_UNPUNCTUATED:]):
        return False  # a table or list printed as lines, not one sentence
    if _TERMINAL_END.search(prev):
        return ends_abbreviation(prev) or bool(_SECTION_ONLY.fullmatch(last))  # "No.\n2 bus", "Mr.\nSmith"
    if nxt[0].islower() or nxt[0] in "(£$€%&“\"'" or _OPEN_END.search(prev):
        return True
    if gap or prev.endswith(")") or _lettered_heading(nxt) or (_ROLL_END.search(prev) and not _ROLL_ON.match(nxt)):
        return False  # "... (5 FOR, 4 AGAINST)" | "It was ..."; "Absent: Keefer" | "C. ..."; "ABSENT: Hernandez" | "Cllr"
    # a long line that stops without punctuation was wrapped by the page; a short one, or one of capitalised words
    # ("7 Review of Parking Policies and Charges"), is a heading; a cell that is a sum alone ends its table's row
    return (len(prev) >= WRAP_WIDTH and not _CELL.fullmatch(last) and not prev.isupper() and not VERDICTS.match(nxt)
            and not (NUMBERED.match(prev) and _titled(prev)) and not _lettered_heading(prev))


_CELL = re.compile(  # a line that is a sum alone, a table's cell ("€1,929.50", "16.00", "45%"; not "12", "2024")
    r"\(?(?:[£$€]\s?\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d|\d+(?:\.\d+)?%)\)?")
#: a numbered heading: "7 Review of ...", "4.2. Budget", "(3) Planning"
NUMBERED = re.compile(r"^\(?\d{1,3}(?:\.\d+)*[a-z]?[.)]?\s+[A-Z]")
#: an agenda item lettered in capitals: "C. Adoption of Reading Screener for Special Education Programs - M. Kast"
_LETTERED = re.compile(r"^[A-Z]\.\s+[A-Z][a-z]+\s+(?!,)")


def _lettered_heading(line: str) -> bool:
    """A lettered item's heading (its words capitalised, four or more, no full stop at its end), not a name
    with its initial ("J. Scott, S. Kirkey: THAT ...", "B. Smith moved ...")."""
    return (bool(_LETTERED.match(line)) and len(line.split()) >= 5 and "," not in line[:25]
            and not _TERMINAL_END.search(line) and _titled(line[3:]))


def _titled(line: str) -> bool:
    """Mostly capitalised words (small words aside): a heading's shape, not a sentence's."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= 0.75


_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


#: an editor's note set in small type in converted minutes ("*<small>Scanned page ...</small>*"): not the minutes'
_EDITORIAL_NOTE = re.compile(r"\*?<small>[^<\n]{0,300}</small>\*?", re.I)
#: inline HTML formatting left in converted text: the tag goes, its words stay
_INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|sup|sub|br|font|mark)\b[^<>\n]{0,80}/?>", re.I)

#: a Markdown rule between pages or sections ("---" on a line of its own)
_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)
#: a page break joined into a line with its page number ("... by the Members. --- 19", "And Resolved: --- 12 ...")
_PAGE_BREAK = re.compile(r"[ \t]-{3,}[ \t]+\d{1,4}\b")
#: a Markdown quoted block's mark opening a line ("> also thanked", "> > Treasurer")
QUOTE_MARK = re.compile(r"^[ \t]*>(?:[ \t]*>)*(?=[ \t]|$)", re.M)


def without_notes(text: str) -> str:
    """Text without what a converter puts between pages: its notes ("*<small>Scanned page ...</small>*") and
    the rules on lines of their own ("---")."""
    return _RULE.sub("", _EDITORIAL_NOTE.sub("", text))


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """Text with a pattern's matches turned to spaces of the same length (offsets into it stay valid)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs: printed lines that wrap a sentence are joined again (and a word
    hyphenated across two lines made whole), then sentences end at . ! ? (not after initials or Mr.)."""
    out: list[tuple[int, str]] = []
    if "<" in text:
        text = _blank(_INLINE_TAG, _blank(_EDITORIAL_NOTE, text))
    if "---" in text or "***" in text or "___" in text:
        text = _blank(_PAGE_BREAK, _blank(_RULE, text))
    lines = text.split("\n")
    blocks: list[tuple[int, str]] = []  # (offset, text with the wraps joined; same length as the source)
    pos = 0
    gap, last = False, ""  # one blank line since the last block's text; the last line with text
    for line in lines:
        stripped = line.strip()
        if not stripped and blocks and blocks[-1][1].strip() and not gap:
            gap = True
            start, prev = blocks[-1]
            blocks[-1] = (start, prev + " " + line)  # held: the next line may carry on the sentence
            pos += len(line) + 1
            continue
        if blocks and stripped and _continues(blocks[-1][1].rstrip(), stripped, gap, last):
            start, prev = blocks[-1]
            if re.search(r"[a-z]-\s*$", prev) and stripped[0].islower():  # "recruit-" + "ment"
                cut = prev.rstrip()
                joined = cut[:-1] + "\x00" * (len(prev) - len(cut) + 2) + line
            elif re.search(r"[A-Za-z]-\s*$", prev) and stripped[0].isupper():  # a name's own hyphen: "Hickey-" +
                cut = prev.rstrip()  # "O’Mara" is "Hickey-O’Mara"
                joined = cut + "\x00" * (len(prev) - len(cut) + 1) + line
            else:
                joined = prev + " " + line
            blocks[-1] = (start, joined)
        else:
            blocks.append((pos, line))
        gap, last = False, stripped or last
        pos += len(line) + 1
    sub_bullets = bool(SYMBOL_BULLET.search(text))
    for base, block in blocks:
        start = 0
        ends = list(_SENT_END.finditer(block))
        voted = [g for v in _VOTE_RESULT.finditer(block) if (g := _GAP.match(block, v.start("gap")))]
        if sub_bullets or voted:  # (in order: each end once)
            ends = sorted(ends + voted + (list(_O_BULLET.finditer(block)) if sub_bullets else []), key=lambda m: m.start())
        for m in ends:
            if m.start() < start:
                continue
            if _ABBREV.search(block[max(start, m.start() - 8) : m.start()]) or _SECTION_ONLY.fullmatch(block[start:m.start()].strip()):
                continue  # "D. Yemm", "Mr. Smith", "No. 3": not a sentence end
            if block[m.start() - 2 : m.start() - 1].isdigit() and _BROKEN_DECIMAL.match(block, m.end()):
                continue  # "$3. 7 million": a decimal a PDF's text layer broke, not a sentence end
            piece = block[start : m.start()].strip().replace("\x00", "")
            if piece:
                out.append((base + start + _lead(block[start:]), _mend(piece)))
            start = m.end()
        piece = block[start:].strip().replace("\x00", "")
        if piece:
            out.append((base + start + _lead(block[start:]), _mend(piece)))
    return out


#: the decimals of a sum in millions after a point a PDF's text layer printed a space after ("$3. 7 million")
_BROKEN_DECIMAL = re.compile(r"\d{1,2} (?:million|billion|bn)\b")
_SPACED_DECIMAL = re.compile(rf"(?<=\d)\. (?={_BROKEN_DECIMAL.pattern})")


def _mend(piece: str) -> str:
    """A sentence's words one space apart, a broken decimal made whole ("$3. 7 million" is "$3.7 million")."""
    return _SPACED_DECIMAL.sub(".", " ".join(piece.split()))


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def overlap(claim: str, source: str) -> float:
    """Share of a claim's content stems found in a source text (0..1)."""
    c = set(content_stems(claim))
    if not c:
        return 1.0
    s = set(content_stems(source))
    return len(c & s) / len(c)


def shingles(text: str, n: int = 4) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))}


#: where a question asks a further thing: ", and how many ...", "; who ...", "? What ...", ", and roughly how many ..."
_PART_SPLIT = re.compile(r"(?:,?\s+and\s+|[;?]\s*|,\s+)(?=(?:(?:then|also|with|by|for|in|at|on|to|from|under|"
                         r"until|of|roughly|approximately|about|around|exactly|precisely|broadly)\s+)?"
                         r"(?:what|which|who|whom|whose|how|when|why|where|did|does|do|was|were|is|are|has|have|had)\b)"
                         # (", and in the May 2025 update what was ...": a further part that opens with its own time or place)
                         r"|,\s+and\s+(?=(?:in|at|on|by|for|from|under|after|before|since|during)\s+[^,;?]{1,50}?\s+"
                         r"(?:what|which|who|whom|whose|how|when|why|where)\b)", re.I)


def question_parts(question: str) -> list[str]:
    """The things a question asks, in order ("How much ... and how many voted for it?" has two)."""
    parts = [p.strip(" ,;?") for p in _PART_SPLIT.split(question)]
    parts = [p for p in parts if len(content_stems(p)) >= 1] or [question]
    for i in range(len(parts) - 1):  # (the source a further part is asked of opens it: "...; and according to the
        if (m := _SOURCE_AFTER_AND.search(parts[i])) is not None:  # outturn report, whose contract ...?")
            parts[i], parts[i + 1] = parts[i][:m.start()].strip(" ,;"), f"{m.group(1)}, {parts[i + 1]}"
    out: list[str] = []
    for p in parts:  # "how did X change between A and B": X at A, and X at B, each from its own evidence
        then = _AND_THEN.search(p)
        if then is not None:  # "how did it fare at the committee in March and then at council": asked of each
            out += [p[:then.start("then")].strip(" ,;?"), f"{then.group('ask')} {then.group('prep')} {then.group('b')}"]
            continue
        m = _CHANGE_BETWEEN.search(p)
        if m is None:
            out.append(p)
            continue
        base = (p[:m.start("between")] + p[m.end():]).strip(" ,;?")
        out += [f"{base}, {m.group('a').strip()}", f"{base}, {m.group('b').strip()}"]
    return out


#: a part's tail that names the source of the part after it ("...; and according to the 2025/26 outturn report")
_SOURCE_AFTER_AND = re.compile(r"[,;]?\s+and\s+(according to\s[^,;?]+)$", re.I)


#: one thing asked of two places or times in turn ("how did it fare at the committee in March and then at council")
_AND_THEN = re.compile(r"(?P<ask>\b(?:how|what|which|who|whom|when|why|where)\b[^?]*?)\s(?P<prep>at|in|on|by|before)\s"
                       r"[^?]*?(?P<then>,?\s+and then\s+)(?P=prep)\s(?P<b>[^?]+?)\s*\??$", re.I)


#: a change asked between two times or documents ("change between the September report and the May update")
_CHANGE_BETWEEN = re.compile(r"\b(?:chang|compar|differ|mov|shift|gr[eo]w|r[io]s|fell|fall|went|go)\w*\b[^?]*?"
                             r"(?P<between>\bbetween\s+(?P<a>[^?]+?)\s+and\s+(?P<b>[^?,;]+?))(?=,|;|\?|$)", re.I)


def is_scope_clause(part: str) -> bool:
    """Does a question part only set the scope of the others ("According to the 2013 minutes", "When the
    committee reviewed charges in May", "For the A4 scheme") rather than ask a thing itself?"""
    return bool(_SCOPE_ONLY.match(part))


#: the opening of a clause that sets the scope of the question after it ("According to the 2013 minutes",
#: "When the committee reviewed charges", "For the A4 scheme") rather than asking a thing itself
_SCOPE_ONLY = re.compile(r"(?:according to|after|before|following|during|since|by(?!\s+when\b)(?![^?]*\b(?:had|has|have|did|was|were|is|are|will)\b)|for|in|at|on|under|regarding|"
                         r"concerning|as|while|once|when(?!\s+(?:was|were|is|are|did|does|do|will|has|have|had|"
                         r"can|could|should|would)\b))\b(?!\s+whose\b)(?!.*(?:\b(?:what|which|who|whom|how|why|where)\b|,\s*whose\b))", re.I)


#: Markdown a document converted from HTML carries ("**bold**", "### 8.3.7", "[(4.3)](</2025-01/...>)"): its marks
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\((?:<[^>\n]*>|[^)\s]*)(?:\s+\"[^\"\n]*\")?\)")
#: a link's end whose start was cut off in another sentence ("Warming Centres - S. Trosow](<https://...>)"), and an
#: opening bracket whose link ends in the next sentence
_MD_LINK_TAIL = re.compile(r"\]\((?:<[^>\n]*>|[^)\s]*)\)")
_MD_LINK_HEAD = re.compile(r"\[(?=[^\]]*$)")
_MD_EMPHASIS = re.compile(r"\*{2,3}|(?<!\w)__|__(?!\w)")
_MD_HEADING = re.compile(r"(?:^|(?<=\s))#{1,6}[ \t]+")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)  # an HTML comment ("<!-- -->")


def plain(text: str) -> str:
    """A quote as a reader should see it: Markdown's emphasis, heading marks, quoted blocks' marks and link addresses
    removed (a link keeps its text), HTML comments too, spaces collapsed. Words, numbers and their order are untouched."""
    text = _MD_LINK_HEAD.sub("", _MD_LINK_TAIL.sub("", _MD_LINK.sub(lambda m: m.group(1), text)))
    text = _MD_HEADING.sub("", _MD_EMPHASIS.sub("", HTML_COMMENT.sub("", QUOTE_MARK.sub("", text))))
    return " ".join(SYMBOL_BULLET.sub("•", text).split())  # (a symbol font's bullet shown as the bullet it is)


def named_years(text: str) -> set[str]:
    """The years a text names ("in 2025", "for 2024-25"), not a number that opens with one ("By-Law 2020-20",
    "Policy No. 2025-02": a year's number and a serial, not a financial year's two years)."""
    out = set()
    text = AGE_YEAR.sub(lambda m: " " * len(m.group(0)), text)  # ("pre-1989 tenancies": no year named)
    for m in YEAR.finditer(text):
        serial = re.match(r"-(\d{1,3})\b", text[m.end():])
        if serial is None or (len(serial.group(1)) == 2 and int(serial.group(1)) == (int(m.group(1)) + 1) % 100):
            out.add(m.group(1))
    return out | fiscal_years(text)


#: a year, 1950 to 2099
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


#: a year in a law's title ("the Town and Country Planning (General Permitted Development) Order 1995", "the Municipal
#: Act, 2001"): when the law was made, not when anything the evidence records happened
LAW_YEAR = re.compile(r"\b(?:Act|Order|Regulations?|Rules|Measure|Directive)\s*,?\s*(?:19|20)\d\d\b")
#: a year that names a kind of thing by its age ("pre-1989 tenancies", "post–2010 housing"), not a time asked about
AGE_YEAR = re.compile(r"\b(?i:pre|post)\s?[-–]\s?(?:19|20)\d\d\b")
KIND_YEAR = re.compile(f"{LAW_YEAR.pattern}|{AGE_YEAR.pattern}")  # (either: a year that names no time)


def event_years(text: str) -> set[str]:
    """The years a text names, but those of laws' titles and things' ages."""
    return set(YEAR.findall(KIND_YEAR.sub(" ", text))) | fiscal_years(text)


#: a fiscal year by its last year ("FY2025", "FY25", "FY 2024"): a year the text names
_FISCAL = re.compile(r"\bFY\s?'?((?:19|20)\d\d|\d\d)(?!\d)")


def fiscal_years(text: str) -> set[str]:
    """The years of the fiscal years a text names ("FY25" -> "2025", "FY2024" -> "2024")."""
    return {y if len(y) == 4 else f"20{y}" for y in _FISCAL.findall(text)}


#: a year that names the period a statement or report covers ("the 2024 statements of remuneration", "its 2023
#: annual report", "the 2024 Audited Financial Statements"): one drawn up, sent and debated in the year after
REPORTED_YEAR = re.compile(r"(?:\b(?:the|its|their|our|this|that)|['’]s)\s+((?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,2}?"
                           r"(?:statements?|reports?|accounts?|returns?|audits?|outturns?)\b", re.I)


#: a financial year ("2024/25", "2024-25", "2025/2026"), its first and second years: it ends in its second
FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[/-]\s*((?:19|20)?\d\d)\b")


def asked_years(question: str) -> set[str]:
    """The years evidence for a question may name: those it names, the year a financial year it names ends in
    (2024/25's report of the year is made in 2025), and, for a statement or report of a year, the year after, when
    it was drawn up and considered."""
    years = event_years(question) | {str(int(a) + 1) for a, b in FINANCIAL_YEAR.findall(question)
                                     if int(b[-2:]) == (int(a) + 1) % 100}
    return years | {str(int(y) + 1) for y in REPORTED_YEAR.findall(question)}

"""What a question asks and what a sentence states: the kind of answer wanted (a figure, a count, a name,
a date, a decision), the parts of a many-part question, the time it names, and the sentences that only
label or restate (headings, form labels, contents lines, echoes of a question)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..text import FINANCIAL_YEAR, YEAR, content_stems, event_years, named_years, stem
from .lists import MARKER
from .when import ASKS_WHEN

NUMERIC_Q = re.compile(
    r"\b(how (much|many|big|large|long|far|close)|what (share|size|ratio|rate|price|cost|amount|figure|number|"
    r"percentage|proportion|limit|level|budget)|at what price|what .*(£|\$|€|per ?cent|%))", re.I)
#: a question about an amount even when it does not say "how much": its answer is a figure
FIGURE_Q = re.compile(r"\b(costs?|costing|price[sd]?|spend|spent|spending|fees?|salar(y|ies)|ratio|rates?|sums?|"
                       r"totals?|value[sd]?|funding|grants?)\b"
                       # (not a word naming a kind of thing: "grant applications", "the funding programme")
                       r"(?!\s+(?:applications?|programmes?|programs?|schemes?|bids?|streams?|agreements?|polic(?:y|ies)|"
                       r"criteria|process(?:es)?|bod(?:y|ies)|partners?|sources?|rules?)\b)", re.I)
#: a paragraph number opening a sentence ("7.3 The ...", "(2) ..."): not a figure
PARA_NO = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*\)?\.?\s+)+(?=[A-Z(])")


def has_figure(text: str) -> bool:
    """Does a sentence state an amount, share or ratio (not counting its paragraph number)?"""
    return bool(FIGURE_S.search(PARA_NO.sub("", text, count=1)))


DECISION_Q = re.compile(r"\b(decid|agree|approv|resolv|sign(ed)? off|vote|chose|choose|award|adopt|set)\w*", re.I)
#: a question after a person or a body; "whose" opening a clause ("and on whose seconding?"), not "Smith, whose ward"
WHO_Q = re.compile(r"\b(who|which (?:(?:(?-i:[A-Z])[\w'’.-]*|\d+)\s+){0,3}?(councillors?|council ?members?|alderm[ae]n|"
                   r"alderpersons?|supervisors?|trustees?|selectm[ae]n|members?|consultanc(?:y|ies)|suppliers?|company|"
                   r"officers?|firm|team))\b|(?:^|[.?!;:]\s*|\b(?:and|or)\s+)(?:(?:on|by|of|from|with|to|in|at|for)\s+)?whose\b",
                   re.I)
#: the titles minutes put before a member's or officer's name ("Councillor Sheahan", "Councilmember Cohen", "Mr Gough")
TITLES = (r"Councillor|Cllr|Council ?[Mm]ember|Alderm[ae]n|Alderperson|Supervisor|Trustee|Selectm[ae]n|Mayor|Mr|Mrs|Ms|"
          r"Miss|Dr|Reeve|Warden")
ROLE_Q = re.compile(r"\b(mayor|chair|president|secretary|leader|clerk|chief executive|treasurer|councillor|consultan|supplier|"
                     r"contractor|officer|director|commissioner|reeve|cathaoirleach|chomhairleoir)", re.I)
WHEN_Q = re.compile(r"\b(when|(?:what|which) dates?(?!\s+(?:from|back)\b))\b", re.I)
DECISION_S = re.compile(r"\b(RESOLVED|AGREED|approved|agreed|carried(?! out)|Carried|CARRIED|Motion Passed|BE APPROVED|"
                         r"voted|decided|awarded|accepted)\b")
NAME_S = re.compile(r"\b(Councillor|Cllr|Mayor|Mr|Mrs|Ms|Dr|Chair)\.? [A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+\b")
DATE_S = re.compile(r"\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)\b|\b(January|February|March|April|May|June|July|August|"
                     r"September|October|November|December) \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
DIGIT = re.compile(r"\d")
#: a yes-or-no question ("Did the committee fund ...?"): its answer is a verdict
YES_NO_Q = re.compile(r"\s*(?:Did|Was|Were|Has|Have|Had|Does|Do|Is|Are|Will)\b")
#: a question after a reason
WHY_Q = re.compile(r"\bwhy\b|\bwhat (?:was|were|is|are) the reasons?\b|\bfor what reasons?\b|\bwhat (?:explanation|"
                   r"justification)s?\b", re.I)
#: a sentence that gives a reason or purpose
REASON_S = re.compile(r"\b(?:because|due to|owing to|as a result of|in order to|so as to|so that|reasons?|"
                      r"caused by|instigated|to (?:better|reduce|improve|ensure|allow|enable|avoid))\b", re.I)
#: what follows a title in a heading, not a name ("Councillor Vacancy", "Councillor Training", "Cllr Surgery")
NOT_NAMES = (r"Board|Panel|Committee|Report|Review|Vacanc(?:y|ies)|Allowances?|Questions?|Training|Surgery|Surgeries|"
             r"Updates?|Items?|Co-option|Induction|Conduct|Briefings?|Enquiries|Casework|Expenses")
#: a named person: a title and a name ("Cllr Sheahan"), or a name and its role ("Patrick Heisinger, Assistant City Manager")
PERSON_S = re.compile(rf"\b(?:{TITLES})\.? (?!(?:{NOT_NAMES})\b)[A-Z][a-z'-]+|"
                      r"\b[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z'-]+, (?:the )?(?:[A-Z][\w&-]* ){0,4}?(?:Manager|Director|"
                      r"Officer|Clerk|Chief|Head|Treasurer|Chair|Chairman|Leader|Mayor|Member|Councillor|Solicitor|"
                      r"Engineer|Planner|Secretary|Executive|Administrator|Superintendent|Lead)\b")
#: an amount, share or ratio (not a year, date, time of day or reference number such as R2025-072)
FIGURE_S = re.compile(r"[£$€]\s?\d|\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)|\b\d+(?:\.\d+)?:\d+\b(?!\s?[ap]\.?m\b)|"
                     r"\b\d{1,3}(?:,\d{3})+\b|(?<![-/.\d])\b\d+\.\d+\b(?![-/.]\d)|\b\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion)\b|"
                     # a measure ("180kg per bin", "4.5 km", "12 tonnes")
                     r"\b\d+(?:\.\d+)?\s?(?:kg|kgs|kilos?|tonnes?|tons?|km|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|mph|"
                     r"litres?|liters?|hectares?|ha|acres?|kwh|mwh|mw|kw|sq\.? ?m|m2|m²|square (?:met(?:re|er)s?|feet))\b")


def asked_cue(question: str) -> Callable[[str], bool] | None:
    """What a sentence that answers the question holds, by its kind: a date (asked when), a figure (how much)."""
    if ASKS_WHEN.search(question):
        return lambda text: bool(DATE_S.search(text))
    if NUMERIC_Q.search(question) or FIGURE_Q.search(question):
        return has_figure
    return None


#: words that shape a question rather than name its subject; never the "specific words" it must find
QUESTION_WORDS = frozenset(stem(w) for w in """
    mean meant deal dealt grow grew grown size find found bring brought keep kept rise rose risen give gave
    given happen happened put close help prepare sign ask asked say said tell told show shown change changed
    choose chose chosen decide decided agree agreed approve approved set make made take took taken get got go
    went come came become became use used need want report reported expect expected plan planned follow dollar dollars
    followed move moved push pushed hold held cover covered compare trace describe explain explanation list name named
    each both first last new old much many long big large small high low final recent latest current aim aimed pound pounds
    previous next kind type way ways part parts money amount number figure figures total stage step thing euro euros
    things time times year years date dates day days week weeks month months whole main key doing done said
    say says happen instead far ahead try tried trying send sent exactly still already ever yet also really actually
    roughly approximately nearly almost count counting counted two three four five according express expressed
    consider considered drop dropped float floated raise raised suggest suggested mention mentioned discuss discussed
""".split())

VOTES_Q = re.compile(r"\b(vote|voted|votes|voting|how close|by what margin|tally|tallies|tallied|dissent(?:ed|ing)?)\b", re.I)
#: what became of a motion or an amendment: it was put to the vote, so its counts answer it
FATE_Q = re.compile(r"\b(what (happened|became)|outcome|result|fate)\b.*\b(motion|amendment)s?\b"
                    r"|\bhow did\b[^?]*\bfare\b(?=\s+(?:at|in|with|when|before|after|on|by)\b|\s*[?,.]|\s*$)"
                    r"|\bwhat did\b[^?]*\bcouncil\b[^?]*\bdo with\b"
                    r"|\b(was|were|did)\b[^?]*\b(motion|amendment)s?\b[^?]*"
                    r"\b(carr(ied|y)|pass(ed)?|lost|lose|defeated|rejected|fall|fell)\b", re.I)


#: people who voted in an election or a poll ("how many young people voted in the elections"): a turnout, no motion's
POLL_Q = re.compile(r"\bvot(e|ed|ing)\s+in\s+(?!favou?r|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                    r"(?:19|20)\d\d\b)", re.I)  # ("vote in March 2025 on ..." is a time, not a poll)


#: a vote no one counts ("a vote of sympathy was extended to the family of ..."): a tribute, not a division
_TRIBUTE = re.compile(r"\bvotes? of (?:sympathy|thanks|condolences?|congratulations?|appreciation)\b", re.I)


def asks_vote(text: str) -> bool:
    """Does a question (or one of its parts) ask how a vote went, or what became of a motion?"""
    return bool((VOTES_Q.search(_TRIBUTE.sub(" ", text)) and not POLL_Q.search(text)) or FATE_Q.search(text))


#: a question about a meeting's agenda or summons itself ("on what date was the summons to the meeting issued")
_AGENDA_ASKED = re.compile(r"\b(?:agenda|summons)\b", re.I)


def outcome_asked(question: str) -> bool:
    """Does a question ask what was decided or became of something, not about an agenda or summons itself?"""
    return bool(DECISION_Q.search(question) or OUTCOME_Q.search(question)) and not _AGENDA_ASKED.search(question)


MONTHS = ("january february march april may june july august september october november december").split()
#: the months' names as written, capitalised, for a pattern's alternation ("may" is no month)
MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
MONTH_STEMS = frozenset(stem(m) for m in MONTHS)  # (month names as stemmed)

#: a sentence that records a question asked ("Members asked why ...", "... queried whether ..."), not its answer
ECHO = re.compile(r"\?[\"'”’)]*$|\bask(?:s|ing)?\b(?:[\s,]+\w+){0,12}?,?\s+(?:why|what|how|whether|when|who|which)\b|"
                  r"\b(?:asked|queried|enquired|questioned|wondered|sought clarification|(?:wish|want|like)(?:e?[ds])? to know|"
                   r"raised (?:a )?(?:question|concern)s?)\b(?:\s+\w+){0,4}?\s+(?:why|what|how|whether|if|when|who|"
                   r"which|about|for)\b", re.I)
#: an agenda item's outcome on a line of its own ("Deferred.", "Carried.", "Received for information.")
OUTCOME_LINE = re.compile(r"(?:Deferred|Carried|Defeated|Lost|Withdrawn|Tabled|Received|Noted|Approved|Adopted|Referred|"
                          r"Filed|Refused|Granted|Rejected|Supported|Not supported|Objected|No objections?|"
                          r"No observations|No comments?)(?: [a-z]+){0,3}[.!]?")
#: an outcome in capitals that ends a line: a consultee's response to a planning application, a verdict
_OUTCOME_CAPS = re.compile(r"\s(?:NO )?(?:OBJECTIONS?|OBSERVATIONS|COMMENTS?|SUPPORT(?:ED)?|APPROVED|REFUSED|GRANTED|"
                           r"DEFERRED|CARRIED|AGREED|WITHDRAWN)[.!]?$")
_OUTCOME_END = re.compile(r"[.;:]\s+" + OUTCOME_LINE.pattern + "$")
#: the words of a verdict on an application or a grant ("Rejected", "Granted")
VERDICT_WORDS = "Rejected|Approved|Refused|Deferred|Granted|Declined|Agreed"
#: a line that records a decision: opening with its outcome in capitals ("APPROVED – Revised 2018 budget"), naming
#: who moved and seconded it ("B. Munro (motion), Z. Maiorca (second)"), or giving it after a dash ("... -- Granted")
_RECORD = re.compile(r"^\W*(?:APPROVED|CARRIED|AGREED|RESOLVED|REFUSED|DEFERRED|ADOPTED|PASSED|FAILED)\s*[-–—:]\s"
                     r"|(?i:\((?:motion|moved|second|seconded)\)|\b(?:moved|seconded|proposed) by\b)"
                     r"|\s[-–—]{1,2}\s*(?:" + VERDICT_WORDS + r"|Carried)\b"
                     r"(?!\s+(?:and|or|&)\b)")
#: a heading, form label or contents line: short, unpunctuated, mostly capitalised, or a "(b) Ward:" label (not one
_LETTERED = r"^\(?[a-z]\)\s*[A-Z][\w ]{0,30}:"  # that goes on to state: "d) Appointments: Mayor A appointed B.")
_LABEL = re.compile(_LETTERED + r"|^(?:OFFICIAL|Subject|Ward|Decision)\b\s*:?"
                    r"|\.{4,}|^\W*(?:Signed|Signature|Name|Dated?)\b\W{0,3}…{2,}|\(section \d+\)\s*$|\b[Pp]age \d+ of \d+\b", re.I)
#: an agenda item's label ("Agenda item 4:", "Item 7 Budget"); a long stopped sentence opening with one states
_ITEM_LABEL = re.compile(r"^(?:Agenda item|Item)\b\s*:?", re.I)
#: words past which a stopped sentence opening with an item's label is a statement
ITEM_LABEL_WORDS = 20


#: a form field's label ("COMMITTEE:", "Officer presenting the report:", "Direct Dial/Ext:", "e-mail:")
FORM_FIELD = re.compile(r"(?:^|\s)[A-Za-z][\w()/&'-]*(?: [\w()/&'-]+){0,4}:(?=\s)")
#: fields that make a sentence a form rather than a statement
FORM_FIELDS = 3


def field_run(text: str) -> bool:
    """A form's run of "Label: value" fields ("Manager: A. Lara Closing Time: 11:00 PM Attorney: T. Jacobs")."""
    return len(FORM_FIELD.findall(text)) >= FORM_FIELDS


#: an attachment's label ("Appendix 1:", "Annex B -")
_ATTACHMENT = re.compile(r"\b(?:Appendix|Annex|Annexe|Enclosure|Attachment)\s+[\dA-Z]{1,3}\s*[:–-]")


_PAGES_END = re.compile(r"\(\s*Pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)\s*$", re.I)
#: a line that ends by pointing to the part of the report that says it ("... (section 7).", "(paragraphs 6.28-6.30);")
_POINTER_END = re.compile(r"\((?:see\s+)?(?:sections?|paragraphs?|paras?\.?)\s+\d[\d.]*(?:\s*(?:and|,|-|–|to)\s*\d[\d.]*)*"
                          r"\)\s*[.;,]?\s*$", re.I)
#: the most words of such a pointer line (a longer sentence that ends with one says what it points to)
POINTER_WORDS = 25


def looks_like_heading(text: str) -> bool:
    """A heading, form label or contents line, which names a subject but states nothing about it."""
    # an agenda item with its outcome ("Item #10 ... request. Deferred.", a planning application's line ending "...
    # Llandeilo OBJECTIONS", "APPROVED – Revised 2018 budget – B. Munro (motion)") states it
    if _OUTCOME_END.search(text) or _OUTCOME_CAPS.search(text) or _RECORD.search(text):
        return False
    stated = len(text.split()) > ITEM_LABEL_WORDS and bool(re.search(r"[.!?][\"'”’)]*$", text))
    if (lettered := re.match(_LETTERED, text)) and len(text[lettered.end():].split()) >= 5 and text.endswith("."):
        return looks_like_heading(text[lettered.end():].strip())
    if _LABEL.search(text) or (_ITEM_LABEL.match(text) and not stated) or field_run(text):
        return True  # a form label, or a form's run of "Label: value" fields (a report's cover sheet, a letterhead)
    if _PAGES_END.search(text):  # an agenda's contents line ("24/00109 - Transfer the 18-25 section ... (Pages 33 - 60)")
        return True
    if (pointer := _POINTER_END.search(text)) and len(text.split()) <= POINTER_WORDS and not has_figure(
            text[:pointer.start()]):  # a report
        return True  # summary's pointer to where it says something ("The action taken to improve recruitment and
    # retention (section 7).", not "Reserves fell to £12m (paragraph 4.2).")
    if len(_ATTACHMENT.findall(text)) >= 2:  # a list of what a report attaches ("Appendix 1: Letter to ... Appendix
        return True  # 2: Devolution Framework summary table ...")
    words = text.split()
    if re.search(r"[.!?;][\"'”’)]*$", text):
        return False
    capital = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha()) / max(len(words), 1)
    if len(words) > 14:  # a long run of names and numbers with no verb's sentence shape: a contents table
        return len(words) >= 30 and capital >= 0.6
    return capital >= 0.7


#: a question whose answer is a quantity ("how much", "how many", "what amount")
COUNT_Q = re.compile(r"\bhow (much|many)\b|\bwhat (amount|sum|figure|percentage|proportion|share|number)\b|"
                      r"\b(at|for) what (price|cost|sum)\b", re.I)
#: a question after a figure that does not say "how much" ("what small-employer threshold did it approve?", "what
#: grant allocation has it been given?", "what precept did it set?"): its evidence must state a quantity
_FIGURE_NOUN = (r"\bwhat\s+(?:(?!(?:of|for|between|in|on|at|to|with|from|by|per|and|or)\b)[\w'’-]+\s+){{0,4}}?(?:{})s?\b"
                r"(?!\s+(?:of|for|to)\s+(?:the\s+)?(?:scheme|policy|process|review|report|consultation)\b)"
                # (not a body or paper named for it: "what did the Budget Committee decide ...?")
                r"(?!\s+(?:committee|sub-?committee|board|panel|working group|meeting|report|update|paper|workshop)s?\b)")
FIGURE_NOUN_Q = re.compile(_FIGURE_NOUN.format("threshold|limit|cap|rate|amount|percentage|proportion"), re.I)
#: the same, after a sum of money ("what was the cost of ...", "what precept did it set?"): a count is no answer
MONEY_NOUN_Q = re.compile(_FIGURE_NOUN.format("fee|charge|price|cost|sum|allocation|budget|precept|salary|wage|stipend|"
                                              r"allowance|balance|fine(?!\s+gael)|penalty|penalties"), re.I)
_NUMBER_WORD = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                          r"forty|fifty|hundred|thousand|dozen|half|quarter|unanimous\w*|none|no one|nobody)\b", re.I)
_SANCTION = re.compile(r"\b(?:suspen(?:sion|ded)|revo(?:ked|cation)|warning|disqualifi\w+|banned)\b", re.I)
_BARE_NUMBER = re.compile(r"(?<![\w/.-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w/-])")


def missing_figure(question: str, said: Callable[[], list[str]], vote: bool) -> str | None:
    """Why the evidence cannot answer a question after a number or a sum (what it says, ``said()``, states none),
    or None."""
    count = not vote and (COUNT_Q.search(question) or FIGURE_NOUN_Q.search(question))
    money, penalty = MONEY_Q.search(question) or MONEY_NOUN_Q.search(question), re.search(r"\bpenalt", question, re.I)
    # (a figure in a sentence about something else, "received on Fire Trucks - $15,075", states no amount asked;
    # a sum alone on its line, "Approximately $1,915.", is its item's)
    asked = set(content_stems(question)) - QUESTION_WORDS
    texts = [t for t in said() if len(t.split()) <= 6 or asked & set(content_stems(t))] if count or money else []
    if count and not any(states_quantity(t) for t in texts):
        return "no evidence states the number asked for"
    if money and not any(has_figure(t) or (penalty and _SANCTION.search(t)) for t in texts):  # (a penalty may be a
        return "no evidence states the amount asked for"  # sanction: "Violation - 4-Day Suspension")
    return None


_PAGE_LABEL = re.compile(r"\b(?:pages?|p\.|pp\.)\s*\d+(?:\s*(?:of|-|–)\s*\d+)?"
                         r"|\b(?:item|section|appendix|annex|figure|fig\.|table|chart|recommendation|question|paragraph|"
                         r"para|minute|resolution|no\.)\s*\d+", re.I)


#: a list item's number within a sentence ("That Committee: 1) Notes ...", "(2) approves ...")
_LIST_MARK = re.compile(r"\(\d{1,2}\)|(?<![(\w])\d{1,2}\)(?=\s+[A-Z])")


def states_quantity(text: str) -> bool:
    """An amount, share, ratio, count or number word (a year, date or paragraph number is not one)."""
    if has_figure(text) or _NUMBER_WORD.search(text):
        return True
    if MARKER.match(text.strip()):  # (a list's number alone, "1.", counts nothing)
        return False
    body = _LIST_MARK.sub(" ", _PAGE_LABEL.sub(" ", DATE_S.sub(" ", PARA_NO.sub("", text, count=1))))
    return any(not YEAR.fullmatch(m.group(0)) for m in _BARE_NUMBER.finditer(body))


#: a date with its year, the month in full or short ("12 September 2024", "on May 20, 2025", "21 Jan 2025")
_ASKED_DAY = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(" + MONTH_NAMES + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                        r"Nov|Dec)\.?)\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b")


def month_number(name: str) -> int:
    """The number of a month named in full or short ("September", "Sept.", "Jan"): 1 to 12; ValueError for no month."""
    short = name.rstrip(".").lower()
    for n, month in enumerate(MONTHS, start=1):
        if len(short) >= 3 and month.startswith(short):
            return n
    raise ValueError(f"not a month: {name!r}")


def asked_period(question: str) -> tuple[str, str] | None:
    """The start (YYYY-MM-DD) and wording of the time a question asks about, when it names a month and year
    ("in November 2025", "on May 20, 2025", "12 September 2024"); None for a bare year or no date."""
    found = named_dates(question)
    if not found:
        return None
    year, month, day = min(found)
    return f"{year}-{month:02d}-{int(day) if day else 1:02d}", " ".join(x for x in (str(day or ""), MONTHS[month - 1].capitalize(), year) if x)


def asked_days(question: str) -> list[str]:
    """Every day a question names (YYYY-MM-DD), a day without its year taking the one year the question names
    ("at its January 21 and August 12, 2025 meetings")."""
    return sorted({f"{year}-{month:02d}-{int(day):02d}" for year, month, day in _question_dates(question) if day})


def named_months(question: str) -> list[str]:
    """Every month a question names with its year (YYYY-MM), in order ("between the September 2024 report and
    the May 2025 update"); a day or month without its year takes the one year the question names."""
    return list(dict.fromkeys(f"{year}-{month:02d}" for year, month, _ in _question_dates(question)))


def _question_dates(question: str) -> list[tuple[str, int, str | None]]:
    """The dates a question names, each day or month without its year taking the one year the question names."""
    return named_dates(_with_its_year(question, question))


def named_dates(text: str) -> list[tuple[str, int, str | None]]:
    """The dates a text names with their year: (year, month, day or None)."""
    return [(m.group(4), month_number(m.group(2)), m.group(1) or m.group(3))
            for m in _ASKED_DAY.finditer(text)]


def _with_its_year(text: str, question: str) -> str:
    """A text with the one year its question names written after each day and month that has none ("13 March"
    -> "13 March 2025"); unchanged when the question names no year, or several."""
    years = named_years(question)
    return _DAY_MONTH.sub(lambda m: f"{m.group(0)} {next(iter(years))}", text) if len(years) == 1 else text


def asked_items(question: str) -> int:
    """How many things a question asks for by count ("what two grant applications", "which three roads",
    "both proposals"): 1 when it names no count."""
    m = _ITEMS_Q.search(question)
    if m is None:  # (or the same of each of several, "how many units is each project?", or "which ordinances did")
        return 2 if _EACH_ITEM.search(question) or _WHICH_ONES.search(question) else 1
    return _COUNTS.index(m.group(1).lower()) + 2


_COUNTS = ("two", "three", "four", "five")
_WHICH_ONES = re.compile(r"\b(?:which|what)\s+(?:[a-z]+\s+)?[a-z]{2,}[a-hj-rtv-z]s\s+(?:did|were|have|had|are|do)\b", re.I)
_EACH_ITEM = re.compile(r"\b(?:is|was|are|were|did|does|for|of|to|in) each\b(?!\s+other\b)", re.I)
_ITEMS_Q = re.compile(r"\b(?:which|what|the|both|name)\s+(two|three|four|five)\b(?!\s+(?:years?|months?|weeks?|days?|"
                      r"times?|per)\b)", re.I)


def asked_year(question: str) -> tuple[str, str] | None:
    """The start (YYYY-01-01) and wording of the one year a question names ("in 2016"), when it names one
    year only and no month; None otherwise (a plan's span "2014-2020", a financial year "2024-25")."""
    years = set(YEAR.findall(question))
    if len(years) != 1 or re.search(r"\b(?:19|20)\d\d\s*[-/–]\s*\d{2,4}\b", question):
        return None
    year = years.pop()
    return f"{year}-01-01", year


#: how long before a financial year starts its budget is first drafted ("2022/23" in the winter of 2021-22): older is early
BUDGET_LEAD_MONTHS = 9


def asked_financial_year(question: str) -> tuple[str, str] | None:
    """The earliest date (YYYY-MM-DD) evidence about the one financial year a question names ("for 2022/23") can
    date from, and its wording; None when it names none, several, or a month or year as well."""
    years = financial_years(question)
    if len(years) != 1 or named_dates(question):
        return None
    fy = years.pop()
    first = int(fy[:4])
    last = fy[5:] if len(fy[5:]) == 4 else fy[:2] + fy[5:]
    if not 0 < int(last) - first <= 1 or set(YEAR.findall(FINANCIAL_YEAR.sub(" ", question))):
        return None
    start = 12 * first + 3 - BUDGET_LEAD_MONTHS  # (months from year 0; the year starts in April)
    return f"{start // 12}-{start % 12 + 1:02d}-01", fy


def names_financial_year(text: str, fy: str) -> bool:
    """Does a text name a financial year ("2022/23") in any of its spellings ("2022-23", "2022/2023")?"""
    return any(year[:4] == fy[:4] for year in financial_years(text))


def asked_day(question: str) -> str | None:
    """The day a question names ("on 9 January 2025") as YYYY-MM-DD; None when it names only a month, or none."""
    period = asked_period(question)
    return period[0] if period is not None and period[1][:1].isdigit() else None


def part_period(part: str, question: str) -> tuple[str, str] | None:
    """The time one part of a question asks about; a part that names a day and month but no year ("what did
    Council resolve on 13 March") takes the year the question names, when it names one."""
    period = asked_period(part)
    if period is None and not YEAR.search(part):
        period = asked_period(_with_its_year(part, question)) or _bare_month(part, question)
    return period


#: a month named bare after a preposition ("and what by-law did council pass in April?"), not one with its year
_IN_MONTH = re.compile(r"\b(?:in|during|that|by|until|from|early|late|mid)[\s-]+(" + MONTH_NAMES +
                       r")\b(?!,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d)(?!\s+[A-Z][a-z])")  # (not "May Chen")


def _bare_month(part: str, question: str) -> tuple[str, str] | None:
    """The month a part names without its year ("... and what did council pass in April?"), in the year of the
    question's dated month before it (the next year when the month comes over six months earlier in the calendar:
    "December 2024 ... in January", not "December 2024 ... in November"), or after it (the year before when it comes
    over six months later); or in the one year the question names. None when the part names no such month, or the
    question no year."""
    m = _IN_MONTH.search(part)
    if m is None:
        return None
    n = month_number(m.group(1))
    at = question.lower().find(part.lower())
    pos = at + m.start() if at >= 0 else question.find(m.group(0))  # (a part the splitter rewrote: its month's place)
    pos = pos if pos >= 0 else len(question)
    dated = list(_ASKED_DAY.finditer(question))
    before = [d for d in dated if d.start() < pos]
    ref = before[-1] if before else (dated[0] if dated else None)
    if ref is not None:
        month = month_number(ref.group(2))
        year = int(ref.group(4)) + (month - n > HALF_YEAR if before else -(n - month > HALF_YEAR))
    elif len(years := named_years(question)) == 1:
        year = int(next(iter(years)))
    else:
        return None
    return f"{year}-{n:02d}-01", f"{m.group(1)} {year}"


#: months apart past which a bare month is in the year after (or before) the dated month it follows (or precedes)
HALF_YEAR = 6


#: a day and month with no year after them ("13 March", "March 13")
_DAY_MONTH = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(MONTHS)
                        + r")\s+\d{1,2}(?:st|nd|rd|th)?)\b(?!,?\s+\d{4})", re.I)


#: a question about what was decided, or what became of a motion, amendment or proposal
OUTCOME_Q = re.compile(r"\bwhat (happened|became) (to|of|when|with)\b|\b(outcome|result)\b|\bvot(e|ed|es|ing)\b"
                        r"|\b(motion|amendment|recommendation|proposal)s?\b", re.I)


def named_times(text: str) -> set[str]:
    """The months, years and financial years a text names."""
    named = re.finditer(r"\b(?:" + "|".join(MONTHS) + r")\b|\b(?:19|20)\d\d\b", FINANCIAL_YEAR.sub(" ", text), re.I)
    return financial_years(text) | {m.group(0).lower() for m in named}


def financial_years(text: str) -> set[str]:
    """The financial years a text names, as written without spaces ("2015/16", "2024-25", "2025/2026")."""
    return {m.group(0).replace(" ", "") for m in FINANCIAL_YEAR.finditer(text)}


#: a question after a sum of money ("how much is the monthly stipend", "what fee ..."): a count or date is no answer
MONEY_Q = re.compile(r"\bhow much\b.*\b(cost|costs|price|fee|fees|charge|charges|stipend|allowance|salary|pay|paid|"
                     r"grant|budget|levy|spend|spent|income|revenue|saving|savings|owing|owed|debt|loan|funding)\b"
                     r"|\b(cost|price|fee|charge|stipend|allowance|salary)\b.*\bhow much\b"
                     # "what did the contract cost?", "for what price did it sell?"
                     r"|\bwhat (did|does|do|will|would) .*\bcost\b|\b(at|for) what (price|cost|sum)\b", re.I)


#: a question after who chaired or presided over a meeting
CHAIR_Q = re.compile(r"\bwho\b[^?]*\b(chair(ed|s)?|presid\w*|in the chair)\b", re.I)
#: a name with its role in brackets, as minutes list those present: "Mr R W Gough (Chairman)", "H. Rayner – MEM (Chair)"
CHAIR_NAMED = re.compile(r"((?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?(?:[A-Z][\w'’-]*\.?\s+){0,3}"
                         r"[A-Z][\w'’-]+)(?:\s+[–—-]\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})?\s*\((?:[^(),]*,\s*)?(Chair(?:man|person|woman|ing)?|"
                         r"Vice[- ]Chair(?:man|person)?|Cathaoirleach|Presiding Officer)\)")  # ("(Treasurer, Chairing)")


#: a resolution's recital ("WHEREAS ...", "AND WHEREAS ...") and the clause that resolves ("BE IT RESOLVED ...")
WHEREAS = re.compile(r"^\W*(?:R\d{4}-\d+[^:]*:\s*)?(?:AND\s+)?WHEREAS\b")
OPERATIVE = re.compile(r"^\W*(?:NOW\s+)?THEREFORE\b|^\W*BE IT (?:FURTHER\s+)?RESOLVED\b")


#: a date something takes effect from, is due by or is put off to ("from April 2025", "by March 2027"): planned before
_TAKES_EFFECT = re.compile(r"\b(?:from|by|until|till|up to|effective|starting|commencing)\s+(?:the\s+)?$"
                          # (or a time something is put off to: "put off its election to July 2020", "deferred to")
                          r"|\b(?:postpon|defer|put(?:ting)? off|push(?:ed|ing)? back|delay|reschedul|carr(?:y|ied) over)"
                          r"\w*\b[^?.;]{0,60}?\bto\s+(?:the\s+)?$", re.I)
_SPAN = re.compile(r"^\s*(?:to|through|thru|until|-|–)\s*$", re.I)  # (joins a term's ends: "July 2020 to July 2021")


#: a date that names an event, not when the evidence was written: "the May 2025 county council elections" (not "the May
#: 2025 council meeting", whose minutes are the evidence)
_THE = re.compile(r"(?<!\bafter )(?<!\bsince )(?<!\bbefore )(?<!\bfollowing )(?<!\buntil )(?<!\bat )(?<!\bby )"
                  r"(?<!\bfrom )(?<!\bin )\bthe\s+$", re.I)  # (not "after the June 2005 hearing": a time asked)
_EVENT_AFTER = re.compile(r"\s+(?![^?.,;]{0,40}\b(?:meeting|meetings|session|sitting|hearing|minutes|agenda)\b)[a-z]")


def only_effect_dates(question: str) -> bool:
    """Does a question name its dates only as when something takes effect or is due ("from April 2025"), as
    the ends of a term ("for July 2020 to July 2021"), or as the name of an event ("the May 2025 elections")?"""
    found = list(_ASKED_DAY.finditer(question))
    spans = {i for i, (a, b) in enumerate(zip(found, found[1:], strict=False)) if _SPAN.match(question[a.end():b.start()])}
    ends = spans | {i + 1 for i in spans}
    return bool(found) and all(i in ends or _TAKES_EFFECT.search(question[:m.start()]) or (
        _THE.search(question[:m.start()]) and _EVENT_AFTER.match(question[m.end():])) for i, m in enumerate(found))


def other_year_only(best: Any, left: list[Any], share: float) -> str | None:
    """Why to abstain when the best evidence (``best``, a candidate) speaks of another year than the one asked and
    what is left once it is set aside (``left``, best first) scores under ``share`` of it; None otherwise."""
    if best is None or not best.other_year or not left or left[0].other_year or left[0].score >= share * best.score:
        return None
    years = ", ".join(sorted(event_years(best.text)))  # (none in its text: the year its document is filed under)
    return f"the evidence found speaks of {years or 'another year'}, not the year asked"

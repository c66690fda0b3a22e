"""Resolve a document's metadata from every place that states it, and remember which one won.

Precedence, per field: user flag > manifest > the file format (front matter, JSON, HTML title) >
the document's text > the file name > the folder names. Each resolved field records its source, so a
wrong guess can be traced (``minutes-rag documents --json`` shows it).
"""

from __future__ import annotations

import re
from itertools import accumulate
from pathlib import Path

from ..text import initials, unaccented
from ..types import FieldValue, LoadedDocument, Structure
from .dates import calendar_date, date_from_path

FIELDS = ("authority", "committee", "meeting_date", "kind", "title")

#: words that open a sentence or a heading, not a place's name ("The City Council", "Full County Council")
_NOT_A_NAME = (r"(?!(?:The|This|That|Our|Its|Their|Full|Each|Every|Whole|Said|Present|Minutes|Summary|Meeting|Meetings|"
               r"Ordinary|Extraordinary|Special|Annual|Regular|Draft|Held|Agenda|Chairman|Chairwoman|Chairperson|Chair|"
               r"Clerk|Vice|Member|Members|Councillor|Councillors|Leader|Leaders|Deputy|Chief|Mayor|Officer|Officers)\b)")
#: words that make "X Council" a body or a kind of council, not a place's council
_NOT_A_BODY = (r"(?!(?:County|City|Borough|District|Parish|Town|Community|Village|Shire|Regional|Municipal|Youth|"
               r"Executive|Cabinet|Student|School|Church|Advisory|Scrutiny|Joint|Policy|Business|Economic|Strata)\b)")
#: the small words that join a place's name ("Stratford-upon-Avon", "Burton-cum-Walden", "Barrow-in-Furness")
_JOINING = r"(?:and|upon|on|of|cum|under|in|en|le|la|de|super|by|next|the|with)"
#: a place's name before the kind of its council: one to four capitalised words ("Stratford-upon-Avon", "Limerick")
#: (a small word joins with spaces only as "and", "upon", "on", "of": "Consultation in Burton Parish Council" is no place)
_PLACE = r"(?:" + _NOT_A_NAME + r"[A-Z][a-z]+(?:[ -](?:and|upon|on|of)[ -]|-" + _JOINING + r"-)?[ -]?){1,4}"
#: a place's name ends with a name, not a joining word ("Adopt a Statement of Policy and City Council Questions")
_NOT_JOINED = r"(?<!\band )(?<!\bof )(?<!\bon )(?<!\bupon )"
_AUTHORITY_RES = [
    re.compile(
        r"\b(" + _PLACE + _NOT_JOINED + r"(?:County|City|Borough|District|Parish|Town|Community|Village|Shire|Regional|"
        r"Municipal|Metropolitan Borough|City and County) Council|" + _PLACE + _NOT_JOINED + r"Combined Authority)\b"
    ),
    re.compile(r"\b((?:(?:London |Royal )?Borough|Township|City and County|City|Town|County|Village|Municipality|District|Shire|Region|Port) of "
               r"[A-Z][a-z]+(?: (?!(?:Cabinet|Council|Committee|Board|Meeting|Minutes|Agenda|Planning|Bids|Notices?|Hall|"
               r"Department|Officials|Record)\b)[A-Z][a-z]+){0,2})\b"),
    re.compile(r"\b((?:(?!(?:THE|OF|AND|FULL|MINUTES|SUMMARY|MEETING|SPECIAL|REGULAR|ORDINARY|DRAFT|ANNUAL|GENERAL)\b)"
               r"[A-Z]{2,}(?:-[A-Z]{2,}){0,3} ){1,4}"  # (a hyphenated name whole: "BURTON-CUM-WALDEN", "STOKE-ON-TRENT")
               r"(CITY AND COUNTY|COUNTY|CITY|BOROUGH|DISTRICT|PARISH|TOWN|COMMUNITY) COUNCIL)\b"),
    # a county's or city's board that governs (schools, a county): "Sacramento County Board of Education", not one
    # that names no place ("the County Board of Commissioners had dissolved ...": a township's minutes of its county)
    re.compile(r"\b((?!(?:County|City|Town|Township|Village|District|Borough|Parish)\b)(?:" + _NOT_A_NAME +
               r"[A-Z][a-z]+ ){1,3}Board of (?:Education|Supervisors|Commissioners))\b"),
    # a council named by its place alone, on a line of its own or opening the title ("Wiltshire Council",
    # "Minutes of Fife Council"), not a body of one ("Full Council", "Youth Council")
    re.compile(r"(?:^[ \t]*|\bof (?:the )?)((?:" + _NOT_A_NAME + _NOT_A_BODY + r"[A-Z][a-z]+ ){1,2}Council)\b", re.M),
    # a public body that is no council, named on a line of its own: "Regional Transportation District"
    re.compile(r"^[ \t]*((?:" + _NOT_A_NAME + r"[A-Z][a-z]+ ){2,4}(?:District|Authority))[ \t]*$", re.M),
    # a US special district named by its area and number: "Maple Square Special Service Area #14"
    re.compile(r"^[ \t]*((?:" + _NOT_A_NAME + r"[A-Z][a-z]+ ){1,3}(?:Special Service Area|Business Improvement District|"
               r"Special Improvement District)(?: (?:#|No\.? ?)\d+)?)[ \t]*$", re.M),
    # a township opening its minutes' title line ("Colfax Township Minutes", "Mueller Township Board of Trustees
    # Meeting"), not its hall or its roads ("Mueller Township Hall")
    re.compile(r"^[ \t]*((?:" + _NOT_A_NAME + r"[A-Z][a-z]+ ){1,3}Township)\b(?![ \t]+(?:Hall|Road|Office|Park|Line)\b)",
               re.M),
]

#: a body that is no public authority, named by its place on a line of its own in the title block: a village
#: hall's committee, a community association, a neighbourhood plan's working group ("HORSLEY VILLAGE HALL")
_ORGANISATION = re.compile(r"^[ \t]*((?:" + _NOT_A_NAME + r"[A-Z][a-z]+ ){1,3}(?:Village Hall|Memorial Hall|Community (?:Centre|Center|"
                           r"Association|Hall)|(?:Neighbou?rhood (?:Development )?Plan(?:ning)? )?(?:Working|Steering) Group))"
                           r"(?: (?:Meeting|Management Committee|Committee))?[ \t]*$"
                           # or a school's governors ("DECOY COMMUNITY PRIMARY SCHOOL BOARD OF GOVERNORS"), by its name
                           r"|^[ \t]*((?:" + _NOT_A_NAME + r"[A-Z][a-z]+ ){1,4}(?:School|Academy|College) (?:Board [Oo]f "
                           r"Governors|Governing (?:Body|Board)))[ \t]*$", re.M)
#: words that name a kind of school, not which one ("Catholic Primary School": whose governors it does not say)
_SCHOOL_KIND = frozenset("primary secondary junior infant infants nursery community high middle grammar catholic church "
                         "local village free first upper lower special".split())


#: a society or company that runs a public service, named on a line of its own ("Suffolk’s Libraries IPS", "Leisure
#: Trust Services Ltd"): whose board's papers they are
#: a body's legal form after its name (a society, a company)
_LEGAL_FORMS = r"IPS|CIC|Ltd|Limited|Inc|LLC|plc"
_COMPANY = re.compile(r"^[ \t]*((?:" + _NOT_A_NAME + r"[A-Z][a-z]+(?:['’]s)? ){1,4}(?:" + _LEGAL_FORMS + r"))\.?[ \t]*$",
                      re.M)


#: a residents', ratepayers' or neighbourhood association named on a line of its own: whose minutes they are, though
#: they speak of the city or council around them
_ASSOCIATION = re.compile(r"^[ \t]*((?:" + _NOT_A_NAME + r"[A-Z][a-z]+ ){1,4}(?:Residents|Ratepayers|Tenants|"
                          r"Neighbou?rhood|Civic)['’]? Association)[ \t]*$", re.M)


#: the line that opens the list of who attended a meeting
_ATTENDANCE = re.compile(r"^[ \t]*(?:Present|PRESENT|In [Aa]ttendance|IN ATTENDANCE|Members [Pp]resent|MEMBERS PRESENT|"
                         r"Councillors [Pp]resent|Attendees|ATTENDEES)\b", re.M)


#: the opening of a document read for the authority it names
HEAD_CHARS = 1500


def authority_from_text(text: str) -> str | None:
    """An authority named in a document's opening lines ("Bristol City Council", "TOWNSHIP OF X")."""
    return authority_in_text(text)[0]


def authority_in_text(text: str) -> tuple[str | None, bool]:
    """An authority a document's opening names, and whether it names it before the list of who attended (its
    title block: whose document it is) rather than in passing after it ("Present: ... The Chairman advised that
    the City Council would ...": a council the minutes speak of, often not whose minutes they are)."""
    head = text[:HEAD_CHARS]
    if len(text) > HEAD_CHARS:  # (not cut inside a word: "the City of Lo" of "the City of London")
        head = head[:max(head.rfind(" "), head.rfind("\n"))]
    attended = _ATTENDANCE.search(head)
    if attended and attended.start() > 0:
        title = _authority_in(head[:attended.start()])
        return (title, True) if title else (_authority_in(head[attended.start():]), False)
    return _authority_in(head), True


def _authority_in(head: str) -> str | None:
    upper = re.search(r"\b(TOWNSHIP|CITY|TOWN|COUNTY) OF ([A-Z]{3,}(?: [A-Z]{3,})?)\b", head)
    if upper:
        return f"{upper.group(1).title()} of {upper.group(2).title()}"
    if (wrapped := _wrapped_name(head)) is not None:
        return wrapped
    titled = _title_lines(head)  # (its lines in capitals in title case, for the bodies named on a line of their own)
    # (a body named on a line of its own, a heading, is whose document it is, before one named in running text:
    # "## LICTON SPRINGS COMMUNITY COUNCIL" over "engaged by the City of Seattle" below it)
    for heading in (True, False):
        if not heading and (company := _COMPANY.search(head)) is not None:  # a society or company that runs a
            return company.group(1)  # public service, named alone on a line, before a council in running text
        if not heading and (group := _ASSOCIATION.search(titled)) is not None:  # and a residents'
            return group.group(1)  # association ("NEW WESTMINSTER DOWNTOWN RESIDENTS ASSOCIATION" over "the City")
        for rx in _AUTHORITY_RES:
            m = next((k for k in rx.finditer(head) if (not heading or _alone(head, k, _MARKUP)) and not (
                rx is _AUTHORITY_RES[4] and _RUNS_ON.search(head, 0, k.start()))), None)
            if m and rx is _AUTHORITY_RES[1]:  # a stacked heading: the innermost body is whose document it is
                stacked = [k for x in (rx, _TOWNSHIP) for k in x.finditer(head) if _alone(head, k)]
                m = max(stacked, key=lambda k: _LOCAL.get(k.group(1).split(" of ")[0].split()[-1].lower(), 2)) if len(
                    stacked) > 1 else m
            if m:
                name = re.sub(r"\s+", " ", m.group(1)).strip()
                return _title(name) if name.isupper() else name
    top = "\n".join([ln for ln in head.split("\n") if ln.strip()][:TITLE_LINES])  # (a district's name in capitals
    if (district := _CAPS_DISTRICT.search(top)) is not None:  # heading the title block, when it names no council)
        return _title(re.sub(r"\s+", " ", district.group(1)).strip())
    if (strata := _STRATA_PLAN.search(head)) is not None:  # a strata corporation, by its plan's number
        return f"Strata Plan {strata.group(1).upper()}{strata.group(2)}"
    m = _ORGANISATION.search(titled)
    if m and m.group(2) and all(w.lower() in _SCHOOL_KIND for w in re.split(r" (?:School|Academy|College) ", m.group(2))[0].split()):
        return None  # (the school's kind alone: "PRIMARY SCHOOL BOARD OF GOVERNORS")
    return (m.group(1) or _title(m.group(2))) if m else None


#: a public body that is no council named in capitals on a line of its own ("LOS RIOS COMMUNITY COLLEGE DISTRICT" over
#: "Board Meeting Minutes"); not a zone, a consultee or a correspondent ("HISTORIC OVERLAY DISTRICT", "LEAD LOCAL FLOOD
#: AUTHORITY", "NATIONAL TRANSPORT AUTHORITY"), and only among the title block's first lines
_CAPS_DISTRICT = re.compile(r"^[ \t]*((?:(?!(?:THE|OF|AND|MINUTES|MEETING|SPECIAL|REGULAR|BOARD|AGENDA|LOCAL|LEAD|FLOOD|"
                            r"OVERLAY|HISTORIC|ZONING|NATIONAL|CONSERVATION|TRANSPORT|PLANNING|HIGHWAYS?|HOUSING)\b)"
                            r"[A-Z]{2,} ){2,4}(?:DISTRICT|AUTHORITY))[ \t]*$", re.M)
#: the title block's first lines, in which such a name is read
TITLE_LINES = 3
#: a strata corporation (the owners of a condominium, British Columbia) named by its plan in the title block, "STRATA
#: PLAN NW 2050" or "The Owners, Strata Plan NW2050" (its council, "Strata Council", names no place)
_STRATA_PLAN = re.compile(r"^[ \t]*(?:the owners,?[ \t]+)?strata plan[ \t]+(?-i:(?!NO\b)([A-Z]{1,3}))[ \t]?(\d{1,6})"
                          r"[ \t]*(?:,|$)", re.M | re.I)


def _title_lines(head: str) -> str:
    """A text with each line printed in capitals, or with its words spaced by tabs, in title case, single-spaced."""
    return "\n".join(ln.title() if ln.isupper() else ln for ln in re.sub(r"[^\S\n]+", " ", head).split("\n"))


#: a kind of council's word, in capitals: no part of a place's name before one ("CITY OFFICIALS / CITY COUNCIL")
_KIND_WORD = re.compile(r"\b(?:CITY|COUNTY|TOWN|BOROUGH|DISTRICT|PARISH|COMMUNITY)\b")
#: a line break in a title printed in capitals, with the blank lines a PDF's conversion puts between its lines
_CAPITALS_BREAK = re.compile(r"(?<=[A-Z,])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[A-Z]{2})")


def _wrapped_name(head: str) -> str | None:
    """A council's name printed in capitals that wraps over the title block's lines ("MINUTES OF PROCEEDINGS AT
    MEETING OF LIMERICK CITY AND / COUNTY COUNCIL HELD IN ..."): read across the break, before any name that
    stands whole on a line of its own further down ("... FORMER CHAIRMAN OF X COUNTY COUNCIL")."""
    lines = _CAPITALS_BREAK.split(head)
    joined = " ".join(lines)
    breaks = [n - 1 for n in accumulate(len(line) + 1 for line in lines[:-1])]  # (where each space joins two)
    m = next((k for k in _AUTHORITY_RES[2].finditer(joined) if any(k.start() < b < k.end() for b in breaks)
              and not joined[:k.start()].rstrip().endswith(",")  # (nor a title after a name: "Taber, CMC / CITY")
              and "COUNCIL " not in k.group(1)  # (not two names run together: "X COUNCIL / COUNTY COUNCIL")
              and not _KIND_WORD.search(k.group(1)[:k.start(2) - k.start(1)])), None)  # (nor a heading above
    # one: "DIRECTORY OF CITY OFFICIALS / CITY COUNCIL - LEGISLATIVE")
    return _title(re.sub(r"\s+", " ", m.group(1)).strip()) if m else None


def _title(name: str) -> str:
    """A name printed in capitals, in title case with its joining words small ("City and County")."""
    name = re.sub(r"\b(And|Of|Upon|On|The)\b(?!$)", lambda w: w.group(1).lower(), name.title())
    return re.sub(r"(?<=-)(" + _JOINING + r")(?=-)", lambda w: w.group(1).lower(), name, flags=re.I)  # "Burton-cum-Walden"


#: how local a jurisdiction is ("State of Illinois / County of Will / Town of Crete": the town's minutes)
_LOCAL = {"region": 0, "shire": 0, "county": 1, "district": 1}
#: a township named on a line of its own, in such a heading ("County of Will / Crete Township")
_TOWNSHIP = re.compile(r"^[ \t]*((?:[A-Z][a-z]+ ){1,3}Township)[ \t]*$", re.M)


#: a line that a sentence runs on into, its last word one that needs more ("Membership of the" / "Mayoral Data
#: Council"): what the next line starts is no heading of its own
_RUNS_ON = re.compile(r"\b(?:of|the|to|for|and|with|in|at|by|from|on)[ \t]*\n[ \t]*$")


def _alone(text: str, m: re.Match[str], markup: str = "") -> bool:
    """Whether a match stands on a line of its own (with only ``markup`` around it: a Markdown heading's "##")."""
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    return not text[start:m.start()].strip(" \t" + markup) and not text[m.end():end if end != -1 else len(
        text)].strip(" \t\r" + markup)


#: what may stand around a heading's text on its line: Markdown's marks for a heading, bold or a quote
_MARKUP = "#*_>"


def resolve(
    path: Path,
    loaded: LoadedDocument,
    structure: Structure,
    flags: dict[str, str | None],
    manifest: dict[str, str],
    manifest_name: str | None,
) -> dict[str, FieldValue]:
    """The winning value and its source for each field."""
    first_text = loaded.pages[0].text if loaded.pages else ""
    stated, in_title = authority_in_text(first_text)
    if loaded.sections and all(s.authority for s in loaded.sections):  # records that each state their body
        stated = None  # (the first one's text speaks for the first record, not the file)
    candidates: dict[str, list[tuple[str | None, str]]] = {
        "authority": [
            (flags.get("authority"), "flag"),
            (manifest.get("authority"), f"manifest:{manifest_name}"),
            (stated if in_title else None, "text"),
            (None if in_title else stated, "text:mention"),
        ],
        "committee": [
            (flags.get("committee"), "flag"),
            (manifest.get("committee"), f"manifest:{manifest_name}"),
            (loaded.committee, "format"),
            (structure.committee, "text"),
        ],
        "meeting_date": [
            (flags.get("meeting_date"), "flag"),
            (manifest.get("meeting_date"), f"manifest:{manifest_name}"),
            (loaded.meeting_date, "format"),
            (structure.meeting_date, "text"),
            (loaded.stated_date, "format"),
            (date_from_path(path.name), "filename"),
            (date_from_path(str(path.parent)), "path"),
        ],
        "kind": [
            (flags.get("kind"), "flag"),
            (manifest.get("kind"), f"manifest:{manifest_name}"),
            (loaded.kind, "format"),
            (structure.kind if structure.kind != "document" else None, "text"),
            ("document", "default"),
        ],
        "title": [
            (loaded.title, "format"),
            (structure.title, "text"),
            (path.stem, "filename"),
        ],
    }
    # a date of the right shape that is no calendar day (2024-13-45, 2024-02-30) is passed over, with a note; so is a
    # date read from the text that the file's name shows misread: its day and month swapped ("4/2/2014" read day
    # first, in "2014-04-02 ...pdf") or a year that is a scan's slip ("2073" in "2013-12-06 ...pdf")
    filed = date_from_path(path.name) or date_from_path(str(path.parent))
    dropped = [(v, s) for v, s in candidates["meeting_date"] if v and (calendar_date(v) is None or (
        s in ("text", "format") and filed is not None and misread(v, filed)))]
    candidates["meeting_date"] = [(v, s) for v, s in candidates["meeting_date"] if (v, s) not in dropped]
    out: dict[str, FieldValue] = {}
    for name, options in candidates.items():
        out[name] = next((FieldValue(v, s) for v, s in options if v), FieldValue(None, "none"))
        if out[name].source.startswith("manifest:") and manifest.get(f"{name}_basis") == "inferred":
            out[name].basis = "inferred"  # the manifest says it was inferred, not stated
        if out[name].source == "text:mention":
            out[name].basis = "inferred"  # named in passing: a guess (its folder may say better, see ingest)
    if dropped:
        out["meeting_date"].note = "; ".join(
            f"meeting date {v!r} from {s} is not a calendar date: ignored (correct it there)" if calendar_date(v) is None
            else f"meeting date {v!r} from {s} misreads the date the file is named by ({filed}): ignored" for v, s in dropped)
    return out


def misread(date: str, filed: str) -> bool:
    """Is a date read from a document's text a misreading of the date its file is named by: the same day with its
    day and month swapped, or a year more than one after it (a scan's "2073" for "2013")?"""
    (y, m, d), (fy, fm, fd) = date.split("-"), filed.split("-")
    return (y == fy and m == fd and d == fm and m != d) or int(y) > int(fy) + 1


#: file names that mark a document as machine-written (an LLM's summaries of meetings, say): not a
#: primary record, so it ranks below the minutes and is quoted only when no primary document has evidence
_MACHINE_MADE = re.compile(r"machine[-_ ]?generated|(?<![a-z])(?:ai|llm)[-_ ]generated", re.I)


def is_machine_made(source: str) -> bool:
    """Does a document's file name mark it as machine-generated?"""
    return bool(_MACHINE_MADE.search(Path(source).name))


_AUTHORITY_PREFIX = re.compile(
    # ("Regional Council of Goyder", "District Council of Mount Barker", "Shire of Esperance" name Goyder, ...)
    r"^(?:the\s+)?(?:(?:royal\s+|london\s+)?borough|city\s+and\s+county|city|county|township|town|village|municipality|district|shire|"
    r"(?:regional|district|city|county|town|shire|municipal)\s+council)\s+of\s+"
    r"|^Royal\s+(?=[A-Z]\w+\s+\w)",  # an honorific before a town's name ("Royal Sutton Coldfield Town Council")
    re.I)
_LEGAL_FORM = re.compile(r"\s+(?:" + _LEGAL_FORMS + r")\.?$", re.I)
#: an owner's mark inside a name, before another of its words ("Suffolk's Libraries"), which a question may leave out
#: (not one that ends it: "St John's" is no "St John")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s(?=\s+\w)")
#: an apostrophe, printed straight or curly: either stands for the other
_APOSTROPHE = re.compile(r"['’]")
_EITHER_APOSTROPHE = "['’]"
_AUTHORITY_SUFFIX = re.compile(
    r"\s+(?:(?:mayoral\s+)?combined\s+authority|(?:city\s+and\s+county|metropolitan\s+(?:borough|district)|"
    r"city|county|borough|district|parish|town|community|regional)?\s*council|township)$", re.I)


def authority_core(name: str) -> str:
    """The distinctive part of an authority's name: 'London Borough of Haringey' -> 'Haringey',
    'City of London (Ontario)' -> 'London', 'West of England Combined Authority' -> 'West of England'."""
    core = re.sub(r"\s*\([^)]*\)", "", name).strip()
    core = _LEGAL_FORM.sub("", core) or core  # (nor a body's legal form: "Suffolk's Libraries IPS")
    core = _AUTHORITY_PREFIX.sub("", core)
    core = _AUTHORITY_SUFFIX.sub("", core).strip()
    return core or name


def place_of(name: str) -> tuple[str, str]:
    """An authority's place and kind, for matching two namings of one authority: the distinctive part of its name
    without a trailing kind of council, and that kind ("Nipissing Township", "Township of Nipissing" -> ("nipissing",
    "town"); "Town of Crete" and "Crete Township" name one body, "Westshire District Council" and "Westshire
    Combined Authority" two)."""
    core = _HYPHEN.sub(" ", unaccented(authority_core(name)).casefold())  # ("Burton cum Walden" is "Burton-cum-Walden";
    # "San José" is "San Jose")
    place = re.sub(r"\s+(?:township|city|town|county|village|municipality|borough|district|parish|shire)$", "", core).strip()
    kind = m.group(0).casefold() if (m := _KIND.search(name)) else ""
    return place, _SAME_KIND.get(kind, kind)


def kinds_named(text: str) -> set[str]:
    """The kinds of council a text names ("Township Board" -> {"town"})."""
    return {_SAME_KIND.get(k, k) for k in (m.group(0).casefold() for m in _KIND.finditer(text))}


def same_body(a: str, b: str) -> bool:
    """Do two names name one authority: one place, and one kind of body where both say which ("City of Des Moines",
    "Des Moines City Council"; "Des Moines" and "Des Moines City Council")?"""
    (pa, ka), (pb, kb) = place_of(a), place_of(b)
    return pa == pb and (ka == kb or not ka or not kb)


#: the kind of body an authority's name says it is, and kinds that are one ("Town of X" is "X Township")
_KIND = re.compile(r"\b(?:combined authority|township|town|city|county|borough|district|parish|village|municipality|"
                   r"community|region(?:al)?|shire)\b", re.I)
_SAME_KIND = {"township": "town"}
#: a hyphen inside a name, which some write as a space ("Stoke-on-Trent", "Stoke on Trent")
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def names_authority(text: str, authority: str) -> bool:
    """Does a text (a question, say) name an authority, by its full name or the distinctive part of it?"""
    text, authority = _HYPHEN.sub(" ", unaccented(text)), _HYPHEN.sub(" ", unaccented(authority))  # ("Burton cum
    # Walden", "Burton-cum-Walden"; "San José", "San Jose")
    core = authority_core(authority)
    if len(authority) >= 3 and re.search(rf"(?<!\w){re.escape(authority)}(?!\w)", text, re.I):
        return True
    # or by its initials, in capitals ("RTD" for "Regional Transportation District", "KCC" for "Kent County Council")
    short = initials(authority)
    if len(short) >= 3 and re.search(rf"(?<!\w){short}(?!\w)", text):
        return True
    # or by the first word of a place's long name and the kind of its council ("Eastport Community Council" for
    # "Eastport Ferryport On Craig Community Council")
    kind = _AUTHORITY_SUFFIX.search(authority)
    first = core.split()[0] if len(core.split()) >= 2 else ""
    telling = len(first) >= 4 and not _COMPASS.match(first)  # (a first word that tells the place: not "West")
    if kind and telling and re.search(
            rf"(?<!\w){re.escape(first)}\s+{re.escape(kind.group(0).strip())}(?!\w)", text, re.I):
        return True
    # or, for a body that is no council, by that first word and another of its name ("the Warrenville library" for
    # "Warrenville Public Library District")
    later = {w.casefold() for w in core.split()[1:] if len(w) >= 4 and not _KIND.fullmatch(w)}
    if not kind and telling and any(
            m.group(1).casefold() in later for m in re.finditer(rf"(?<!\w){re.escape(first)}\s+(\w+)", text, re.I)):
        return True
    # or, for a body that is no council, by the two or more proper words its name opens with, before the words of
    # its kind ("Los Rios" for "Los Rios Community College District"), as written
    lead = _lead_name(core)  # (not the place's own council, "City of San Diego", "New York City council", nor a
    if not kind and len(lead.split()) >= 2 and not _COMPASS.match(lead.split()[0]) and re.search(  # compass's, "North
            rf"(?<!\bof )(?<!\w){re.escape(lead)}(?!\w)(?!\s+(?i:city|county|council|borough|town|township|village|"
            rf"parish|board of|metropolitan)\b)(?!\s+(?!{re.escape(core.split()[len(lead.split())])}\b)[A-Z])",  # East";
            text):  # nor another body's name it opens: "the Santa Clara Valley Water District")
        return True
    # or by that first word as its owner ("Louisa's 2023 holiday luncheon" for "Louisa County Commission on Aging",
    # or "Hyndland's festive disco" for "Hyndland Parent Council")
    if telling and re.search(rf"(?<!\w){re.escape(first)}['’]s\b", text):
        return True
    # (a place name inside another name is not the authority: "the East Bristol Liveable Neighbourhood", "the
    # Bristol to Bath corridor")
    return len(core) >= 3 and any(not _IN_A_NAME.search(text[:m.start()] + "\x00" + text[m.end():]) for m in
                                  core_at(text, core))


#: the words of a body's kind that follow its place in its name ("Community College District", "Unified School District")
_KIND_WORDS = frozenset("city county town borough community college colleges unified school schools public library union "
                        "high elementary regional transit transportation water fire park parks sanitation sanitary "
                        "hospital health housing port airport special metropolitan district authority board area service "
                        "improvement".split())


def _lead_name(core: str) -> str:
    """The proper words a body's name opens with, up to the first word of its kind ("Los Rios" of "Los Rios
    Community College District"); "" when a word of its kind opens it."""
    words = core.split()
    n = next((i for i, w in enumerate(words) if w.casefold() in _KIND_WORDS), len(words))
    return " ".join(words[:n]) if n < len(words) and all(w[:1].isupper() for w in words[:n]) else ""


def core_at(text: str, core: str) -> list[re.Match[str]]:
    """Where a text names an authority by the distinctive part of its name, with or without an owner's mark inside
    it ("Suffolk Libraries" for "Suffolk's Libraries"; "King's Lynn" as printed)."""
    bare = _POSSESSIVE.sub("", core)
    return [m for c in dict.fromkeys([core, bare]) for m in re.finditer(
        r"(?<!\w)" + _APOSTROPHE.sub(_EITHER_APOSTROPHE, re.escape(c)) + r"(?!\w)", text, re.I)]


def misspelt(name: str, other: str) -> bool:
    """Is a name another with one word misspelt by a letter (wrong, missing, extra or two swapped):
    "Milltown Feeryport Community Council" for "Milltown Ferryport Community Council"? Short words are not: "North"
    is no slip for "South"."""
    a, b = name.casefold().split(), other.casefold().split()
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1 or min(len(diff[0][0]), len(diff[0][1])) < 6:
        return False
    x, y = diff[0]
    if len(x) == len(y):
        at = [i for i in range(len(x)) if x[i] != y[i]]
        return len(at) == 1 or (len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]])
    short, long_ = sorted((x, y), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


#: a first word that is no place's name alone ("North" of "North Somerset", "Great" of "Great Yarmouth")
_COMPASS = re.compile(r"(?:North|South|East|West|Central|Inner|Outer|Greater|Upper|Lower|Great|Little|New|Old)$", re.I)
#: a place name, marked \x00, inside the name of a district, a route or a scheme
_IN_A_NAME = re.compile(r"\b(?:North|South|East|West|Central|Inner|Outer|Greater)\s+\x00|\x00\s+to\s+[A-Z]")

"""What a user's filters mean: dates checked, authority and committee names resolved against the index.

One resolver for ``search``, ``ask`` and every report, so a committee name that one verb accepts is
accepted by all of them. Names match case-insensitively; an authority may be given by a unique part of
its name (``kent``); a committee matches when '&'/'and', case, punctuation and the words 'Policy' and
'Committee' are set aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from .errors import ConfigError
from .parse.meta import kinds_named, place_of, same_body
from .text import unaccented


@dataclass
class Filters:
    """Resolved filters: stored authority and committee names (empty: any) and an ISO date range."""

    authorities: Sequence[str] = ()
    committees: Sequence[str] = ()
    since: str | None = None
    until: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.authorities or self.committees or self.since or self.until)

    def describe(self) -> dict[str, list[str] | str]:
        out: dict[str, list[str] | str | None] = {"authority": list(self.authorities),
                                                  "committee": list(self.committees),
                                                  "since": self.since, "until": self.until}
        return {k: v for k, v in out.items() if v}


class NameSource(Protocol):
    """What the resolver needs of an index: its (authority, committee) pairs, re-read on ``refresh``."""

    def name_pairs(self, refresh: bool = False) -> set[tuple[str, str]]: ...


def parse_date(value: str | None, what: str = "date") -> str | None:
    """Validate a YYYY-MM-DD option; raises ConfigError with the expected form."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ConfigError(f"{what} {value!r} is not a date: use YYYY-MM-DD, e.g. 2025-02-13") from None


def date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``--since`` and ``--until`` checked as dates and as a range."""
    since, until = parse_date(since, "--since"), parse_date(until, "--until")
    if since and until and since > until:
        raise ConfigError(f"--since {since} is after --until {until}.")
    return since, until


def norm_body(name: str) -> str:
    """A committee name for matching: case, '&' and punctuation do not count."""
    s = name.casefold().replace("&", " and ")
    return " ".join(re.findall(r"[a-z0-9']+", s))


_BODY_FILLER = frozenset({"the", "of", "and", "for", "policy", "committee", "meeting"})


def body_key(name: str | None) -> str:
    """A looser key, so 'Transport & Connectivity Policy Committee' and 'Transport and Connectivity
    Committee' (the same body, named two ways on its own papers) group together."""
    if not name:
        return ""
    return " ".join(sorted(set(norm_body(name).split()) - _BODY_FILLER))


def resolve_authorities(index: NameSource, names: str | Sequence[str] | None) -> list[str]:
    """Stored authority names for the names given (exact, or a unique part); ConfigError lists the known."""
    wanted = [names] if isinstance(names, str) else list(names or [])
    if not wanted:
        return []
    try:
        return _match_authorities(index, wanted, refresh=False)
    except ConfigError:  # an authority indexed since the names were cached?
        return _match_authorities(index, wanted, refresh=True)


def _match_authorities(index: NameSource, names: Sequence[str], refresh: bool) -> list[str]:
    known = sorted({a for a, _ in index.name_pairs(refresh) if a})
    out = []
    for name in names:
        exact = [a for a in known if _folded(a) == _folded(name)]
        partial = [a for a in known if _folded(name) in _folded(a)]
        # the same place named another way ("City of Des Moines" for "Des Moines City Council")
        same_place = [a for a in known if same_body(a, name)]
        one_place = len({place_of(a) for a in same_place}) == 1
        match = exact or (partial if len(partial) == 1 else []) or (same_place if one_place else [])
        if not match:  # a body of a known place ("Marblehead Select Board" for "Town of Marblehead"): its authority
            of_place = [a for a in known if body_of(name, a)]
            match = of_place if len({place_of(a) for a in of_place}) == 1 else []
        if not match:  # a school district for the board that governs it, or that board for its district ("Minuteman
            # Regional Vocational Technical School District" for "Minuteman School Committee")
            schools = [a for a in known if _school_board_of(name, a)]
            match = schools if len(schools) == 1 else []
        if not match:  # a body's name given inside a longer naming of it ("Cypress Point Strata Council (Strata Plan
            # NW2050)" for "Strata Plan NW2050"), when one known name is, and it names more than a kind of body
            inside = [a for a in known if len(a.split()) >= 2 and not _KIND_ONLY.fullmatch(a)  # (opening it or in brackets:
                      and re.search(rf"(?:^|\()\s*(?:the\s+)?{re.escape(_folded(a))}(?!\w)", _folded(name))]  # not "North X")
            match = inside if len(inside) == 1 else []
        if not match:  # the name in full of a body indexed by a shorter one ("Hyndland Primary School Parent Council"
            # for "Hyndland Parent Council", read from its folder): every word of it, in order, from the first
            within = [a for a in known if _words_within(a, name)]
            match = within if len(within) == 1 else []
        # (and every other naming of that place's authority: "Town of Crete" on one paper, "Crete Township" on another)
        match = match + [a for a in known if match and a not in match and place_of(a) == place_of(match[0])]
        if not match:
            hint = f" Several match: {', '.join(partial)}." if len(partial) > 1 else ""
            raise ConfigError(
                f"no indexed authority matches {name!r}.{hint} Known authorities: {', '.join(known) or 'none'}"
            )
        out += [a for a in match if a not in out]
    return out


#: a name that says only what kind of body it is ("City Council", "Board of Education"): no place of its own
_KIND_ONLY = re.compile(r"(?:(?:the|city|town|county|district|parish|village|community|full|strata|school|board|of|"
                        r"education|council|committee|commission|authority|governors|trustees|supervisors|select|"
                        r"selectmen|borough|planning|township|metropolitan|regional|municipal|and)\s*)+", re.I)


def _folded(name: str) -> str:
    """A name for matching another naming of it: case, accents and a possessive do not count ("Suffolk’s Libraries
    IPS" for "Suffolk Libraries IPS", "City of San José" for "City of San Jose")."""
    return re.sub(r"['’]s\b", "", unaccented(name).casefold())


#: what names a body that meets (a board, a committee) rather than a place
_MEETING_BODY = re.compile(r"\b(?:board|committee|sub-?committee|council|commission|trustees|selectmen|panel|cabinet)\b",
                           re.I)


def body_of(name: str, authority: str) -> bool:
    """Does a name give a body of an authority's place: the place's name, then a meeting body ("Marblehead Select
    Board" for "Town of Marblehead", "Colfax Township Board of Trustees" for "Colfax Township")?"""
    place, kind = place_of(authority)
    m = re.match(rf"(?:the\s+)?{re.escape(place)}\b(.*)$", name.strip(), re.I) if place else None
    # (not a council of another kind of the same place: "Westshire Community Council" is not "Westshire District
    # Council"'s)
    return bool(m and _MEETING_BODY.search(m.group(1)) and kinds_named(m.group(1)) <= {kind})


#: a body of a school district, or the district (its board, committee or trustees; its board of education)
_SCHOOL = re.compile(r"\b(?:schools?|education)\b", re.I)
_DISTRICT = re.compile(r"\bdistrict\b", re.I)


def _school_board_of(name: str, authority: str) -> bool:
    """Does one name give a school district and the other a school body of the same place (both opening with its
    name: "Minuteman Regional Vocational Technical School District", "Minuteman School Committee")?"""
    a, b = norm_body(name).split(), norm_body(authority).split()
    return bool(a and b and a[0] == b[0] and a[0] not in ("the", "city", "town", "county") and _SCHOOL.search(name)
                and _SCHOOL.search(authority) and bool(_DISTRICT.search(name)) != bool(_DISTRICT.search(authority)))


def _words_within(short: str, name: str) -> bool:
    """Are a short name's words (two or more) all in a longer name, in order, both opening with the same word?"""
    a, b = norm_body(short).split(), norm_body(name).split()
    if len(a) < 2 or len(a) >= len(b) or a[0] != b[0]:
        return False
    rest = iter(b)
    return all(w in rest for w in a)


def resolve_committees(index: NameSource, name: str | None, authorities: Sequence[str]) -> list[str]:
    """Stored committee names (of ``authorities``, or any) matching ``name``; ConfigError lists the known."""
    if not name:
        return []
    want = norm_body(name)
    known: list[str] = []
    for refresh in (False, True):
        known = sorted({c for a, c in index.name_pairs(refresh) if c and (not authorities or a in authorities)})
        match = [c for c in known if want in norm_body(c) or body_key(name) == body_key(c)]
        # (or a committee whose papers name it shorter: "Commission on Aging" for "Louisa County Commission on Aging")
        match += [c for c in known if c not in match and len(norm_body(c).split()) >= 3
                  and f" {norm_body(c)}" in f" {want}"]
        if match:
            return match
    of = f" of {', '.join(authorities)}" if authorities else ""
    raise ConfigError(f"no indexed committee{of} matches {name!r}. Known committees: {', '.join(known) or 'none'}")


def resolve(index: NameSource, authority: str | Sequence[str] | None = None, committee: str | None = None,
            since: str | None = None, until: str | None = None) -> Filters:
    """The user's filters, checked and resolved against the index's names."""
    since, until = date_range(since, until)
    try:
        authorities = resolve_authorities(index, authority)
    except ConfigError:
        # a meeting body named where an authority is asked for ("Open Source Voting System Technical Advisory
        # Committee"): that committee's documents, when the index knows it by that name
        named = [authority] if isinstance(authority, str) else list(authority or [])
        if committee or len(named) != 1 or not _MEETING_BODY.search(named[0]):
            raise
        try:
            return Filters((), resolve_committees(index, named[0], ()), since, until)
        except ConfigError:
            raise ConfigError(f"no indexed authority or committee matches {named[0]!r}. Known authorities: "
                              f"{', '.join(sorted({a for a, _ in index.name_pairs() if a})) or 'none'}") from None
    return Filters(authorities, resolve_committees(index, committee, authorities), since, until)

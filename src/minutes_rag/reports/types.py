"""The reports' types: summaries, briefing packs, timelines and the decision register, each cited."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import Citation, Decision, Record


@dataclass
class SummaryPoint(Record):
    """One cited statement of a report: a sentence quoted from the minutes, or a model's checked claim."""

    text: str
    citations: list[int] = field(default_factory=list)  # numbers in the report's citation list
    group: str | None = None  # the group (authority, committee or meeting) it speaks for
    label: str | None = None  # what the point states in brief: a rating, a figure, "decision"
    supported: bool = True  # False: a generated claim its cited source does not support


@dataclass
class Coverage(Record):
    """Whether the evidence for one authority in scope was found: never silently dropped."""

    authority: str
    found: bool
    status: str  # "evidence found", "weak evidence (passing mentions only)", "no evidence found", ...
    documents_searched: int = 0
    sources: int = 0  # distinct documents cited
    first_date: str | None = None
    last_date: str | None = None
    authority_basis: str = "stated"  # "inferred" (or "partly inferred") where a manifest inferred it


@dataclass
class SummarySection(Record):
    """The key points of one group (an authority, a committee or a meeting)."""

    group: str
    authority: str | None
    committee: str | None = None
    meeting_date: str | None = None
    found: bool = False
    strength: str = "none"  # strong, weak or none
    points: list[SummaryPoint] = field(default_factory=list)
    note: str | None = None
    authority_basis: str = "stated"  # "inferred" (or "partly inferred") where a manifest inferred it


@dataclass
class ComparisonRow(Record):
    """One aspect on which the groups are compared, with a cited point per group that speaks of it."""

    aspect: str
    finding: str  # a neutral line: which groups speak of it, and what they state ("ratings differ: ...")
    points: list[SummaryPoint] = field(default_factory=list)
    not_mentioned: list[str] = field(default_factory=list)  # groups with evidence that do not speak of it


@dataclass
class Summary:
    """A cross-group summary of a topic: a section per group, a coverage table and a comparison."""

    topic: str
    by: str  # authority, committee or meeting
    sections: list[SummarySection] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    comparison: list[ComparisonRow] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    generator: str = "extractive"
    filters: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic, "by": self.by, "generator": self.generator, "filters": self.filters,
            "coverage": [c.to_dict() for c in self.coverage],
            "sections": [s.to_dict() for s in self.sections],
            "comparison": [r.to_dict() for r in self.comparison],
            "citations": [c.to_dict() for c in self.citations],
            "warnings": self.warnings, "unsupported": self.unsupported,
        }


@dataclass
class DecisionRegister:
    """Decisions recovered from the minutes in scope, in meeting order."""

    decisions: list[Decision] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)
    documents_searched: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"filters": self.filters, "documents_searched": self.documents_searched,
                "decisions": [d.to_dict() for d in self.decisions], "warnings": self.warnings}


@dataclass
class TimelineEntry(Record):
    """What happened to a topic at one meeting, each statement cited."""

    meeting_date: str
    authority: str | None
    committee: str | None
    items: list[str] = field(default_factory=list)
    points: list[SummaryPoint] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    authority_basis: str = "stated"  # "inferred" (or "partly inferred") where a manifest inferred it


@dataclass
class Timeline:
    """Dated entries of a topic across meetings, oldest first."""

    topic: str
    entries: list[TimelineEntry] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    generator: str = "extractive"
    filters: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "generator": self.generator, "filters": self.filters,
                "entries": [e.to_dict() for e in self.entries],
                "citations": [c.to_dict() for c in self.citations],
                "warnings": self.warnings, "unsupported": self.unsupported}


@dataclass
class BriefSection(Record):
    """One part of a briefing pack (meetings, decisions, recurring issues...), every point cited."""

    key: str  # covers, meetings, decisions, recurring, figures, actions
    title: str
    points: list[SummaryPoint] = field(default_factory=list)
    note: str | None = None


@dataclass
class Brief:
    """A briefing pack on one body for a newly elected member; the sources are the appendix."""

    authority: str
    committees: list[str] = field(default_factory=list)  # canonical names of the bodies covered
    aliases: list[str] = field(default_factory=list)  # other spellings of them found on their papers
    topic: str | None = None
    sections: list[BriefSection] = field(default_factory=list)
    meetings: int = 0
    documents: int = 0
    first_date: str | None = None
    last_date: str | None = None
    citations: list[Citation] = field(default_factory=list)
    generator: str = "extractive"
    filters: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    authority_basis: str = "stated"  # "inferred" (or "partly inferred") where a manifest inferred it

    def to_dict(self) -> dict[str, Any]:
        return {"authority": self.authority, "authority_basis": self.authority_basis,
                "committees": self.committees, "aliases": self.aliases,
                "topic": self.topic, "meetings": self.meetings, "documents": self.documents, "first_date": self.first_date,
                "last_date": self.last_date, "generator": self.generator, "filters": self.filters,
                "sections": [s.to_dict() for s in self.sections],
                "citations": [c.to_dict() for c in self.citations],
                "warnings": self.warnings, "unsupported": self.unsupported}

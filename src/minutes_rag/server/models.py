"""Request and response bodies of the HTTP API.

Responses have the shapes the CLI prints with ``--json`` (each verb's ``to_dict()``); hits, citations,
document records and per-file results are the library's own dataclasses, so a field added there
appears in the API and its OpenAPI schema without a change here. The wrappers allow extra keys for
the same reason.
"""

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..types import Citation, DocumentRecord, FileResult, Hit

_DATE = "Meetings on or {} this date (YYYY-MM-DD)."


class _Filters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    authority: list[str] = Field(
        default_factory=list,
        description="Only these authorities: case-insensitive, a unique part of a name is enough.",
        max_length=20,
    )
    committee: str | None = Field(default=None, max_length=200, description="Only this committee.")
    since: date | None = Field(default=None, description=_DATE.format("after"))
    until: date | None = Field(default=None, description=_DATE.format("before"))

    @field_validator("authority", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    def filters(self) -> dict[str, Any]:
        """Keyword arguments of the library verbs."""
        return {
            "authority": self.authority or None,
            "committee": self.committee,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


class SearchRequest(_Filters):
    """``POST /v1/search``: ranked passages with citation fields."""

    query: str = Field(min_length=1, max_length=2000, description="What to look for, in your own words.")
    k: int = Field(default=10, ge=1, le=200, description="Number of hits.")
    mode: Literal["hybrid", "vector", "keyword"] = Field(
        default="hybrid", description="hybrid (keyword and vector results fused), vector or keyword."
    )


class SummariseRequest(_Filters):
    """``POST /v1/summarise``: one cited section per group, a coverage table and a comparison."""

    topic: str = Field(min_length=1, max_length=500, description="What to summarise, e.g. 'children's services'.")
    by: Literal["authority", "committee", "meeting"] = Field(default="authority", description="How to group.")
    k: int = Field(default=8, ge=1, le=50, description="Passages retrieved per group.")


class BriefRequest(BaseModel):
    """``POST /v1/brief``: a briefing pack for a newly elected member of one body."""

    model_config = ConfigDict(extra="forbid")

    authority: str = Field(min_length=1, max_length=200, description="The member's authority.")
    committee: str | None = Field(default=None, max_length=200, description="The body, if one.")
    topic: str | None = Field(default=None, max_length=500, description="Narrow the pack to a topic.")
    since: date | None = Field(default=None, description="Meetings on or after this date.")
    until: date | None = Field(default=None, description="Meetings on or before this date.")


class DecisionsRequest(_Filters):
    """``POST /v1/decisions``: the register of decisions recovered from the minutes."""

    topic: str | None = Field(default=None, max_length=500, description="Only decisions about this.")


class TimelineRequest(_Filters):
    """``POST /v1/timeline``: dated, cited entries of what happened to a topic across meetings."""

    topic: str = Field(min_length=1, max_length=500, description="The topic to follow.")


class AskRequest(_Filters):
    """``POST /v1/ask``: an answer whose every claim cites its source, or an abstention."""

    question: str = Field(min_length=1, max_length=2000, description="A question in your own words.")
    k: int = Field(default=8, ge=1, le=200, description="Passages to draw the answer from.")


class SearchResponse(BaseModel):
    model_config = ConfigDict(extra="allow")

    query: str
    filters: dict[str, Any]
    hits: list[Hit]


class ClosestHit(BaseModel):
    """A passage that was found but did not answer the question (shown when abstaining)."""

    model_config = ConfigDict(extra="allow")

    source: str
    pages: list[int]
    authority: str | None
    meeting_date: str | None
    item_number: str | None
    item_title: str | None
    score: float


class AnswerResponse(BaseModel):
    model_config = ConfigDict(extra="allow")

    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    warnings: list[str]
    unsupported: list[str]
    generator: str
    filters: dict[str, Any]
    closest: list[ClosestHit]


class DocumentList(BaseModel):
    model_config = ConfigDict(extra="allow")

    documents: list[DocumentRecord]


class DeleteResponse(BaseModel):
    """The records removed: the document first, then records of files that were duplicates of it."""

    deleted: list[DocumentRecord]
    message: str


class IngestSummary(BaseModel):
    model_config = ConfigDict(extra="allow")

    files: int
    ingested: int
    unchanged: int
    duplicates: int
    failed: int
    pages: int
    chunks_added: int
    truncated_chunks: int
    seconds: float


class UploadInfo(BaseModel):
    """How an upload was stored: under its content hash, never under the client's file name."""

    filename: str = Field(description="The client's file name, for reference only.")
    bytes: int
    sha256: str
    stored_as: str = Field(description="The stored file; documents and citations name it as their source.")


class IngestResponse(BaseModel):
    model_config = ConfigDict(extra="allow")

    index: str
    summary: IngestSummary
    files: list[FileResult]
    upload: UploadInfo


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: Literal["local", "chroma"]
    auth: bool


class ErrorBody(BaseModel):
    """Every error except request validation (422 from FastAPI lists each bad field)."""

    model_config = ConfigDict(extra="allow")

    detail: str

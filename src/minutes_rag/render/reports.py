"""A report in the format asked for: Markdown, JSON, HTML, or CSV for a decision register."""

from __future__ import annotations

from ..reports.types import DecisionRegister
from .html import html_page
from .labels import Report, linking_files
from .markdown import MARKDOWN, decisions_csv, to_json

FORMATS = ("md", "json", "html", "csv")


def render(result: Report, fmt: str, link_files: bool = False) -> str:
    """The report as text in ``fmt`` (md, json, html; csv for a decision register); ``link_files`` links
    citations without a public address to the local files (for the author's own use)."""
    with linking_files(link_files):
        return _render(result, fmt)


def _render(result: Report, fmt: str) -> str:
    if fmt == "json":
        return to_json(result)
    if fmt == "html":
        return html_page(result)
    if fmt == "csv":
        if not isinstance(result, DecisionRegister):
            raise ValueError("csv is for the decision register")
        return decisions_csv(result)
    return MARKDOWN[type(result)](result)

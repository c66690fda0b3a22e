"""Choosing a document's agenda items: the heading format that explains the document best."""

from __future__ import annotations

from itertools import pairwise

from .formats import (
    item_paren_items,
    markdown_heading_items,
    minute_ref_items,
    moderngov_page_items,
    numbered_lines,
    question_items,
    subject_notice_items,
)
from .header import CONSERVATIVE_KINDS
from .lines import Cand, Line, numbered_chain


def choose_items(lines: list[Line], kind: str, first_text: str) -> list[Cand]:
    """Pick the heading style that explains the document best and return its items.

    Explicit formats ("(Item N)" lines, Markdown "# 1.", decision-notice "(agenda item N)") are
    trusted in any document.  Plain numbered lines are only read as items in minutes and
    agendas; reports, constitutions and the like keep their numbered paragraphs in one section.
    """
    options: list[tuple[float, list[Cand]]] = []
    mg = moderngov_page_items(lines)
    if mg:
        options.append((4.0, mg))
    paren = item_paren_items(lines)
    if paren:
        options.append((3.0 * len(paren) + 1, paren))
    md = markdown_heading_items(lines)
    if md:
        options.append((3.0 * len(md) + 1, md))
    dec = subject_notice_items(lines)
    if dec:
        options.append((3.0 * len(dec) + 1, dec))
    qs = question_items(lines)
    if qs and (kind in ("questions", "statements") or len(qs) >= 2):
        options.append((2.0 * len(qs), qs))
    if kind in ("questions", "statements") or kind in CONSERVATIVE_KINDS:
        return max(options, key=lambda o: o[0])[1] if options else []
    ref = minute_ref_items(lines)
    if len(ref) >= 2:
        options.append((2.0 * len(ref), ref))
    if kind in ("minutes", "agenda"):
        dot_strong, dot_weak = numbered_lines(lines, dotted=True)
        plain_strong, plain_weak = numbered_lines(lines, dotted=False)
        for strong, weak in (
            (dot_strong, dot_weak),
            (plain_strong, plain_weak),
            (dot_strong + plain_strong, dot_weak + plain_weak),  # a document that switches style
        ):
            chain = numbered_chain(strong, weak)
            if len(chain) >= 2:
                switches = sum(1 for x, y in pairwise(chain) if x.style != y.style)
                options.append((len(chain) - 0.2 * (chain[0].num[0] - 1) - 1.5 * switches, chain))
    if not options:
        return []
    return max(options, key=lambda o: o[0])[1]

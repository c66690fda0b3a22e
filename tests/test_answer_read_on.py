"""A quote read on into the next chunk (a sentence cut by the chunk boundary is finished from there: see
``around.mended``) is not quoted again when the list it introduces goes on in that chunk: the list is read from
where the hit's text stops ("... iv) the owner is encouraged to be creative in reusing of any of the felled wood;
[1] to be creative in reusing of any of the felled wood; [1] v) ..." quoted the item's end twice)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.lists import list_runs_on, unread
from minutes_rag.text import sentences

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit

LEAD = ("That the application BE PERMITTED with the following terms and conditions:\ni) a permit is required;\n"
        "ii) the owner is encouraged to be creative in reusing the felled wood;")
NEXT = ("to be creative in reusing the felled wood;\niii) compensation planting will be required;\n"
        "iv) fencing shall be installed around the oak tree.")


def test_read_on_synthetic_the_list_goes_on_after_what_was_read() -> None:
    hit, nxt = _hit(LEAD, 1, doc="p"), _hit(NEXT, 2, doc="p")  # (the hit already holds the next chunk's first line)
    assert NEXT[unread(hit, nxt):].startswith("iii)")
    assert unread(_hit("Unrelated text.", 1, doc="p"), nxt) == 0
    run = list_runs_on(hit, sentences(hit.text), lambda h: nxt)
    assert [q for _, qs in run for _, q in qs] == ["iii) compensation planting will be required;",
                                                  "iv) fencing shall be installed around the oak tree."], run


@needs_corpus
def test_read_on_real_london_tree_conditions_quoted_once(tmp_path: Path) -> None:
    ans = _ask_real(tmp_path, ["london-ontario/json/2025-01-28 The 3rd Meeting of the Planning and Environment "
                               "Committee.json"],
                    "Which conditions on the trees did London's Planning and Environment Committee set in January "
                    "2025 for the demolition at 66 Blackfriars Street?")
    assert "iv) the owner is encouraged to be creative" in ans.answer and "v) that the compensation" in ans.answer, \
        ans.answer
    assert ans.answer.count("to be creative in reusing") == 1, ans.answer

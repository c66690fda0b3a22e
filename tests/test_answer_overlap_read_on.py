"""A quote that ends its chunk is read on into the sentence after it in the next chunk, as it would be inside one
chunk, when that chunk opens with the end of the quote again (chunks overlap): its first sentence not in the hit is the
one read on to. Before, the overlapping fragment ("working on the Council's behalf are not permitted to use PPP in any
parks or recreation areas.") was taken for the next sentence, found already quoted, and nothing was read on: "Parks
staff ... are not permitted to use PPP" was quoted without "Alternative methods such as strimming are employed."
Synthetic: two hand-made overlapping chunks; real: Limerick's minutes of 8 July 2024 (a question on pesticides), from
``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.window import continuation, next_opening
from minutes_rag.types import Hit

from .conftest import ask_corpus, make_hit, needs_corpus


def _chunk(n: int, text: str) -> Hit:  # (chunks of one document)
    return make_hit(n, "m.md", text, chunk_id=f"m:{n:05d}", doc_id="m", authority="Westshire",
                    meeting_date="2024-07-08", kind="minutes")


FIRST = _chunk(1, "The Council is committed to reducing its use of weedkillers. Parks staff or contractors working on "
                  "the Council's behalf are not permitted to use weedkillers in any parks or recreation areas.")
SECOND = _chunk(2, "working on the Council's behalf are not permitted to use weedkillers in any parks or recreation "
                   "areas. Alternative methods such as strimming are employed. The Cleansing Section employs a "
                   "contractor to treat weeds on footpaths.")


def test_next_opening_past_the_overlap() -> None:
    found = next_opening(FIRST, lambda h: SECOND if h is FIRST else None)
    assert found is not None and found[1][1] == "Alternative methods such as strimming are employed."
    quote = FIRST.text[FIRST.text.index("Parks staff"):]
    follow = continuation(FIRST, [(FIRST.text.index("Parks staff"), quote)], False,
                          lambda h: SECOND if h is FIRST else None)
    assert follow is not None and follow[1][1] == "Alternative methods such as strimming are employed."


def test_a_sentence_said_twice_is_no_overlap() -> None:
    """Only the leading run of sentences the hit ends with is skipped: "Carried." said again after another motion
    opens the next chunk."""
    first = _chunk(1, "That the grant be accepted. Carried. It was proposed that the precept be increased by 5%.")
    second = _chunk(2, "Carried. The Clerk reported on the bins.")
    found = next_opening(first, lambda h: second if h is first else None)
    assert found is not None and found[1][1] == "Carried."


@needs_corpus
def test_real_limerick_alternative_to_pesticides(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["limerick/2024/09/23-Full Meeting of Limerick City and County Council/Minutes - Meeting "
                                "of Limerick City and County Council - 8th July 2024.md"],
                     "What did Limerick City and County Council tell councillors in July 2024 its parks staff and "
                     "contractors use instead of chemical plant protection products?")
    assert "strimming" in ans.answer, ans.answer

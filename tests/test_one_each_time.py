"""Things set out one to a time, with a few words of what each is first: "two petitions, one on roadworks in May and
one on Southville road closures in October. How many people signed each?". Such a question is asked of each time it
names, so each meeting's answer is quoted; before, only "one in May and one in October" (a time straight after "one")
was read so, and the other meeting's petition was dropped as "from another meeting than the lead evidence".

The real passages are Bristol City Council's Transport and Connectivity Policy Committee minutes of 15 May and 23
October 2025, in ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.spanning import answers_across

from .conftest import CORPUS, ask_corpus, ask_texts

MAY = ("Thornbury Town Council\nMinutes of the Transport Committee\nThursday, 15 May 2025\n\n"
       "5. Petition debate: Cut the Parking Charges\nThe Committee considered a petition submitted by Ann Lee titled "
       "'Cut the Parking Charges' signed by 2,140 petitioners of which 1,900 were Thornbury residents.\n"
       "Ann Lee spoke about the petition. It was AGREED that the Committee noted the petition.\n\n"
       "6. Bus Shelters\nThe Committee noted a report on the repair of twelve bus shelters.\n")
OCTOBER = ("Thornbury Town Council\nMinutes of the Transport Committee\nThursday, 23 October 2025\n\n"
           "4. Petition debate: Keep School Streets Open\nThe Committee considered a petition submitted by Raj Patel "
           "titled 'Keep School Streets Open' signed by 860 petitioners of which 790 were Thornbury residents.\n"
           "Raj Patel spoke about the petition. It was AGREED that the Committee noted the petition.\n\n"
           "5. Cycle Parking\nThe Committee approved forty new cycle stands in the town centre.\n")


def test_one_each_time_synthetic_read_with_words_between() -> None:
    question = ("The transport committee debated two petitions in 2025, one on parking charges in May and one on school "
                "street closures in October. How many people signed each?")
    assert answers_across(question, [question])
    # (not a share of people: "one in five residents")
    assert not answers_across("How many residents, one in five of those asked in May, backed it?", ["x"])
    assert not answers_across("One in five residents responded in May 2024 and one in ten in June 2024. What did "
                              "council decide in July 2024?", ["x"])


def test_one_each_time_synthetic_both_meetings_quoted(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"thornbury/2025-05-15 transport minutes.txt": MAY,
                               "thornbury/2025-10-23 transport minutes.txt": OCTOBER},
                    "Thornbury's transport committee debated two petitions in 2025, one on parking charges in May and "
                    "one on school street closures in October. How many people signed each?")
    assert not ans.abstained, ans.warnings
    assert "2,140" in ans.answer and "860" in ans.answer, ans.answer


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_one_each_time_real_bristol_petitions(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, [
        "bristol-city-council/src-bcc-0036_printed-minutes-transport-and-connectivity-policy-committee-15-may-2025.pdf",
        "bristol-city-council/src-bcc-0024_src-bcc-0024-printed-minutes-transport-and-connectivity-policy-committee-23-"
        "october-2025.pdf"],
        "Bristol's transport committee heard two petitions on roads in 2025, one on roadworks in May and one on "
        "Southville road closures in October. How many people signed each?")
    assert not ans.abstained, ans.warnings
    assert "3,017" in ans.answer and "1,870" in ans.answer, ans.answer

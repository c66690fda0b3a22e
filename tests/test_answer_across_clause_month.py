"""A question asking one thing of each of two authorities, each at its own month ("What did A's planning commission
(January 2020) and B's council (May 2025) look at about pay for their members?"), is answered for each authority from
its evidence of the month its own clause names, when it has some: not from another month's sentence that shares more
of the question's words and is then left out as outside the months asked, leaving that authority unanswered and
unmentioned. An authority whose only evidence is of another time is said to have none ("No evidence found in the
indexed minutes of ..."), never passed over in silence; and a meeting's opening line ("A regular meeting of the
Township of Westvale Council was held on Tuesday, May 13, 2025") or its title block is no statement for an authority.
Synthetic: a made-up township and parish; real: East Palo Alto's planning commission minutes of 27 January 2020 and
Nipissing Township's minutes of May and December 2025, from ``../shared/corpus``."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.cues import looks_like_heading
from minutes_rag.answer.formality import is_formality

from .conftest import ask_corpus, ask_texts, needs_corpus

MAY = """MINUTES TOWNSHIP OF WESTVALE
Tuesday, May 13, 2025
A regular meeting of the Township of Westvale Council was held on Tuesday, May 13, 2025, starting at 6:30 p.m.
The meeting was held in person at the Westvale Community Centre.
R2025-079 That we authorize the Mayor to sign a Transfer Payment Agreement with the Fire Marshal. Carried.
R2025-080 That we receive the 2024 Mayor and Council Expenses and Remuneration Summary, as required by the Municipal Act.
Carried. The document total was corrected to $53,901.96.
R2025-081 That we donate $100 to the Agricultural Society in support of the Fall Fair. Carried.
"""
DECEMBER = """MINUTES TOWNSHIP OF WESTVALE
Tuesday, December 2, 2025
A regular meeting of the Township of Westvale Council was held on Tuesday, December 2, 2025, starting at 6:30 p.m.
R2025-227 That we pass By-Law No. 2025-35, being a by-law to establish the remuneration of members of Council. Carried.
R2025-228 That we pass By-Law No. 2025-36, to amend the remuneration schedule for members of the fire department.
Carried.
"""
EASTBROOK = """Eastbrook Parish Council
Minutes of the meeting held on 27 January 2020
1. Apologies were received from Cllr Dunn.
2. Stipends: the clerk reported on the stipends paid to members of other parish councils, and a follow-up will come to
the next meeting.
3. The bin at the playing field is to be emptied weekly.
"""
QUESTION = ("What did Eastbrook Parish Council (January 2020) and the Township of Westvale council (May 2025) look at "
            "about remuneration for their members?")


def test_each_authority_answered_from_the_month_its_clause_names(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"township-of-westvale/minutes/2025-05-13 minutes.txt": MAY,
                               "township-of-westvale/minutes/2025-12-02 minutes.txt": DECEMBER,
                               "eastbrook-parish-council/minutes/2020-01-27 minutes.txt": EASTBROOK}, QUESTION)
    assert "stipends" in ans.answer and "Remuneration Summary" in ans.answer, ans.answer
    assert "2025-35" not in ans.answer and "was held on" not in ans.answer, ans.answer


def test_an_authority_with_evidence_only_of_another_time_is_said_to_have_none(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"township-of-westvale/minutes/2025-12-02 minutes.txt": DECEMBER,
                               "eastbrook-parish-council/minutes/2020-01-27 minutes.txt": EASTBROOK}, QUESTION)
    assert "stipends" in ans.answer, ans.answer
    assert "No evidence found in the indexed minutes of Township of Westvale" in ans.answer, ans.answer


def test_a_meetings_opening_line_is_a_formality() -> None:
    for text in ["MINUTES TOWNSHIP OF WESTVALE Tuesday, May 13, 2025 A regular meeting of the Township of Westvale "
                 "Council was held on Tuesday, May 13, 2025, starting at 6:30 p.m.",
                 "A special meeting of the Board was held in the library.",
                 "The meeting was held in person at the Westvale Community Centre, and livestreamed."]:
        assert is_formality(text), text
    for text in ["The clerk said a meeting of the Parish Council was held on 3 May to agree the budget.",
                 "a meeting of the working group was held on Monday",
                 "A special meeting of Westshire Council was held on 5 May 2025 to consider the 2025/26 budget.",
                 "A joint meeting of the two committees was held in March where the bypass route was agreed.",
                 "Present: Mayor Dave Yemm and Councillors Lisa Chalapenko and James Scott."]:  # (who held an office)
        assert not is_formality(text), text


def test_a_signature_block_of_blanks_is_a_form_label() -> None:
    assert looks_like_heading("Signed ……………………………………Chair Eastbrook Parish Council Date ………………………………………..")
    assert not looks_like_heading("The clerk said the accounts would be signed… once the auditor had reported.")


@needs_corpus
def test_real_each_body_at_its_own_month(tmp_path: Path) -> None:
    ans = ask_corpus(tmp_path, ["east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf",
                                "nipissing-township/minutes/Minutes-May-13-2025.pdf",
                                "nipissing-township/minutes/Minutes-December-2-2025.pdf"],
                     "What did the City of East Palo Alto's planning commission (January 2020) and the Township of "
                     "Nipissing council (May 2025) look at about remuneration for their members?")
    assert "53,901.96" in ans.answer and "2025-35" not in ans.answer, ans.answer
    assert "REGULAR MEETING MINUTES" not in ans.answer and "was held on" not in ans.answer, ans.answer

"""Asked how a vote went, where the evidence only says what was put (a warrant's article, a report's
recommendation) and no vote on it is recorded: the answer abstains and says so, instead of quoting the proposal
as if it were the vote. Synthetic: a made-up warrant; real: Arlington's 2021 annual town meeting warrant, article
43 (outside ../shared/corpus; its text is held here)."""

from __future__ import annotations

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.figures import unrecorded_vote

from .test_answer_parts import _hit, _stats

ARTICLE = ("ARTICLE 12 ZONING BYLAW/GARDEN SUITES. To see if the Town will vote to amend the Zoning Bylaw to allow "
           "garden suites in the rear yards of single family dwellings; or take any action related thereto. (Inserted "
           "at the request of the Planning Board.)")


def test_unrecorded_votes_synthetic_a_proposal_is_not_its_vote() -> None:
    question = "How did Eastfield Town Meeting vote on the 2024 garden suites bylaw (Article 12)?"
    ans = answer_extractive(question, [_hit(ARTICLE, authority="Town of Eastfield")], _stats())
    assert ans.abstained and "vote" in " ".join(ans.warnings), (ans.answer, ans.warnings)
    voted = _hit(ARTICLE + " VOTED: that the Town amend the Zoning Bylaw as set out; carried 142 in favour, 61 "
                 "against.", authority="Town of Eastfield")
    ans = answer_extractive(question, [voted], _stats())
    assert not ans.abstained and "142 in favour" in ans.answer, ans.answer
    # (a question that does not ask how a vote went, or asks more besides, is not held to it; a date is no tally)
    assert unrecorded_vote("How did residents react to the vote?", ["How did residents react to the vote?"],
                           lambda: [ARTICLE], False) is None
    assert unrecorded_vote(question, [question], lambda: ["The 2024-25 budget is set out."], False) is not None
    assert unrecorded_vote(question, [question], lambda: ["Motion carried, 7 for and 2 against."], False) is None
    assert unrecorded_vote("What did Article 12 propose?", ["What did Article 12 propose?"], lambda: [ARTICLE], False) is None
    assert unrecorded_vote(question, [question], lambda: [ARTICLE], True) is None  # (a vote recorded at ingest)


def test_unrecorded_votes_real_a_warrant_article_is_not_its_vote() -> None:
    # Arlington (Mass.) 2021 annual town meeting warrant, article 43, as its site's JSON holds it
    article = _hit("ARTICLE 43 ZONING BYLAW/ADOPTION OF ACCESSORY DWELLING UNITS Type: zoning.\nTo see if the Town "
                   "will vote to amend the Zoning Bylaw to allow Accessory Dwelling Units (ADUs) on the property of "
                   "single family, two-family, and duplex dwellings; or take any action related thereto.\n(Inserted at "
                   "the request of Barbara Thornton and ten registered voters).\nBoard:\nRedevelopment Board;\n"
                   "Recommend:\nRedevelopment Board.", date=None, authority="Town of Arlington")
    ans = answer_extractive("How did Arlington Town Meeting vote on the 2021 accessory dwelling units bylaw (Article "
                            "43)?", [article], _stats())
    assert ans.abstained and "vote" in " ".join(ans.warnings), (ans.answer, ans.warnings)

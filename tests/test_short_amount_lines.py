"""A line of a few words that states an amount ("Balance of £11,160.40p.") is evidence, as a longer sentence is:
lines under four words were never read, so a parent council's minutes printed one word a line, whose treasurer's
report is a list of such lines, gave the bank balance asked for to no answer. Synthetic: made-up minutes; real:
Hyndland Primary Parent Council's minutes of 26 November 2025 (page 3, from outside ``../shared/corpus``), held here
as its words and rebuilt one word a line as pypdf gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag.answer.scoring import _STATED_AMOUNT

from .conftest import ask_texts


@pytest.mark.parametrize(("line", "amount"), [
    ("Balance of £11,160.40p.", True), ("Total Cost £4,500", True), ("Balance: £1,200", True),
    ("See Appendix 2.", False), ("£4,500", False), ("Item 7 deferred.", False),
])
def test_a_short_line_states_an_amount(line: str, amount: bool) -> None:
    assert bool(_STATED_AMOUNT.fullmatch(line)) is amount


def _one_word_a_line(text: str) -> str:
    return "\n \n".join(text.split())


SYNTH = _one_word_a_line(
    "Westfield Primary Parent Council Meeting 18.11.25 Attendees: Ann Lee (chair), Bob Kerr (treasurer) "
    "Agenda item: School Photos Presenter: Ann Discussion: ● Class photos will be taken in the spring. ● Parents "
    "preferred individual photos this year. Agenda item: Financial Report Presenter: Bob Discussion: ● Balance of "
    "£2,345.10p. ● Cheques from the quiz night have been deposited. ● Bob has the bank statements. ● The account "
    "will move to online banking. "
    "Agenda item: Playground Presenter: Everyone Discussion: ● A company will assess the playground next month.")

HYNDLAND_P3 = (
    '● The school will put in the newsletter next week to ask what parents would like a PVG. ● Expectation for '
    'volunteers is to attend swimming trips, school trips, supervise lunch time clubs with a small group of pupils '
    'etc. Recruitment Training ● Dorian has contacted GGC to see if they are running recruitment training for parent '
    'council members. Advised by Helen that the lead is leaving so there may be delays in responses. ● Despo advised '
    'that connect scot are a great resource and offer assistance to parent councils, and could maybe be utilised to '
    'help us get some answers. Conclusions: Parent council to come up with wording for the newsletter next week, '
    'stating what the expectation is and asking people to consider paying for their own PVG if they can or make a '
    'donation. Action items Person responsible Deadline Wording to be created for newsletters for PVGs Sam Enter '
    'deadline here Chase GGC if no response. If no response in 14 days Connect Scot to be contacted to see if they '
    'can help us find an answer regarding training. Dorian Dorian Enter deadline here Agenda item: Financial Report '
    'Presenter: Susan and Dorian Discussion: ● Balance of £11,160.40p. ● Cheques have been received and parent quiz '
    'night money has been deposited. ● Xmas books and Hoodies will need to come out soon. ● Susan has the bank '
    'statements and it was agreed all bank statements will be uploaded into the google drive folder. # ● The account '
    'is currently with Royal Bank of Scotland which requires a double signaturies. ● Bank of Scotland provide an '
    'account which would allow for online banking and you can complete double approvals online which will speed up '
    'transactions. ● Angus has provided us with links for the sound system which he recommends the cost is '
    'approximately £800. ● Discussed that it would be nice for the sound system to be in place before the xmas show, '
    'if possible. ● Jac advised that even with a sound system the issue will be the acoustics, as all of the hall is '
    'reflective. You would need to place a curtain or something similar around the walls. ● Discussions on whether '
    'crowdfunding would be suitable for the sound system and acoustics, but it was also noted that the playground is '
    'high on the agenda. Conclusions: ● Agreed to transfer bank accounts to Bank of Scotland. ● Sound System should '
    'be purchased and we can deal with the acoustics at a later date. ● Playground would most likely be the priority '
    'for crowdfunding. ● Agree to pay for P1-P7 books 3 '
)


def test_short_amount_line_synthetic(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"westfield-parent-council/minutes/2025-11-18 minutes.txt": SYNTH},
                    "What bank balance did the Westfield parent council report in November 2025?")
    assert not ans.abstained, ans.warnings
    assert "£2,345.10" in ans.answer, ans.answer


def test_short_amount_line_real_hyndland(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"hyndland-parent-council/minutes/2025-11-26 minutes.txt":
                               _one_word_a_line(HYNDLAND_P3)},
                    "What bank balance did Hyndland's parent council report in November 2025?")
    assert not ans.abstained, ans.warnings
    assert "£11,160.40" in ans.answer, ans.answer

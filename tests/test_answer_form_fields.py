"""A part asking who, answered by a form's field that names a person ("Proposer: Mike Baldock Seconder: Mark
Hood" on a budget amendment's form). A form is otherwise no answer (its labels are not statements), so the field
is taken only where the form is about what the part names. Synthetic: a form and another amendment's minute; real:
Kent's budget amendment forms and the council's minutes. A list of officers elected, one "Role: Name" field a
line, answers who holds the role asked ("Chair: Daniel O'Neill"), though it reads as a run of form fields; a
sentence that only uses the role's word ("The Chair had not yet ...") names no one."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

FORM = ("Budget Amendment Form Amendment Name: Expansion of Harbour Wardens Amendment Number: 6 Directorate: Growth "
        "Proposer: Ann Fairley Seconder: Tom Wexford Proposed Purpose: To expand the harbour wardens scheme. Proposed "
        "Amount: £550k from the prevention grant.")
MINUTE = "(7) Mr Brady proposed, and Ms Meade seconded the following amendment: to restore the library budget."


def test_form_fields_synthetic_the_forms_proposer_answers_who() -> None:
    hits = [_hit(FORM, 1, doc="6 - Amendment - Harbour Wardens"), _hit(MINUTE, 2, doc="council minutes")]
    ans = answer_extractive("Who proposed and seconded the amendment to expand the harbour wardens scheme, and how "
                            "much money was involved?", hits, _stats())
    assert not ans.abstained and "550k" in ans.answer, ans.answer
    assert "Ann Fairley" in ans.answer and "Tom Wexford" in ans.answer, ans.answer
    # a form about something else does not answer who
    other = _hit(FORM.replace("Harbour Wardens", "Library Hours").replace("harbour wardens", "library hours"), 1,
                 doc="6 - Amendment - Library Hours")
    ans = answer_extractive("Who proposed the amendment to expand the harbour wardens scheme, and how much money "
                            "was involved?", [other, _hit(MINUTE, 2, doc="council minutes")], _stats())
    assert "Ann Fairley" not in ans.answer, ans.answer


@needs_corpus
def test_form_fields_real_the_community_wardens_amendments_proposer(tmp_path: Path) -> None:
    folder = "kent-county-council/full_council/2025-02-13/"
    api.ingest([corpus(folder + f) for f in ("6 - Amendment - Greens and Independents - Community Wardens.pdf",
                                             "8 - Amendment - Greens and Independents - CTRS.pdf",
                                             "Printed minutes 13th-Feb-2025 09.30 County Council.pdf")],
               index=tmp_path / "index", authority="Kent County Council")  # (as the corpus manifest says)
    ans = api.ask("Who proposed and seconded the Greens and Independents' amendment to expand Kent's Community "
                  "Wardens scheme for the February 2025 budget meeting, and how much money was involved?",
                  index=tmp_path / "index")
    assert not ans.abstained and "550k" in ans.answer, ans.answer
    assert "Baldock" in ans.answer and "Hood" in ans.answer, ans.answer


#: the officers a body's annual meeting elected, one field a line, after its officers' reports (a made-up body)
ELECTED = ("2. OFFICERS' REPORTS\na) Chair: Morag Reid\nThe Chair reported that six public meetings had been held. "
           "The Chair had not yet met the new MSP, and the Chair thanked members for their work over the year.\n"
           "b) Treasurer: Ian Bell\nThe balance in the account was \u00a3812.40.\n3. ELECTION OF OFFICERS\nAll were "
           "elected nem. con.\nChair: Fiona Shaw: nom Ian Bell and sec Morag Reid\nVice Chair: Ali Khan: Ian Bell and "
           "Morag Reid\nTreasurer: Ian Bell: Fiona Shaw and Ali Khan\nSecretary: Ali Khan: Ian Bell and Fiona Shaw")


def test_form_fields_synthetic_the_officers_elected_answer_who_holds_a_role() -> None:
    ans = answer_extractive("Who were elected chair and treasurer of Kelvinside Community Council at its 2024 annual "
                            "general meeting?", [_hit(ELECTED, 1, authority="Kelvinside Community Council")], _stats())
    assert "Chair: Fiona Shaw" in ans.answer and "Treasurer: Ian Bell" in ans.answer, ans.answer
    assert "had not yet met" not in ans.answer and "six public meetings" not in ans.answer, ans.answer


def test_form_fields_real_the_officers_elected_answer_who_holds_a_role() -> None:
    # Govan Community Council, minutes of its annual general meeting of 7 October 2024 (outside ../shared/corpus,
    # in ext17), items 2 and 3 as the index chunks them
    govan = "Govan Community Council"
    reports = _hit("2. OFFICERS REPORTS\na) Chair: Daniel O'Neill\nDanny reported that two public meetings had been "
                   "held, advertised by the Royal Mail distribution of the Govan Letter to all residents, in November "
                   "and March.\nb) Secretary: Esme Clark\nEsme expressed the Community Council's thanks to the late "
                   "MP Chris Stephens and noted that contact had yet to be made to our new MP. She also thanked members "
                   "of the Community Council who had been particularly active -- such as Annie Morgan on Elder Park and "
                   "the Library, Gordon Mackay on banking facilities, Hannah on housing and homelessness, Andre Videla "
                   "for restoring the website and Reinhild as Treasurer.", 1, date="2024-10-07", authority=govan)
    election = _hit("3. ELECTION OF OFFICERS FOR THE COMING YEAR\nAll were elected nem. con.\nChair: Daniel O'Neill: "
                    "nom Esme Clark and sec Reinhild Gorniak\nVice Chair: Hannah Salome: Esme Clark and Reinhild "
                    "Gorniak\nSecretary: Esme Clark: John Foster and Robert Preston\nTreasurer: Reinhild Gorniak: Annie "
                    "Morgan and Esme Clark\nMinute Secretary: John Foster: Esme Clark and Annie Morgan#", 2,
                    date="2024-10-07", authority=govan)
    ans = answer_extractive("Who were elected chair and treasurer of Govan Community Council at its 2024 annual general "
                            "meeting?", [reports, election], _stats())
    assert "Treasurer: Reinhild Gorniak" in ans.answer, ans.answer
    assert "public meetings" not in ans.answer and "Chris Stephens" not in ans.answer, ans.answer


def test_form_fields_synthetic_a_president_and_secretary_are_roles_asked() -> None:
    elections = _hit("7. Elections Motion made to approve the slate of officers as proposed by the nominating "
                     "committee. Second (Ann). No discussion. Vote unanimous. 2021 Officers \u2022 President Maria "
                     "Lopez \u2022 Vice President Tom Reyes \u2022 Secretary Jane Hill \u2022 Treasurer Sam Ortiz",
                     authority="Eastfield Senior Council")
    other = _hit("8. Holiday luncheon: members thanked the president for the luncheon and the secretary for the "
                 "invitations; the president's thanks go to the caterer.", 2, authority="Eastfield Senior Council")
    ans = answer_extractive("Who was elected president of the Eastfield Senior Council for 2021?", [elections, other],
                            _stats())
    assert "President Maria Lopez" in ans.answer, ans.answer


def test_form_fields_real_a_president_and_secretary_are_roles_asked() -> None:
    # Louisa County Commission on Aging, minutes of 7 January 2020, item 7 (outside ../shared/corpus, in ext20), and
    # the minutes' opening
    coa = "Louisa County Commission on Aging"
    opening = _hit("Louisa County Commission on Aging Minutes January 7, 2020\n1. Call to order (Jonathan Tustin) "
                   "(10:05 am)", 1, date="2020-01-07", authority=coa)
    elections = _hit("7. Elections Motion made to approve slate of officers as proposed nominating committee (Alex). "
                     "Second (Bob). No discussion. Vote unanimous. 2020 Officers \u2022 President Jonathan Tustin "
                     "\u2022 Vice President Barbara Hollins \u2022 Secretary Bob Kuhnle \u2022 Treasurer Lillian "
                     "Morris", 2, date="2020-01-07", authority=coa)
    ans = answer_extractive("Who was elected president of the Louisa Commission on Aging for 2020, and at which "
                            "meeting?", [opening, elections], _stats())
    assert "President Jonathan Tustin" in ans.answer, ans.answer

"""A sentence whose words in common with the question only name whose meeting it is and when (a minutes' title
block, set as a title: "EAST PALO ALTO PLANNING COMMISSION REGULAR MEETING MINUTES January 27, 2020, 7:00 p.m.") places the
evidence; it answers nothing, so it is not quoted beside the sentences that do. It stays a candidate when it holds
what was asked (the time a meeting began, a date, a figure, a named person, the place asked where it was held), and when the question names two
authorities (one of them may be answered by a sentence sharing only its name)."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.places import asks_where, states_place
from minutes_rag.answer.scoring import score_sentences

from .conftest import ask_texts, needs_corpus
from .test_answer_parts import _hit, _stats

TITLE = "NORTHSHIRE COUNCIL CABINET REGULAR MEETING MINUTES March 3, 2025, 7:00 p.m. Council Chamber, Northshire."
BODY = ("Jenna Trevail, Harbour Master, made a presentation on mooring fees and answered questions from Cabinet. "
        "Cabinet received the mooring fees report and was told that a revised tariff will come to the next meeting. "
        "Cabinet reviewed the visitor pontoon repairs for the Northshire harbour in March 2025.")


def _placing(question: str, hits: list) -> dict[str, bool]:
    ranked, _ = score_sentences(question, hits, _stats())
    return {c.text[:20]: c.placing for c in ranked}


def test_title_blocks_synthetic_flagged_only_when_they_hold_nothing_asked() -> None:
    hits = [_hit(TITLE, 1, doc="m"), _hit(BODY, 2, doc="m")]
    asked = "Who gave Northshire Council's Cabinet a presentation on mooring fees in March 2025?"
    assert _placing(asked, hits)["NORTHSHIRE COUNCIL C"] is True
    assert _placing(asked, hits)["Jenna Trevail, Harbo"] is False
    # the time a meeting began is in its title block
    assert _placing("At what time did Northshire Council's Cabinet meeting in March 2025 begin?", hits)[
        "NORTHSHIRE COUNCIL C"] is False
    # running text that shares only the council's name and a month is no title block (it may stand beside the
    # table row that answers: a parish's "It was agreed that ... will remain as Chairman of ... until May 2021")
    kept = _hit("It was agreed that Jenna Trevail will remain as Chair of Northshire Council until March 2026.", 3,
                doc="m")
    assert _placing(asked, [*hits, kept])["It was agreed that J"] is False
    # a question naming two authorities
    other = _hit("Southdale Borough Council: nine staff were taken on.", 3, doc="s", authority="Southdale Borough Council")
    assert _placing("What did Northshire Council's Cabinet and Southdale Borough Council decide in March 2025?",
                    [*hits, other])["Southdale Borough Co"] is False


def test_title_blocks_synthetic_not_quoted_beside_the_answer() -> None:
    hits = [_hit(TITLE, 1, doc="m"), _hit(BODY, 2, doc="m")]
    ans = answer_extractive("Who gave Northshire Council's Cabinet a presentation on mooring fees in March 2025, and "
                            "what was promised as a next step?", hits, _stats())
    assert "Jenna Trevail" in ans.answer and "revised tariff" in ans.answer, ans.answer
    assert "REGULAR MEETING MINUTES" not in ans.answer and len(ans.citations) == 1, ans.answer


def test_title_blocks_synthetic_the_place_a_question_asks_for() -> None:
    assert asks_where("Where did the Cabinet hold its March 2025 meeting?")
    assert asks_where("At what venue did the Cabinet meet?") and not asks_where("Whereas the Cabinet met, who chaired?")
    assert states_place("MINUTES OF THE ANNUAL MEETING HELD IN THE VILLAGE HALL ON 20th MAY 2025")
    assert states_place("Location: Harbour Office, Quay Street") and not states_place("The meeting was held on 3 March.")
    assert not states_place("MINUTES OF THE MEETING HELD IN MARCH 2025") and not states_place("Members met in Closed Session.")
    titled = _hit("NORTHSHIRE COUNCIL CABINET MEETING MINUTES March 3, 2025 Location: Harbour Office, Quay Street\n"
                  "Present: Councillors Penhallow and Trevail", 1, doc="m")
    hits = [titled, _hit(BODY, 2, doc="m")]
    asked = "Where did Northshire Council's Cabinet hold its March 2025 meeting?"
    assert _placing(asked, hits)["NORTHSHIRE COUNCIL C"] is False
    assert _placing("Who chaired Northshire Council's Cabinet in March 2025?", hits)["NORTHSHIRE COUNCIL C"] is True
    assert "Harbour Office" in answer_extractive(asked, hits, _stats()).answer


def test_title_blocks_real_the_place_a_question_asks_for() -> None:
    # Louisa County Commission on Aging, minutes of 3 April 2019, p1 (outside ../shared/corpus, in ext20): its
    # title block names where it met
    # (and the next minutes, of 1 May 2019, p2, whose action list mentions the April minutes)
    block = ("Louisa County Commission on Aging Minutes April 3, 2019 Location: English Meadows of Louisa Assisted "
             "Living\nPresent:\nSarah Winston (former member), Lillian Morris, Barbara Hollins, Jon Tustin, Kathy "
             "Swarthout, Ginger Dillard, Bob Kuhnle, Alex MacCormack Meeting Chair:\nJon Tustin, Chair Minutes:")
    actions = ("Action Items: \u2022 Ginger to draft a strategic Impact Map \u2022 Jon to contact Lloyd Runnett re: "
               "Caring Connections \u2022 Kathy to register COA for Street Festival \u2022 Ginger to send Alexandra "
               "McKinley, Louisa County, approved minutes for April 2019 Mtg Adjourned")
    coa = "Louisa County Commission on Aging"
    hits = [_hit(block, 1, date="2019-04-03", authority=coa), _hit(actions, 2, date="2019-05-01", authority=coa)]
    ans = answer_extractive("Where did the Louisa County Commission on Aging hold its April 2019 meeting?", hits, _stats())
    assert "English Meadows" in ans.answer, ans.answer


@needs_corpus
def test_title_blocks_real_east_palo_alto_planning_commission(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Who briefed the East Palo Alto Planning Commission on commissioner stipends in January 2020, and "
                  "what was promised as a next step?", index=index)
    # eastpaloalto_ca_minutes_2020-01-27.pdf p2: "Patrick Heisinger, Assistant City Manager, made a presentation ..."
    assert "Patrick Heisinger" in ans.answer and "follow-up" in ans.answer, ans.answer
    assert "REGULAR MEETING MINUTES" not in ans.answer, ans.answer  # (the page-1 title block)
    assert all(c.pages != [1] for c in ans.citations), ans.citations


DOCS = {
    "parent-council/minutes/2021-10-20 minutes.txt": (
        "Parent Council\nMinutes of the meeting held on 20 October 2021\n1. Financial report\nThe account balance "
        "stands at £5363.52. There has been no income and no outgoings.\n2. Fundraising\nThe quiz night raised money "
        "for the library."),
    "parent-council/minutes/2022-01-26 minutes.txt": (
        "Parent Council\nMinutes of the meeting held on 26 January 2022\n1. Head teacher's report\nThe P7s organised a "
        "dress-down day to raise money for the garden.\n2. Financial report\nThe account balance stands at £8012.54 "
        "after the charity fund award.\n3. Fundraising\nThe ceilidh is planned for February."),
    "parent-council/minutes/2021-06-09 minutes.txt": (
        "Parent Council\nMinutes of the meeting held on 9 June 2021\n1. Financial report\nThe account balance is at "
        "£3630.76 with the cost of printing recipe books to come from that.\n"),
}


def test_title_synthetic_a_minutes_title_in_running_words_is_not_quoted(tmp_path: Path) -> None:
    """A minutes' title in running words ("Parent Council Minutes of the meeting held on 26 January 2022") is a
    title block too: it was quoted as a second citation beside the answer."""
    ans = ask_texts(tmp_path, DOCS, "What was the parent council's account balance in January 2022?")
    assert "£8012.54" in ans.answer, ans.answer
    assert "held on 26 January 2022" not in ans.answer and len(ans.citations) == 1, ans.answer


@needs_corpus
def test_title_real_kents_minutes_title_is_not_a_citation(session_index: tuple[Path, object]) -> None:
    # Kent's printed minutes of 9 January 2025 (and the copy in the 13 February pack) open "Minutes of the Meeting
    # held on 9th January 2025 (Item 3)"; the amendment's vote is on pages 6-7
    index, _ = session_index
    ans = api.ask("At Kent's extraordinary council meeting on 9 January 2025, what happened to the Labour amendment "
                  "urging the council to argue against postponing the May 2025 county elections?", index=index)
    assert "Against (43)" in ans.answer, ans.answer
    assert not any(c.quote.startswith("Minutes of the Meeting held on") for c in ans.citations), ans.answer


def test_title_synthetic_a_sentence_about_minutes_is_no_title() -> None:
    from minutes_rag.answer.heads import titled

    assert titled("Parent Council Minutes of the meeting held on 26 January 2022")
    assert titled("Minutes of the Meeting held on 9th January 2025 (Item 3)")
    assert not titled("The minutes of the meeting held on 3 March were approved.")
    assert not titled("The Clerk took notes of the meeting as the recorder failed.")
    assert not titled("The Planning Committee resolved that the minutes of each meeting are to be published online "
                      "within 14 days.")

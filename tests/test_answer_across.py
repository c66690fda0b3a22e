"""A question that asks two or more authorities each something of its own ("Nipissing's new backhoe, and London's
rescue vehicle") gets, for each, the sentence that holds what is asked of that one: not the body's sentence that
shares the most words with the whole question, which may be the other body's subject ("fire", "rescue"). When each
body's subject is found in its own evidence, the question stands, however the rest of it is worded."""

from __future__ import annotations

from pathlib import Path

from minutes_rag.answer.across import own_words
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.firms import FIRM_Q

from .conftest import needs_corpus
from .test_answer_parts import _ask_real, _hit, _stats

NORTH = ("Item 5. Fire and rescue liaison. The council noted the Fire and Rescue Service's annual report on rural "
         "call-outs by the Fire Department. Item 6. Winter plant. Council reviewed the tender results for a new "
         "gritter. R2025-12 A. Lee, B. Ross: That we accept the tender from Northway Plant Ltd. for the supply of a "
         "gritter, total price $88,000. Carried.")
SOUTH = ("The committee authorised the Fire Department to negotiate the single source purchase of one technical "
         "rescue van with Harbour Specialty Vehicles Inc. for delivery in 2026.")
QUESTION = ("Which suppliers were picked: Northshire's new gritter, and the Southfield Fire Department's technical "
            "rescue van?")


def test_across_synthetic_each_clause_belongs_to_the_body_it_names() -> None:
    bodies = ["Northshire Council", "Southfield City Council"]
    assert "gritter" in own_words(QUESTION, bodies[0], bodies[1:])
    assert not own_words(QUESTION, bodies[0], bodies[1:]) & {"fire", "rescu", "technic"}
    assert {"fire", "rescu", "van"} <= own_words(QUESTION, bodies[1], bodies[:1])
    # "what did A decide about X and what did B decide about Y", "X in A, and Y in B"
    assert "levi" in own_words("What did Kent decide about the levy and what did Bristol decide about parking?",
                               "Kent County Council", ["Bristol City Council"])
    assert own_words("What was the precept in Kent, and the parking charge in Bristol?", "Bristol City Council",
                     ["Kent County Council"]) >= {"park", "charg"}
    assert FIRM_Q.search("Which suppliers were picked") and FIRM_Q.search("Which audit firms are named")


def test_across_synthetic_each_body_answers_what_is_asked_of_it() -> None:
    hits = [_hit(SOUTH, 1, authority="Southfield City Council", doc="south"),
            _hit(NORTH, 2, authority="Northshire Council", doc="north")]
    ans = answer_extractive(QUESTION, hits, _stats())
    assert not ans.abstained, ans.answer
    assert "Harbour Specialty Vehicles" in ans.answer and "Northway Plant Ltd" in ans.answer, ans.answer
    assert "annual report on rural" not in ans.answer, ans.answer


@needs_corpus
def test_across_real_nipissing_backhoe_and_london_rescue_vehicle(tmp_path: Path) -> None:
    # Nipissing's minutes of February 18, 2025, p2: "R2025-037 ... we accept the Tender submitted for NIP-PW-2025-01
    # from Brandt Tractor Ltd. for the supply of a Backhoe"; London's Community and Protective Services Committee of
    # the same day: negotiations with "City View Specialty Vehicles Inc." for one Technical Rescue vehicle. Nipissing's
    # best sentence by the whole question's words was a fire-and-rescue resolution, and the answer was refused
    ans = _ask_real(tmp_path, ["nipissing-township/minutes/Minutes-February-18-2025.pdf",
                               "london-ontario/md/2025-02-18 4th Meeting of the Community and Protective Services "
                               "Committee.md"],
                    "Which companies were chosen for Nipissing Township's new backhoe and for the London (Ontario) "
                    "Fire Department's technical rescue vehicle?")
    assert not ans.abstained, ans.answer
    assert "Brandt Tractor" in ans.answer and "City View Specialty Vehicles" in ans.answer, ans.answer

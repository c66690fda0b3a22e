"""Asked which option a meeting took ("Which option did the board choose ...?", "what option did the committee
approve ...?"), the sentence that names one by its label ("it has been proposed that Option 2 is the best way
forward", "to implement Option 2b") is the answer. The list saying what each option was shares more of the
question's words and was quoted instead; the labelled sentence added no new question word and was left out. It now
gains on its score and counts as new until a quote names an option. Synthetic: made-up minutes; real: Suffolk
Libraries' board minutes of January 2015, from outside ``../shared/corpus``, held as text, and Bristol's transport
committee minutes of May 2025 from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.answer.options import OPTION_Q, OPTION_S, option_bonus, option_cue

from .conftest import ask_texts, needs_corpus
from .suffolk_minutes import JANUARY_2015


@pytest.mark.parametrize(("question", "asks"), [
    ("Which option did the board choose for the future of the service?", True),
    ("What option did the transport committee approve in May 2025?", True),
    ("Which of the options did the council prefer?", True),
    ("What alternative to joining the programme did the group propose?", True),
    ("What options were considered for the library?", False),  # (the list of them is the answer)
    ("What alternative sites were considered for the depot?", False),
    ("What was the preferred option for the depot?", True),
    ("What did the committee decide about the library?", False),
])
def test_option_asked(question: str, asks: bool) -> None:
    assert bool(OPTION_Q.search(question)) is asks
    assert (option_cue(question) is not None) is asks


@pytest.mark.parametrize(("text", "names"), [
    ("It has been proposed that Option 2 is the best way forward.", True),
    ("to implement Option 2b to take all steps required", True),
    ("all three Committees agreed their preference for option B, allowing call-in powers.", True),
    ("The committee agreed option d).", True),
    ("Scenario 3 was modelled.", True),
    ("The option a review would bring was discussed.", False),  # (an article, not a label)
    ("The options available for managing the end of the contract.", False),
    ("An option to extend the lease was noted.", False),
])
def test_option_named_by_its_label(text: str, names: bool) -> None:
    assert bool(OPTION_S.search(text)) is names
    assert (option_bonus("Which option did they choose?", text) > 0) is names
    assert option_bonus("What did they choose?", text) == 0.0  # (only asked which option)


HARBOUR = """MINUTES of a meeting of the Harbour Board held on 12 March 2025.

4. Future of the Gull Point Ferry Service
The Harbour Master introduced the review of the Gull Point ferry service, which carries foot passengers between the
quay and the island and has run at a loss for three years. The review set out three options for the future of the
ferry service: keeping the ferry service as it runs now with a larger subsidy; running the ferry service in summer
only; or handing the ferry service to a community operator.
Members discussed the cost of each option and the views of island residents.
Having weighed the costs, Members supported Option 2 and asked for a timetable by May.

5. Harbour Dues
The Board noted the harbour dues for 2025/26.
"""


def test_option_synthetic_labelled_choice(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"harbour-board/minutes/2025-03-12 minutes.md": HARBOUR},
                    "Which option did the Harbour Board choose for the future of the Gull Point ferry service?")
    assert not ans.abstained, ans.answer
    assert "Option 2" in ans.answer, ans.answer


def test_option_real_suffolk_schools_library_service(tmp_path: Path) -> None:
    ans = ask_texts(tmp_path, {"suffolk-libraries/board-minutes/2015-01-22 open board minutes.md": JANUARY_2015},
                    "Which option did Suffolk Libraries' board choose for the future of the loss-making Schools "
                    "Library Service in January 2015?")
    assert not ans.abstained, ans.answer
    assert "Option 2" in ans.answer, ans.answer


@needs_corpus
def test_option_real_bristol_metrobus_ipoints(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("What option did Bristol's transport committee approve in May 2025 for managing the metrobus "
                  "iPoints after the existing supplier contract?", index=index, authority="Bristol City Council")
    assert not ans.abstained, ans.answer
    assert "Option 2b" in ans.answer, ans.answer

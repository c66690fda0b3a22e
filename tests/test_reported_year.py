"""A year that names the period a statement or report covers ("the 2024 statements of remuneration", "its 2024
Audited Financial Statements") is not the time the question is about: such a statement is drawn up, sent and debated
in the year after, and evidence of that year ("a communication dated February 28, 2025") is not set aside as
speaking of another year."""

from __future__ import annotations

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.types import Hit

from .conftest import corpus, needs_corpus

QUESTION = ("Which councillor sent a communication to the committee about the 2024 statements of remuneration and "
            "expenses for elected officials, and what date was it?")


def _hit(text: str, date: str = "2025-03-03") -> Hit:
    return Hit(rank=1, score=1.0, chunk_id="d1:00001", doc_id="d1", source="committee.md", pages=[],
               authority="City of Riverton", committee="Corporate Services Committee", meeting_date=date,
               item_number="2.1", item_title="2024 Statement of Remuneration", kind="minutes", text=text)


def test_reported_year_synthetic_the_years_a_question_allows() -> None:
    from minutes_rag.text import asked_years

    assert asked_years("the 2024 statements of remuneration") == {"2024", "2025"}
    assert asked_years("Nipissing's 2024 Audited Financial Statements") == {"2024", "2025"}
    assert asked_years("its 2023 annual report") == {"2023", "2024"}
    assert asked_years("What did the council spend in 2024?") == {"2024"}  # (a time asked about, not a report's)
    assert asked_years("In 2024 accounts were closed") == {"2024"}
    assert asked_years("under the Municipal Act, 2001, in 2024") == {"2024"}  # (a law's year is no event year)


def test_reported_year_synthetic_a_next_year_communication_answers() -> None:
    hit = _hit("2024 Statement of Remuneration and Expenses for Elected Officials\n\nThat the 2024 Statements of "
               "Remuneration and Expenses for Elected Officials BE RECEIVED for information.\n\nThe committee "
               "received a communication dated February 28, 2025 from Councillor A. Morrow with respect to this "
               "matter.")
    ans = answer_extractive(QUESTION, [hit])
    assert not ans.abstained and "Morrow" in ans.answer and "February 28, 2025" in ans.answer, ans.answer


@needs_corpus
def test_reported_year_real_london_remuneration_statements() -> None:
    # (London's Infrastructure and Corporate Services Committee, 3 March 2025, item 2.1: the communication about the
    # 2024 statements is dated February 28, 2025)
    text = corpus("london-ontario/md/2025-03-03 5th Meeting of the Infrastructure and Corporate Services "
                  "Committee.md").read_text(encoding="utf-8")
    start = text.index("2024 Statement of Remuneration")
    end = text.index("\n#", text.index("received a communication dated February 28, 2025"))
    ans = answer_extractive(QUESTION.replace("the committee", "London's Infrastructure and Corporate Services "
                                             "Committee"), [_hit(text[start:end])])
    assert not ans.abstained and "Stevenson" in ans.answer and "February 28, 2025" in ans.answer, ans.answer

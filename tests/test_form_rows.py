"""A scheme of delegation's row ("Function: The making of a Direction under Article 4 of the Town and Country
Planning (General Permitted Development) Order 1995 as amended Post holder authorised to carry out function:
Director: Economy of Place") answers a question part asking which post does it. Two things kept it out: the year
in the law's title made it evidence of another year than the one asked (1995, asked of a scheme published in
2026), and the form's field naming the post was not read as the answer to "which post". A year in a law's title
is when the law was made; a post holder's field answers "which post" or "which role" as a proposer's field
answers "who"."""

from __future__ import annotations

from pathlib import Path

from minutes_rag import api

from .conftest import needs_corpus

SCHEME = """Harbourside City Council
Environment Directorate Scheme of Delegation

A. Function: Street Trading Licences
Post holder authorised to carry out function: Licensing Manager
B. Function: Concessionary Ferry Passes
i. To determine applications for passes giving free travel on the harbour ferry
Post holder authorised to carry out function: Customer Services Manager
C. Function: The making of a Direction under Article 4 of the Town and Country Planning (General Permitted
Development) Order 1995 as amended
Post holder authorised to carry out function: Director of Place
D. Function: Tree Preservation Orders under the Town and Country Planning Act 1990
Post holder authorised to carry out function: Tree Officer
"""


def test_form_rows_synthetic_a_laws_year_is_not_when_anything_happened() -> None:
    from minutes_rag.text import event_years

    assert event_years("The making of a Direction under Article 4 of the ... Order 1995 as amended") == set()
    assert event_years("under the Municipal Act, 2001, on 3 March 2024") == {"2024"}
    assert event_years("the 1995 review of the Local Plan") == {"1995"}  # (a year of its own stays)


def test_form_rows_synthetic_a_post_holders_field_answers_which_post(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "scheme of delegation.txt").write_text("\n\n".join(SCHEME.splitlines()), encoding="utf-8")
    for n, topic in enumerate(("the ferry timetable", "harbour dues", "the fish market", "berth charges")):
        (folder / f"2026-0{n + 1}-10 committee minutes.txt").write_text(
            f"Harbourside City Council\n\nMinutes of the Environment Committee, 2026-0{n + 1}-10\n\n"
            f"The committee discussed {topic} and the Director of Place reported on it.\n", encoding="utf-8")
    api.ingest([folder], index=tmp_path / "index")
    ans = api.ask("Under Harbourside's environment scheme of delegation of June 2026, which post decides applications "
                  "for concessionary ferry passes, and which post may make an Article 4 direction?",
                  index=tmp_path / "index")
    assert not ans.abstained and "Customer Services Manager" in ans.answer, ans.answer
    assert "Article 4" in ans.answer and "Director of Place" in ans.answer, ans.answer


@needs_corpus
def test_form_rows_real_the_post_that_makes_article_4_directions(session_index: tuple[Path, object]) -> None:
    index, _ = session_index
    ans = api.ask("Under Bristol's Growth and Regeneration scheme of delegation of June 2026, which post decides on "
                  "community infrastructure levy matters, and which post may make an Article 4 direction?", index=index)
    assert not ans.abstained, ans.answer
    # src-bcc-0031, p6: "GG. Function: The making of a Direction under Article 4 ... Order 1995 as amended Post holder
    # authorised to carry out function: Director: Economy of Place"
    assert "Direction under Article 4" in ans.answer and "Director: Economy of Place" in ans.answer, ans.answer

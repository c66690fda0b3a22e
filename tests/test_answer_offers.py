"""A sentence announcing offers received ("Two bids were received for construction of the park.") is quoted with
each offer and its sum after it ("Olsen & Olsen's bid was $451,280.56. UP Concrete's bid was $582,821.00.", or a
line each: "Malcolm Sweetman £800-£1000 / David Strivens £1600"): the question "what were the two bids?" asks
for them, and the announcement alone answers nothing."""

from __future__ import annotations

from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.window import with_neighbours
from minutes_rag.parse.load import load_file
from minutes_rag.text import sentences

from .conftest import corpus, needs_corpus
from .test_answer_parts import _hit, _stats

BIDS = ("Supervisors Report: Two bids were received for construction of the park. Each bid was in excess of the "
        "grant funds. Olsen & Olsen's bid was $451,280.56. UP Concrete's bid was $582,821.00. Options were "
        "discussed, including reducing the size of the project. The Hall roof will be inspected in May.")


def test_offers_synthetic_each_bid_with_its_sum() -> None:
    sents = sentences(BIDS)
    quoted = [s for _, s in with_neighbours(BIDS, [sents[0]])]
    assert "Olsen & Olsen's bid was $451,280.56." in quoted and "UP Concrete's bid was $582,821.00." in quoted
    assert not any("roof" in s for s in quoted)
    ans = answer_extractive("What were the two bids the township received for building the park?", [_hit(BIDS)],
                            _stats())
    assert "$451,280.56" in ans.answer and "$582,821.00" in ans.answer, ans.answer


@needs_corpus
def test_offers_real_souldern_wall_quotes() -> None:
    # Souldern's minutes of 26 March 2026: "Churchyard wall - Part of the wall has fallen down and 2 quotes have
    # been received." then a line each: "Malcolm Sweetman £800-£1000", "David Strivens £1600"
    loaded = load_file(corpus("souldern-parish-council/minutes/2026-03-26 SPC minutes.pdf")).document
    assert loaded is not None
    page = next(p.text for p in loaded.pages if "2 quotes have been received" in p.text)
    sents = sentences(page)
    at = next(x for x in sents if "2 quotes have been received" in x[1])
    quoted = [s for _, s in with_neighbours(page, [at])]
    assert "Malcolm Sweetman £800-£1000" in quoted and "David Strivens £1600" in quoted, quoted


SIDEWALK = ("Township Hall Sidewalk - Sidewalk from one parking lot to the other in front of the Hall (allowing access "
            "to the side and front door). Also place a cover to show where the septic system is. Projects are needed "
            "for safety reasons. Approximately $1,915. David moved to use Covid funds.")


def test_sums_synthetic_an_items_sum_a_few_short_lines_on() -> None:
    sents = sentences(SIDEWALK)
    quoted = [s for _, s in with_neighbours(SIDEWALK, [sents[0]], wants_figure=True)]
    assert "Approximately $1,915." in quoted and "David moved to use Covid funds." not in quoted, quoted
    assert "Approximately $1,915." not in [s for _, s in with_neighbours(SIDEWALK, [sents[0]])]  # (none asked)


@needs_corpus
def test_sums_real_kent_amendment_amount() -> None:
    # Kent's printed minutes of 13 February 2025, a budget amendment: "It is proposed provide additional funds to
    # Districts ..." / "Proposed Amount:" / "“£1m”"
    loaded = load_file(corpus("kent-county-council/full_council/2025-02-13/Printed minutes 13th-Feb-2025 09.30 "
                              "County Council.pdf")).document
    assert loaded is not None
    text = "\n".join(p.text for p in loaded.pages)  # (the amount is printed over the page)
    at = next(x for x in sentences(text) if x[1].startswith("It is proposed provide additional funds to Districts"))
    quoted = [s for _, s in with_neighbours(text, [at], wants_figure=True)]
    assert "“£1m”" in quoted, quoted


GRANT = ("Grant Funding for repairs to the Village Hall wall and The Village Pound – Three quotations received, a grant "
         "application submitted for this project and The Village Pound. Notification received that both applications "
         "were successful. The council has to fund 50% of the projects therefore the Hall Wall gets funding of £6,400 "
         "and The Pound £1,125. Litter bins – more bins have been ordered by the county council for the villages.")


def test_sums_synthetic_a_longer_sentence_on_the_quotes_subject_two_lines_on() -> None:
    """The sum asked is two sentences on, in a sentence longer than a bare sum's that names what the quote does
    ("The Pound", "Hall"): it is read on to; one that names nothing of the quote's is not."""
    sents = sentences(GRANT)
    quoted = [s for _, s in with_neighbours(GRANT, [sents[0]], wants_figure=True)]
    assert any("The Pound £1,125" in s for s in quoted) and not any("Litter" in s for s in quoted), quoted
    other = GRANT.replace("The council has to fund 50% of the projects therefore the Hall Wall gets funding of £6,400 and "
                          "The Pound £1,125", "The clerk reported that the insurance renewal for the year came to £6,400")
    assert not any("£6,400" in s for _, s in with_neighbours(other, [sentences(other)[0]], wants_figure=True))


@needs_corpus
def test_sums_real_kent_clinic_patients_seen() -> None:
    # Kent's questions put and answers given, March 2025: "The Over 75s Same Day Access Clinic, launched in January
    # 2024 at New Hayesbank Surgery ..." / "This solution addresses ..." / "From January to September 2024, the clinic
    # saw 1,601 patients, with overwhelmingly positive feedback."
    loaded = load_file(corpus("kent-county-council/full_council/2025-03-13/Questions put and answers given - March "
                              "2025.pdf")).document
    assert loaded is not None
    text = "\n".join(p.text for p in loaded.pages)
    at = next(x for x in sentences(text) if x[1].startswith("The Over 75s Same Day Access Clinic, launched"))
    quoted = [s for _, s in with_neighbours(text, [at], wants_figure=True)]
    assert any("the clinic saw 1,601 patients" in s for s in quoted), quoted


def test_sums_synthetic_no_read_on_for_a_councils_everyday_words() -> None:
    # a council's, its officers' and a month's words are in every item: no shared subject
    text = ("The drains in Mill Lane were reported to the County Council by Cllr Smith. The Clerk will chase. "
            "Cllr Jones reported the council has paid £500 for the new bus shelter at the green.")
    quoted = [s for _, s in with_neighbours(text, [sentences(text)[0]], wants_figure=True)]
    assert not any("£500" in s for s in quoted), quoted

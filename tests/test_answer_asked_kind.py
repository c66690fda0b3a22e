"""One thing asked is answered from the lead meeting's evidence; but asked when, if none of its quotes states a date
and another meeting's quote does, that one is kept too, as a sum asked for already was: an officer's visit at one
meeting, the completion date he gave at the next. (Asked who, the same rule added another meeting's titled name where
the lead's untitled one, "Robert Fraser", or a firm answered: left out.)"""

from __future__ import annotations

from minutes_rag.answer.extractive import answer_extractive

from .test_answer_parts import _hit, _stats

COUNCIL = "Northshire Community Council"


def test_asked_kind_synthetic_the_date_asked_from_the_next_meeting() -> None:
    visit = ("Cllr Penhallow met the contractor for the harbour wall repair and visited the site to consider the "
             "repair of the harbour wall. The harbour wall repair will be funded by the county.")
    dated = "The contractor attended re the harbour wall repair. Completion is anticipated on 3rd March 2026."
    hits = [_hit(visit, 1, date="2025-05-23", doc="may", authority=COUNCIL),
            _hit(dated, 2, date="2025-06-27", doc="june", authority=COUNCIL)]
    ans = answer_extractive("When was the contractor expected to complete the harbour wall repair?", hits, _stats())
    assert "3rd March 2026" in ans.answer, ans.answer
    # asked how it is paid for, the lead meeting answers alone
    ans = answer_extractive("How will the harbour wall repair be funded?", hits, _stats())
    assert "3rd March 2026" not in ans.answer, ans.answer


# Tintern Community Council, minutes of 8 January 2018 p4 and 26 February 2018 p3 (outside ../shared/corpus, in
# ext21), as pypdf reads them
JANUARY = ("Cllr Richards reported that she had read through the Draft Local Development Plan and there are two areas "
           "they are having to make amendments to – housing policies and affordable housing as some of their current "
           "policies are not effective. They will also be revising their affordable housing policy. Cllrs Shewell & "
           "Hayward met with David James from MHA and representatives from MCC Planning Dept and visited numerous "
           "sites within the community area to consider their suitability for affordable housing.")
FEBRUARY = ("David James, MHA attended re the affordable housing site. Completion date anticipated 18th February 2019. "
            "MHA need a name for the site and asked Councillors for their ideas.")


def test_asked_kind_real_tintern_completion_date_at_the_next_meeting() -> None:
    tcc = "Tintern Community Council"
    hits = [_hit(JANUARY, 1, date="2018-01-08", doc="jan", authority=tcc),
            _hit(FEBRUARY, 2, date="2018-02-26", doc="feb", authority=tcc)]
    ans = answer_extractive("When did Monmouthshire Housing Association expect to complete the affordable housing site "
                            "in Tintern, according to its officer's report to the community council in early 2018?",
                            hits, _stats())
    assert "18th February 2019" in ans.answer, ans.answer


def test_asked_kind_synthetic_when_only_sets_the_scene() -> None:
    # "When the parish council discussed ..., how was it to be paid for?" asks no date; "When did it agree ...?" is
    # answered by its meeting's date: no other meeting's date is added to either
    agreed = "The parish council agreed to buy a defibrillator for the village hall, paid for from the reserves."
    fitted = "The defibrillator was installed at the village hall on 2nd May 2024."
    hits = [_hit(agreed, 1, date="2024-03-04", doc="mar", authority=COUNCIL),
            _hit(fitted, 2, date="2024-06-10", doc="jun", authority=COUNCIL)]
    for q in ("When the parish council discussed buying a defibrillator for the village hall, how was it to be paid "
              "for?", "When did the parish council agree to buy a defibrillator for the village hall?"):
        ans = answer_extractive(q, hits, _stats())
        assert "2nd May 2024" not in ans.answer, (q, ans.answer)

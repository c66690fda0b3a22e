"""Minutes set out as a form per case (a historic district commission's: "APPLICATION: ..., PROPOSAL:, STAFF
ANALYSIS:, MOTION:, VOTE:, DECISION: APPLICATION FOR ADDITION CONTINUED."): asked what was decided on a case, the
answer reads on from the words that name it to its own verdict, chunks further on, and never past the opening of
the next case. Synthetic: two made-up cases; real: the Charlotte HDC's minutes of 23 September 2019, pp2-4 (outside
../shared/corpus; its text is held here)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from minutes_rag import api
from minutes_rag.answer.extractive import answer_extractive
from minutes_rag.answer.forms import case_label, is_verdict

from .test_answer_parts import _hit, _stats

#: Charlotte Historic District Commission, special meeting minutes of 23 September 2019, pp2-4, as pypdf reads them
CHARLOTTE = 'APPLICATION: HDCRMA 2019-00476, 412 GRANDIN ROAD – ADDITION\nEXISTING CONDITIONS:\n\nThe existing structure known as the Todd House.  Constructed in 1928, the one-story frame Craftsman bungalow has a\nbasic rectangular mass covered with a hipped roof. Architectural features include exposed rafters on the front dormers,\n8/1 wood double-hung windows, an engaged front porch supported by painted brick piers and square wood columns,\nwood vent details, two brick chimneys, and German siding. The lot slopes down from right to left.  Existing ridge height is\n17’-2” on the right and 17’-9” on the left.  The lot size is approximately 55’ x 187.5’.\n\nPROPOSAL:\n\nThe proposal is a one-story rear addition located approximately 48’-3” back from the front thermal wall of the house.\nNo changes in the ridge height.   The addition bumps out on both the right and left elevations, for a total width increase\nof approximately 12’. On the left elevation a pair of non-historic replacement windows will be removed and salvaged\nhistoric windows from elsewhere on the house will be installed. Historic windows proposed for removal will be salvaged\nand re-used on the addition. Proposed materials are brick foundation, wood German lap siding and trim to match\nexisting, and new windows will be either double-hung or casement with Simulated True Divided Lights (STDL) in a 6/1\npattern to match existing.  Post-construction the rear-yard impermeable area will be 15%.  There are no impacts to\nmature canopy trees.\n\n\nSTAFF ANALYSIS:\n\n3\n\nStaff has the following concerns with the proposal:\n1. The loss of both original rear corners of the house.\n2. All windows, doors, siding, rear porch columns, and other details are not incongruous with the structure or the\ndistrict.\n3. Minor revisions may be reviewed by staff.\n\nSPEAKERS [FOR | AGAINST]:\nNo one accepted Mr. Haden’s invitation to speak either for or against this application.\n\nMOTION:    APPROVED W/ CONDITIONS  1st: MR. RUMSCH  2nd: MR. PHARES\nMr. Rumsch moved to approve this application as submitted, because it meets our guidelines 7.2, with the condition\nthat staff will help the client revise the rear elevation to simplify the addition to look more like a rear entry instead of\nthe front of the house. The brick on the new foundation should not be painted.\n\nVOTE:    7/0  AYES:  HADEN, HENNINGSON, PHARES, RUMSCH, BARTH, MURYN,\n   WALKER\n     NAYS:  NONE\n\nDECISION:\nAPPLICATION FOR ADDITION APPROVED WITH CONDITIONS.\n__________________________________________________________________________________________________\n\nABSENT | RECUSE | LEFT MEETING:\nABSENT: PARATI, LINEBERGER, LANGLEY, JORDAN\nMR. PHARES LEAVES THE MEETING AT 2:15 PM.\nMS. HINDMAN ARRIVES AT 2:20 PMAND WAS PRESENT FOR THE REST OF THE MEETING\n\nAPPLICATION: HDCCMI 2019-00516, 1621 DILWORTH ROAD EAST - ADDITION\nEXISTING CONDITIONS:\nThe existing structure two-story Colonial Revival brick building constructed in 1938, located on the campus of Saint\nPatrick’s Cathedral.  Architectural features include a side gable roof with parapet detail, a recessed central entrance,\ndecorative corbelled cornice, and brick quoins at the corners.  All windows and doors are replacements and not original\nto the structure. The left elevation features a much later carport/sunroom addition. Adjacent structures include the\nGothic Revival Cathedral and two-story single-family houses across the street.\n\nPROPOSAL:\nThe proposal is changes to a non-original carport/sunroom addition on the left elevation, and changes to a small one-\nstory, non-original rear entry addition.  The carport/sunroom will be converted to heated living space. The roof will also\nbe changed to a pitch roof with parapet details to match the original structure.  Proposed ridge height is 24’-11 ½”,\nwhich will tie in well below the main ridge. The one-story rear addition will be slightly expanded to a footprint of\napproximately 8’- 6 ½” x 13’-8 ½” and changed to a screen porch.  The existing shallow pitched roof will change to a new\nsloped metal roof to match an existing metal roof on the right elevation. Materials include brick to match existing, wood\nsiding on the second level and all trim and roof details to match existing. New windows will be aluminum clad to match\nthe existing replacement windows.  No trees are impacted by the proposed project.\n\n\n\nSTAFF ANALYSIS:\nStaff has the following concerns with the proposal:\n\n4\n\n1. The proposal is not incongruous with the District and meets the guidelines for Additions, 7.2 above.\n2. Additional details needed about the doors (design + materials) on both the side and rear additions.\n3. Additional information (materials + dimensions) needed about the proposed new skylight on the rear elevation.\n4. Minor revisions may be reviewed by staff (door + skylight details).\n\nSPEAKERS [FOR | AGAINST]:\nNo one accepted Mr. Haden’s invitation to speak either for or against this application.\n\nMOTION:    CONTINUED   1st: MR. HENNINGSON  2nd: MS. WALKER\nMr. Henningson moved to continue this application per guideline 7.2, number 2, limit the size of the addition so it does\nnot visually overpower the existing building.  This is specifically referencing the chimney.  Revisit the vertical element of\nthe chimney’s massing.  Provide details on the windows, the skylight, and the screened porch.\nVOTE:    7/0     AYES HADEN, HENNINGSON, HINDMAN, RUMSCH, BARTH, MURYN,\nWALKER\n\nNAYS: NONE\nDECISION:\nAPPLICATION FOR ADDITION CONTINUED.\n\n\n\n'


#: a made-up commission's minutes, a form per case, as five chunks of one document: the case asked about opens in
#: the first and gets its verdict in the fourth, where the next case opens
FORM = [
    "APPLICATION: HDC 2024-00101, 14 MILL ROAD - GARAGE\nEXISTING CONDITIONS:\nThe house at 14 Mill Road is a two-storey "
    "brick villa of 1890 with a slate roof, sash windows and a long rear garden running down to the millrace.",
    "PROPOSAL:\nThe proposal is a detached timber building at the end of the garden, with a pitched roof of slate to "
    "match the house and a pair of boarded doors facing the lane.",
    "STAFF ANALYSIS:\nStaff has the following concerns with the proposal: 1. Its height would compete with the villa. "
    "2. Details of the doors are needed.\nSPEAKERS [FOR | AGAINST]: No one spoke for or against this application.",
    "MOTION: DENIED 1st: MR. ASH 2nd: MS. BIRCH Mr. Ash moved to deny this application per guideline 7.2. VOTE: 6/0 "
    "AYES ASH, BIRCH, CEDAR, DAWSON, ELM, FIR\nNAYS: NONE DECISION: APPLICATION FOR GARAGE DENIED.\nAPPLICATION: HDC "
    "2024-00102, 3 ORCHARD LANE - REAR DECK\nEXISTING CONDITIONS:\nThe cottage at 3 Orchard Lane is of one storey.",
    "PROPOSAL:\nThe proposal is a rear deck of hardwood.\nMOTION: APPROVED 1st: MS. ELM 2nd: MR. FIR VOTE: 6/0 AYES "
    "ASH, BIRCH, CEDAR, DAWSON, ELM, FIR\nNAYS: NONE DECISION: APPLICATION FOR REAR DECK APPROVED.",
]


def test_form_cases_synthetic_the_verdict_of_the_case_asked() -> None:
    assert is_verdict("DECISION: APPLICATION FOR ADDITION CONTINUED.")
    assert is_verdict("VOTE: 7/0 AYES HADEN, WALKER NAYS: NONE DECISION: APPLICATION FOR ADDITION CONTINUED.")
    assert not is_verdict("DECISION:") and not is_verdict("STAFF ANALYSIS: the addition is not incongruous.")
    assert case_label(FORM[0], 0) == "APPLICATION" and case_label(FORM[1], 0) == "PROPOSAL"
    assert case_label("The proposal is a rear addition.", 5) is None  # (no form)


def test_form_cases_synthetic_reads_on_to_the_cases_verdict() -> None:
    chunks = [_hit(text, k, date="2024-10-09", doc="hdc") for k, text in enumerate(FORM, start=1)]
    stats = replace(_stats(), next_chunk=lambda h: chunks[k] if (k := int(h.chunk_id.split(":")[1])) < len(chunks) else None)
    # retrieved: the case's opening and its proposal
    ans = answer_extractive("What was decided about the application for 14 Mill Road?", chunks[:2], stats)
    assert "GARAGE DENIED" in ans.answer and "DECK APPROVED" not in ans.answer, ans.answer
    # the other case's verdict is not read on to: another case opens first
    ans = answer_extractive("What was decided about the application for 3 Orchard Lane?", [chunks[3]], stats)
    assert "DECK APPROVED" in ans.answer and "GARAGE DENIED" not in ans.answer, ans.answer


def test_form_cases_real_reads_on_to_the_cases_verdict(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "charlotte-hdc"
    folder.mkdir(parents=True)
    (folder / "2019-09-23 special meeting minutes.txt").write_text(CHARLOTTE, encoding="utf-8")
    api.ingest([tmp_path / "docs"], index=tmp_path / "index")
    answer = api.ask("What was decided about the proposed addition on the St. Patrick's Cathedral campus at 1621 "
                     "Dilworth Road East in September 2019?", index=tmp_path / "index").answer
    assert "ADDITION CONTINUED" in answer and "APPROVED WITH CONDITIONS" not in answer, answer

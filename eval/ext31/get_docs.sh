#!/usr/bin/env bash
# Fetch the ext31 evaluation documents byte-for-byte from their public GitHub repositories.
#
# Usage:  ./get_docs.sh [DEST]          (DEST defaults to ./docs next to this script)
#
# Each repository is cloned once, without blobs and without a checkout
# (git clone --filter=blob:none --no-checkout https://github.com/OWNER/REPO DIR);
# each document is then written with  git -C DIR show COMMIT:PATH > DEST/LOCAL .
#
# Offline check: set MIRRORS to a folder holding bare copies named OWNER+REPO/repo
# (e.g. MIRRORS=/work/.mirror) and nothing is cloned; the same `get` lines read
# from those copies instead.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="${1:-$HERE/docs}"
# shellcheck source=../get_docs_lib.sh
. "$HERE/../get_docs_lib.sh"  # repo_dir and get: a clone, or a local mirror

# --- City of Hays, Kansas (USA): the City Commission, i.e. the Governing Body of the City of Hays (Mayor Sandy
# Jacobs, Vice Mayor Mason Ruder, Commissioners Alaina Cunningham, Reese Barrick, Shaun Musil; City Manager Toby
# Dougherty, Deputy City Manager Collin Bielser, Assistant City Manager Jarrod Kuckelman, City Clerk Jami Breit).
# It holds a Work Session on the first and third Thursday of the month (items are presented and discussed, with
# "At the <date> Commission meeting, Commissioners will be asked to ...") and a regular meeting on the second and
# fourth Thursday (motions and votes), both at 4:00 p.m.
# cs1060f25/CIVIC-civic-pulse is a student civic-tech project ("CivicPulse", tracking Kansas local-government
# documents) whose scraper saved the city's published agendas and minutes into backend/data/raw notes/Hays/.
# Used here: the 15 minutes/notes files from 1 May to 21 August 2025 (8 work sessions, 7 regular meetings; PDFs
# with a text layer, 3-8 pages each). The same repository's Great Bend files are the ext30 set; no other Hays
# file, agenda or derived data is used.
C=2273c9ec1b6aae9876549eb9f7d451278c863add; P="backend/data/raw notes/Hays"; L=hays-city-commission
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_05-01-2025_Minutes.pdf" "$L/work-sessions/2025-05-01 Hays commission work session notes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_05-08-2025_Minutes.pdf" "$L/minutes/2025-05-08 Hays commission regular meeting minutes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_05-15-2025_Minutes.pdf" "$L/work-sessions/2025-05-15 Hays commission work session notes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_05-22-2025_Minutes.pdf" "$L/minutes/2025-05-22 Hays commission regular meeting minutes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_06-05-2025_Minutes.pdf" "$L/work-sessions/2025-06-05 Hays commission work session notes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_06-12-2025_Minutes.pdf" "$L/minutes/2025-06-12 Hays commission regular meeting minutes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_06-19-2025_Minutes.pdf" "$L/work-sessions/2025-06-19 Hays commission work session notes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_06-26-2025_Minutes.pdf" "$L/minutes/2025-06-26 Hays commission regular meeting minutes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_07-03-2025_Minutes.pdf" "$L/work-sessions/2025-07-03 Hays commission work session notes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_07-10-2025_Minutes.pdf" "$L/minutes/2025-07-10 Hays commission regular meeting minutes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_07-17-2025_Minutes.pdf" "$L/work-sessions/2025-07-17 Hays commission work session notes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_07-24-2025_Minutes.pdf" "$L/minutes/2025-07-24 Hays commission regular meeting minutes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_08-07-2025_Minutes.pdf" "$L/work-sessions/2025-08-07 Hays commission work session notes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_08-14-2025_Minutes.pdf" "$L/minutes/2025-08-14 Hays commission regular meeting minutes.pdf"
get cs1060f25/CIVIC-civic-pulse $C "$P/Hays_08-21-2025_Minutes.pdf" "$L/work-sessions/2025-08-21 Hays commission work session notes.pdf"

# --- Los Rios Community College District (Sacramento region, California, USA): the Board of Trustees (seven elected
# trustees: President Kelly Wilkerson, Vice President Deborah Ortiz, Colette Harris-Mathews, Dustin Johnson, John
# Knight, Robert Jones, Tami Nelson; a non-voting student trustee; Chancellor Brian King, Secretary to the Board),
# governing American River, Cosumnes River, Folsom Lake and Sacramento City Colleges. Regular meetings monthly on a
# Wednesday at 5:30 p.m. at 1919 Spanos Court, plus special meetings and two board retreats.
# ccorcos/focs ("Tools for the Fair Oaks Civic Society") downloads board documents of eight Sacramento-area public
# bodies and converts the PDFs to text with pdftotext (layout mode); the result is committed as docs/LRCCD/<date>/*.md
# (plain text despite the .md name, saved here as .txt). Used here: 17 minutes of 2025 (Jan-Oct regular meetings,
# the chancellor-search special meetings and both retreats). The same repository's Sacramento County Board of
# Education files are in the ext3 set; no other body of it is used. The retreat minutes of 28 Feb-1 Mar 2025 are
# committed twice (docs/LRCCD/2025-02-28/ and docs/LRCCD/2025-03-01/, same blob); the first copy is used.
F=afd6262d8b8e6aec29618864acb8911116c465aa; D=docs/LRCCD; M=los-rios-ccd-board
get ccorcos/focs $F "$D/2025-01-08/20250108-bot-minutes.md" "$M/minutes/2025-01-08 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-02-12/20250212-bot-minutes.md" "$M/minutes/2025-02-12 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-02-28/20250228-bot-minutes.md" "$M/retreats/2025-02-28 Los Rios board retreat minutes.txt"
get ccorcos/focs $F "$D/2025-03-12/20250312-bot-minutes.md" "$M/minutes/2025-03-12 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-03-12/20250312-special-bot-minutes.md" "$M/special-meetings/2025-03-12 Los Rios board special meeting minutes on chancellor search.txt"
get ccorcos/focs $F "$D/2025-04-07/20250407-bot-minutes.md" "$M/special-meetings/2025-04-07 Los Rios board special meeting minutes on search consultant.txt"
get ccorcos/focs $F "$D/2025-04-09/20250409-bot-minutes.md" "$M/minutes/2025-04-09 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-04-09/20250409-special-bot-minutes.md" "$M/special-meetings/2025-04-09 Los Rios board special meeting minutes on consultant contract.txt"
get ccorcos/focs $F "$D/2025-05-14/20250514-bot-minutes.md" "$M/minutes/2025-05-14 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-06-11/20250611-bot-minutes.md" "$M/minutes/2025-06-11 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-07-09/20250709-bot-minutes.md" "$M/minutes/2025-07-09 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-08-13/20250813-bot-minutes.md" "$M/minutes/2025-08-13 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-08-13/20250813-special-bot-minutes.md" "$M/special-meetings/2025-08-13 Los Rios board special meeting minutes on chancellor job description.txt"
get ccorcos/focs $F "$D/2025-09-10/20250910-bot-minutes.md" "$M/minutes/2025-09-10 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-10-03/20251003-bot-retreat-minutes.md" "$M/retreats/2025-10-03 Los Rios board retreat minutes.txt"
get ccorcos/focs $F "$D/2025-10-15/20251015-bot-minutes.md" "$M/minutes/2025-10-15 Los Rios board regular meeting minutes.txt"
get ccorcos/focs $F "$D/2025-11-05/20251105-special-bot-minutes.md" "$M/special-meetings/2025-11-05 Los Rios board special meeting minutes on chancellor search.txt"

#!/usr/bin/env bash
# Fetch the ext30 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- City of Great Bend, Kansas (USA): the Governing Body (Mayor Cody Schmidt and eight councilmembers; City
# Administrator Logan Burns, City Attorney Allen Glendenning, Finance Director/City Clerk Shawna Schafer), meeting
# in Regular Session in the City Council Chambers on the first and third Monday of the month.
# cs1060f25/CIVIC-civic-pulse is a student civic-tech project ("CivicPulse", tracking Kansas local-government
# documents) whose scraper saved the city's published agendas and minutes from greatbendks.net/AgendaCenter into
# backend/data/raw notes/Great Bend/. Used here: the minutes of the 19 regular sessions from 6 January to
# 20 October 2025 (PDFs with a text layer, 2-4 pages each). The file the repository names "..._02-19-2025_Minutes"
# is the 18 February 2025 session (moved from Presidents' Day) and is saved under that date; the repository's
# "..._10-06-2025_Minutes.pdf" is a byte-identical copy of the 15 September 2025 minutes and is left out.
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_01-06-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-01-06 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_01-20-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-01-20 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_02-03-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-02-03 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_02-19-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-02-18 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_03-03-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-03-03 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_03-17-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-03-17 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_04-07-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-04-07 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_04-21-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-04-21 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_05-05-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-05-05 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_05-19-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-05-19 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_06-02-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-06-02 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_06-16-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-06-16 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_07-07-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-07-07 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_07-21-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-07-21 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_08-04-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-08-04 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_08-18-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-08-18 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_09-02-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-09-02 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_09-15-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-09-15 Great Bend council regular session minutes.pdf"
get cs1060f25/CIVIC-civic-pulse 2273c9ec1b6aae9876549eb9f7d451278c863add "backend/data/raw notes/Great Bend/Great Bend_10-20-2025_Minutes.pdf" "great-bend-city-council/minutes/2025-10-20 Great Bend council regular session minutes.pdf"

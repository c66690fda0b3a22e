#!/usr/bin/env bash
# Fetch the ext23 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Suffolk Libraries IPS Board (Suffolk's Libraries IPS Ltd, the industrial & provident society that runs Suffolk's
# public libraries under contract to Suffolk County Council, England; vestalux/sljekyll, the society's Jekyll website
# source): open board minutes of 7 meetings, Jan 2015 to Jan 2016, the 2015 AGM minutes and the 2016 AGM agenda (PDFs).
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/board-meeting-minutes-2015-01-22.pdf" "suffolk-libraries/board-minutes/2015-01-22_open_board_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/board-meeting-minutes-2015-03-26.pdf" "suffolk-libraries/board-minutes/2015-03-26_open_board_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/board-meeting-minutes-2015-06-02.pdf" "suffolk-libraries/board-minutes/2015-06-02_open_board_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/board-meeting-minutes-2015-07-30.pdf" "suffolk-libraries/board-minutes/2015-07-30_open_board_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/board-meeting-minutes-2015-09-24.pdf" "suffolk-libraries/board-minutes/2015-09-24_open_board_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/board-meeting-minutes-2015-11-26.pdf" "suffolk-libraries/board-minutes/2015-11-26_open_board_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/board-meeting-minutes-2016-01-28.pdf" "suffolk-libraries/board-minutes/2016-01-28_open_board_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/suffolk-libraries-agm-minutes-2015.pdf" "suffolk-libraries/agm/2015-09-10_agm_minutes.pdf"
get vestalux/sljekyll c4d48a84e1d94158e7bacf51d7220a131f886399 "assets/pdf/2016-suffolk-libraries-agm-agenda.pdf" "suffolk-libraries/agm/2016_agm_agenda.pdf"

# --- Iowa Public Information Board (IPIB; Iowa state board that enforces the open meetings and public records laws,
# Iowa Code chapters 21 and 22; adam-on-the-internet/ipib-archive, an archive site of the board's meeting documents):
# minutes (Markdown transcriptions) of 7 monthly meetings, Jul 2022 to Jan 2023, and the Nov 2022 agenda (PDF).
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2022_07_21_board/minutes.md" "iowa-ipib/minutes/2022-07-21_board_minutes.md"
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2022_08_18_board/minutes.md" "iowa-ipib/minutes/2022-08-18_board_minutes.md"
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2022_09_15_board/minutes.md" "iowa-ipib/minutes/2022-09-15_board_minutes.md"
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2022_10_20_board/minutes.md" "iowa-ipib/minutes/2022-10-20_board_minutes.md"
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2022_11_17_board/minutes.md" "iowa-ipib/minutes/2022-11-17_board_minutes.md"
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2022_12_15_board/minutes.md" "iowa-ipib/minutes/2022-12-15_board_minutes.md"
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2023_01_19_board/minutes.md" "iowa-ipib/minutes/2023-01-19_board_minutes.md"
get adam-on-the-internet/ipib-archive f3fdf81360e50399b8d10ceeda1468a1f5150bfe "src/assets/meetings/2022_11_17_board/agenda.pdf" "iowa-ipib/agendas/2022-11-17_board_agenda.pdf"

# --- Dublin Unified School District Board of Trustees (Dublin, Alameda County, California; MaxRetapolis/school_board_library,
# a school-board document library project): BoardDocs printouts of 4 regular meetings (agenda items with background,
# dollar amounts and "Motion & Voting"), Aug-Nov 2024, and the district's "Board Buzz" meeting summaries for the same meetings.
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/Regular Meeting of the Board of Trustees-08-13-2024.pdf" "dublin-usd/board-meetings/2024-08-13_regular_meeting.pdf"
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/Regular Meeting of the Board of Trustees-09-10-2024.pdf" "dublin-usd/board-meetings/2024-09-10_regular_meeting.pdf"
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/Regular Meeting of the Board of Trustees-09-24-2024.pdf" "dublin-usd/board-meetings/2024-09-24_regular_meeting.pdf"
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/Regular Meeting of the Board of Trustees-11-12-2024.pdf" "dublin-usd/board-meetings/2024-11-12_regular_meeting.pdf"
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/081324 BOARD BUZZ.pdf" "dublin-usd/board-buzz/2024-08-13_board_buzz.pdf"
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/091024 BOARD BUZZ.pdf" "dublin-usd/board-buzz/2024-09-10_board_buzz.pdf"
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/092424 BOARD BUZZ.pdf" "dublin-usd/board-buzz/2024-09-24_board_buzz.pdf"
get MaxRetapolis/school_board_library 96fc0030c13ff35f35f1270fd68a6734051cfb79 "Claude/inbound/111224 BOARD BUZZ.pdf" "dublin-usd/board-buzz/2024-11-12_board_buzz.pdf"

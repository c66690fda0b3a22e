#!/usr/bin/env bash
# Fetch the ext18 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- San Francisco Open Source Voting System Technical Advisory Committee (OSVTAC, an advisory body of the San Francisco
# Elections Commission; OSVTAC/OSVTAC.github.io, the committee's own GitHub Pages site): approved minutes (Markdown) of
# 11 meetings July 2017 to September 2019, plus the draft minutes of 13 Feb 2020.
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2017-07-26/minutes.md" "sf-osvtac/minutes/2017-07-26 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2017-08-30/minutes.md" "sf-osvtac/minutes/2017-08-30 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2017-10-19/minutes.md" "sf-osvtac/minutes/2017-10-19 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2017-12-14/minutes.md" "sf-osvtac/minutes/2017-12-14 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2018-04-12/minutes.md" "sf-osvtac/minutes/2018-04-12 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2018-06-14/minutes.md" "sf-osvtac/minutes/2018-06-14 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2018/2018-09-13/minutes.md" "sf-osvtac/minutes/2018-09-13 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2018/2018-12-06/minutes.md" "sf-osvtac/minutes/2018-12-06 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2019/2019-03-14/minutes.md" "sf-osvtac/minutes/2019-03-14 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2019/2019-06-13/minutes.md" "sf-osvtac/minutes/2019-06-13 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2019/2019-09-12/minutes.md" "sf-osvtac/minutes/2019-09-12 minutes.md"
get OSVTAC/OSVTAC.github.io 4eeccc971d1a0480ccf292be8b712509db3600c7 "meetings/2020/2020-02-13/minutes-draft.md" "sf-osvtac/minutes/2020-02-13 minutes-draft.md"

# --- The same committee's PDFs (OSVTAC/site-files, the committee's file store): the approved minutes of 18 Jan 2018 (the
# only meeting whose minutes exist only as PDF) and two formal recommendations sent to the Elections Commission.
get OSVTAC/site-files 3e8627a8859fe6f546e13a5103ef49d6cb3c0e93 "meetings/2018-01-18/2018_01_18_OSVTAC_Minutes.pdf" "sf-osvtac/minutes/2018-01-18 minutes.pdf"
get OSVTAC/site-files 3e8627a8859fe6f546e13a5103ef49d6cb3c0e93 "communications/OSVTAC_Recommendation_re_Funding_March_19_2018.pdf" "sf-osvtac/communications/2018-03-19 recommendation re funding.pdf"
get OSVTAC/site-files 3e8627a8859fe6f546e13a5103ef49d6cb3c0e93 "communications/2020/OSVTAC_Next_Step_Recommendations_Jan_9_2020.pdf" "sf-osvtac/communications/2020-01-09 next step recommendations.pdf"

# --- Boulder City Council (City of Boulder, Colorado; BoulderPublicData/City-Council-Minutes, a volunteer transcription of
# the council's signed minutes into one semi-structured JSON file): 41 meetings, May 2021 to December 2022.
get BoulderPublicData/City-Council-Minutes 1658b04bc6806e38fec15cb58d494410651ce779 "minutes.json" "boulder-city-council/minutes.json"

#!/usr/bin/env bash
# Fetch the ext29 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- City of Boston Licensing Board (Massachusetts, USA; the board that licenses alcohol sales, restaurants
# (common victualler), lodging houses and dormitories in Boston; DanHUMassMed/Licensing-Board-Minutes, a civic-data
# project whose scraper stores the board's published voting-hearing results PDFs in data/voting_minutes_pdfs):
# the "Voting Hearing Agenda" result sheets of the nine voting hearings from 1 May to 28 August 2025 (each records
# the outcome of every licensed-premise violation, transactional, informational and non-hearing matter; PDFs with a
# text layer).
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-05-01.pdf" "boston-licensing-board/voting-minutes/2025-05-01 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-05-15.pdf" "boston-licensing-board/voting-minutes/2025-05-15 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-05-29.pdf" "boston-licensing-board/voting-minutes/2025-05-29 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-06-05.pdf" "boston-licensing-board/voting-minutes/2025-06-05 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-06-26.pdf" "boston-licensing-board/voting-minutes/2025-06-26 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-07-17.pdf" "boston-licensing-board/voting-minutes/2025-07-17 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-07-31.pdf" "boston-licensing-board/voting-minutes/2025-07-31 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-08-07.pdf" "boston-licensing-board/voting-minutes/2025-08-07 BLB voting hearing minutes.pdf"
get DanHUMassMed/Licensing-Board-Minutes ac6a08230e7df47beb1cff8f048c420e00dddd72 "data/voting_minutes_pdfs/voting_minutes_2025-08-28.pdf" "boston-licensing-board/voting-minutes/2025-08-28 BLB voting hearing minutes.pdf"

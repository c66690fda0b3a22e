#!/usr/bin/env bash
# Fetch the ext12 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- Marblehead Select Board (Town of Marblehead, Massachusetts; agbaber/marblehead, code MIT / content CC BY 4.0):
# plain-text extractions (pdftotext -layout) of the approved Select Board minutes, May 2025 to February 2026.
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-05-14.txt" "marblehead-select-board/minutes/2025-05-14 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-05-28.txt" "marblehead-select-board/minutes/2025-05-28 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-06-16.txt" "marblehead-select-board/minutes/2025-06-16 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-07-09.txt" "marblehead-select-board/minutes/2025-07-09 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-07-23.txt" "marblehead-select-board/minutes/2025-07-23 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-08-13.txt" "marblehead-select-board/minutes/2025-08-13 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-09-10.txt" "marblehead-select-board/minutes/2025-09-10 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-10-22.txt" "marblehead-select-board/minutes/2025-10-22 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-12-02.txt" "marblehead-select-board/minutes/2025-12-02 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2025-12-10.txt" "marblehead-select-board/minutes/2025-12-10 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2026-01-14.txt" "marblehead-select-board/minutes/2026-01-14 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/select_board/2026-02-11.txt" "marblehead-select-board/minutes/2026-02-11 minutes.txt"

# --- Marblehead School Committee (Marblehead Public Schools, Massachusetts; same repository and commit): plain-text
# extractions of School Committee minutes (and one Facilities Subcommittee meeting, 24 July 2025), July 2025 to February 2026.
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2025-07-02.txt" "marblehead-school-committee/minutes/2025-07-02 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2025-07-24.txt" "marblehead-school-committee/minutes/2025-07-24 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2025-09-04.txt" "marblehead-school-committee/minutes/2025-09-04 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2025-09-18.txt" "marblehead-school-committee/minutes/2025-09-18 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2025-10-30.txt" "marblehead-school-committee/minutes/2025-10-30 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2025-11-20.txt" "marblehead-school-committee/minutes/2025-11-20 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2025-12-18.txt" "marblehead-school-committee/minutes/2025-12-18 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2026-01-15.txt" "marblehead-school-committee/minutes/2026-01-15 minutes.txt"
get agbaber/marblehead d5459ab948c9678fba15000ac370694de198b7da "data/minutes/school_committee/2026-02-13.txt" "marblehead-school-committee/minutes/2026-02-13 minutes.txt"

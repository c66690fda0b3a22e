#!/usr/bin/env bash
# Fetch the ext11 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Colfax Township (Oceana County, Michigan; Rob-Barefoot/colfax-township-website, colfaxtownshipoceana.org, no licence
# stated): Township Board regular meeting minutes April 2023 to June 2026, plus the 2026-27 budget meeting (11 March 2026).
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2023/4-4-2023-board-minutes.pdf" "colfax-township/minutes/2023-04-04 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2023/6-6-2023-board-minutes.pdf" "colfax-township/minutes/2023-06-06 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2023/7-5-2023-board-minutes.pdf" "colfax-township/minutes/2023-07-05 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2023/8-1-2023-board-minutes.pdf" "colfax-township/minutes/2023-08-01 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2023/9-5-2023-board-minutes.pdf" "colfax-township/minutes/2023-09-05 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2023/10-3-2023-board-minutes.pdf" "colfax-township/minutes/2023-10-03 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2024/3-19-2024-board-minutes.pdf" "colfax-township/minutes/2024-03-19 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2024/5-7-2024-board-minutes.pdf" "colfax-township/minutes/2024-05-07 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2024/7-2-2024-board-minutes.pdf" "colfax-township/minutes/2024-07-02 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2024/9-3-2024-board-minutes.pdf" "colfax-township/minutes/2024-09-03 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2024/10-1-2024-board-minutes.pdf" "colfax-township/minutes/2024-10-01 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2025/2-4-2025-board-minutes.pdf" "colfax-township/minutes/2025-02-04 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2025/3-5-2025-board-minutes.pdf" "colfax-township/minutes/2025-03-05 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2025/11-4-2025-board-minutes.pdf" "colfax-township/minutes/2025-11-04 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2025/12-2-2025-board-minutes.pdf" "colfax-township/minutes/2025-12-02 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2026/1-6-2026-board-minutes.pdf" "colfax-township/minutes/2026-01-06 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2026/3-11-2026-board-minutes.pdf" "colfax-township/minutes/2026-03-11 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2026/3-11-2026-budget-minutes.pdf" "colfax-township/minutes/2026-03-11 budget meeting minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2026/5-6-2026-board-minutes.pdf" "colfax-township/minutes/2026-05-06 board minutes.pdf"
get Rob-Barefoot/colfax-township-website 52fe644434ee331bcebc3d18e0f96c1d80e56c70 "documents/meeting-minutes/board/2026/6-2-2026-board-minutes.pdf" "colfax-township/minutes/2026-06-02 board minutes.pdf"

# --- Mueller Township (Schoolcraft County, Michigan; ShinerTech/Mueller-Township-Website, www.muellertownship.com, a static copy of
# the township's WordPress site, no licence stated): Board of Trustees monthly meeting minutes, August 2023 to April 2026 (typed PDFs;
# the site's scanned "CCF…" files have no text layer and were left out).
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2023/10/August-2023-minutes.pdf" "mueller-township/minutes/2023-08-09 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2023/11/October-2023-minutes.pdf" "mueller-township/minutes/2023-10-11 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2024/01/November-2023-minutes.pdf" "mueller-township/minutes/2023-11-08 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2024/02/December-2023-minutes.pdf" "mueller-township/minutes/2023-12-13 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2024/02/January-2024-minutes.pdf" "mueller-township/minutes/2024-01-24 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2024/07/June-2024-minutes.pdf" "mueller-township/minutes/2024-06-12 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2026/03/February-2026-Minutes.pdf" "mueller-township/minutes/2026-02-11 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2026/03/March-2026-Minutes.pdf" "mueller-township/minutes/2026-03-11 board minutes.pdf"
get ShinerTech/Mueller-Township-Website 9cdf80b7ff2cc75a15cd919aff113cfb5804c4a3 "wp-content/uploads/2026/04/April-2026-Minutes.pdf" "mueller-township/minutes/2026-04-08 board minutes.pdf"

#!/usr/bin/env bash
# Fetch the ext4 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Milburn Parish Council (Eden, Cumbria, England) — PDF minutes
get mjoycemilburn/parishcouncils 2d32817ffe2df530b76b60f1c919b17edb14fc7d "milburnparishcouncil.co.uk/entries/minutes_2019-09-03_.pdf" milburn-pc/2019-09-03_minutes.pdf
get mjoycemilburn/parishcouncils 2d32817ffe2df530b76b60f1c919b17edb14fc7d "milburnparishcouncil.co.uk/entries/minutes_2020-01-07_.pdf" milburn-pc/2020-01-07_minutes.pdf
get mjoycemilburn/parishcouncils 2d32817ffe2df530b76b60f1c919b17edb14fc7d "milburnparishcouncil.co.uk/entries/minutes_2020-03-03_.pdf" milburn-pc/2020-03-03_minutes.pdf
get mjoycemilburn/parishcouncils 2d32817ffe2df530b76b60f1c919b17edb14fc7d "milburnparishcouncil.co.uk/entries/minutes_2021-01-26_.pdf" milburn-pc/2021-01-26_minutes.pdf

# --- Tayport Ferryport-on-Craig Community Council (Fife, Scotland) — PDF minutes (gh-pages branch)
get mmcnicol/tayport-community-website 80aa8c89e5f49944158017819eec0c1241e09f1d "pdfs/2023-TCC-AGM-Minutes.pdf" tayport-cc/2023-05-01_agm-minutes.pdf
get mmcnicol/tayport-community-website 80aa8c89e5f49944158017819eec0c1241e09f1d "pdfs/2023-11-TCC-Minutes-of-6th-November-2023.pdf" tayport-cc/2023-11-06_minutes.pdf
get mmcnicol/tayport-community-website 80aa8c89e5f49944158017819eec0c1241e09f1d "pdfs/2023-12-04-TCC-Minutes.pdf" tayport-cc/2023-12-04_minutes.pdf
get mmcnicol/tayport-community-website 80aa8c89e5f49944158017819eec0c1241e09f1d "pdfs/2024-02-05-TCC-Minutes.pdf" tayport-cc/2024-02-05_minutes.pdf

# --- Town of North Star (North Star Township, St. Louis County, Minnesota, USA) — Markdown minutes
get mjsiers/northstar-township-web 872e898fd80393c08e818b3c311708e3148ca1dc "docs/_minutes/township/2020-03-minutes.md" north-star-township/2020-03-16_minutes.md
get mjsiers/northstar-township-web 872e898fd80393c08e818b3c311708e3148ca1dc "docs/_minutes/township/2020-10-minutes.md" north-star-township/2020-10-19_minutes.md
get mjsiers/northstar-township-web 872e898fd80393c08e818b3c311708e3148ca1dc "docs/_minutes/township/2021-01-minutes.md" north-star-township/2021-01-19_minutes.md

# --- City of Portland, Oregon, City Council — plain-text official minutes (12 January 2011)
get Ropes/PDX-Council-Minutes-Data 4d321b05bec0f9c0d578a79f4b621bc5c28a1436 "tests/resources/2011-1-19raw.txt" portland-city-council/2011-01-12_minutes.txt

# --- Lincoln Square Special Service Area #21 Commission (Chicago, Illinois, USA) — PDF minutes
get City-Bureau/city-scrapers 413cb80c079ef445ca591025c2405d77359498fb "tests/files/chi_ssa_21/SSA21_MeetingMinutes_1.29.18.pdf" lincoln-square-ssa21/2018-01-29_minutes.pdf

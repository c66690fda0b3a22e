#!/usr/bin/env bash
# Fetch the ext27 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Decoy Community Primary School Board of Governors (maintained primary school, Newton Abbot, Devon, England, UK;
# decoy-school/school-site, the school's static website source): signed minutes of the Full Governing Body (FGB) and of
# its Business Management (BM) and Learning & Wellbeing (L&W) committees, October 2019 to February 2021 (PDFs).
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-191014.pdf" "decoy-governors/full-governing-body/2019-10-14 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-191209-final-.pdf" "decoy-governors/full-governing-body/2019-12-09 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-200203-final.pdf" "decoy-governors/full-governing-body/2020-02-03 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-200323-final.pdf" "decoy-governors/full-governing-body/2020-03-23 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-13-july-2020-final.pdf" "decoy-governors/full-governing-body/2020-07-13 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-5-october-2020.pdf" "decoy-governors/full-governing-body/2020-10-05 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-7-december-2020.pdf" "decoy-governors/full-governing-body/2020-12-07 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/fgb-minutes-1-february-2021.pdf" "decoy-governors/full-governing-body/2021-02-01 FGB minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/bm-committee-minutes-28-september-2020.pdf" "decoy-governors/committees/2020-09-28 business management committee minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/bm-committee-minutes-23-november-2020.pdf" "decoy-governors/committees/2020-11-23 business management committee minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/bm-committee-minutes-25-january-2021.pdf" "decoy-governors/committees/2021-01-25 business management committee minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/lw-committee-minutes-21-september-2020.pdf" "decoy-governors/committees/2020-09-21 learning and wellbeing committee minutes.pdf"
get decoy-school/school-site d6bca7530525086074d6b813b01467a98554eccf "src/static/uploads/lw-committee-minutes-16-november-2020.pdf" "decoy-governors/committees/2020-11-16 learning and wellbeing committee minutes.pdf"

# --- Cypress Point Strata Council, Strata Plan NW2050 (three-building, 106-lot strata corporation at 7511/7531/7651
# Minoru Boulevard, Richmond, British Columbia, Canada; CypressPointStrata/CypressPointStrata.github.io, the strata's
# website): monthly strata council meeting minutes September 2019 to April 2020 and the 5 December 2019 AGM minutes (PDFs).
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2019/09. September 25 2019.pdf" "cypress-point-strata/council-minutes/2019-09-25 council minutes.pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2019/10. October 29 2019.pdf" "cypress-point-strata/council-minutes/2019-10-29 council minutes.pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2019/11. November 27 2019.pdf" "cypress-point-strata/council-minutes/2019-11-27 council minutes.pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2019/13. AGM Minutes December 05 2019.pdf" "cypress-point-strata/agm/2019-12-05 annual general meeting minutes.pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2019/14. December 05 2019.pdf" "cypress-point-strata/council-minutes/2019-12-05 council minutes (after AGM).pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2020/01. January 29 2020.pdf" "cypress-point-strata/council-minutes/2020-01-29 council minutes.pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2020/02. February 26 2020.pdf" "cypress-point-strata/council-minutes/2020-02-26 council minutes.pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2020/03. March 25 2020.pdf" "cypress-point-strata/council-minutes/2020-03-25 council minutes.pdf"
get CypressPointStrata/CypressPointStrata.github.io 82983f33f53c2513ff2ed82de820bb0181fa2600 "index_files/documents/minutes/2020/04. April 30 2020.pdf" "cypress-point-strata/council-minutes/2020-04-30 council minutes.pdf"

#!/usr/bin/env bash
# Fetch the ext20 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Louisa County Commission on Aging (Louisa County, Virginia, USA; Louisa-County-COA/Louisa-County-COA.github.io,
# the commission's own GitHub Pages site): minutes PDFs of 13 monthly meetings, March 2019 to March 2025.
# Repository file names do not always match the meeting date (Mar-16-19.pdf holds 6 Mar 2019, Apr-1-19.pdf 3 Apr 2019,
# Mar-7-25.pdf 5 Mar 2025); local names use the meeting date printed in the minutes.
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Mar-16-19.pdf" "louisa-coa/minutes/2019-03-06 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Apr-1-19.pdf" "louisa-coa/minutes/2019-04-03 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/May-1-19.pdf" "louisa-coa/minutes/2019-05-01 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Sep-4-19.pdf" "louisa-coa/minutes/2019-09-04 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Oct-2-19.pdf" "louisa-coa/minutes/2019-10-02 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Dec-4-19.pdf" "louisa-coa/minutes/2019-12-04 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Jan-7-20.pdf" "louisa-coa/minutes/2020-01-07 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Feb-5-20.pdf" "louisa-coa/minutes/2020-02-05 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Oct-7-20.pdf" "louisa-coa/minutes/2020-10-07 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Jan-6-21.pdf" "louisa-coa/minutes/2021-01-06 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Jan-4-23.pdf" "louisa-coa/minutes/2023-01-04 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Oct-4-23.pdf" "louisa-coa/minutes/2023-10-04 minutes.pdf"
get Louisa-County-COA/Louisa-County-COA.github.io ff6899a7c609fccf1c335bf541772f74e15aa619 "minutes/Mar-7-25.pdf" "louisa-coa/minutes/2025-03-05 meeting notes.pdf"

# --- Hyndland Primary School Parent Council (Hyndland Primary School, Glasgow, Scotland; statutory parent council under the
# Scottish Schools (Parental Involvement) Act 2006; hyndland-primary-parent-council/hyndland-primary-parent-council.github.io,
# the parent council's website source): minutes PDFs of 13 meetings, September 2020 to November 2025.
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2021/01/HPSPC-meeting-minutes-2020-09-23.pdf" "hyndland-parent-council/minutes/2020-09-23 AGM minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2020-11-25.pdf" "hyndland-parent-council/minutes/2020-11-25 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2021-01-20.pdf" "hyndland-parent-council/minutes/2021-01-20 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2021-02-24.pdf" "hyndland-parent-council/minutes/2021-02-24 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2021-03-24.pdf" "hyndland-parent-council/minutes/2021-03-24 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2021-06-09.pdf" "hyndland-parent-council/minutes/2021-06-09 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2021-09-15.pdf" "hyndland-parent-council/minutes/2021-09-15 AGM minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2021-10-20.pdf" "hyndland-parent-council/minutes/2021-10-20 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/03/HPSPC-meeting-minutes-2021-12-01.pdf" "hyndland-parent-council/minutes/2021-12-01 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/11/HPSPC-meeting-minutes-2022-01-26.pdf" "hyndland-parent-council/minutes/2022-01-26 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/images/2022/11/HPSPC-meeting-minutes-2022-03-09.pdf" "hyndland-parent-council/minutes/2022-03-09 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/minutes/202510-hppc-minutes.pdf" "hyndland-parent-council/minutes/2025-10-22 minutes.pdf"
get hyndland-primary-parent-council/hyndland-primary-parent-council.github.io b4f35bcfc5ab46057f7e7b6aff38430522ea7d4a "content/assets/minutes/202511-hppc-minutes.pdf" "hyndland-parent-council/minutes/2025-11-26 minutes.pdf"

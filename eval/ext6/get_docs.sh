#!/usr/bin/env bash
# Fetch the ext6 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Hertingfordbury Parish Council (East Hertfordshire, England) — PDF minutes
get pugongyingh/hertingfordbury.org.uk 417871285cea4acb9056aa5dd4b7046fff29eb08 "council/minutes/2018/minutes-20181212.pdf" hertingfordbury-pc/2018-12-12_minutes.pdf
get pugongyingh/hertingfordbury.org.uk 417871285cea4acb9056aa5dd4b7046fff29eb08 "council/minutes/2019/minutes-20190109.pdf" hertingfordbury-pc/2019-01-09_minutes.pdf
get pugongyingh/hertingfordbury.org.uk 417871285cea4acb9056aa5dd4b7046fff29eb08 "council/minutes/2019/minutes-20190213.pdf" hertingfordbury-pc/2019-02-13_minutes.pdf
get pugongyingh/hertingfordbury.org.uk 417871285cea4acb9056aa5dd4b7046fff29eb08 "council/minutes/2019/minutes-20190313.pdf" hertingfordbury-pc/2019-03-13_minutes.pdf

# --- Crete Township Board of Trustees (Will County, Illinois, USA) — PDF minutes (site-migration folder)
get himynamesjim/crete-township-website 3cd47c9a5a45fe12d0cbbba518c69681b6381f3a "migration/sorted/meeting-minutes/March 9, 2022 - Meeting Minutes.pdf" crete-township/2022-03-09_minutes.pdf
get himynamesjim/crete-township-website 3cd47c9a5a45fe12d0cbbba518c69681b6381f3a "migration/sorted/unsorted/Mayy2SpecialBODmeetingminutes.pdf" crete-township/2022-05-02_special-minutes.pdf
get himynamesjim/crete-township-website 3cd47c9a5a45fe12d0cbbba518c69681b6381f3a "migration/sorted/unsorted/December212023Specialbodcrtetownshiminutesclean.pdf" crete-township/2023-12-21_special-minutes.pdf
get himynamesjim/crete-township-website 3cd47c9a5a45fe12d0cbbba518c69681b6381f3a "migration/sorted/meeting-minutes/April 9, 2024 - Annual - Meeting Minutes.pdf" crete-township/2024-04-09_annual-town-meeting-minutes.pdf
get himynamesjim/crete-township-website 3cd47c9a5a45fe12d0cbbba518c69681b6381f3a "migration/sorted/meeting-minutes/October 9, 2024 - Meeting Minutes.pdf" crete-township/2024-10-09_minutes.pdf
get himynamesjim/crete-township-website 3cd47c9a5a45fe12d0cbbba518c69681b6381f3a "migration/sorted/meeting-minutes/March 31, 2025 - Meeting Minutes.pdf" crete-township/2025-03-31_special-minutes.pdf

# --- Warrenville Public Library District Board of Trustees (DuPage County, Illinois, USA) — PDF minutes and budget
get jenemoore/cleanup b81d2b7a0681e3f579e2999b7678589ce7eeda51 "about/agendasandminutes/minutes/Minutes 2020 04 15 reg mtg.pdf" warrenville-pld/2020-04-15_minutes.pdf
get jenemoore/cleanup b81d2b7a0681e3f579e2999b7678589ce7eeda51 "about/agendasandminutes/minutes/Minutes 2020 06 17 reg mtg.pdf" warrenville-pld/2020-06-17_minutes.pdf
get jenemoore/cleanup b81d2b7a0681e3f579e2999b7678589ce7eeda51 "about/Budget Finances Page/FY21 Working Budget FINAL.pdf" warrenville-pld/2020-06-17_fy21-working-budget.pdf

# --- Horsley Village Hall Management Committee (Horsley, Stroud, Gloucestershire, England) — PDF minutes and accounts
get stridders/horsleyparish 1314cb2f42e11a7ed55070865742f4e64fb27ac1 "public/old/Horsley.php/PAGES/VillageHall/pdf/237.pdf" horsley-village-hall/2013-10-08_minutes.pdf
get stridders/horsleyparish 1314cb2f42e11a7ed55070865742f4e64fb27ac1 "public/old/Horsley.php/PAGES/VillageHall/pdf/238.pdf" horsley-village-hall/2012-12-31_accounts.pdf

# --- Horsley Neighbourhood Plan Working Group (Horsley, Stroud, Gloucestershire, England) — PDF minutes
get stridders/horsleyparish 1314cb2f42e11a7ed55070865742f4e64fb27ac1 "public/old/Horsley.php/PAGES/Group6/pdf/484.pdf" horsley-np-working-group/2014-10-19_minutes.pdf

#!/usr/bin/env bash
# Fetch the ext15 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- Burton-cum-Walden Parish Council (West Burton, Wensleydale, North Yorkshire, England; HarryAdney/b-c-w-accessible,
# the parish council website's source): the PDF minutes of its monthly meetings, March 2024 to June 2025 (all text-layer).
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-03-05.pdf" "burton-cum-walden/minutes/2024-03-05 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-04-02.pdf" "burton-cum-walden/minutes/2024-04-02 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-05-07.pdf" "burton-cum-walden/minutes/2024-05-07 annual meeting minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-06-04.pdf" "burton-cum-walden/minutes/2024-06-04 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-07-02.pdf" "burton-cum-walden/minutes/2024-07-02 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-09-03.pdf" "burton-cum-walden/minutes/2024-09-03 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-10-01.pdf" "burton-cum-walden/minutes/2024-10-01 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-11-05.pdf" "burton-cum-walden/minutes/2024-11-05 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2024-12-03.pdf" "burton-cum-walden/minutes/2024-12-03 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2025-01-07.pdf" "burton-cum-walden/minutes/2025-01-07 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2025-02-04.pdf" "burton-cum-walden/minutes/2025-02-04 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2025-03-04.pdf" "burton-cum-walden/minutes/2025-03-04 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2025-04-01.pdf" "burton-cum-walden/minutes/2025-04-01 minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2025-05-06.pdf" "burton-cum-walden/minutes/2025-05-06 annual meeting minutes.pdf"
get HarryAdney/b-c-w-accessible 2540570f6702b56a8ad37070174610a0506d441f "public/documents/minutes-2025-06-03.pdf" "burton-cum-walden/minutes/2025-06-03 minutes.pdf"

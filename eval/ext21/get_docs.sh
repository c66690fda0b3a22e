#!/usr/bin/env bash
# Fetch the ext21 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- Tintern Community Council (Tintern, Monmouthshire, Wales; gitforsteve/wyevalleycc, the council's PHP website source):
# signed minutes (PDF, born-digital) of 12 ordinary meetings, November 2017 to August 2019.
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20171127.pdf" "tintern-community-council/minutes/2017-11-27 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20180108.pdf" "tintern-community-council/minutes/2018-01-08 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20180129.pdf" "tintern-community-council/minutes/2018-01-29 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20180226.pdf" "tintern-community-council/minutes/2018-02-26 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20180326.pdf" "tintern-community-council/minutes/2018-03-26 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20180521.pdf" "tintern-community-council/minutes/2018-05-21 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20180730.pdf" "tintern-community-council/minutes/2018-07-30 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20180924.pdf" "tintern-community-council/minutes/2018-09-24 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20181029.pdf" "tintern-community-council/minutes/2018-10-29 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20190128.pdf" "tintern-community-council/minutes/2019-01-28 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20190520.pdf" "tintern-community-council/minutes/2019-05-20 TCC minutes.pdf"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20190819.pdf" "tintern-community-council/minutes/2019-08-19 TCC minutes.pdf"

# --- Wye Valley Community Council (the community council formed in May 2022 for Tintern and Llandogo, Monmouthshire; same
# repository): the website's minutes text files (plain text with HTML line breaks and entities) of 9 meetings, May 2022 to May 2024.
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20220523.txt" "wye-valley-community-council/minutes/2022-05-23 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20220627.txt" "wye-valley-community-council/minutes/2022-06-27 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20220926.txt" "wye-valley-community-council/minutes/2022-09-26 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20221128.txt" "wye-valley-community-council/minutes/2022-11-28 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20230130.txt" "wye-valley-community-council/minutes/2023-01-30 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20230327.txt" "wye-valley-community-council/minutes/2023-03-27 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20230522.txt" "wye-valley-community-council/minutes/2023-05-22 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20231030.txt" "wye-valley-community-council/minutes/2023-10-30 WVCC minutes.txt"
get gitforsteve/wyevalleycc bafd26fdea92a4dd047c4d8b03602e46bc0dd850 "minutes/20240520.txt" "wye-valley-community-council/minutes/2024-05-20 WVCC minutes.txt"

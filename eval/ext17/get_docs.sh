#!/usr/bin/env bash
# Fetch the ext17 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Ayton Community Council (Ayton, Berwickshire, Scottish Borders; ayton-village/website, the village and community
# council Hugo site): the PDF minutes (text layer, 2-3 pages each) of 9 monthly meetings, February 2014 to February 2020.
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2014-02-04.pdf" "ayton-cc/minutes/2014-02-04 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2015-06-02.pdf" "ayton-cc/minutes/2015-06-02 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2016-03-01.pdf" "ayton-cc/minutes/2016-03-01 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2016-10-04.pdf" "ayton-cc/minutes/2016-10-04 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2017-04-04.pdf" "ayton-cc/minutes/2017-04-04 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2017-11-11.pdf" "ayton-cc/minutes/2017-11-11 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2018-06-05.pdf" "ayton-cc/minutes/2018-06-05 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2019-10-01.pdf" "ayton-cc/minutes/2019-10-01 minutes.pdf"
get ayton-village/website 038be9a34c4e23a9f350a0daa4babf70c5570a42 "council/assets/minutes/2020-02-04.pdf" "ayton-cc/minutes/2020-02-04 minutes.pdf"

# --- Govan Community Council (Govan, Glasgow; Govan-Community/govan-website, the community council's Jekyll site):
# the Markdown minutes posts of 5 monthly general meetings (one of them the 2024 AGM), July 2023 to March 2025.
# The post file names carry a publication date, not the meeting date; the local names use the meeting date.
get Govan-Community/govan-website 04cefe9e285d6d8d005a7b8b52fa8f2111063d6f "_posts/2023-07-03-general-meeting-july-2023.md" "govan-cc/minutes/2023-07-03 general meeting minutes.md"
get Govan-Community/govan-website 04cefe9e285d6d8d005a7b8b52fa8f2111063d6f "_posts/2024-03-23-general-meeting-march-2024.md" "govan-cc/minutes/2024-03-04 general meeting minutes.md"
get Govan-Community/govan-website 04cefe9e285d6d8d005a7b8b52fa8f2111063d6f "_posts/2024-06-24-general-meeting-june-2024.md" "govan-cc/minutes/2024-06-03 general meeting minutes.md"
get Govan-Community/govan-website 04cefe9e285d6d8d005a7b8b52fa8f2111063d6f "_posts/2024-10-24-general-meeting-oct-2024.md" "govan-cc/minutes/2024-10-07 annual general meeting minutes.md"
get Govan-Community/govan-website 04cefe9e285d6d8d005a7b8b52fa8f2111063d6f "_posts/2025-03-03-general-meeting-march-2025.md" "govan-cc/minutes/2025-03-03 general meeting minutes.md"

#!/usr/bin/env bash
# Fetch the ext28 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- Garelochhead Community Council (statutory community council for Garelochhead, Portincaple and Whistlefield,
# Argyll and Bute, Scotland, UK; FraserMuir/gcc-website, the source of the community council's Gatsby/Netlify-CMS
# website, whose static/media folder holds the published minutes): minutes of the ordinary (public) meetings from
# November 2019 to August 2021 (held virtually from August 2020), the minutes of the 15 June 2021 AGM, and the
# agenda of the 17 August 2021 meeting (PDFs with a text layer).
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/GCC-2019-11-19-Meeting-Minutes.pdf" "garelochhead-cc/minutes/2019-11-19 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/GCC-2020-01-21-Meeting-Minutes.pdf" "garelochhead-cc/minutes/2020-01-21 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/GCC-2020-06-16-Meeting-Minutes.pdf" "garelochhead-cc/minutes/2020-06-16 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2020-08-18-meeting-minutes.pdf" "garelochhead-cc/minutes/2020-08-18 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2020-09-15-meeting-minutes.pdf" "garelochhead-cc/minutes/2020-09-15 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2020-11-17-meeting-minutes.pdf" "garelochhead-cc/minutes/2020-11-17 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2021-01-19-meeting-minutes.pdf" "garelochhead-cc/minutes/2021-01-19 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2021-03-16-meeting-minutes.pdf" "garelochhead-cc/minutes/2021-03-16 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2021-05-25-meeting-minutes.pdf" "garelochhead-cc/minutes/2021-05-25 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2021-06-15-agm-minutes.pdf" "garelochhead-cc/agm/2021-06-15 GCC AGM minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2021-06-15-meeting-minutes.pdf" "garelochhead-cc/minutes/2021-06-15 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/gcc-2021-08-17-meeting-minutes.pdf" "garelochhead-cc/minutes/2021-08-17 GCC meeting minutes.pdf"
get FraserMuir/gcc-website 7f2cefbb184f211f2c4ada54744f359c8ccee1ad "static/media/agenda-august-17th-2021.pdf" "garelochhead-cc/agendas/2021-08-17 GCC meeting agenda.pdf"

#!/usr/bin/env bash
# Fetch the ext19 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Whangarei District Council (Whangārei, Northland, New Zealand; eileenmcnaughton/wdc-minutes, a mirror of the
# council's "Agendas and minutes" page): post-meeting minutes (PDF) of five Council meetings, one Extraordinary Council
# meeting and two committee meetings, Feb-Jul 2025, plus the mirror's JSON index of all its meeting documents.
W=eileenmcnaughton/wdc-minutes; WC=5d323e566c4d1423771b30141d387e24295a4122
get $W $WC "Post-Meeting Minutes - Whangarei District Council_27Feb_2025 - English.pdf" "whangarei-dc/minutes/2025-02-27 council minutes.pdf"
get $W $WC "Post-Meeting Minutes - Whangarei DC Extraordinary_17Mar_2025 - English.pdf" "whangarei-dc/minutes/2025-03-17 extraordinary council minutes.pdf"
get $W $WC "Post-Meeting Minutes - Whangarei District Council_27Mar_2025 - English.pdf" "whangarei-dc/minutes/2025-03-27 council minutes.pdf"
get $W $WC "Post-Meeting Minutes - Whangarei District Council_26Jun_2025 - English.pdf" "whangarei-dc/minutes/2025-06-26 council minutes.pdf"
get $W $WC "Post-Meeting Minutes - Finance Committee_26Jun_2025 - English.pdf" "whangarei-dc/minutes/2025-06-26 finance committee minutes.pdf"
get $W $WC "Post-Meeting Minutes - Infrastructure Committee_17Jul_2025 - English.pdf" "whangarei-dc/minutes/2025-07-17 infrastructure committee minutes.pdf"
get $W $WC "Post-Meeting Minutes - Whangarei District Council_24Jul_2025 - English.pdf" "whangarei-dc/minutes/2025-07-24 council minutes.pdf"
get $W $WC "index.json" "whangarei-dc/index.json"

# --- Broomhill Community Council (Broomhill, Glasgow, Scotland; broomhillcc/broomhillcc.github.io, the council's Hugo
# website source): minutes (PDF) of 8 meetings, Feb-Nov 2025 (meetings no.438-445, incl. the Oct 2025 AGM), plus
# three Markdown pages from the site (an RPZ statement and two news items).
B=broomhillcc/broomhillcc.github.io; BC=d8b7fceb3131716bf0d31b7a58fa0f9b78657fd6
get $B $BC "static/feb25m.pdf" "broomhill-cc/minutes/2025-02-12 minutes.pdf"
get $B $BC "static/mar25m.pdf" "broomhill-cc/minutes/2025-03-12 minutes.pdf"
get $B $BC "static/apr25m.pdf" "broomhill-cc/minutes/2025-04-09 minutes.pdf"
get $B $BC "static/may25m.pdf" "broomhill-cc/minutes/2025-05-14 minutes.pdf"
get $B $BC "static/june25m.pdf" "broomhill-cc/minutes/2025-06-11 minutes.pdf"
get $B $BC "static/september25m.pdf" "broomhill-cc/minutes/2025-09-11 minutes.pdf"
get $B $BC "static/oct25agmm.pdf" "broomhill-cc/minutes/2025-10-08 agm minutes.pdf"
get $B $BC "static/november25m.pdf" "broomhill-cc/minutes/2025-11-12 minutes.pdf"
get $B $BC "content/news/aug25-school-crossing-patroller.md" "broomhill-cc/pages/2025-08-22 school crossing patrols.md"
get $B $BC "content/news/oct25-thornwood-roundabout-consultation.md" "broomhill-cc/pages/2025-10-29 thornwood roundabout consultation.md"
get $B $BC "content/rpz/dec25-rpz-statement.md" "broomhill-cc/pages/2025-12-04 rpz statement.md"

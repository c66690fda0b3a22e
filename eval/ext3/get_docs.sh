#!/bin/sh
# Fetch the ext3 documents (public GitHub files, see SOURCES.md) into DIR (default ./ext3-docs).
# Needs git and network access to github.com. Usage: sh eval/ext3/get_docs.sh [DIR]
# Every file is written byte-for-byte with `git show COMMIT:PATH`. The two Sacramento County
# Board of Education files are the repository's pdftotext output (stored upstream as .md),
# saved under a .txt name with their content unchanged.
set -eu
DIR=${1:-ext3-docs}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Offline check: MIRRORS=DIR reads bare copies named OWNER+REPO/repo there (e.g. MIRRORS=/work/.mirror) instead.
src() { if [ -n "${MIRRORS:-}" ]; then echo "$MIRRORS/$(echo "$1" | tr / +)/repo"; else echo "https://github.com/$1"; fi; }
git clone -q --filter=blob:none --no-checkout "$(src wifelette/city_of_rivergrove)" "$TMP/rg"
git clone -q --filter=blob:none --no-checkout "$(src ayton-village/website)" "$TMP/ay"
git clone -q --filter=blob:none --no-checkout "$(src ccorcos/focs)" "$TMP/fo"
git clone -q --filter=blob:none --no-checkout "$(src Govan-Community/govan-website)" "$TMP/gv"
get() { # repo commit path local
    mkdir -p "$DIR/$(dirname "$4")"
    git -C "$TMP/$1" show "$2:$3" > "$DIR/$4"
}
RG=7de8b7dd77c0a9c33bf868d62004aaa7a0fd18d3
get rg $RG "source-documents/Meetings/2018/2018-08/2018-08-13-Minutes.pdf" rivergrove-city-council/2018-08-13_council_minutes.pdf
get rg $RG "source-documents/Meetings/2018/2018-12/2018-12-10-Minutes.pdf" rivergrove-city-council/2018-12-10_council_minutes.pdf
get rg $RG "source-documents/Resolutions/2018-Res-#259-Planning-Development-Fees.pdf" rivergrove-city-council/2018-12-10_resolution_259-2018_fee_schedule.pdf
get rg $RG "source-documents/Resolutions/2024-Res-#300-Fee-Schedule-Modification.pdf" rivergrove-city-council/2024-04-08_resolution_300-2024_fee_schedule.pdf
AY=038be9a34c4e23a9f350a0daa4babf70c5570a42
get ay $AY council/assets/minutes/2021-05-04.pdf ayton-cc/2021-05-04_minutes.pdf
get ay $AY council/assets/minutes/2021-06-03.pdf ayton-cc/2021-06-03_minutes.pdf
get ay $AY council/content/minutes/2025-03-04.md ayton-cc/2025-03-04_minutes.md
get ay $AY council/content/minutes/2025-04-01.md ayton-cc/2025-04-01_minutes.md
get ay $AY council/content/minutes/2025-05-06.md ayton-cc/2025-05-06_minutes.md
FO=afd6262d8b8e6aec29618864acb8911116c465aa
get fo $FO "docs/SCOE/2025-06-10-DFRNUW61B028/06.10.25 Board Meeting Minutes Unapproved for agenda.md" sacramento-county-boe/2025-06-10_board_minutes.txt
get fo $FO "docs/SCOE/2025-06-24-DFRTMD7800CB/06.24.25 Board Meeting Minutes Unapproved for Agenda.md" sacramento-county-boe/2025-06-24_board_minutes.txt
GV=04cefe9e285d6d8d005a7b8b52fa8f2111063d6f
get gv $GV _posts/2025-10-06-agm-and-general-meeting-october-2025.md govan-cc/2025-10-06_agm_and_general_meeting_minutes.md
get gv $GV _posts/2025-11-03-general-meeting-november-2025.md govan-cc/2025-11-03_general_meeting_minutes.md
echo "ext3 documents in $DIR; then: minutes-rag ingest $DIR --index /tmp/ext3idx && minutes-rag eval eval/ext3/questions.ext3.jsonl --corpus-root $DIR --index /tmp/ext3idx"

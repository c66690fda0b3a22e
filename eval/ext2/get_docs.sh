#!/bin/sh
# Fetch the ext2 documents (public GitHub files, see SOURCES.md) into DIR (default ./ext2-docs).
# Needs git and network access to github.com. Usage: sh eval/ext2/get_docs.sh [DIR]
# Every file is written byte-for-byte with `git show COMMIT:PATH`; the .html files are the
# repository's .php page fragments, saved under an .html name (content unchanged).
set -eu
DIR=${1:-ext2-docs}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Offline check: MIRRORS=DIR reads bare copies named OWNER+REPO/repo there (e.g. MIRRORS=/work/.mirror) instead.
src() { if [ -n "${MIRRORS:-}" ]; then echo "$MIRRORS/$(echo "$1" | tr / +)/repo"; else echo "https://github.com/$1"; fi; }
git clone -q --filter=blob:none --no-checkout "$(src Birmingham-Eastside/sutton-coldfield-town-council)" "$TMP/sc"
git clone -q --filter=blob:none --no-checkout "$(src galaxybrainco/alameda-data)" "$TMP/al"
git clone -q --filter=blob:none --no-checkout "$(src andymabb/mscc)" "$TMP/ms"
GIT_LFS_SKIP_SMUDGE=1 git clone -q --filter=blob:none --no-checkout "$(src jackrosenthal/rtd-iqm-data)" "$TMP/rt"
get() { # repo commit path local
    mkdir -p "$DIR/$(dirname "$4")"
    git -C "$TMP/$1" show "$2:$3" > "$DIR/$4"
}
SC=457387b5ab66692e675adc9b1673d814ae12329d
get sc $SC "communitygrants/CommunityGrant minutes 2018 March 13.pdf" sutton-coldfield-tc/2018-03-13_alcs_committee_minutes.pdf
get sc $SC "communitygrants/CommunityGrant notes 2018 March 13.pdf" sutton-coldfield-tc/2018-03-13_community_grant_applications.pdf
get sc $SC "accounts/Item 166  CBSO Concert.pdf" sutton-coldfield-tc/2017-02-21_council_item166_summer_in_sutton.pdf
get sc $SC "communitygrants/Copy-of-Community-Grant-Fund-Amenities-15-November..pdf" sutton-coldfield-tc/2016-11-15_community_grant_applications.pdf
AL=abf6ba671b0bd88b667c084a73c9d6448214d589
get al $AL data/CityCouncil/2023-05-11.pdf alameda/2023-05-11_special_council_minutes.pdf
get al $AL data/CityCouncil/2023-06-06.pdf alameda/2023-06-06_regular_council_minutes.pdf
MS=3e58373b690163411f60b386607d9cf8bcfe00d5
get ms $MS src/minutes/minutes_20-06-10.php manordeilo-salem-cc/2020-06-10_minutes.html
get ms $MS src/minutes/minutes_2020-10.php manordeilo-salem-cc/2020-10-14_minutes.html
get ms $MS src/minutes/minutes_2020-11.php manordeilo-salem-cc/2020-11-11_minutes.html
RT=293d20e6515ad733b3a2d1a3bb8bfaa7207d90c5
get rt $RT meetings/3841/minutes.txt rtd-denver/2025-09-30_board_minutes.txt
get rt $RT meetings/3852/minutes.txt rtd-denver/2025-10-28_board_minutes.txt
echo "ext2 documents in $DIR; then: minutes-rag ingest $DIR --index /tmp/ext2idx && minutes-rag eval eval/ext2/questions.ext2.jsonl --corpus-root $DIR --index /tmp/ext2idx"

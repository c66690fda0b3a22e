#!/bin/sh
# Fetch the ext1 documents (public GitHub files, see SOURCES.md) into DIR (default ./ext1-docs).
# Needs git and network access to github.com. Usage: sh eval/ext1/get_docs.sh [DIR]
set -eu
DIR=${1:-ext1-docs}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Offline check: MIRRORS=DIR reads bare copies named OWNER+REPO/repo there (e.g. MIRRORS=/work/.mirror) instead.
src() { if [ -n "${MIRRORS:-}" ]; then echo "$MIRRORS/$(echo "$1" | tr / +)/repo"; else echo "https://github.com/$1"; fi; }
git clone -q --filter=blob:none --no-checkout "$(src lovell/stokeferry.com)" "$TMP/sf"
git clone -q --filter=blob:none --no-checkout "$(src adam-on-the-internet/dsm-pth)" "$TMP/dsm"
get() { # repo commit path local
    mkdir -p "$DIR/$(dirname "$4")"
    git -C "$TMP/$1" show "$2:$3" > "$DIR/$4"
}
SF=867787f897f6b1e7bd4f70907041723dc11dd69c
get sf $SF src/2018/03/stoke-ferry-parish-council-february-meeting-5/index.md stoke-ferry-pc/2018-02-07_ordinary_meeting_minutes.md
get sf $SF src/2018/07/stoke-ferry-parish-council-minutes-of-may-meeting/index.md stoke-ferry-pc/2018-05_minutes.md
get sf $SF src/2018/11/west-dereham-parish-council-minutes-of-october-meeting/index.md west-dereham-pc/2018-10_minutes.md
get sf $SF src/2019/03/west-dereham-parish-council-minutes-november-2018/index.md west-dereham-pc/2018-11_minutes.md
get sf $SF src/2016/10/northwold-parish-council-september-meeting/index.md northwold-pc/2016-09_minutes.md
get sf $SF src/2014/03/wereham-parish-council-january-2/index.md wereham-pc/2014-01_minutes.md
get dsm de5dad02a7f2bdbedca16f9d1b248a7a61d143be src/assets/rules-archive/2005_05_09/meeting_minutes.pdf des-moines/2005-05-09_council_meeting_report.pdf
get dsm 8ef00466a1d43a2344eda891d127876c34445b1b src/assets/misc/special-meeting-invalid-minutes.pdf des-moines/2022-01-14_special_council_meeting_report.pdf
get dsm aa99a20aa60a8eb713d27fbe3101693d3b0ec58c src/assets/misc/FireWorkSessionUpdate.pdf des-moines/2021-08-09_fire_work_session_update.pdf
echo "ext1 documents in $DIR; then: minutes-rag ingest $DIR --index /tmp/extidx && minutes-rag eval eval/ext1/questions.ext1.jsonl --corpus-root $DIR --index /tmp/extidx"

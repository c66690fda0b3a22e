#!/usr/bin/env bash
# Fetch the ext7 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Licton Springs Community Council (Seattle, Washington, USA) — Markdown minutes (Pelican site source), saved as .txt
get licton/licton_springs 77b4665c8e9e9e04ceb0d0b3df6d5c1512725687 "content/2021_09_minutes.md" licton-springs-cc/2021-09-15_minutes.txt
get licton/licton_springs 77b4665c8e9e9e04ceb0d0b3df6d5c1512725687 "content/2021_10_minutes.md" licton-springs-cc/2021-10-20_minutes.txt
get licton/licton_springs 77b4665c8e9e9e04ceb0d0b3df6d5c1512725687 "content/2021_11_minutes.md" licton-springs-cc/2021-11-17_minutes.txt
get licton/licton_springs 77b4665c8e9e9e04ceb0d0b3df6d5c1512725687 "content/2022_01_minutes.md" licton-springs-cc/2022-01-19_minutes.txt

# --- Boughton Parish Council (King's Lynn and West Norfolk, England) — Markdown/HTML posts on the Village Pump site, saved as .txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2013/04/boughton-parish-council-parish-meeting-february/index.md" boughton-pc/2013-02-15_minutes.txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2013/07/boughton-pc-meeting-may-13/index.md" boughton-pc/2013-05-03_minutes.txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2013/09/boughton-parish-council-minutes/index.md" boughton-pc/2013-08-02_minutes.txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2013/12/boughton-parish-council-meeting-december/index.md" boughton-pc/2013-11-01_minutes.txt

# --- Wretton Parish Council (King's Lynn and West Norfolk, England) — Markdown posts on the Village Pump site, saved as .txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2020/02/wretton-parish-council-november-meeting-minutes/index.md" wretton-pc/2019-11-04_minutes.txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2020/03/wretton-parish-council-meeting-january-2020/index.md" wretton-pc/2020-01-06_minutes.txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2020/05/wretton-parish-council-march-meeting-3/index.md" wretton-pc/2020-03-02_minutes.txt
get lovell/stokeferry.com 867787f897f6b1e7bd4f70907041723dc11dd69c "src/2020/08/wretton-pc-minutes-may-2020/index.md" wretton-pc/2020-05-04_minutes.txt

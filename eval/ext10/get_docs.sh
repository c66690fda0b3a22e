#!/usr/bin/env bash
# Fetch the ext10 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Souldern Parish Council (Oxfordshire; souldern/souldern.github.io, www.souldern.org, CC BY-SA 4.0): other
# meetings' minutes from the same site as the shared corpus's Souldern files, 2012 to 2026. None of these is a
# corpus file (checked by git hash-object against ../shared/corpus).
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2012-11-29 SPC minutes.pdf" "souldern-parish-council/minutes/2012-11-29 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2013-03-21 SPC minutes.pdf" "souldern-parish-council/minutes/2013-03-21 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2013-07-18 SPC minutes.pdf" "souldern-parish-council/minutes/2013-07-18 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2014-05-15 SPC minutes.pdf" "souldern-parish-council/minutes/2014-05-15 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2014-09-18 SPC minutes.pdf" "souldern-parish-council/minutes/2014-09-18 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2015-01-22 SPC minutes.pdf" "souldern-parish-council/minutes/2015-01-22 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2015-11-19 SPC minutes.pdf" "souldern-parish-council/minutes/2015-11-19 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2016-03-17 SPC minutes.pdf" "souldern-parish-council/minutes/2016-03-17 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2017-05-18 SPC minutes.pdf" "souldern-parish-council/minutes/2017-05-18 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2017-09-14 SPC minutes.pdf" "souldern-parish-council/minutes/2017-09-14 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2018-01-18 SPC minutes.pdf" "souldern-parish-council/minutes/2018-01-18 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2018-03-22 SPC minutes.pdf" "souldern-parish-council/minutes/2018-03-22 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2018-10-09 SPC minutes.pdf" "souldern-parish-council/minutes/2018-10-09 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2019-11-28 SPC minutes.pdf" "souldern-parish-council/minutes/2019-11-28 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2021-11-25 SPC minutes.pdf" "souldern-parish-council/minutes/2021-11-25 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2022-01-27 SPC minutes.pdf" "souldern-parish-council/minutes/2022-01-27 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2022-03-31 SPC minutes.pdf" "souldern-parish-council/minutes/2022-03-31 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2023-06-29 SPC minutes.pdf" "souldern-parish-council/minutes/2023-06-29 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2023-11-30 SPC minutes.pdf" "souldern-parish-council/minutes/2023-11-30 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2024-04-10 SPC minutes.pdf" "souldern-parish-council/minutes/2024-04-10 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2024-09-26 SPC minutes.pdf" "souldern-parish-council/minutes/2024-09-26 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2025-02-27 SPC minutes.pdf" "souldern-parish-council/minutes/2025-02-27 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2025-09-25 SPC minutes.pdf" "souldern-parish-council/minutes/2025-09-25 SPC minutes.pdf"
get souldern/souldern.github.io d13c8766f0b9e26ac28a2f63c9544ddbb6296385 "parish-council/spc-minutes/2026-02-26 SPC minutes.pdf" "souldern-parish-council/minutes/2026-02-26 SPC minutes.pdf"

#!/usr/bin/env bash
# Fetch the ext13 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- Burra Town Council (Corporation of the Town of Burra, South Australia; emlynoregan/bitn, "Burra in the News"):
# Hugo Markdown records (YAML front matter + text) of the Burra Record's reports of council meetings, July 1929 to March 1931,
# as abstracted by local historian Eric Fuss. File date = meeting date where the report gives one, else the issue date.
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_31121.md" "burra-town-council/minutes/1929-07-01 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_32509.md" "burra-town-council/minutes/1929-11-16 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_33425.md" "burra-town-council/minutes/1930-02-03 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_33623.md" "burra-town-council/minutes/1930-02-17 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_33737.md" "burra-town-council/minutes/1930-03-03 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_34393.md" "burra-town-council/minutes/1930-06-02 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_34537.md" "burra-town-council/minutes/1930-06-16 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_35077.md" "burra-town-council/minutes/1930-08-05 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_35889.md" "burra-town-council/minutes/1930-11-03 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_36301.md" "burra-town-council/minutes/1930-12-03 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_36747.md" "burra-town-council/minutes/1931-01-14 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_36927.md" "burra-town-council/minutes/1931-01-19 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_37049.md" "burra-town-council/minutes/1931-02-02 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_37303.md" "burra-town-council/minutes/1931-02-16 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_37405.md" "burra-town-council/minutes/1931-03-02 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1920_39_record_content_37051.md" "burra-town-council/minutes/1931-02-02 minutes (page 2 report).md"

# --- Regional Council of Goyder (South Australia; same repository and commit): Markdown records of the Burra Broadcaster's
# notes on the new amalgamated council's meetings and decisions in its first year, February 1997 to February 1998.
# File date = the Broadcaster issue date (the notes rarely give the meeting date).
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_12267.md" "goyder-regional-council/minutes/1997-02-05 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_12425.md" "goyder-regional-council/minutes/1997-02-26 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_12733.md" "goyder-regional-council/minutes/1997-03-26 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_13111.md" "goyder-regional-council/minutes/1997-05-07 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_13357.md" "goyder-regional-council/minutes/1997-06-04 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_13573.md" "goyder-regional-council/minutes/1997-07-23 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_13637.md" "goyder-regional-council/minutes/1997-08-06 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_13813.md" "goyder-regional-council/minutes/1997-08-27 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_14051.md" "goyder-regional-council/minutes/1997-09-24 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_14387.md" "goyder-regional-council/minutes/1997-10-29 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_14549.md" "goyder-regional-council/minutes/1997-11-26 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_14743.md" "goyder-regional-council/minutes/1997-12-17 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_15027.md" "goyder-regional-council/minutes/1997-12-24 minutes.md"
get emlynoregan/bitn 39c7a06937f960067c2afc93f2abf944f3573be5 "site/content/records/1991_2016_burra_broadcaster_content_15265.md" "goyder-regional-council/minutes/1998-02-04 minutes.md"

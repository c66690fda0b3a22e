#!/usr/bin/env bash
# Fetch the ext16 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Port of Alsea Board of Commissioners (Port of Alsea, Waldport, Lincoln County, Oregon; illumiphi/port-of-alsea.illumiphi.com,
# the port's Grav website source): the minutes pages (Markdown) of 12 meetings, March 2018 to July 2020.
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-03-18-board-of-commissioners-meeting/04.minutes/minutes.md" "port-of-alsea/minutes/2018-03-15 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-04-19-board-of-commissioners-meeting/04.minutes/minutes.md" "port-of-alsea/minutes/2018-04-19 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-05-23-board-of-commissioners-meeting/04.minutes/minutes.md" "port-of-alsea/minutes/2018-05-23 regular meeting and budget hearing minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-06-28-board-of-commissioners-meeting/06.minutes/minutes.md" "port-of-alsea/minutes/2018-06-28 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-07-26-board-of-commissioners-meeting/04.minutes/minutes.md" "port-of-alsea/minutes/2018-07-26 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-08-16-board-of-commissioners-meeting/03.minutes/minutes.md" "port-of-alsea/minutes/2018-08-16 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-09-20-board-of-commissioners-meeting/04.minutes/minutes.md" "port-of-alsea/minutes/2018-09-20 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-10-11-special-meeting/01.minutes/minutes.md" "port-of-alsea/minutes/2018-10-11 special meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2018-11-18-board-of-commissioners-meeting/03.minutes/minutes.md" "port-of-alsea/minutes/2018-11-15 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2020-01-16-board-of-commissioners/02.minutes/minutes.md" "port-of-alsea/minutes/2020-01-16 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2020-02-20-board-of-commissioners/02.minutes/minutes.md" "port-of-alsea/minutes/2020-02-20 regular meeting minutes.md"
get illumiphi/port-of-alsea.illumiphi.com 20aff9c977d9d259994e0b93e8923cac05f04ce7 "pages/04.calendar/2020-07-16-board-of-commissioners/02.july-2020-minutes/minutes.md" "port-of-alsea/minutes/2020-07-16 regular meeting minutes.md"

# --- Cleveland City Council (City of Cleveland, Ohio; opencleveland/drocer, Open Cleveland's plain-text conversion of
# The City Record, the council's weekly official publication): 6 weekly issues, each carrying the official proceedings of
# the council meeting held on the Monday before (plus Board of Control and other boards' notices).
get opencleveland/drocer c6ab98de586fc3a8cef5048e937a6769e48d6b31 "2018/2018-02-14.txt" "cleveland-city-council/city-record/2018-02-14 city record.txt"
get opencleveland/drocer c6ab98de586fc3a8cef5048e937a6769e48d6b31 "2018/2018-04-04.txt" "cleveland-city-council/city-record/2018-04-04 city record.txt"
get opencleveland/drocer c6ab98de586fc3a8cef5048e937a6769e48d6b31 "2018/2018-04-18.txt" "cleveland-city-council/city-record/2018-04-18 city record.txt"
get opencleveland/drocer c6ab98de586fc3a8cef5048e937a6769e48d6b31 "2018/2018-09-19.txt" "cleveland-city-council/city-record/2018-09-19 city record.txt"
get opencleveland/drocer c6ab98de586fc3a8cef5048e937a6769e48d6b31 "2018/2018-10-03.txt" "cleveland-city-council/city-record/2018-10-03 city record.txt"
get opencleveland/drocer c6ab98de586fc3a8cef5048e937a6769e48d6b31 "2019/2019-01-16.txt" "cleveland-city-council/city-record/2019-01-16 city record.txt"

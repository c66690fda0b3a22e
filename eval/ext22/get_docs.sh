#!/usr/bin/env bash
# Fetch the ext22 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Lincoln Township Board (Lincoln Township, Clare County, Michigan; Unicorn/Unicorn.Gives, a community-portal
# repository whose content/minutes/ folder holds the township clerk's minutes transcribed to Markdown): 17 meetings,
# May 2014 to December 2025 (regular board meetings, workshops, special meetings, budget and annual meetings, a bid opening).
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2014-05-12-sheriff-meeting.md" "lincoln-township/minutes/2014-05-12 sheriff meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2017-04-25-workshop.md" "lincoln-township/minutes/2017-04-25 workshop minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2017-05-02-special-meeting.md" "lincoln-township/minutes/2017-05-02 special meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2017-05-08-board-meeting.md" "lincoln-township/minutes/2017-05-08 board meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2019-08-12-board-meeting.md" "lincoln-township/minutes/2019-08-12 board meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2020-03-11-special-meeting.md" "lincoln-township/minutes/2020-03-11 special meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2024-06-19-budget-meeting.md" "lincoln-township/minutes/2024-06-19 budget meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2024-06-19-annual-meeting.md" "lincoln-township/minutes/2024-06-19 annual meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-01-20-special-meeting.md" "lincoln-township/minutes/2025-01-20 special meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-05-12-board-meeting.md" "lincoln-township/minutes/2025-05-12 board meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-06-26-budget-meeting.md" "lincoln-township/minutes/2025-06-26 budget meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-06-26-annual-meeting.md" "lincoln-township/minutes/2025-06-26 annual meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-10-08-workshop.md" "lincoln-township/minutes/2025-10-08 workshop minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-10-13-board-meeting.md" "lincoln-township/minutes/2025-10-13 board meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-10-23-bid-packet-opening.md" "lincoln-township/minutes/2025-10-23 bid packet opening minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-11-10-board-meeting.md" "lincoln-township/minutes/2025-11-10 board meeting minutes.md"
get Unicorn/Unicorn.Gives 34d68384dea90416c47279aa6ae7a56fe6cc913c "content/minutes/2025-12-08-board-meeting.md" "lincoln-township/minutes/2025-12-08 board meeting minutes.md"

# --- Arlington Town Meeting (Town of Arlington, Middlesex County, Massachusetts; representative town meeting of about 250
# elected members; ShaneCurcuru/menotomymatters, the "Menotomy Matters" civic website's Jekyll data files): the warrants of
# the 2019 Annual, 2019 Special, November 2020 Special and 2021 Annual Town Meetings as JSON (article text, who inserted it,
# board recommendations, and for 2019-2020 the recorded electronic vote tallies), plus the 2019 vote tallies as CSV.
get ShaneCurcuru/menotomymatters 5110e63089444d6ce495bff70e8ba594a64513e3 "_data/2019warrant.json" "arlington-town-meeting/warrants/2019 annual town meeting warrant.json"
get ShaneCurcuru/menotomymatters 5110e63089444d6ce495bff70e8ba594a64513e3 "_data/2019warrant-votes.csv" "arlington-town-meeting/votes/2019 annual town meeting votes.csv"
get ShaneCurcuru/menotomymatters 5110e63089444d6ce495bff70e8ba594a64513e3 "_data/2019specialwarrant.json" "arlington-town-meeting/warrants/2019 special town meeting warrant.json"
get ShaneCurcuru/menotomymatters 5110e63089444d6ce495bff70e8ba594a64513e3 "_data/2019specialwarrant-votes.csv" "arlington-town-meeting/votes/2019 special town meeting votes.csv"
get ShaneCurcuru/menotomymatters 5110e63089444d6ce495bff70e8ba594a64513e3 "_data/2020specialwarrant.json" "arlington-town-meeting/warrants/2020 november special town meeting warrant.json"
get ShaneCurcuru/menotomymatters 5110e63089444d6ce495bff70e8ba594a64513e3 "_data/2021warrant.json" "arlington-town-meeting/warrants/2021 annual town meeting warrant.json"

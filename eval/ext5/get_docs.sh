#!/usr/bin/env bash
# Build the ext5 evaluation document (docs/meetingbank_dev.jsonl): 12 records of the public MeetingBank
# dataset's validation split, copied from a public GitHub repository's CSV of it.
#
# Usage:  ./get_docs.sh [DEST]          (DEST defaults to ./docs next to this script)
#
# The repository is cloned once without blobs and without a checkout; the CSV is read with
#   git -C DIR show COMMIT:data/raw/meetingbank_validation.csv
# and the 12 records (by uid, in this order) are written one per line as
#   {"uid", "split": "validation", "summary", "transcript"}, the form of ../shared/corpus/meetingbank.
# Offline check: set MIRRORS to a folder holding a bare copy named OWNER+REPO/repo.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="${1:-$HERE/docs}"
CLONES="${CLONES:-$HERE/.clones}"
MIRRORS="${MIRRORS:-}"
REPO=srh-meetingbank-group4/meetingbank-nlp
COMMIT=f5f42bc0230de32fe04c0a083a7736fcc8eb68ca
KEY="${REPO/\//+}"
if [ -n "$MIRRORS" ]; then
  DIR="$MIRRORS/$KEY/repo"
else
  DIR="$CLONES/$KEY"
  [ -d "$DIR" ] || { mkdir -p "$CLONES"; git clone --quiet --filter=blob:none --no-checkout "https://github.com/$REPO" "$DIR"; }
fi
mkdir -p "$DEST"
git -C "$DIR" show "$COMMIT:data/raw/meetingbank_validation.csv" | python3 -c '
import csv, json, sys
csv.field_size_limit(sys.maxsize)
want = sys.argv[1].split("|")
rows = {r["uid"]: r for r in csv.DictReader(sys.stdin)}
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for uid in want:
        r = rows[uid]
        out.write(json.dumps({"uid": uid, "split": "validation", "summary": r["summary"],
                              "transcript": r["transcript"]}, ensure_ascii=False) + "\n")
' "LongBeachCC_05232017_17-0404|LongBeachCC_06232020_20-0594|LongBeachCC_10232018_18-0959|LongBeachCC_07192016_16-0661|DenverCityCouncil_02242020_20-0186|DenverCityCouncil_08092021_21-0523|DenverCityCouncil_08202018_18-0842|SeattleCityCouncil_03142016_CB 118637|SeattleCityCouncil_06242019_CB 119539|SeattleCityCouncil_06012021_CB 120083|AlamedaCC_12152020_2020-8548|KingCountyCC_04212020_2020-0166" "$DEST/meetingbank_dev.jsonl"
echo "wrote $DEST/meetingbank_dev.jsonl (sha256 of the copy measured: a8cb0365b7dfa1aba167a35173e905372e05459b88b9fc12d61f5b60411910db)"

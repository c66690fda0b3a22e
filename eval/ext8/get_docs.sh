#!/usr/bin/env bash
# Fetch the ext8 evaluation documents byte-for-byte from their public GitHub repositories.
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
CLONES="${CLONES:-$HERE/.clones}"
MIRRORS="${MIRRORS:-}"

repo_dir() {            # OWNER/REPO -> a git directory holding it
  local repo="$1" key="${1/\//+}"
  if [ -n "$MIRRORS" ]; then
    if [ -d "$MIRRORS/$key/repo/.git" ]; then echo "$MIRRORS/$key/repo/.git"; else echo "$MIRRORS/$key/repo"; fi
    return
  fi
  local dir="$CLONES/$key"
  if [ ! -d "$dir" ]; then
    mkdir -p "$CLONES"
    git clone --quiet --filter=blob:none --no-checkout "https://github.com/$repo" "$dir" >&2
  fi
  echo "$dir"
}

get() {                 # get OWNER/REPO COMMIT PATH-IN-REPO LOCAL-PATH
  local repo="$1" commit="$2" path="$3" local="$4" dir
  dir="$(repo_dir "$repo")"
  mkdir -p "$(dirname "$DEST/$local")"
  git -C "$dir" show "$commit:$path" > "$DEST/$local"
  echo "got $local"
}

# --- City of London (Ontario, Canada) — eScribe minutes as Markdown and JSON (explorience/open-council), May to July 2025 (the shared corpus holds January to April)
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-01 6th Meeting of the Strategic Priorities and Policy Committee.md" "london-ontario/md/2025-05-01 6th Meeting of the Strategic Priorities and Policy Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-12 9th Special Meeting of the Infrastructure and Corporate Services Committee.md" "london-ontario/md/2025-05-12 9th Special Meeting of the Infrastructure and Corporate Services Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-13 8th Council Meeting.md" "london-ontario/md/2025-05-13 8th Council Meeting.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-20 9th Meeting of the Community and Protective Services Committee.md" "london-ontario/md/2025-05-20 9th Meeting of the Community and Protective Services Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-21 The 8th Meeting of the Planning and Environment Committee.md" "london-ontario/md/2025-05-21 The 8th Meeting of the Planning and Environment Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-22 2nd Meeting of the Budget Committee.md" "london-ontario/md/2025-05-22 2nd Meeting of the Budget Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-26 10th Meeting of the Infrastructure and Corporate Services Committee.md" "london-ontario/md/2025-05-26 10th Meeting of the Infrastructure and Corporate Services Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-05/2025-05-27 7th Meeting of the Strategic Priorities and Policy Committee.md" "london-ontario/md/2025-05-27 7th Meeting of the Strategic Priorities and Policy Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-03 9th Council Meeting.md" "london-ontario/md/2025-06-03 9th Council Meeting.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-09 10th Meeting of the Community and Protective Services Committee.md" "london-ontario/md/2025-06-09 10th Meeting of the Community and Protective Services Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-10 The 9th Meeting of the Planning and Environment Committee.md" "london-ontario/md/2025-06-10 The 9th Meeting of the Planning and Environment Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-11 3rd Meeting of the Budget Committee.md" "london-ontario/md/2025-06-11 3rd Meeting of the Budget Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-16 11th Meeting of the Infrastructure and Corporate Services Committee.md" "london-ontario/md/2025-06-16 11th Meeting of the Infrastructure and Corporate Services Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-17 10th Special Council Meeting.md" "london-ontario/md/2025-06-17 10th Special Council Meeting.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-17 8th Meeting of the Strategic Priorities and Policy Committee.md" "london-ontario/md/2025-06-17 8th Meeting of the Strategic Priorities and Policy Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-18 3rd Meeting of the Audit Committee.md" "london-ontario/md/2025-06-18 3rd Meeting of the Audit Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-23 Special 10th Meeting of the Planning and Environment Committee.md" "london-ontario/md/2025-06-23 Special 10th Meeting of the Planning and Environment Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-06/2025-06-24 11th Council Meeting.md" "london-ontario/md/2025-06-24 11th Council Meeting.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-07/2025-07-14 11th Meeting of the Community and Protective Services Committee.md" "london-ontario/md/2025-07-14 11th Meeting of the Community and Protective Services Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-07/2025-07-15 The 12th Meeting of the Planning and Environment Committee.md" "london-ontario/md/2025-07-15 The 12th Meeting of the Planning and Environment Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-07/2025-07-16 12th Meeting of the Infrastructure and Corporate Services Committee.md" "london-ontario/md/2025-07-16 12th Meeting of the Infrastructure and Corporate Services Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "content/2025-07/2025-07-17 9th Meeting of the Strategic Priorities and Policy Committee.md" "london-ontario/md/2025-07-17 9th Meeting of the Strategic Priorities and Policy Committee.md"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-01 6th Meeting of the Strategic Priorities and Policy Committee.json" "london-ontario/json/2025-05-01 6th Meeting of the Strategic Priorities and Policy Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-12 9th Special Meeting of the Infrastructure and Corporate Services Committee.json" "london-ontario/json/2025-05-12 9th Special Meeting of the Infrastructure and Corporate Services Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-13 8th Council Meeting.json" "london-ontario/json/2025-05-13 8th Council Meeting.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-20 9th Meeting of the Community and Protective Services Committee.json" "london-ontario/json/2025-05-20 9th Meeting of the Community and Protective Services Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-21 The 8th Meeting of the Planning and Environment Committee.json" "london-ontario/json/2025-05-21 The 8th Meeting of the Planning and Environment Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-22 2nd Meeting of the Budget Committee.json" "london-ontario/json/2025-05-22 2nd Meeting of the Budget Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-26 10th Meeting of the Infrastructure and Corporate Services Committee.json" "london-ontario/json/2025-05-26 10th Meeting of the Infrastructure and Corporate Services Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-05/2025-05-27 7th Meeting of the Strategic Priorities and Policy Committee.json" "london-ontario/json/2025-05-27 7th Meeting of the Strategic Priorities and Policy Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-03 9th Council Meeting.json" "london-ontario/json/2025-06-03 9th Council Meeting.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-09 10th Meeting of the Community and Protective Services Committee.json" "london-ontario/json/2025-06-09 10th Meeting of the Community and Protective Services Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-10 The 9th Meeting of the Planning and Environment Committee.json" "london-ontario/json/2025-06-10 The 9th Meeting of the Planning and Environment Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-11 3rd Meeting of the Budget Committee.json" "london-ontario/json/2025-06-11 3rd Meeting of the Budget Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-16 11th Meeting of the Infrastructure and Corporate Services Committee.json" "london-ontario/json/2025-06-16 11th Meeting of the Infrastructure and Corporate Services Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-17 10th Special Council Meeting.json" "london-ontario/json/2025-06-17 10th Special Council Meeting.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-17 8th Meeting of the Strategic Priorities and Policy Committee.json" "london-ontario/json/2025-06-17 8th Meeting of the Strategic Priorities and Policy Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-18 3rd Meeting of the Audit Committee.json" "london-ontario/json/2025-06-18 3rd Meeting of the Audit Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-23 Special 10th Meeting of the Planning and Environment Committee.json" "london-ontario/json/2025-06-23 Special 10th Meeting of the Planning and Environment Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-06/2025-06-24 11th Council Meeting.json" "london-ontario/json/2025-06-24 11th Council Meeting.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-07/2025-07-14 11th Meeting of the Community and Protective Services Committee.json" "london-ontario/json/2025-07-14 11th Meeting of the Community and Protective Services Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-07/2025-07-15 The 12th Meeting of the Planning and Environment Committee.json" "london-ontario/json/2025-07-15 The 12th Meeting of the Planning and Environment Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-07/2025-07-16 12th Meeting of the Infrastructure and Corporate Services Committee.json" "london-ontario/json/2025-07-16 12th Meeting of the Infrastructure and Corporate Services Committee.json"
get explorience/open-council 0b4df6ef1132185f6fd091a646f521006b854308 "data/2025-07/2025-07-17 9th Meeting of the Strategic Priorities and Policy Committee.json" "london-ontario/json/2025-07-17 9th Meeting of the Strategic Priorities and Policy Committee.json"

# --- Limerick City and County Council (Ireland) — minutes as Markdown (FarronF/limerick-council-meetings), of 2023 meetings (the shared corpus holds 2014 and 2024)
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/01/23-Full Meeting of Limerick City and County Council/Minutes - Full Meeting of Limerick City and County Council - 28th November 2022.md" "limerick/2023/Minutes - Full Meeting of Limerick City and County Council - 28th November 2022.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/01/23-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 6th December 2022.md" "limerick/2023/Minutes - Special Meeting of Limerick City and County Council - 6th December 2022.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/01/23-Full Meeting of Limerick City and County Council/Minutes - Statutory Budget Meeting of Limerick City and County Council - 25th November 2022.md" "limerick/2023/Minutes - Statutory Budget Meeting of Limerick City and County Council - 25th November 2022.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/03/27-Full Meeting of Limerick City and County Council/Minutes - Full Meeting of Limerick City and County Council - 23rd January 2023.md" "limerick/2023/Minutes - Full Meeting of Limerick City and County Council - 23rd January 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/03/27-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 9th February 2023.md" "limerick/2023/Minutes - Special Meeting of Limerick City and County Council - 9th February 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/05/22-Full Meeting of Limerick City and County Council/Minutes - Full Meeting of Limerick City and County Council - 27th March 2023.md" "limerick/2023/Minutes - Full Meeting of Limerick City and County Council - 27th March 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/05/22-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 5th April 2023.md" "limerick/2023/Minutes - Special Meeting of Limerick City and County Council - 5th April 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/07/17-Full Meeting of Limerick City and County Council/Minutes - Meeting of Limerick City and County Council - 22nd May 2023.md" "limerick/2023/Minutes - Meeting of Limerick City and County Council - 22nd May 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/07/17-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 26th May 2023.md" "limerick/2023/Minutes - Special Meeting of Limerick City and County Council - 26th May 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/07/17-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 29th May 2023.md" "limerick/2023/Minutes - Special Meeting of Limerick City and County Council - 29th May 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/09/25-Full Meeting of Limerick City and County Council/Minutes - Annual Meeting of Limerick City and County Council - 30th June 2023.md" "limerick/2023/Minutes - Annual Meeting of Limerick City and County Council - 30th June 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/09/25-Full Meeting of Limerick City and County Council/Minutes - Meeting of Limerick City and County Council - 17th July 2023.md" "limerick/2023/Minutes - Meeting of Limerick City and County Council - 17th July 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/09/25-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 11th July 2023.md" "limerick/2023/Minutes - Special Meeting of Limerick City and County Council - 11th July 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/11/27-Full Meeting of Limerick City and County Council/Minutes - Meeting of Limerick City and County Council - 25th September 2023.md" "limerick/2023/Minutes - Meeting of Limerick City and County Council - 25th September 2023.md"
get FarronF/limerick-council-meetings 6f4141cca2dd25ec8480b82f05d0d9182e3bca56 "meetings/2023/11/27-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 2nd November 2023.md" "limerick/2023/Minutes - Special Meeting of Limerick City and County Council - 2nd November 2023.md"

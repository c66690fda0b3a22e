# Shared by eval/extN/get_docs.sh (sourced after it sets HERE and DEST): repo_dir and get, reading each
# repository from a blobless clone under CLONES, or from a local bare copy under MIRRORS when that is set.
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

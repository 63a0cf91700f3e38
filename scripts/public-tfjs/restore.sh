#!/usr/bin/env bash
# Restores each public TF.js program's upstream files (<name>/program.json: repo, commit, files) at the pinned
# commit into the ignored .cache/public-tfjs/<name>/ and copies our drivers next to the first listed file; never
# into git. Usage: restore.sh [name...] (default: all). Source: $TFSCOPE_CORPUS_MIRROR/<owner>+<repo>/repo
# (/work/.mirror when present), else a shallow blobless fetch of that commit from GitHub ($TFSCOPE_CORPUS_GIT_BASE).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mirror_root="${TFSCOPE_CORPUS_MIRROR:-}"
[ -z "$mirror_root" ] && [ -d /work/.mirror ] && mirror_root=/work/.mirror
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for d in "$here"/*/; do [ -f "$d/program.json" ] && names+=("$(basename "$d")"); done
fi
json() { node -e 'const m=require(process.argv[1]);const v=m[process.argv[2]]??[];console.log(Array.isArray(v)?v.join("\n"):v)' "$1" "$2"; }

for name in "${names[@]}"; do
  spec="$here/$name/program.json"
  [ -f "$spec" ] || { echo "$name: no $spec" >&2; exit 2; }
  repo="$(json "$spec" repo)"; commit="$(json "$spec" commit)"
  mapfile -t files < <(json "$spec" files)
  dest="$root/.cache/public-tfjs/$name"
  rm -rf "$dest"; mkdir -p "$dest"
  mirror="$mirror_root/${repo/\//+}/repo"
  if [ -n "$mirror_root" ] && [ -d "$mirror" ]; then
    for f in "${files[@]}"; do mkdir -p "$dest/$(dirname "$f")"; git --git-dir="$mirror" show "$commit:$f" > "$dest/$f"; done
    from="$mirror"
  else
    tmp="$(mktemp -d)"
    git -C "$tmp" init -q
    git -C "$tmp" fetch -q --depth 1 --filter=blob:none "${TFSCOPE_CORPUS_GIT_BASE:-https://github.com}/$repo.git" "$commit"
    for f in "${files[@]}"; do mkdir -p "$dest/$(dirname "$f")"; git -C "$tmp" show "FETCH_HEAD:$f" > "$dest/$f"; done
    rm -rf "$tmp"
    from="github.com/$repo"
  fi
  ddir="$dest/$(dirname "${files[0]}")"
  # our drivers only (the records stay in scripts/public-tfjs/<name>/)
  for f in "$here/$name"/driver_*; do case "$f" in *.expected.json) ;; *) cp "$f" "$ddir/" ;; esac; done
  echo "$name: ${#files[@]} files at ${commit:0:12} from $from, drivers in ${ddir#$root/}"
done

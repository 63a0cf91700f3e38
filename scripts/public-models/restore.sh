#!/usr/bin/env bash
# Restores the upstream files of each public model (scripts/public-models/<name>/model.json: repo, commit,
# files) into the ignored folder .cache/public-models/<name>/, at the pinned commit, and copies our drivers next
# to them (into the folder of the first listed file). Upstream code is never committed.
# Usage: scripts/public-models/restore.sh [name...]   (default: every model folder)
# Source: a local bare mirror $TFSCOPE_CORPUS_MIRROR/<owner>+<repo>/repo (as bench/scan-corpus.sh; /work/.mirror
# when that exists), else a shallow blobless fetch of that one commit from GitHub ($TFSCOPE_CORPUS_GIT_BASE).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mirror_root="${TFSCOPE_CORPUS_MIRROR:-}"
[ -z "$mirror_root" ] && [ -d /work/.mirror ] && mirror_root=/work/.mirror
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for d in "$here"/*/; do [ -f "$d/model.json" ] && names+=("$(basename "$d")"); done
fi
json() { node -e 'const m=require(process.argv[1]);const v=m[process.argv[2]];console.log(Array.isArray(v)?v.join("\n"):v)' "$1" "$2"; }

for name in "${names[@]}"; do
  spec="$here/$name/model.json"
  [ -f "$spec" ] || { echo "$name: no $spec" >&2; exit 2; }
  repo="$(json "$spec" repo)"; commit="$(json "$spec" commit)"
  mapfile -t files < <(json "$spec" files)
  mapfile -t drivers < <(json "$spec" drivers)
  dest="$root/.cache/public-models/$name"
  rm -rf "$dest"; mkdir -p "$dest"
  mirror="$mirror_root/${repo/\//+}/repo"
  if [ -n "$mirror_root" ] && [ -d "$mirror" ]; then
    git --git-dir="$mirror" archive "$commit" -- "${files[@]}" | tar -x -C "$dest"
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
  for d in "${drivers[@]}"; do cp "$here/$name/$d" "$ddir/$d"; done
  echo "$name: ${#files[@]} files at ${commit:0:12} from $from, ${#drivers[@]} drivers in ${ddir#$root/}"
done

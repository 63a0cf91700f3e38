#!/usr/bin/env bash
# Shared by scripts/public-models/restore.sh and scripts/public-tfjs/restore.sh: restores each entry's upstream files
# (<kind-folder>/<name>/<spec>: repo, commit, files) at the pinned commit into the ignored .cache/<cache>/<name>/ and
# copies our drivers next to the first listed file; never into git. Source: $TFSCOPE_CORPUS_MIRROR/<owner>+<repo>/repo
# (as bench/scan-corpus.sh; /work/.mirror when present), else a shallow blobless fetch of that commit from GitHub
# ($TFSCOPE_CORPUS_GIT_BASE).
# Usage (sourced): restore_upstream <here> <spec file name> <cache name> <copy: all|drivers> [name...]
#   all: every file of the entry's folder but its spec (drivers and their data), records kept in the cache;
#   drivers: only driver_* files (records stay in the entry's folder), the cache folder laid anew.

restore_upstream() {
  local here="$1" spec_name="$2" cache="$3" copy="$4"; shift 4
  local root mirror_root names=("$@")
  root="$(cd "$here/../.." && pwd)"
  mirror_root="${TFSCOPE_CORPUS_MIRROR:-}"
  [ -z "$mirror_root" ] && [ -d /work/.mirror ] && mirror_root=/work/.mirror
  if [ ${#names[@]} -eq 0 ]; then
    for d in "$here"/*/; do [ -f "$d/$spec_name" ] && names+=("$(basename "$d")"); done
  fi
  local name spec repo commit dest mirror from ddir tmp f
  local -a files
  for name in "${names[@]}"; do
    spec="$here/$name/$spec_name"
    [ -f "$spec" ] || { echo "$name: no $spec" >&2; return 2; }
    repo="$(_spec_field "$spec" repo)"; commit="$(_spec_field "$spec" commit)"
    mapfile -t files < <(_spec_field "$spec" files)
    dest="$root/.cache/$cache/$name"
    if [ "$copy" = all ]; then
      # keep the records (record.py) of earlier runs; replace the restored files
      mkdir -p "$dest"; find "$dest" -mindepth 1 -type f -not -name "*.expected.json" -delete
    else
      rm -rf "$dest"; mkdir -p "$dest"
    fi
    mirror="$mirror_root/${repo/\//+}/repo"
    # a mirror fetched as a clone with a work tree keeps its git directory in repo/.git
    [ -d "$mirror/.git" ] && mirror="$mirror/.git"
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
    if [ "$copy" = all ]; then
      for f in "$here/$name"/*; do [ "$(basename "$f")" = "$spec_name" ] || cp "$f" "$ddir/"; done
    else
      for f in "$here/$name"/driver_*; do case "$f" in *.expected.json) ;; *) cp "$f" "$ddir/" ;; esac; done
    fi
    echo "$name: ${#files[@]} files at ${commit:0:12} from $from, drivers in ${ddir#$root/}"
  done
}

# A field of a JSON spec, lists one item a line (a missing field: nothing).
_spec_field() {
  node -e 'const m=require(process.argv[1]);const v=m[process.argv[2]]??[];console.log(Array.isArray(v)?v.join("\n"):v)' "$1" "$2"
}

# The published-program harnesses (public-keras, public-keras2): every <name>/program.json under <here> (or the names
# given) restored into .cache/<cache>/, then the programs' edits applied by <here>/edit.mjs.
# Usage (sourced): restore_programs <here> <cache> [name...]
restore_programs() {
  local here="$1" cache="$2"; shift 2
  local names=("$@") d
  if [ ${#names[@]} -eq 0 ]; then
    for d in "$here"/*/; do [ -f "$d/program.json" ] && names+=("$(basename "$d")"); done
  fi
  restore_upstream "$here" program.json "$cache" all "${names[@]}"
  node "$here/edit.mjs" "${names[@]}"
}

#!/usr/bin/env bash
# Fetches the scan benchmark corpus: only the .py files of seven public TF1 repositories at pinned commits, into
# the folder given (default ~/tfscope-bench-corpus), never into this repository. Needs git, tar and network access.
# Usage: bench/scan-corpus.sh [dest]   then: npm run bench:scan -- <dest>
# TFSCOPE_CORPUS_MIRROR=DIR takes each repository from a local bare mirror DIR/owner+name/repo instead.
set -euo pipefail
dest="${1:-$HOME/tfscope-bench-corpus}"
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
case "$dest/" in "$repo_root"/*) echo "refusing to put the corpus inside the repository ($repo_root)" >&2; exit 2;; esac

while read -r repo commit; do
  name="${repo#*/}"
  [ -d "$dest/$name" ] && { echo "$name: already there"; continue; }
  mirror="${TFSCOPE_CORPUS_MIRROR:-}/${repo/\//+}/repo"
  if [ -n "${TFSCOPE_CORPUS_MIRROR:-}" ] && [ -d "$mirror" ]; then
    # A local bare mirror (owner+name/repo, e.g. from a mirroring tool): the .py files of the pinned commit.
    mkdir -p "$dest/$name"
    git --git-dir="$mirror" archive "$commit" -- ':(glob)**/*.py' | tar -x -C "$dest/$name"
    echo "$name: $(find "$dest/$name" -name '*.py' | wc -l) files (from $mirror)"
    continue
  fi
  tmp="$(mktemp -d)"
  git -C "$tmp" init -q
  # Blobless, shallow, sparse: only the .py blobs of that one commit are downloaded.
  git -C "$tmp" fetch -q --depth 1 --filter=blob:none "${TFSCOPE_CORPUS_GIT_BASE:-https://github.com}/$repo.git" "$commit"
  git -C "$tmp" sparse-checkout set --no-cone '*.py'
  git -C "$tmp" checkout -q FETCH_HEAD
  mkdir -p "$dest/$name"
  (cd "$tmp" && find . -name '*.py' -type f -not -path './.git/*' -print0 | tar --null -T - -cf -) | tar -xf - -C "$dest/$name"
  rm -rf "$tmp"
  echo "$name: $(find "$dest/$name" -name '*.py' | wc -l) files"
done <<'EOF'
tensorflow/tensor2tensor bafdc1b67730430d38d6ab802cbd51f9d053ba2e
tensorflow/lingvo e0be5dc4ce9b89d91c0be343f54c5d7a5b1bcb59
tensorflow/tpu 7dc921f846c9e4071f3884b768a7ddf521272a49
google-research/bert eedf5716ce1268e56f0a50264a88cafad334ac61
google-research/albert b772393d3dae115b493258ce8e37c17b2cc62100
tensorflow/nmt 0be864257a76c151eef20ea689755f08bc1faf4e
openai/gpt-2 9b63575ef42771a015060c964af2c3da4cf7c8ab
EOF
echo "corpus: $(find "$dest" -name '*.py' | wc -l) .py files, $(find "$dest" -name '*.py' -print0 | xargs -0 cat | wc -c) bytes in $dest"

#!/usr/bin/env bash
# Restores each public Keras 2 program's upstream file (<name>/program.json: repo, commit, files) at the pinned commit
# into the ignored .cache/public-keras2/<name>/ (with our data files next to it), then applies the program's edits
# (edit.mjs: synthetic data, fewer epochs); never into git. Usage: restore.sh [name...] (default: all).
# The restoring is scripts/lib/restore-upstream.sh's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../lib/restore-upstream.sh
. "$here/../lib/restore-upstream.sh"
restore_programs "$here" public-keras2 "$@"

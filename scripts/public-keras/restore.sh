#!/usr/bin/env bash
# Restores each public Keras program's upstream file (<name>/program.json: repo, commit, files) at the pinned commit
# into the ignored .cache/public-keras/<name>/ (with our data files next to it), then applies the program's edits
# (edit.mjs: synthetic data, one epoch); never into git. Usage: restore.sh [name...] (default: all).
# The restoring is scripts/lib/restore-upstream.sh's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../lib/restore-upstream.sh
. "$here/../lib/restore-upstream.sh"
restore_programs "$here" public-keras "$@"

#!/usr/bin/env bash
# Restores each public TF.js program's upstream files (<name>/program.json: repo, commit, files) at the pinned commit
# into the ignored .cache/public-tfjs/<name>/ and copies our drivers next to the first listed file; never into git.
# Usage: restore.sh [name...] (default: all). The logic is scripts/lib/restore-upstream.sh's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../lib/restore-upstream.sh
. "$here/../lib/restore-upstream.sh"
restore_upstream "$here" program.json public-tfjs drivers "$@"

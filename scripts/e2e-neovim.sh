#!/usr/bin/env bash
# Neovim (Debian's 0.7.2) as a second real LSP client: diagnostics and a code action on each sample report.
# Appends "passed failed" to $COUNTS for scripts/test-all.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
COUNTS=${COUNTS:-/dev/null}
if ! command -v nvim >/dev/null; then
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q neovim) >/dev/null 2>&1 || true
fi
if [ ! -f client-vscode/server/opengovlint-server.dll ]; then
  npm run --silent build:server >/dev/null 2>&1 || { echo "  could not publish the server"; echo "0 1" >> "$COUNTS"; exit 1; }
fi
out=$(SAMPLES=tests/OpenGovLint.Tests/Fixtures/samples bash tests/e2e/neovim/run.sh 2>&1)
rc=$?
echo "$out" | sed 's/^/  /'
line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
if [ -z "$line" ]; then echo "0 1" >> "$COUNTS"; exit 1; fi
echo "$line" | sed -E 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/' >> "$COUNTS"
exit $rc

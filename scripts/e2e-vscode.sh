#!/usr/bin/env bash
# The packaged extension in a real VS Code (code-server, pinned), driven by playwright-core with Debian's
# Chromium: squiggles, Problems rows, a quick fix, the status bar; screenshots go to docs/images/.
# Installs what it needs (apt packages, code-server and node 24 from npm; skipped when already present).
# Appends "passed failed" to $COUNTS for scripts/test-all.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
COUNTS=${COUNTS:-/dev/null}
fail() { echo "  $1"; echo "0 1" >> "$COUNTS"; exit 1; }
need=()
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ -e /usr/include/krb5.h ] || need+=(libkrb5-dev)
command -v make >/dev/null || need+=(build-essential)
if [ ${#need[@]} -gt 0 ]; then
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}") >/dev/null 2>&1 || fail "apt-get install ${need[*]} failed"
fi
start=$(date +%s)
npm run --silent package >/tmp/ogl-package.log 2>&1 || { tail -20 /tmp/ogl-package.log; fail "npm run package failed"; }
echo "  packaged the extension in $(( $(date +%s) - start )) s"
start=$(date +%s)
bash tests/e2e/vscode/install-code-server.sh 2>&1 | tail -3 | sed 's/^/  /'
echo "  code-server ready in $(( $(date +%s) - start )) s"
start=$(date +%s)
out=$(SAMPLE=tests/OpenGovLint.Tests/Fixtures/samples/002_5a6ed33a11e10be0.md bash tests/e2e/vscode/run-e2e.sh 2>&1)
rc=$?
echo "$out" | grep -v -E '^\s*$' | tail -40 | sed 's/^/  /'
echo "  e2e took $(( $(date +%s) - start )) s"
line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
[ -n "$line" ] || fail "no result line from the VS Code e2e test"
echo "$line" | sed -E 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/' >> "$COUNTS"
exit $rc

#!/usr/bin/env bash
# The packaged extension in a real VS Code (code-server, pinned), driven by playwright-core with Debian's
# Chromium, where no .NET is installed: the linux-x64 package (NativeAOT server) gives squiggles, Problems rows,
# a quick fix, the status bar (screenshots go to docs/images/); the universal package says to install .NET.
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
# The universal package (framework-dependent server) and the linux-x64 one (NativeAOT server).
npm run --silent package >/tmp/ogl-package.log 2>&1 || { tail -20 /tmp/ogl-package.log; fail "npm run package failed"; }
echo "  packaged the extension (universal and linux-x64) in $(( $(date +%s) - start )) s"
grep -E '\.vsix +[0-9.]+ MiB$' /tmp/ogl-package.log | sed 's/^/  /'
version=$(node -p "require('./client-vscode/package.json').version")
start=$(date +%s)
bash tests/e2e/vscode/install-code-server.sh 2>&1 | tail -3 | sed 's/^/  /'
echo "  code-server ready in $(( $(date +%s) - start )) s"

# 1. The linux-x64 package where no .NET is installed: the full test, on its NativeAOT server.
start=$(date +%s)
out=$(VSIX="client-vscode/opengovlint-linux-x64-$version.vsix" HIDE_DOTNET=1 EXPECT_SERVER='/server/opengovlint-server --stdio$' \
  SAMPLE=tests/OpenGovLint.Tests/Fixtures/samples/002_5a6ed33a11e10be0.md bash tests/e2e/vscode/run-e2e.sh 2>&1)
rc=$?
echo "$out" | grep -v -E '^\s*$' | tail -40 | sed 's/^/  /'
echo "  e2e (linux-x64 package, no .NET) took $(( $(date +%s) - start )) s"
line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
[ -n "$line" ] || fail "no result line from the VS Code e2e test"
echo "$line" | sed -E 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/' >> "$COUNTS"

# 2. The universal package where no .NET is installed: it says what to install.
start=$(date +%s)
out=$(VSIX="client-vscode/opengovlint-$version.vsix" HIDE_DOTNET=1 EXPECT=no-dotnet SHOTS="$(mktemp -d)" \
  SAMPLE=tests/OpenGovLint.Tests/Fixtures/samples/002_5a6ed33a11e10be0.md bash tests/e2e/vscode/run-e2e.sh 2>&1)
universal=$?
echo "$out" | grep -v -E '^\s*$' | tail -8 | sed 's/^/  /'
echo "  e2e (universal package, no .NET) took $(( $(date +%s) - start )) s"
if [ "$universal" = "3" ]; then
  echo "  skipped: the universal package's install-.NET message (this machine cannot hide its .NET install)"
else
  line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
  [ -n "$line" ] || fail "no result line from the universal-package e2e test"
  echo "$line" | sed -E 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/' >> "$COUNTS"
  [ "$universal" = "0" ] || rc=1
fi
exit $rc

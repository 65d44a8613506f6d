#!/usr/bin/env bash
# The .NET tool as a user gets it: packs it (scripts/pack-tool.sh), installs it with `dotnet tool install` into a
# throw-away tool path, and checks that this platform gets the NativeAOT executable, that it works (the samples,
# --output through a FIFO), and that the framework-dependent `any` package other platforms fall back to runs too.
# Appends "passed failed" to $COUNTS for scripts/test-all.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
COUNTS=${COUNTS:-/dev/null}
work=$(mktemp -d "${TMPDIR:-/tmp}/ogl-tool.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { if [ "$1" = 0 ]; then passed=$((passed + 1)); echo "  PASS $2"; else failed=$((failed + 1)); echo "  FAIL $2"; fi; }
finish() { echo "$passed $failed" >> "$COUNTS"; echo "  $passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }

start=$(date +%s)
if ! bash scripts/pack-tool.sh "$work/nupkg" > "$work/pack.log" 2>&1; then
  tail -20 "$work/pack.log" | sed 's/^/  /'
  check 1 "the tool packs"
  finish
fi
echo "  packed in $(( $(date +%s) - start )) s"
rid=$(dotnet msbuild server/OpenGovLint.Cli -getProperty:NETCoreSdkRuntimeIdentifier)
version=$(dotnet msbuild server/OpenGovLint.Cli -getProperty:Version)

# 1. What `dotnet tool install` gives on this platform: the NativeAOT executable of OpenGovLint.<rid>.
dotnet tool install --tool-path "$work/tools" --add-source "$work/nupkg" OpenGovLint > "$work/install.log" 2>&1
check $? "dotnet tool install OpenGovLint from the packed packages"
tool="$work/tools/opengovlint"
target=$(readlink -f "$tool")
case "$target" in */opengovlint.$rid/*) in_rid=0 ;; *) in_rid=1 ;; esac
check $in_rid "the installed command comes from OpenGovLint.$rid ($target)"
head -c 4 "$target" | od -An -c | tr -d ' \n' | grep -q '177ELF'
check $? "it is a native executable, not a dotnet launcher"
[ ! -e "$(dirname "$target")/opengovlint.dll" ]
check $? "no opengovlint.dll beside it (no .NET runtime involved)"

# 2. It works: the samples (exit 1: they have errors), and --output through a FIFO whose reader gets the document.
out=$("$tool" check tests/OpenGovLint.Tests/Fixtures/samples 2>&1); rc=$?
[ "$rc" = 1 ] && echo "$out" | tail -1 | grep -q '^检查了 5 个文件：'
check $? "opengovlint check on the samples: exit 1 and the summary line"
mkfifo "$work/results.pipe"
(cat "$work/results.pipe" > "$work/received.json") &
reader=$!
"$tool" check tests/OpenGovLint.Tests/Fixtures/samples --format json --output "$work/results.pipe" > /dev/null 2>&1
wait $reader
[ -p "$work/results.pipe" ] && node -e "const j=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); process.exit(j.files.length===5?0:1)" "$work/received.json"
check $? "--output to a FIFO: the reader receives the whole JSON document, and the FIFO stays a FIFO"

# 3. The fallback other platforms get: the framework-dependent package runs with dotnet.
mkdir -p "$work/any"
unzip -q -o "$work/nupkg/OpenGovLint.any.$version.nupkg" -d "$work/any"
dll=$(find "$work/any/tools" -name opengovlint.dll | head -1)
[ -n "$dll" ] && dotnet "$dll" check tests/OpenGovLint.Tests/Fixtures/samples --quiet > /dev/null 2>&1; rc=$?
[ -n "$dll" ] && [ "$rc" = 1 ]
check $? "OpenGovLint.any: the framework-dependent tool runs with dotnet (exit 1 on the samples)"
finish

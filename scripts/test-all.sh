#!/usr/bin/env bash
# Runs every test suite and ends with one line "N passed, N failed" over all of them.
# Suites: the .NET test projects (counts read from their TRX results), then any editor end-to-end
# suites that scripts/e2e-*.sh provide. Each suite appends "passed failed" to $COUNTS.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RESULTS="$ROOT/artifacts/test-results"
COUNTS="$RESULTS/counts.txt"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
: > "$COUNTS"
status=0

echo "== .NET tests"
dotnet test OpenGovLint.sln -c Release --logger "trx" --results-directory "$RESULTS/dotnet" > "$RESULTS/dotnet.log" 2>&1
dotnet_status=$?
grep -E "^(Passed!|Failed!)|^  Failed |error CS|error MSB|error NU" "$RESULTS/dotnet.log" | sort -u
if [ "$dotnet_status" != "0" ]; then
  echo "  dotnet test exited with $dotnet_status"
  status=1
fi
trx_count=0
for trx in "$RESULTS"/dotnet/*.trx; do
  [ -f "$trx" ] || continue
  trx_count=$((trx_count + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  passed=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  failed=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  echo "${passed:-0} ${failed:-0}" >> "$COUNTS"
  echo "  $(basename "$trx"): ${passed:-0} passed, ${failed:-0} failed"
done
if [ "$trx_count" = "0" ]; then
  echo "  no test results: the build or the test run failed"
  tail -30 "$RESULTS/dotnet.log"
  echo "0 1" >> "$COUNTS"
  status=1
fi

# What the analysis reads of the real reports (tests/OpenGovLint.Tests/Fixtures/real, from ../shared/real): the
# project's scorer when it is beside the repository, else the same figures as the real-report tests computed them.
echo "== real reports"
scorer=../shared/tools/score-real.py
cli=server/OpenGovLint.Cli/bin/Release/net10.0/opengovlint.dll
if [ -f "$scorer" ] && [ -d ../shared/real ] && [ -f "$cli" ]; then
  timeout 600 python3 "$scorer" "dotnet $cli" ../shared/real ../shared/real/truth.json 2>&1 | tail -1 | sed 's/^/  /'
else
  grep -h -o "real reports: [^<&]*" "$RESULTS"/dotnet/*.trx 2>/dev/null | head -1 | sed 's/^/  /'
fi

for suite in scripts/e2e-*.sh; do
  [ -f "$suite" ] || continue
  echo "== $(basename "$suite" .sh)"
  start=$(date +%s)
  if ! COUNTS="$COUNTS" bash "$suite"; then status=1; fi
  echo "  took $(( $(date +%s) - start )) s"
done

total_passed=0
total_failed=0
while read -r p f; do
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
done < "$COUNTS"
if [ "$total_failed" != "0" ]; then status=1; fi
# A suite that could not run (a build error) counts as a failure even when the others passed.
if [ "$status" != "0" ] && [ "$total_failed" = "0" ]; then total_failed=1; fi
echo "$total_passed passed, $total_failed failed"
exit $status

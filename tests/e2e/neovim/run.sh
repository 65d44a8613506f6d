#!/usr/bin/env bash
# Runs lsp_check.lua (Neovim's built-in LSP client, headless) against the OpenGovLint server for every
# sample report in $SAMPLES (copied to a temporary folder as .md files) and prints "N passed, N failed".
#
#   LSP_CMD   the server command line (default: dotnet client-vscode/server/opengovlint-server.dll --stdio,
#             i.e. the server published by `npm run build`)
#   SAMPLES   folder with the sample reports (*.txt or *.md; default /work/shared/samples)
#   NVIM      the nvim binary (default: nvim; Debian 12 ships 0.7.2: apt-get install -y neovim)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SAMPLES=${SAMPLES:-/work/shared/samples}
NVIM=${NVIM:-nvim}
DLL="$ROOT/client-vscode/server/opengovlint-server.dll"
if [[ -z "${LSP_CMD:-}" ]]; then
  if [[ -f "$DLL" ]]; then
    LSP_CMD="dotnet $DLL --stdio"
  else
    echo "no server: run 'npm run build' at the repository root, or set LSP_CMD" >&2
    exit 2
  fi
fi
command -v "$NVIM" >/dev/null || { echo "nvim not found (apt-get install -y neovim)" >&2; exit 2; }
export LSP_CMD

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ogl-nvim.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
shopt -s nullglob
files=("$SAMPLES"/*.txt "$SAMPLES"/*.md)
[[ ${#files[@]} -gt 0 ]] || { echo "no samples in $SAMPLES" >&2; exit 2; }

echo "server: $LSP_CMD"
passed=0; failed=0
for src in "${files[@]}"; do
  base=$(basename "$src"); base=${base%.*}
  mkdir -p "$WORK/$base"
  cp "$src" "$WORK/$base/report.md"
  log="$WORK/$base.log"
  start=$(date +%s%N)
  LSP_FILE="$WORK/$base/report.md" timeout 120 "$NVIM" --headless -u NONE -i NONE -n \
    -c "luafile $HERE/lsp_check.lua" >"$log" 2>&1
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  p=$(grep -c '^ASSERT PASS' "$log"); f=$(grep -c '^ASSERT FAIL' "$log")
  if [[ $rc -ne 0 && $f -eq 0 ]]; then f=1; fi   # an error before any assertion counts as a failure
  passed=$((passed + p)); failed=$((failed + f))
  echo "== $base ($ms ms, exit $rc)"
  grep -E '^(ASSERT|ACTION|ERROR|server exited)' "$log" | sed 's/^/   /'
  if [[ $rc -ne 0 || -n "${VERBOSE:-}" ]]; then grep -E '^DIAG' "$log" | head -20 | sed 's/^/   /'; fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]

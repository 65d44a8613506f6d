#!/usr/bin/env bash
# Installs what building and testing need on a fresh machine (which has the .NET SDK, node and npm).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet --version >/dev/null
dotnet restore OpenGovLint.sln --nologo -v quiet
# The language server's stdio test drives the server with vscode-jsonrpc from node.
npm ci --prefix tests/OpenGovLint.Server.Tests/node --no-audit --no-fund
# The extension's own packages: its report test is bundled with its esbuild and compared with Core's in the .NET tests,
# and the end-to-end suite packages the extension.
npm ci --prefix client-vscode --no-audit --no-fund
# The HTML report tests render the page in headless Chromium; the Noto CJK fonts make its Chinese readable.
if ! command -v chromium >/dev/null; then apt-get update -q && apt-get install -y -q chromium fonts-noto-cjk; fi

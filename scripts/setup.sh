#!/usr/bin/env bash
# Installs what building and testing need on a fresh machine (which has the .NET SDK, node and npm).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet --version >/dev/null
dotnet restore OpenGovLint.sln --nologo -v quiet

#!/usr/bin/env bash
# Packs the opengovlint .NET tool as `dotnet tool install` wants it (.NET 10 RID-specific tool packages):
#   OpenGovLint            the package users name; it lists the platform packages below
#   OpenGovLint.<rid>      the NativeAOT executable for this machine's platform (linux-x64 here), no .NET needed
#   OpenGovLint.any        the framework-dependent tool, for every other platform (needs the .NET 10 runtime)
# into artifacts/nupkg (or the folder given). Then: dotnet tool install --global --add-source artifacts/nupkg OpenGovLint
# A release builds win-x64 and osx-arm64 on their own runners (docs/ci/release.yml).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-artifacts/nupkg}")
rid=$(dotnet msbuild server/OpenGovLint.Cli -getProperty:NETCoreSdkRuntimeIdentifier)
mkdir -p "$out"
rm -f "$out"/OpenGovLint.*nupkg
project=server/OpenGovLint.Cli
start=$(date +%s)
dotnet pack "$project" -c Release -o "$out" --nologo -v quiet
dotnet pack "$project" -c Release -r "$rid" -o "$out" --nologo -v quiet
dotnet pack "$project" -c Release -r any -o "$out" --nologo -v quiet
echo "packed in $(( $(date +%s) - start )) s:"
ls -1 "$out"/OpenGovLint.*nupkg | sed "s|^$PWD/||"

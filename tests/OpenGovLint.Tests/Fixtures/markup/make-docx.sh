#!/bin/bash
# Makes the .docx fixtures beside this script from the real web pages in ../real, as a word processor writes them
# (Debian package libreoffice-writer-nogui). The .docx files are committed; run this only to make them again.
set -euo pipefail
cd "$(dirname "$0")"
for page in 16_putian_kjj_2021 19_putian_audit_2022 21_putian_cgj_2024; do
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir . "../real/$page.html" >/dev/null
done

#!/usr/bin/env bash
# Debian's Chromium + chromedriver (the inbox's browser tests) and the Noto fonts with
# Arabic and Ge'ez (Tigrinya) glyphs (the inbox names them in its CSS).
# Idempotent: does nothing when everything is there (scripts/apt_install.sh does the rest).
set -euo pipefail

have_fonts() { dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "ok installed"; }

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && have_fonts; then
  exit 0
fi

exec "$(dirname "$0")/apt_install.sh" "Chromium, chromedriver and the Noto fonts" \
  chromium chromium-driver fonts-noto-core

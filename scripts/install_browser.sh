#!/usr/bin/env bash
# Debian's Chromium + chromedriver (the inbox's browser tests) and the Noto fonts with
# Arabic and Ge'ez (Tigrinya) glyphs (the inbox names them in its CSS).
# Idempotent: does nothing when everything is there; runs `apt-get update` only when
# the package lists do not know the packages yet.
set -euo pipefail

PACKAGES=(chromium chromium-driver fonts-noto-core)

have_fonts() { dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "ok installed"; }

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && have_fonts; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ERROR: apt-get not found. Install Chromium, chromedriver and the Noto fonts" >&2
  echo "  (Debian: ${PACKAGES[*]}) with your system's package manager." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ERROR: installing ${PACKAGES[*]} needs root (or sudo)." >&2
    exit 1
  fi
fi

known() {
  local candidate
  candidate="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')"
  [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

needs_update=false
for package in "${PACKAGES[@]}"; do
  known "$package" || needs_update=true
done
if $needs_update; then
  echo "==> apt-get update (package lists do not know ${PACKAGES[*]} yet)"
  $SUDO apt-get update -q
fi

echo "==> installing ${PACKAGES[*]} (Debian packages)"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"

#!/usr/bin/env bash
# Install Debian packages for the tests, as `scripts/install_browser.sh` and
# `scripts/install_speech_tools.sh` need them: `scripts/apt_install.sh WHAT PACKAGE...`
# (WHAT names them in the error messages). Runs `apt-get update` only when the package lists do
# not know the packages yet; needs root or sudo. The callers check first whether anything is missing.
set -euo pipefail

WHAT="$1"
shift
PACKAGES=("$@")

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ERROR: apt-get not found. Install ${WHAT}" >&2
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

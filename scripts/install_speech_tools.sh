#!/usr/bin/env bash
# Debian's espeak-ng, ffmpeg and opus-tools (issue 14): the tests (and the tiny test speech model's
# build) speak phrases with espeak-ng and encode them as OGG/Opus voice notes, as a phone sends them.
# Not needed by `make run`: the bot reads and converts sound with PyAV (inside the `av` wheel).
# Idempotent: does nothing when everything is there; runs `apt-get update` only when the package
# lists do not know the packages yet.
set -euo pipefail

PACKAGES=(espeak-ng ffmpeg opus-tools)

if command -v espeak-ng >/dev/null 2>&1 && command -v ffmpeg >/dev/null 2>&1 && command -v opusenc >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ERROR: apt-get not found. Install espeak-ng, ffmpeg and opus-tools" >&2
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

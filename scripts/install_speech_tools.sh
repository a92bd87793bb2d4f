#!/usr/bin/env bash
# Debian's espeak-ng, ffmpeg and opus-tools (issue 14): the tests (and the tiny test speech model's
# build) speak phrases with espeak-ng and encode them as OGG/Opus voice notes, as a phone sends them.
# Not needed by `make run`: the bot reads and converts sound with PyAV (inside the `av` wheel).
# Idempotent: does nothing when everything is there (scripts/apt_install.sh does the rest).
set -euo pipefail

if command -v espeak-ng >/dev/null 2>&1 && command -v ffmpeg >/dev/null 2>&1 && command -v opusenc >/dev/null 2>&1; then
  exit 0
fi

exec "$(dirname "$0")/apt_install.sh" "espeak-ng, ffmpeg and opus-tools" espeak-ng ffmpeg opus-tools

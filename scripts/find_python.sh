#!/usr/bin/env bash
# Print the path of a Python interpreter of version $1 (e.g. 3.10), or explain what to install.
set -euo pipefail
want="$1"
candidates=("${PYTHON_BIN:-}" "python$want")
if command -v pyenv >/dev/null 2>&1; then
  while read -r version; do
    candidates+=("$(pyenv root)/versions/$version/bin/python$want")
  done < <(pyenv versions --bare 2>/dev/null | grep -E "^$want(\.|$)" || true)
fi
candidates+=("/usr/bin/python$want" "/usr/local/bin/python$want" "$HOME/.local/bin/python$want")
for candidate in "${candidates[@]}"; do
  [ -n "$candidate" ] || continue
  path="$(command -v "$candidate" 2>/dev/null || true)"
  [ -n "$path" ] || continue
  if "$path" -c "import sys, venv; sys.exit(0 if '%d.%d' % sys.version_info[:2] == '$want' else 1)" 2>/dev/null; then
    echo "$path"
    exit 0
  fi
done
{
  echo "ERROR: Python $want was not found, but this project needs it."
  case "$want" in
    3.10) echo "  Rasa 3.6 (the conversation brain) only runs on Python 3.10." ;;
    3.11) echo "  The bot, action server and tests run on Python 3.11." ;;
  esac
  echo "  Install it, for example with one of:"
  echo "    pyenv install $want            (https://github.com/pyenv/pyenv)"
  echo "    sudo apt-get install python$want python$want-venv   (Debian/Ubuntu with deadsnakes)"
  echo "    uv python install $want"
  echo "  or point PYTHON_BIN at a python$want interpreter and run make again."
} >&2
exit 1

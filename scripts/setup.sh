#!/usr/bin/env bash
# Set up policytext from a fresh clone: virtualenv, install, pkuseg model, CJK font.
# Idempotent: re-running skips what is already done. Used by scripts/demo.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${POLICYTEXT_VENV:-.venv}"
EXTRAS="${1:-}"

if [ ! -x "$VENV/bin/python" ]; then
  echo "==> creating virtualenv $VENV"
  "$PYTHON" -m venv "$VENV"
fi
echo "==> installing policytext${EXTRAS:+[$EXTRAS]}"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e ".${EXTRAS:+[$EXTRAS]}"

echo "==> provisioning the pkuseg model (once; cached under the user cache dir)"
"$VENV/bin/policytext" models download --no-online

# Plots need a CJK font; install one where the machine has none and we may use apt.
if ! (command -v fc-list >/dev/null && fc-list ':lang=zh' | grep -q .); then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "==> installing a CJK font (fonts-noto-cjk)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null) \
      || echo "warning: could not install a CJK font; Chinese labels in plots may not render"
  else
    echo "note: no CJK font found; install one (e.g. Noto Sans CJK SC) for Chinese plot labels"
  fi
fi

# The browser test (tests/test_report_browser.py) drives Debian's chromium through Playwright's
# Python package (executable_path; Playwright downloads no browser of its own).
if [[ ",$EXTRAS," == *,dev,* ]] && ! command -v chromium >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "==> installing chromium (for the report's browser test)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "warning: could not install chromium; the browser test cannot run"
  else
    echo "note: no chromium found; install it (Debian: apt-get install chromium) for the browser test"
  fi
fi

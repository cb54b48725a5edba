#!/usr/bin/env bash
# The end-to-end tests drive a real Chromium. Playwright cannot download its own here, so use
# Debian's; install it (and CJK fonts, so screenshots show Chinese) when missing and we are root.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} (Debian packages) for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
elif [[ " ${need[*]} " == *" chromium "* ]]; then
  echo "The browser tests need Chromium: install it (e.g. sudo apt-get install chromium fonts-noto-cjk) and run again." >&2
  exit 1
fi

#!/usr/bin/env bash
# Make sure Debian's Chromium is present for the browser tests (tests/catalogue.test.ts).
# The tests drive /usr/bin/chromium with playwright-core; we never download a browser
# (`playwright install` fails on a closed network). As root we install the Debian
# package; otherwise we say how, and the browser tests skip with a clear message.
set -u
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests…" >&2
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    [ -x "$CHROMIUM" ] && exit 0
  fi
  echo "ensure-chromium: installing chromium failed; the browser tests will be skipped." >&2
  exit 0
fi
cat >&2 <<MSG
ensure-chromium: $CHROMIUM is missing, so the browser tests (tests/catalogue.test.ts) will be skipped.
Install it with:  sudo apt-get install chromium
MSG
exit 0

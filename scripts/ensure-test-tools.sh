#!/usr/bin/env bash
# Make sure the Debian tools the tests use are present (runs as `pretest`):
#   - chromium (/usr/bin/chromium): the catalogue's browser tests drive it with playwright-core;
#     we never download a browser (`playwright install` fails on a closed network);
#   - poppler-utils (pdftotext, pdftoppm): the card tests read word positions and rasterise
#     sheets to find the crop marks; the mixed-script tests read word positions;
#   - unicode-data (/usr/share/unicode/BidiCharacterTest.txt): the Unicode Bidirectional
#     Algorithm's conformance test, run through our line layout;
#   - ghostscript (gs): print-shop files (build --pdfx) and their ink coverage in the tests.
# As root we install what is missing with apt-get; otherwise we say how. Without chromium the
# browser tests skip with a message; the card tests need poppler-utils.
set -u
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/unicode/BidiCharacterTest.txt ] || missing+=(unicode-data)
command -v gs >/dev/null 2>&1 || missing+=(ghostscript)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: installing Debian's ${missing[*]} for the tests…" >&2
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then
    exit 0
  fi
  echo "ensure-test-tools: installing ${missing[*]} failed." >&2
  exit 0
fi
cat >&2 <<MSG
ensure-test-tools: missing ${missing[*]}. Install with:  sudo apt-get install ${missing[*]}
Without chromium the browser tests are skipped; the card tests need poppler-utils.
MSG
exit 0

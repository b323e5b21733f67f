#!/usr/bin/env bash
# Browser check of the HTML report (issue 10): renders a report of a committed fixture (a real
# short run of DotBenchmark, QuantizeBenchmark and FakeQuantizeBenchmark) through ./accelbench,
# which finds a JDK 25 and builds the tools jar when it is missing or stale, opens it in headless
# Chromium and checks that
#   - the page carries no network references (it must open from disk, offline),
#   - the charts rendered: the DOM has the SVG elements the file has, and at least the roofline,
#     one throughput chart per benchmark class and the arraycopy baseline charts,
#   - the page's script ran (the sortable table headings got their tabindex),
#   - the console shows no errors, and that check does catch one (a deliberately broken copy),
# and saves a screenshot to target/report-screenshot.png.
# Chromium missing: installs Debian's chromium package when running as root with apt-get; only
# where it cannot be installed does it print SKIPPED and exit 0.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIXTURE="$ROOT/tools/src/test/resources/report/real-run.json"
WORK="$ROOT/target/browser-check"
SCREENSHOT="$ROOT/target/report-screenshot.png"
# Charts the fixture must produce: 1 roofline + 3 throughput (one per class) + 2 arraycopy baselines.
MIN_CHARTS=6

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'ok   %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
skip() { printf 'browser check: SKIPPED: %s\n' "$*"; exit 0; }

find_chromium() {
  local name
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

CHROMIUM=$(find_chromium) || {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "browser check: Chromium is missing; installing Debian's chromium package" >&2
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
      skip "Chromium is not installed and apt-get install chromium failed (no package source reachable?)"
    fi
    CHROMIUM=$(find_chromium) || skip "apt-get installed chromium but no chromium command appeared"
  else
    skip "Chromium is not installed and cannot be installed here (needs root and apt-get); install Debian's chromium package to run this check"
  fi
}

rm -rf "$WORK"
mkdir -p "$WORK"
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT

# The flags keep Chromium off the network and quiet; --virtual-time-budget lets the page's
# script finish before the DOM is dumped.
chromium_run() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --user-data-dir="$PROFILE" --virtual-time-budget=5000 "$@"
}

# With --enable-logging=stderr --v=0 every console message of the page reaches stderr as
# '...:INFO:CONSOLE:LINE] "text", source: URL (LINE)' (older builds: CONSOLE(LINE), ERROR:CONSOLE),
# whatever its level: console.error, an uncaught exception ("Uncaught TypeError: ...") and an SVG
# attribute the browser rejects ("Error: <rect> attribute x: Expected length, "NaN".") all look
# alike. The report logs nothing itself, so every console message counts as an error.
console_errors() {
  grep -E '(INFO|WARNING|ERROR):CONSOLE[:(]' "$1" || true
}

# 1. The report renders.
if "$ROOT/accelbench" report "$FIXTURE" -o "$WORK/report" >"$WORK/report.out" 2>&1 \
    && [ -s "$WORK/report/report.html" ] && [ -s "$WORK/report/summary.md" ]; then
  pass "accelbench report wrote report.html and summary.md"
else
  fail "accelbench report failed:"; sed 's/^/     /' "$WORK/report.out"
  echo "browser-check: $passed passed, $failed failed"
  exit 1
fi
HTML="$WORK/report/report.html"
URL="file://$HTML"

# 2. Nothing is fetched from the network: no src/href to http(s) (SVG namespaces are not fetched).
if grep -Eq "(src|href)=[\"']?(https?:)?//" "$HTML"; then
  fail "report.html references network resources: $(grep -Eo "(src|href)=[\"']?(https?:)?//[^\"' >]*" "$HTML" | head -3 | tr '\n' ' ')"
else
  pass "report.html has no network references"
fi

# 3. The charts rendered as SVG elements in the browser's DOM.
chromium_run --dump-dom --enable-logging=stderr --v=0 "$URL" >"$WORK/dom.html" 2>"$WORK/console.log" || true
in_file=$(grep -o '<svg' "$HTML" | wc -l)
in_dom=$(grep -o '<svg' "$WORK/dom.html" | wc -l)
if [ "$in_dom" -ge "$MIN_CHARTS" ] && [ "$in_dom" -eq "$in_file" ]; then
  pass "charts rendered: $in_dom SVG elements in the DOM (the file has $in_file; at least $MIN_CHARTS expected)"
else
  fail "charts: $in_dom SVG elements in the DOM, $in_file in the file, at least $MIN_CHARTS expected"
fi

# 4. The page's script ran: it makes every sortable heading focusable.
headings=$(grep -o '<th scope="col"' "$HTML" | wc -l)
focusable=$(grep -Eo '<th scope="col" tabindex="0"' "$WORK/dom.html" | wc -l)
if [ "$headings" -gt 0 ] && [ "$focusable" -eq "$headings" ]; then
  pass "table sorting script ran ($focusable sortable column headings)"
else
  fail "table sorting script: $focusable of $headings column headings were set up"
fi

# 5. No console errors (no console messages at all).
errors=$(console_errors "$WORK/console.log")
if [ -z "$errors" ]; then
  pass "no console errors"
else
  fail "console errors:"; printf '%s\n' "$errors" | head -5 | sed 's/^/     /'
fi

# 6. The console check can fail: a copy of the report with a script error must be caught.
sed 's#</body>#<script>window.reportCheck.missing();</script></body>#' "$HTML" >"$WORK/broken.html"
chromium_run --dump-dom --enable-logging=stderr --v=0 "file://$WORK/broken.html" >/dev/null 2>"$WORK/broken-console.log" || true
if [ -n "$(console_errors "$WORK/broken-console.log")" ]; then
  pass "the console check catches a script error (in a deliberately broken copy)"
else
  fail "the console check missed the script error in the deliberately broken copy; see $WORK/broken-console.log"
fi

# 7. A screenshot for people to look at.
rm -f "$SCREENSHOT"
chromium_run --screenshot="$SCREENSHOT" --window-size=1400,2000 --hide-scrollbars "$URL" >/dev/null 2>"$WORK/screenshot.log" || true
if [ -s "$SCREENSHOT" ] && [ "$(head -c 8 "$SCREENSHOT" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
  pass "screenshot saved: $SCREENSHOT"
else
  fail "no screenshot; see $WORK/screenshot.log"
fi

echo "browser-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

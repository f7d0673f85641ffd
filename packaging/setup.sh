#!/usr/bin/env bash
# Set up cmplanner on a fresh Debian machine, then start it or run the test suite.
#   bash packaging/setup.sh start [PLAN]   install and start the app (demo plan on first start)
#   bash packaging/setup.sh test [ARGS]    install what the tests need and run the whole suite
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-start}"
shift || true

# Qt's xcb platform plugin and fonts; the tests add Xvfb and Chromium (for the HTML backlog)
# and node with npm (Mozilla's ical.js, Thunderbird's parser, reads our .ics exports).
APP_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
          fonts-noto-color-emoji)
TEST_DEBS=(xvfb xauth chromium nodejs npm)

install_debs() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

python_env() {
  local extra="$1"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extra}"
}

compile_translations() {
  .venv/bin/pyside6-lrelease -silent translations/cmplanner_fr.ts -qm translations/cmplanner_fr.qm
}

case "$mode" in
  start)
    install_debs "${APP_DEBS[@]}"
    python_env ""
    compile_translations
    exec .venv/bin/cmplanner "$@"
    ;;
  test)
    install_debs "${APP_DEBS[@]}" "${TEST_DEBS[@]}"
    python_env "[test]"
    compile_translations
    (cd tests/js && npm ci --silent --no-audit --no-fund)
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: bash packaging/setup.sh start [PLAN] | test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac

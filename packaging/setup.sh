#!/usr/bin/env bash
# Set up cmplanner on a fresh Debian machine, then start it or run the test suite.
#   bash packaging/setup.sh start [PLAN]   install and start the app (welcome screen on first start)
#   bash packaging/setup.sh test [ARGS]    install what the tests need and run the whole suite
#                                          (and the bundle's --self-test when dist/ holds one)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-start}"
shift || true

# Qt's xcb platform plugin and fonts; the tests add Xvfb, Chromium (for the HTML backlog),
# PostgreSQL's server (the tests start a throwaway cluster on a Unix socket, tests/pg_cluster.py),
# poppler (pdftotext reads the review pack) and node (Mozilla's ical.js, Thunderbird's parser,
# reads our .ics exports; npm comes with node, or from Debian where node came without it).
APP_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
          fonts-noto-color-emoji)
TEST_DEBS=(xvfb xauth chromium poppler-utils postgresql nodejs)

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
  .venv/bin/python packaging/i18n.py release  # cmplanner_fr.qm and cmplanner_en.qm
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
    if [ -x dist/cmplanner/cmplanner ]; then
      # A bundle was built (packaging/build.sh): it must still pass its self-test with no venv.
      echo "Self-test of the bundle dist/cmplanner in a clean environment"
      clean_home=$(mktemp -d)
      env -i HOME="$clean_home" PATH=/usr/bin:/bin LANG=C.UTF-8 dist/cmplanner/cmplanner --self-test >/dev/null
      rm -rf "$clean_home"
    fi
    command -v npm >/dev/null || install_debs npm
    (cd tests/js && npm ci --silent --no-audit --no-fund)
    export QT_QPA_PLATFORM=offscreen
    echo "Checking the layers (import-linter), the code (ruff) and the types (mypy)…"
    .venv/bin/lint-imports --no-cache >/dev/null || { .venv/bin/lint-imports --no-cache; exit 1; }
    .venv/bin/ruff check --quiet cmplanner tests bench packaging
    .venv/bin/python packaging/type_gate.py
    exec .venv/bin/python -m pytest -n auto "$@"
    ;;
  *)
    echo "usage: bash packaging/setup.sh start [PLAN] | test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac

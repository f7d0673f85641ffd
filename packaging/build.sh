#!/usr/bin/env bash
# Build the one-folder Linux bundle (PyInstaller) and a .deb from it.
#   bash packaging/build.sh            -> dist/cmplanner/ (run dist/cmplanner/cmplanner)
#                                         dist/cmplanner_<version>_<arch>.deb and dist/cmplanner.deb
# Then: sudo apt install ./dist/cmplanner.deb   (installs /opt/cmplanner, /usr/bin/cmplanner,
# the menu entry, icons and AppStream metadata). Windows and macOS: docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

# Tools: PyInstaller in the project's venv; desktop-file-utils and appstream to check the metadata.
BUILD_DEBS=(desktop-file-utils appstream dpkg-dev)
missing=()
for pkg in "${BUILD_DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e ".[build]"
.venv/bin/python packaging/i18n.py release  # cmplanner_fr.qm and cmplanner_en.qm

version=$(.venv/bin/python -c "import cmplanner; print(cmplanner.__version__)")
arch=$(dpkg --print-architecture)
app_id=org.cmplanner.cmplanner

echo "Checking the desktop entry and the AppStream metadata"
desktop-file-validate "resources/$app_id.desktop"
appstreamcli validate --no-net "resources/$app_id.metainfo.xml"

echo "Building the bundle (PyInstaller)"
rm -rf dist/cmplanner build/pyinstaller
# --paths: an editable install (pip -e) hides the package from PyInstaller's import analysis.
# Package data (icons, guide, templates, migrations' .mako, the backlog's JS/CSS, the holidays
# package's translated names) comes with --collect-data;
# the Alembic migrations are Python files read from disk, so they are added as data too. Qt's own
# catalogues (qtbase_fr.qm) come with PyInstaller's PySide6 hooks, ours (French, and the
# English plural forms) from translations/.
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --name cmplanner --onedir --windowed \
  --distpath dist --workpath build/pyinstaller --specpath build/pyinstaller --paths "$PWD" \
  --icon "$PWD/cmplanner/resources/icons/app/cmplanner-256.png" \
  --collect-data cmplanner \
  --add-data "$PWD/cmplanner/storage/migrations:cmplanner/storage/migrations" \
  --add-data "$PWD/translations/cmplanner_fr.qm:translations" \
  --add-data "$PWD/translations/cmplanner_en.qm:translations" \
  --collect-data tzdata --collect-data icalendar --collect-data holidays \
  --collect-submodules alembic --collect-submodules cmplanner \
  --hidden-import PySide6.QtSvg \
  --exclude-module tkinter --exclude-module pytest --exclude-module hypothesis --exclude-module alembic.testing \
  packaging/cmplanner_entry.py
qt_fr=$(find dist/cmplanner -name qtbase_fr.qm | head -1)
if [ -z "$qt_fr" ]; then
  qt_dir=$(find dist/cmplanner/_internal/PySide6/Qt -maxdepth 0 -type d)
  mkdir -p "$qt_dir/translations"
  cp .venv/lib/python3*/site-packages/PySide6/Qt/translations/qtbase_fr.qm "$qt_dir/translations/"
fi

echo "Self-test of the bundle in a clean environment"
clean_home=$(mktemp -d)
env -i HOME="$clean_home" PATH=/usr/bin:/bin LANG=C.UTF-8 dist/cmplanner/cmplanner --self-test
rm -rf "$clean_home"

echo "Building the .deb"
root=build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/cmplanner "$root/opt/cmplanner"
ln -s /opt/cmplanner/cmplanner "$root/usr/bin/cmplanner"
cp "resources/$app_id.desktop" "$root/usr/share/applications/"
cp "resources/$app_id.metainfo.xml" "$root/usr/share/metainfo/"
cp cmplanner/resources/icons/app/cmplanner.svg "$root/usr/share/icons/hicolor/scalable/apps/cmplanner.svg"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "cmplanner/resources/icons/app/cmplanner-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/cmplanner.png"
done
installed_kb=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: cmplanner
Version: $version
Architecture: $arch
Maintainer: cmplanner <cmplanner@localhost>
Installed-Size: $installed_kb
Section: office
Priority: optional
Depends: libc6, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, fonts-dejavu-core
Homepage: https://localhost/cmplanner
Description: offline editorial planner for a company's community manager
 Plan posts on each network, recurring series, events and their promotion,
 with a validation workflow; export to Outlook and Thunderbird calendars and
 share a team backlog page that works offline.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/cmplanner_${version}_${arch}.deb" >/dev/null
cp "dist/cmplanner_${version}_${arch}.deb" dist/cmplanner.deb

elapsed=$(( $(date +%s) - started ))
echo "Bundle: dist/cmplanner ($(du -sh dist/cmplanner | cut -f1)), package: dist/cmplanner.deb ($(du -h dist/cmplanner.deb | cut -f1)), built in ${elapsed} s"
echo "Install it with: sudo apt install ./dist/cmplanner.deb"

#!/usr/bin/env bash
# `make package`: the PyInstaller onedir bundle, signed, and the Linux installer (.deb), signed.
# Output in build/dist/: chartside/ (the bundle), chartside_<version>_amd64.deb, SHA256SUMS, *.sig.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
VERSION=$($PY -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
DIST=build/dist
rm -rf "$DIST/chartside" "$DIST"/*.deb "$DIST"/SHA256SUMS* "$DIST"/*.sig
# The work folder is kept between builds: PyInstaller reuses its analysis when nothing changed.
$PY -m PyInstaller packaging/chartside.spec --noconfirm --log-level WARN --distpath "$DIST" --workpath build/pyinstaller
$PY packaging/sign.py bundle "$DIST/chartside" --version "$VERSION"
bash packaging/linux/build-deb.sh "$DIST/chartside" "$VERSION" "$DIST"
$PY packaging/sign.py files "$DIST/chartside_${VERSION}_amd64.deb"
du -sh "$DIST/chartside" "$DIST/chartside_${VERSION}_amd64.deb"

#!/usr/bin/env bash
# macOS: wrap the PyInstaller bundle (built on a Mac with `make package`) into Chartside.app, codesign it
# with the Developer ID, build a signed .pkg, notarize and staple it. Needs Xcode command line tools.
#   DEVELOPER_ID_APP="Developer ID Application: Org (TEAMID)"
#   DEVELOPER_ID_INSTALLER="Developer ID Installer: Org (TEAMID)"
#   NOTARY_PROFILE=chartside-notary   (xcrun notarytool store-credentials ...)
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${CHARTSIDE_VERSION:?set CHARTSIDE_VERSION}
APP=build/dist/Chartside.app
rm -rf "$APP" && mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp -R build/dist/chartside/. "$APP/Contents/MacOS/"
sed "s/@VERSION@/$VERSION/" packaging/macos/Info.plist > "$APP/Contents/Info.plist"
# Codesigning changes the binaries, so: sign every Mach-O inside first, then write and Ed25519-sign our
# manifest over the signed files, then seal the app (hardened runtime; the entitlements allow the JIT
# Qt WebEngine needs, and the microphone).
find "$APP/Contents/MacOS" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
  xargs -0 codesign --force --options runtime --timestamp --sign "$DEVELOPER_ID_APP"
.venv/bin/python packaging/sign.py bundle "$APP/Contents/MacOS" --version "$VERSION"
codesign --force --options runtime --timestamp --entitlements packaging/macos/entitlements.plist \
  --sign "$DEVELOPER_ID_APP" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"
productbuild --component "$APP" /Applications --sign "$DEVELOPER_ID_INSTALLER" "build/dist/chartside-$VERSION.pkg"
xcrun notarytool submit "build/dist/chartside-$VERSION.pkg" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "build/dist/chartside-$VERSION.pkg"
spctl --assess --type install --verbose "build/dist/chartside-$VERSION.pkg"

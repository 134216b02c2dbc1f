#!/usr/bin/env bash
# macOS: packs dist/desktop-crm.app (made by scripts/build-bundle on a Mac) into
# dist/desktop-crm-VERSION-macos-ARCH.dmg: the app beside a link to Applications, to drag
# it across. CI runs it (.github/workflows/bundle.yml); it needs hdiutil, so a Mac.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="$ROOT/dist/desktop-crm.app"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/desktop_crm/__init__.py")"
DMG="$ROOT/dist/desktop-crm-$VERSION-macos-$(uname -m).dmg"

if [ ! -d "$APP" ]; then
  echo "make-dmg: $APP is missing; build it first with scripts/build-bundle" >&2
  exit 1
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
echo "==> staging $APP"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"

echo "==> $DMG"
# hdiutil now and then fails with 'Resource busy' on CI machines: try again.
for attempt in 1 2 3; do
  if hdiutil create -volname "desktop-crm $VERSION" -srcfolder "$stage" -fs HFS+ \
       -format UDZO -ov "$DMG"; then
    break
  fi
  [ "$attempt" = 3 ] && exit 1
  sleep 5
done
hdiutil verify "$DMG"
du -h "$DMG"

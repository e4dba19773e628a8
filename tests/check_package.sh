#!/usr/bin/env bash
# Builds the .deb with CPack and checks what it holds.
set -euo pipefail
BUILD="$1"
cd "$BUILD"
rm -rf packages
cpack -G DEB --config CPackConfig.cmake >cpack.log 2>&1 || { cat cpack.log; exit 1; }
DEB=$(ls packages/*.deb | head -1)
echo "package: $DEB ($(du -h "$DEB" | cut -f1))"
CONTENTS=$(dpkg-deb -c "$DEB")
fail=0
for want in ./usr/bin/dialtrace ./usr/bin/dialtrace-cli ./usr/share/applications/dialtrace.desktop \
            ./usr/share/icons/hicolor/scalable/apps/dialtrace.svg \
            ./usr/share/metainfo/io.dialtrace.DialTrace.metainfo.xml; do
  if ! grep -q " $want\$" <<<"$CONTENTS"; then echo "missing from package: $want"; fail=1; fi
done
dpkg-deb -f "$DEB" Package Version Depends
[ "$(dpkg-deb -f "$DEB" Package)" = dialtrace ] || { echo "wrong package name"; fail=1; }
exit $fail

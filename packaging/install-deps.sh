#!/usr/bin/env bash
# Installs every Debian 12 package DialTrace needs to build, test, package and run.
# Idempotent: packages already present are skipped. Works as root or through sudo.
# Nothing else is downloaded, at build time or at run time.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6 (Widgets, Sql/SQLite, PrintSupport, Test, translations, SVG icons)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-translations-l10n libgl-dev
  # charts
  libqcustomplot-dev libqcustomplot2.1-qt6
  # core libraries
  libboost-graph-dev libsqlite3-dev sqlite3 libphonenumber-dev libuchardet-dev libsodium-dev libssl-dev libzip-dev zlib1g-dev
  # benchmark baseline only (tests/bench/bench_graph)
  libigraph-dev
  # headless GUI runs, fonts that render Chinese, PDF checks
  xvfb xauth fonts-noto-cjk fonts-dejavu-core poppler-utils
  # GEXF exports validated against the GEXF 1.3 schema (tst_export)
  libxml2-utils
  # packaging checks
  dpkg-dev file
  # benchmarks
  bc time
  # libFuzzer targets (the fuzz preset, tests/fuzz)
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists when they are missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
  $SUDO apt-get update -q
fi
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Install what vanban needs from Debian 12 packages. Idempotent: packages already
# present are left alone, so running it twice costs only the apt index check.
#   scripts/install-deps.sh          build dependencies (library, CLI, unit tests)
#   scripts/install-deps.sh --test   also the real office suite and the validation tools
#   scripts/install-deps.sh --fuzz   also clang and libFuzzer (the two flags combine)
set -euo pipefail

build_pkgs=(build-essential cmake pkg-config
  libxml2-dev libicu-dev libpugixml-dev libzip-dev zlib1g-dev libpoppler-cpp-dev libgtest-dev
  libharfbuzz-dev libfreetype-dev libfontconfig-dev libpng-dev liblcms2-dev fonts-liberation2)
# LibreOffice renders our files in the integration tests (Calc reads the .xls lists);
# the others are what ../shared/schemas/tools/validate-package.sh and the PDF text
# check call.
test_pkgs=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils qpdf libxml2-utils xsltproc unzip python3 clang-format)
# The fuzz targets need clang and its libFuzzer/sanitizer runtimes (scripts/fuzz.sh).
fuzz_pkgs=(clang libclang-rt-14-dev python3)

want=("${build_pkgs[@]}")
for flag in "$@"; do
  case $flag in
    --test) want+=("${test_pkgs[@]}") ;;
    --fuzz) want+=("${fuzz_pkgs[@]}") ;;
    *) echo "install-deps.sh: unknown option $flag" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Lockstep's one setup script: installs what Lockstep needs on Debian 12 (only what is missing), builds
# with the CMake preset, then does what you asked:
#   ./setup.sh run    open the GUI on the built-in demo dataset (prints the CLI summary when there is no display)
#   ./setup.sh test   run the whole test suite (CTest)
#   ./setup.sh build  just install and build
#   ./setup.sh bench  run the benchmarks in tests/bench and print the figures
# Environment: LOCKSTEP_PRESET (default dev), LOCKSTEP_JOBS (default: all cores).
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"
action="${1:-run}"
preset="${LOCKSTEP_PRESET:-dev}"
jobs="${LOCKSTEP_JOBS:-$(nproc)}"

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libopencv-dev libsndfile1-dev libkissfft-dev libsqlite3-dev libqcustomplot-dev libxxhash-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  xvfb xauth imagemagick fonts-noto-cjk
  libsoxr-dev
  libfftw3-dev  # the quality scan's spectral pass: FFTW's SIMD r2c, ~6x KissFFT at 512 points (docs/BENCHMARKS.md)
  sqlite3 python3 python3-numpy python3-soundfile python3-opencv python3-pandas python3-pil python3-scipy
  python3-torch python3-torchaudio
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    return
  fi
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  if [[ ! -f "build/$preset/build.ninja" ]]; then
    cmake --preset "$preset" >/dev/null
  fi
  cmake --build --preset "$preset" -j "$jobs"
}

install_missing
build

case "$action" in
  run)
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
      exec "build/$preset/app/gui/lockstep" --demo
    fi
    # The same folder the GUI's --demo uses, so both share the generated demo and its project.
    demo="${XDG_DATA_HOME:-$HOME/.local/share}/Lockstep/Lockstep/demo"
    cli="build/$preset/app/cli/lockstep-cli"
    echo "setup: no display; showing the demo dataset with lockstep-cli (run ./setup.sh run on a desktop for the GUI)" >&2
    [[ -f "$demo/PLANTED.json" ]] || "$cli" demo "$demo" --quiet
    "$cli" info "$demo" --quiet
    echo
    "$cli" scan "$demo" --quiet
    exec "$cli" report "$demo.lockstep" --format html --out "$demo-report.html"
    ;;
  test)
    exec ctest --preset "$preset" -j "$jobs"
    ;;
  build) ;;
  bench)
    exec /usr/bin/python3 tests/bench/run_benchmarks.py "build/$preset"
    ;;
  *)
    echo "usage: ./setup.sh run|test|build|bench" >&2
    exit 2
    ;;
esac

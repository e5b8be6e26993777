#!/usr/bin/env bash
# Takes every screenshot that the README and docs/ show: the built `lockstep` GUI on the built-in demo dataset,
# under xvfb-run, one run of the GUI per picture. Builds nothing.
#
#   tools/make_screenshots.sh [--gui PATH] [--out DIR] [NAME ...]   # default: build/dev/app/gui/lockstep, docs/
#   tools/make_screenshots.sh --list                                  # the names, one a line
#
# Same inputs, same pictures: a private home (no saved layout, no recent files), a fixed screen (1920x1080 at
# 96 dpi, so the window opens at its first-start size, 1440x900), scale 1, English, a minimal environment
# (no desktop theme), the demo generated with its fixed seed and scanned once, and the project file put back as
# it was after the scan before every picture (edits made for one picture do not show in the next). The window
# drops its transient status message (it says how long the scan took) before the picture is taken.
#
# To add a picture: one `shot` line below. Its arguments go to `lockstep` (see app/gui/main.cpp and
# app/gui/StartupScript.h for the hidden options: --demo --sample --select --annotate --view --timeline-range).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
gui="$root/build/dev/app/gui/lockstep"
out="$root/docs"
list_only=0
wanted=()
while (($#)); do
  case "$1" in
    --gui) gui="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --list) list_only=1; shift ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "make_screenshots: unknown option $1" >&2; exit 2 ;;
    *) wanted+=("$1"); shift ;;
  esac
done

# The pictures, in the order they are taken. `shot NAME ARGS...` writes $out/screenshot-NAME.png.
screenshots() {
  # The start page of a first start.
  shot welcome
  # The README's first picture: a recording with its streams, the issue the scan found, the diagnostics.
  shot main-window --demo --sample rec_kitchen \
    --annotate review:s0001,s0004,s0010=accepted --annotate review:s0002,s0007=rejected \
    --annotate review:s0006=needs-fix
  # The timeline of a recording, zoomed in on the first utterance, playhead inside it.
  shot timeline --demo --sample rec_lab --timeline-range 3.6:9.6
  shot timeline-zoom --demo --sample rec_lab --timeline-range 5.5:6.7
  # A plain image + caption + audio sample gets the same timeline.
  shot timeline-plain --demo --sample s0008
  # F9: the quality dashboard below the workspace.
  shot dashboard --demo --sample s0086 --view dashboard:audio.rms_dbfs,audio.duration_s,text.chars
  # F7: the exact image duplicates with different captions.
  shot duplicates --demo --sample s0196 --view duplicates:1
  # Ctrl+T: the thumbnail grid, with a few decisions made.
  shot grid --demo --view grid \
    --annotate review:s0001,s0004=accepted --annotate review:s0002,s0007=rejected \
    --annotate review:s0006=needs-fix
  # A label and a tag given to two selected samples, a tag, a note and a region for one; Ctrl+H lists them.
  shot annotations --demo --sample s0003 --select s0003,s0004 \
    --annotate label:s0003,s0004=vehicle --annotate tag:s0003,s0004=street \
    --annotate tag:s0003=night --annotate "note:s0003=Headlights glare at the left edge; keep, but crop." \
    --annotate region:s0003=engine@0.35:1.4 --view history
  # Ctrl+E: the review queue over the clipped recordings, worst first.
  shot queue --demo --view "queue:has:audio.clipping"
  # A lasso on the dashboard's scatter plot filters the table to the samples inside it.
  shot lasso --demo --view dashboard:audio.rms_dbfs,audio.duration_s,text.chars --view lasso
  # F1: every command with its key, grouped by menu; double-click a key to change it.
  shot shortcuts --demo --sample s0008 --view shortcuts
  # View > Theme > Dark.
  shot dark --demo --theme dark --sample rec_kitchen
}

names=()
shot() { names+=("$1"); }
screenshots
if ((list_only)); then
  printf '%s\n' "${names[@]}"
  exit 0
fi
for name in "${wanted[@]}"; do
  [[ " ${names[*]} " == *" $name "* ]] || { echo "make_screenshots: no picture named '$name'" >&2; exit 2; }
done

[[ -x "$gui" ]] || { echo "make_screenshots: no GUI at $gui (build it first: cmake --build --preset dev)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "make_screenshots: needs xvfb-run (Debian: xvfb xauth)" >&2; exit 1; }
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/lockstep-screenshots.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
project="$work/data/Lockstep/Lockstep/demo.lockstep"  # where `lockstep --demo` keeps the demo's project

# Runs the GUI once in the private home with a fresh configuration; its arguments follow.
run_gui() {
  local config
  config="$(mktemp -d "$work/config.XXXXXX")"
  env -i PATH="$PATH" HOME="$work" TMPDIR="$work" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$config" XDG_CACHE_HOME="$work/cache" \
    XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=xcb QT_ENABLE_HIGHDPI_SCALING=0 QT_SCALE_FACTOR=1 \
    xvfb-run -a -s "-screen 0 1920x1080x24 -dpi 96 -nolisten tcp" "$gui" "$@" >"$work/gui.log" 2>&1 || {
    echo "make_screenshots: lockstep $* failed; its output:" >&2
    grep -v -e '^qt.multimedia' -e PulseAudio "$work/gui.log" >&2 || true
    return 1
  }
}

# The demo, generated and scanned once; its project kept as the scan left it.
echo "make_screenshots: generating and scanning the demo dataset" >&2
run_gui --demo --scan --screenshot "$work/prepare.png"
for suffix in "" -wal -shm; do
  [[ ! -e "$project$suffix" ]] || cp "$project$suffix" "$work/scanned$suffix"
done

taken=0
shot() {
  local name="$1"
  shift
  if ((${#wanted[@]})) && [[ " ${wanted[*]} " != *" $name "* ]]; then
    return
  fi
  for suffix in "" -wal -shm; do
    rm -f "$project$suffix"
    [[ ! -e "$work/scanned$suffix" ]] || cp "$work/scanned$suffix" "$project$suffix"
  done
  echo "make_screenshots: screenshot-$name.png" >&2
  run_gui "$@" --screenshot "$out/screenshot-$name.png"
  taken=$((taken + 1))
}
screenshots
echo "make_screenshots: $taken pictures in $out" >&2

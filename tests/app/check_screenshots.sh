#!/usr/bin/env bash
# CTest app/screenshots: runs tools/make_screenshots.sh with this build's GUI into a private folder and checks
# what it wrote: every picture it lists exists, has the window's first-start size and is not blank (a start page
# has hundreds of colours, a workspace with pictures and plots thousands; an empty or black window a handful);
# every screenshot the README shows is one the script takes; and a second run gives the same bytes.
#   check_screenshots.sh GUI SOURCE_DIR
set -euo pipefail
gui="$1"
src="$2"
script="$src/tools/make_screenshots.sh"
out="$(mktemp -d "${TMPDIR:-/tmp}/lockstep-screenshot-check.XXXXXX")"
trap 'rm -rf "$out"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

mapfile -t names < <("$script" --list)
((${#names[@]} >= 9)) || fail "the script lists ${#names[@]} pictures, expected at least 9"

"$script" --gui "$gui" --out "$out/first"
for name in "${names[@]}"; do
  file="$out/first/screenshot-$name.png"
  if [[ ! -s "$file" ]]; then
    fail "$name: no picture"
    continue
  fi
  read -r width height colours < <(identify -format '%w %h %k\n' "$file")
  [[ "$width x $height" == "1440 x 900" ]] || fail "$name: ${width}x$height, expected 1440x900"
  least=5000
  [[ "$name" != welcome ]] || least=400
  ((colours > least)) || fail "$name: $colours colours, expected more than $least (blank?)"
  echo "$name: ${width}x$height, $colours colours"
done

# Each docs/screenshot-*.png the README shows comes from the script.
while read -r reference; do
  name="${reference#docs/screenshot-}"
  name="${name%.png}"
  [[ " ${names[*]} " == *" $name "* ]] || fail "README shows $reference, which the script does not take"
done < <(grep -o 'docs/screenshot-[a-z0-9-]*\.png' "$src/README.md" | sort -u)

# Same inputs, same picture.
"$script" --gui "$gui" --out "$out/second" timeline-plain
cmp -s "$out/first/screenshot-timeline-plain.png" "$out/second/screenshot-timeline-plain.png" ||
  fail "timeline-plain: a second run gave another picture"

((failures == 0)) || { echo "$failures check(s) failed" >&2; exit 1; }
echo "all ${#names[@]} screenshots checked"

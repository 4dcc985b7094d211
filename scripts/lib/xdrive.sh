# Driving the app in a real X window with xdotool, as a person would: find a button, field or
# text on screen, move the mouse there and click, type on the keyboard, scroll with the wheel.
# Sourced by scripts/xday. Where things are comes from the app's --ui-probe file ($ui_probe),
# which lists every visible button, field and text in window coordinates (mobile/app/uiprobe.h):
#   kind  objectName  text  x  y  width  height  enabled  checked  placeholderText  clipped  whole
# Needs: $ui_probe, $ui_window (the X window id), $shots (the screenshot folder), $root.

# A step of the day: printed, and named when something in it fails.
xd_step() {
  xd_step_name=$*
  printf '\n== %s (%s s)\n' "$*" "$(($(date +%s) - ${started:-$(date +%s)}))"
}

xd_fail() {
  echo "xday: FAILED in step '${xd_step_name:-setup}': $*" >&2
  xd_shot "failed" >&2 || true
  echo "xday: the screen then: $xd_last_shot; what the app saw: $ui_probe" >&2
  exit 1
}

# The UI language the day runs in (en or zh_CN): the words the script looks for are the
# app's own translations (assets/i18n), so one script drives both.
xd_language() {
  xd_lang=$1
  case $1 in
    en) xd_language_button=English ;;
    zh_CN) xd_language_button=中文 ;;
    *) echo "xday: language $1: en or zh_CN" >&2; exit 2 ;;
  esac
}

# The app's words for SOURCE (its qsTr text) in the day's language, with %n (the first
# argument, when SOURCE has it) and %1, %2... filled in.
xd_tr() {
  local source=$1 text
  shift
  text=$(awk -v want="$source" -v n="${1:-}" '
    function unxml(s) {
      gsub(/&apos;/, "\047", s); gsub(/&quot;/, "\"", s); gsub(/&lt;/, "<", s)
      gsub(/&gt;/, ">", s); gsub(/&amp;/, "\\&", s); return s
    }
    /<message/ { src = ""; tr = ""; forms = 0 }
    /<source>/ { t = $0; sub(/.*<source>/, "", t); sub(/<\/source>.*/, "", t); src = unxml(t) }
    /<translation[ >]/ && /<\/translation>/ {
      t = $0; sub(/.*<translation[^>]*>/, "", t); sub(/<\/translation>.*/, "", t); tr = unxml(t)
    }
    /<numerusform/ {
      t = $0; sub(/.*<numerusform[^>]*>/, "", t); sub(/<\/numerusform>.*/, "", t)
      form[forms++] = unxml(t)
    }
    /<\/message>/ && src == want {
      which = (forms > 1 && n != 1) ? 1 : 0
      out = forms > 0 ? form[which] : tr == "" ? src : tr
      print out
      exit
    }' "$root/assets/i18n/outfall_${xd_lang}.ts")
  [ -n "$text" ] || text=$source
  if [ "${source#*%n}" != "$source" ]; then
    text=${text//"%n"/$1}
    shift
  fi
  local i=1 arg
  for arg in "$@"; do
    text=${text//"%$i"/$arg}
    i=$((i + 1))
  done
  printf '%s' "$text"
}

# What the inspector types, in the day's language (names, descriptions).
xd_tr_data() {
  if [ "$xd_lang" = en ]; then printf '%s' "$1"; return; fi
  case $1 in
    "Wang Wei") printf '王伟' ;;
    "Pipe into the river behind the workshop") printf '车间后面通向河里的管子' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Waits up to SECONDS until the shell CONDITION holds (re-evaluated as the probe refreshes).
xd_until() { # WHAT SECONDS CONDITION
  local i=0
  while [ $i -lt $(($2 * 4)) ]; do
    eval "$3" && return 0
    sleep 0.25
    i=$((i + 1))
  done
  xd_fail "waited ${2}s for $1"
}

# The strokes of a stored signature (hex of signature.strokes, docs/formats.md "Signature
# strokes") by direction: "N strokes: A across, D down, G diagonal".
xd_stroke_shape() {
  awk -v hex="$1" '
    function varint(   v, m, c) {
      v = 0; m = 1
      do { c = b[p++]; v += (c % 128) * m; m *= 128 } while (c >= 128)
      return v
    }
    function zigzag(v) { return v % 2 ? -(v + 1) / 2 : v / 2 }
    function abs(v) { return v < 0 ? -v : v }
    BEGIN {
      digits = "0123456789ABCDEF"
      for (i = 0; i < length(hex) / 2; ++i)
        b[i] = (index(digits, substr(hex, 2 * i + 1, 1)) - 1) * 16 + index(digits, substr(hex, 2 * i + 2, 1)) - 1
      if (length(hex) == 0 || b[0] != 1) { print "no strokes"; exit }
      p = 1; varint(); varint(); strokes = varint()
      for (s = 0; s < strokes; ++s) {
        count = varint(); x = zigzag(varint()); y = zigzag(varint()); x0 = x; y0 = y
        for (k = 1; k < count; ++k) { x += zigzag(varint()); y += zigzag(varint()) }
        dx = abs(x - x0); dy = abs(y - y0)
        if (dx * 4 <= dy) down++
        else if (dy * 4 <= dx) across++
        else diagonal++
      }
      printf "%d strokes: %d across, %d down, %d diagonal\n", strokes, across, down, diagonal
    }'
}

# The window's origin on the X screen (no window manager: usually 0 0).
xd_origin() {
  eval "$(xdotool getwindowgeometry --shell "$ui_window")"
  ui_x=$X
  ui_y=$Y
}

# Prints "cx cy state" of the first item matching KIND NAME TEXT (empty: any; TEXT ending in
# '*' is a prefix), its centre in window coordinates; state is "on" when it is on screen and
# enabled, "below"/"above" when it lies off screen that way, "disabled" otherwise.
# Without CHECKED=1 it skips checked buttons only when SKIP_CHECKED=1.
xd_find() {
  awk -F'\t' -v kind="$1" -v name="$2" -v text="$3" -v skipChecked="${SKIP_CHECKED:-0}" '
    $1 == "window" { W = $6; H = $7; next }
    function matches(t) {
      if (substr(text, 1, 5) == "hint:") return $10 == substr(text, 6)
      if (text == "") return 1
      if (substr(text, length(text)) == "*") return index(t, substr(text, 1, length(text) - 1)) == 1
      return t == text
    }
    (kind == "" || $1 == kind) && (name == "" || $2 == name) && matches($3) {
      if (skipChecked && $9 == 1) next
      cx = int($4 + $6 / 2); cy = int($5 + $7 / 2)
      # Off the window, or clipped off by a list or scroll view ($11): scroll towards it.
      # Beside the window: a page still sliding in or out (a StackView transition).
      state = ($11 == -1 || cy < 0) ? "above" : ($11 == 1 || cy > H) ? "below" : ($11 == 2 || cx < 0 || cx > W) ? "hidden" : $8 == 1 ? "on" : "disabled"
      # A button or field partly scrolled off the edge of its view ($12, whole): bring all of
      # it in first (a tap near the edge of a scroll view may miss it).
      if (state == "on" && ($1 == "button" || $1 == "field") && $12 == "0") state = cy < H / 2 ? "above" : "below"
      if (state == "on") { print cx, cy, state; found = 1; exit }
      if (first == "") first = cx " " cy " " state
    }
    END { if (!found && first != "") print first }' "$ui_probe"
}

# Prints the text of the first item matching KIND NAME TEXT (as xd_find).
xd_find_text() {
  awk -F'\t' -v kind="$1" -v name="$2" -v text="$3" '
    function matches(t) {
      if (text == "") return 1
      if (substr(text, length(text)) == "*") return index(t, substr(text, 1, length(text) - 1)) == 1
      return t == text
    }
    (kind == "" || $1 == kind) && (name == "" || $2 == name) && matches($3) { print $3; exit }' "$ui_probe"
}

xd_shot() {
  shot_count=$(( ${shot_count:-0} + 1 ))
  local file
  file=$(printf '%s/%02d-%s.png' "$shots" "$shot_count" "$1")
  # The probe sees a change before the X server shows its frame: wait for the screen to settle.
  xd_settle
  sleep 0.3
  import -window root "$file"
  xd_last_shot=$file
  echo "   screenshot $file"
}

# XD_CLICKS=2: a double click.
xd_click_at() {
  xd_origin
  # No --sync anywhere: it waits for a move that never comes when the pointer is there already.
  xdotool mousemove $((ui_x + $1)) $((ui_y + $2)) sleep 0.05 click --repeat "${XD_CLICKS:-1}" --delay 80 1
  sleep 0.2
}

# Scrolls the page under (x, y) (default: right of the middle of the window, clear of the
# navigation rail) by wheel notches: down when N > 0.
xd_scroll() {
  xd_origin
  local button=5 n=$1 w h
  read -r w h < <(awk -F'\t' '$1 == "window" { print $6, $7; exit }' "$ui_probe")
  if [ "$n" -lt 0 ]; then button=4; n=$((-n)); fi
  xdotool mousemove $((ui_x + ${2:-$((w * 3 / 5))})) $((ui_y + ${3:-$((h / 2))})) sleep 0.05 \
    click --repeat "$n" --delay 60 "$button"
  xd_settle
}

# Waits (up to 5 s) until the screen stands still: where the buttons and fields are the
# same in two probes in a row (a flicked list coasts on after the wheel). Only where: texts
# change all the time (the position, distances).
xd_settle() {
  local before now i=0
  xd_layout() { awk -F'\t' '$1 == "button" || $1 == "field" { print $4, $5, $6, $7 }' "$ui_probe" 2>/dev/null; }
  before=$(xd_layout)
  while [ $i -lt 20 ]; do
    sleep 0.2
    now=$(xd_layout)
    [ "$now" = "$before" ] && return 0
    before=$now
    i=$((i + 1))
  done
}

# Waits (XD_WAIT seconds, default 20) for KIND NAME TEXT on screen and enabled, scrolling
# towards it; prints "cx cy".
xd_reach() {
  local tries=0 found cx cy state last=
  while [ $tries -lt $((${XD_WAIT:-20} * 4)) ]; do
    found=$(xd_find "$@")
    if [ -n "$found" ]; then
      read -r cx cy state <<<"$found"
      case $state in
        # Where it stood in two probes in a row: not still sliding in with its page (a
        # click on an item in a transition lands where it was a moment ago).
        on) [ "$last" = "$cx $cy" ] && { echo "$cx $cy"; return 0; }
            last="$cx $cy"; sleep 0.15 ;;
        # A notch at a time: one moves a page about 270 px, so three (800 px) could carry a
        # button from below the view to above it and back, for ever.
        below) xd_scroll 1 ;;
        above) xd_scroll -1 ;;
        *) sleep 0.25 ;;
      esac
    else
      sleep 0.25
    fi
    tries=$((tries + 1))
  done
  return 1
}

# Clicks the button (KIND: or any item) showing TEXT; NAME narrows it to an objectName;
# waits up to SECONDS (default 20) for it to be there and enabled.
xd_tap() {
  local text=$1 name=${2:-} kind=${3-button} at
  at=$(XD_WAIT=${4:-20} xd_reach "$kind" "$name" "$text") ||
    xd_fail "no enabled '$text' (${kind:-any} ${name}) on screen"
  # shellcheck disable=SC2086
  xd_click_at $at
}

# Waits until a text item showing TEXT (prefix with '*') is on screen.
xd_wait_text() {
  local text=$1 seconds=${2:-20} i=0
  while [ $i -lt $((seconds * 4)) ]; do
    case $(xd_find text "" "$text") in *" on" | *" disabled") return 0 ;; esac
    sleep 0.25
    i=$((i + 1))
  done
  xd_fail "no text '$text' after ${seconds}s"
}

# Waits until no item (text, button, field) on screen shows TEXT any more.
xd_wait_gone() {
  local text=$1 seconds=${2:-20} i=0
  while [ $i -lt $((seconds * 4)) ]; do
    case $(xd_find "" "" "$text") in *" on" | *" disabled") ;; *) return 0 ;; esac
    sleep 0.25
    i=$((i + 1))
  done
  xd_fail "'$text' still shown after ${seconds}s"
}

# Clicks into a field (by objectName; "label:LABEL" the first field below that label;
# "hint:TEXT" the field showing that placeholder) and types TEXT, replacing what was there.
xd_type_into() {
  local field=$1 text=$2 at
  if [ "${field#hint:}" != "$field" ]; then
    at=$(xd_reach field "" "$field") || xd_fail "no field showing '${field#hint:}'"
  elif [ "${field#label:}" != "$field" ]; then
    # The label may be on screen with its field still below the edge: scroll it up.
    local tries=0 h
    h=$(awk -F'\t' '$1 == "window" { print $7; exit }' "$ui_probe")
    while at=$(xd_field_below_label "${field#label:}") && [ "${at#* }" -gt $((h - 30)) ] &&
          [ $tries -lt 8 ]; do
      xd_scroll 1 # about 270 px: the field comes up, the label stays
      tries=$((tries + 1))
    done
    [ -n "$at" ] || xd_fail "no field under '${field#label:}'"
  else
    at=$(xd_reach field "$field" "") || xd_fail "no field $field"
  fi
  # shellcheck disable=SC2086
  xd_click_at $at
  xdotool key --clearmodifiers ctrl+a
  if LC_ALL=C grep -q '[^ -~]' <<<"$text"; then
    # Beyond ASCII (Chinese) xdotool maps each character onto a spare keycode as it types it,
    # and the app sometimes reads the key after the map moved on: a character lost. So one
    # character at a time, each checked on the field (the probe) and typed again if lost.
    # Under load a character may also arrive late, after it was typed again: then the field
    # holds it twice, and the extra is taken back with BackSpace rather than typed over.
    local i LC_ALL=C.UTF-8 # characters, not bytes
    local done_text now extra
    for ((i = 0; i < ${#text}; i++)); do
      done_text=${text:0:i}
      for _ in 1 2 3 4; do
        xdotool type --clearmodifiers "${text:i:1}"
        xd_field_shows "${text:0:i+1}" 30 && break
        [ -n "$done_text" ] || continue # the first character: nothing to compare with
        now=$(xd_field_starting "$done_text")
        if [ "${now#"${text:0:i+1}"}" != "$now" ]; then # the character, and more after it
          extra=$(( ${#now} - i - 1 ))
          xdotool key --clearmodifiers --repeat "$extra" --delay 80 BackSpace
          xd_field_shows "${text:0:i+1}" 30 && break
        elif [ -n "$now" ] && [ "$now" != "$done_text" ]; then # something else after it
          extra=$(( ${#now} - i ))
          xdotool key --clearmodifiers --repeat "$extra" --delay 80 BackSpace
        fi
      done
    done
  else
    xdotool type --delay 12 --clearmodifiers "$text"
  fi
  # The field must show what was typed (a page that moved under the click took it elsewhere).
  xd_field_shows "$text" 20 || xd_fail "typed '$text' into $field, but no field shows it"
}

# Whether a field shows TEXT within TENTHS tenths of a second.
xd_field_shows() {
  local i=0
  while [ $i -lt "$2" ]; do
    awk -F'\t' -v t="$1" '$1 == "field" && $3 == t { found = 1 } END { exit !found }' "$ui_probe" &&
      return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}

# The text of the first field whose text begins with PREFIX (empty: none does).
xd_field_starting() {
  awk -F'\t' -v p="$1" '$1 == "field" && index($3, p) == 1 { print $3; exit }' "$ui_probe"
}

# The first field under a label (fields often have their label above them).
xd_field_below_label() {
  xd_reach text "" "$1" >/dev/null || return 1
  awk -F'\t' -v label="$1" '
    $1 == "text" && $3 == label && lx == "" { lx = $4; lw = $6; ly = $5 + $7 }
    $1 == "field" { fx[++n] = $4; fy[n] = $5; fw[n] = $6; fh[n] = $7 }
    END {
      best = ""
      for (i = 1; i <= n; ++i)
        if (fy[i] >= ly - 4 && fx[i] < lx + lw + 200 && fx[i] + fw[i] > lx - 20 && (best == "" || fy[i] < fy[best]))
          best = i
      if (best == "") exit 1
      print int(fx[best] + fw[best] / 2), int(fy[best] + fh[best] / 2)
    }' "$ui_probe"
}

# Draws strokes on the item NAME (a signature pad) with the mouse button held: a stroke is a
# list of points in fractions of the pad, "x,y x,y ...".
xd_draw() {
  local name=$1
  shift
  # On the page (made by its page, anywhere on it), then all of it on screen: a stroke on a
  # part scrolled under the section row above would tap that row instead (a notch at a time
  # towards the side the pad sticks out on; a notch that moved nothing, the other way).
  xd_until "$name on the page" 20 \
    "awk -F'\t' -v name='$name' '\$2 == name { found = 1 } END { exit !found }' \"\$ui_probe\""
  xd_settle # where the page comes to rest (typing into a field above may have moved it)
  local whole tries=0 cy h step=0 last=
  h=$(awk -F'\t' '$1 == "window" { print $7; exit }' "$ui_probe")
  while whole=$(awk -F'\t' -v name="$name" '$2 == name { print $12, int($5 + $7 / 2); exit }' "$ui_probe") &&
        [ "${whole%% *}" != 1 ] && [ $tries -lt 16 ]; do
    cy=${whole#* }
    if [ "$cy" = "$last" ] && [ "$step" != 0 ]; then
      step=$((-step))
    elif [ "$cy" -lt $((h / 2)) ]; then step=-1; else step=1; fi
    last=$cy
    xd_scroll "$step"
    sleep 0.3 # the probe writes every 100 ms: let it see where the page came to rest
    tries=$((tries + 1))
  done
  [ "${whole%% *}" = 1 ] || xd_fail "$name is not wholly on screen to draw on"
  local rect
  rect=$(awk -F'\t' -v name="$name" '$2 == name { print $4, $5, $6, $7; exit }' "$ui_probe")
  local px py pw ph
  read -r px py pw ph <<<"$rect"
  xd_origin
  local stroke point fx fy first
  for stroke in "$@"; do
    first=1
    for point in $stroke; do
      fx=${point%,*}
      fy=${point#*,}
      local sx sy
      sx=$(awk -v o="$ui_x" -v p="$px" -v w="$pw" -v f="$fx" 'BEGIN { printf "%d", o + p + w * f }')
      sy=$(awk -v o="$ui_y" -v p="$py" -v h="$ph" -v f="$fy" 'BEGIN { printf "%d", o + p + h * f }')
      # No --sync: it waits for a move that never comes when two points fall on one pixel.
      xdotool mousemove "$sx" "$sy"
      if [ $first = 1 ]; then xdotool mousedown 1; first=0; fi
      sleep 0.03
    done
    xdotool mouseup 1
    sleep 0.2
  done
}

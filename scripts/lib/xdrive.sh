# Driving the app in a real X window with xdotool, as a person would: find a button, field or
# text on screen, move the mouse there and click, type on the keyboard, scroll with the wheel.
# Sourced by scripts/xday. Where things are comes from the app's --ui-probe file ($ui_probe),
# which lists every visible button, field and text in window coordinates (mobile/app/uiprobe.h):
#   kind  objectName  text  x  y  width  height  enabled  checked  placeholderText
# Needs: $ui_probe, $ui_window (the X window id), $shots (the screenshot folder).

xd_fail() {
  echo "xday: FAILED: $*" >&2
  xd_shot "failed" || true
  exit 1
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
      state = cy < 0 ? "above" : cy > H ? "below" : $8 == 1 ? "on" : "disabled"
      if (state == "on") { print cx, cy, state; found = 1; exit }
      if (first == "") first = cx " " cy " " state
    }
    END { if (!found && first != "") print first }' "$ui_probe"
}

xd_shot() {
  shot_count=$(( ${shot_count:-0} + 1 ))
  local file
  file=$(printf '%s/%02d-%s.png' "$shots" "$shot_count" "$1")
  import -window root "$file"
  echo "   screenshot $file"
}

xd_click_at() {
  xd_origin
  xdotool mousemove --sync $((ui_x + $1)) $((ui_y + $2)) click 1
  sleep 0.5
}

# Scrolls the page under (x, y) by wheel notches: down when N > 0.
xd_scroll() {
  xd_origin
  local button=5 n=$1
  if [ "$n" -lt 0 ]; then button=4; n=$((-n)); fi
  xdotool mousemove --sync $((ui_x + ${2:-700})) $((ui_y + ${3:-400})) click --repeat "$n" --delay 60 "$button"
  sleep 0.6
}

# Waits for KIND NAME TEXT on screen and enabled, scrolling towards it; prints "cx cy".
xd_reach() {
  local tries=0 found cx cy state
  while [ $tries -lt 40 ]; do
    found=$(xd_find "$@")
    if [ -n "$found" ]; then
      read -r cx cy state <<<"$found"
      case $state in
        on) echo "$cx $cy"; return 0 ;;
        below) xd_scroll 3 ;;
        above) xd_scroll -3 ;;
        *) sleep 0.5 ;;
      esac
    else
      sleep 0.5
    fi
    tries=$((tries + 1))
  done
  return 1
}

# Clicks the button (or any item) showing TEXT; NAME narrows it to an objectName.
xd_tap() {
  local text=$1 name=${2:-} kind=${3:-button} at
  at=$(xd_reach "$kind" "$name" "$text") || xd_fail "no enabled '$text' ($kind $name) on screen"
  # shellcheck disable=SC2086
  xd_click_at $at
}

# Waits until a text item showing TEXT (prefix with '*') is on screen.
xd_wait_text() {
  local text=$1 seconds=${2:-20} i=0
  while [ $i -lt $((seconds * 2)) ]; do
    [ -n "$(xd_find text "" "$text")" ] && return 0
    sleep 0.5
    i=$((i + 1))
  done
  xd_fail "no text '$text' after ${seconds}s"
}

# Waits until no text item shows TEXT any more.
xd_wait_gone() {
  local text=$1 seconds=${2:-20} i=0
  while [ $i -lt $((seconds * 2)) ]; do
    [ -z "$(xd_find text "" "$text")" ] && return 0
    sleep 0.5
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
    at=$(xd_field_below_label "${field#label:}") || xd_fail "no field under '${field#label:}'"
  else
    at=$(xd_reach field "$field" "") || xd_fail "no field $field"
  fi
  # shellcheck disable=SC2086
  xd_click_at $at
  xdotool key --clearmodifiers ctrl+a
  xdotool type --delay 25 --clearmodifiers "$text"
  sleep 0.3
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
  xd_reach item "$name" "" >/dev/null || xd_fail "no $name on screen"
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
      xdotool mousemove --sync "$sx" "$sy"
      if [ $first = 1 ]; then xdotool mousedown 1; first=0; fi
      sleep 0.03
    done
    xdotool mouseup 1
    sleep 0.2
  done
}

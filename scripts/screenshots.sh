#!/usr/bin/env bash
# Remakes the two pictures the README opens with, from a fixed session: the explorer at 120x40
# (run in tmux, captured with its colours by `capture-pane -e`, turned into HTML by aha and
# photographed by headless Chromium) and the HTML report (photographed the same way).
# Writes assets/screenshot-explorer.png and assets/screenshot-report.png.
set -euo pipefail
cd "$(dirname "$0")/.."
socket="rolefit-screenshots-$$"
source scripts/lib.sh
need tmux
need aha
command -v chromium >/dev/null 2>&1 || need chromium

cargo build --release --quiet
bin="$PWD/target/release/rolefit"
work="$(mktemp -d)"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
data="$work/data"
mkdir -p "$data/rolefit"

# The fixed session: a film-school graduate who directs, would not do marketing, and has a
# snapshot from before the last answers.
session() {
    cat > "$data/rolefit/director-vs-producer.ron" <<RON
(
    deck: "director-vs-producer",
    focus: duties,
    selected: {duties: "framing-shots"},
    answers: {
$(for id in "$@"; do echo "        \"$id\": (mark: Have, changed: \"2026-11-01T10:00:00Z\"),"; done)
        "marketing": (mark: Refuse, changed: "2026-11-01T10:00:00Z"),
        "focus": (mark: Lean("director"), changed: "2026-11-01T10:00:00Z"),
    },
    assessment: (seed: 7, position: 0),
)
RON
}
session interpreting-scripts framing-shots leadership
XDG_DATA_HOME="$data" "$bin" snapshot save "film school" >/dev/null
session interpreting-scripts framing-shots coaching-actors editing-film leadership patience \
    creativity managing-a-budget

shoot() { # HTML file, PNG file, width, height
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --user-data-dir="$work/chromium" --window-size="$3,$4" \
        --screenshot="$2" "file://$1" 2>/dev/null
}

# The explorer, as a terminal shows it.
tmux -L "$socket" new-session -d -s shot -x 120 -y 40 \
    "XDG_DATA_HOME='$data' TERM=xterm-256color '$bin'"
wait_for shot "Duties 5/15 marked"
tmux -L "$socket" capture-pane -e -p -t shot > "$work/explorer.ansi"
tmux -L "$socket" send-keys -t shot q
# Let it quit and save before its folder goes: killed, it would rescue the session elsewhere.
for _ in $(seq 50); do
    tmux -L "$socket" has-session -t shot 2>/dev/null || break
    sleep 0.1
done
{
    echo '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>rolefit</title>'
    echo '<style>body{margin:0;background:#1e1e1e;color:#d4d4d4}'
    echo 'pre{margin:12px;font:15px/1.2 "DejaVu Sans Mono",monospace}</style></head><body>'
    echo '<pre>'
    aha --no-header --black < "$work/explorer.ansi"
    echo '</pre></body></html>'
} > "$work/explorer.html"
shoot "$work/explorer.html" assets/screenshot-explorer.png 1130 760

# The report page.
XDG_DATA_HOME="$data" "$bin" report --format html --out "$work/report.html" 2>/dev/null
shoot "$work/report.html" assets/screenshot-report.png 820 1100
ls -l assets/screenshot-*.png

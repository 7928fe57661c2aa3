#!/usr/bin/env bash
# Measures the running explorer as a user would run it, in tmux: CPU ticks spent in 5 s without
# input (the loop must sleep, so 0), and peak memory (VmHWM) after browsing and searching, on the
# built-in deck and on a generated 100,000-item deck.
#
#   scripts/measure.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
need tmux

cargo build --release --quiet --bin rolefit --example synthetic_deck
work=$(mktemp -d)
socket="rolefit-measure-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
target/release/examples/synthetic_deck 100000 > "$work/large.ron"
# A session that outlives the measured ones: closing the last session stops the tmux server,
# and the next measurement then raced its shutdown ("server exited unexpectedly").
tmux -L "$socket" new-session -d -s keep

measure() { # name, extra arguments
    local name=$1; shift
    tmux -L "$socket" new-session -d -s "$name" -x 120 -y 40 \
        "exec target/release/rolefit --no-session $*"
    wait_for "$name" "Duties"
    local pid
    pid=$(pid_of "$name")
    # Use it: browse, mark, search and clear, so the peak includes a search's results.
    for key in j j j Space Tab j Space / s c o u t Enter; do
        tmux -L "$socket" send-keys -t "$name" "$key"; sleep 0.05
    done
    sleep 0.3
    tmux -L "$socket" send-keys -t "$name" Escape; sleep 0.3
    local before after
    before=$(ticks "$pid"); sleep 5; after=$(ticks "$pid")
    local peak
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    printf '%-8s idle 5 s: %d ticks   peak RSS: %.1f MB\n' "$name" $((after - before)) \
        "$(awk -v kb="$peak" 'BEGIN {print kb / 1024}')"
    tmux -L "$socket" kill-session -t "$name"
}

measure builtin
measure 100k --deck "$work/large.ron"

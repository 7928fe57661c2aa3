#!/usr/bin/env bash
# Runs rolefit and fzf side by side in tmux on the same 100,000 titles, types the same keys into
# both, and prints the CPU time each spent (utime + stime from /proc/PID/stat) and the ratio.
#
#   scripts/compare-fzf.sh [ITEMS]        (default 100000)
#
# Installs fzf and tmux with apt-get when they are missing. Typing is paced like a fast typist
# (KEY_DELAY seconds between keys), so both programs see one key at a time.
set -euo pipefail
cd "$(dirname "$0")/.."

items=${1:-100000}
key_delay=${KEY_DELAY:-0.12}
keys=(s c o u t BSpace BSpace BSpace BSpace BSpace b u d BSpace BSpace BSpace
      i n t s c r BSpace BSpace BSpace BSpace BSpace BSpace a BSpace)

source scripts/lib.sh
need tmux
need fzf

cargo build --release --quiet --bin rolefit --example synthetic_deck
work=$(mktemp -d)
socket="rolefit-compare-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
target/release/examples/synthetic_deck "$items" > "$work/deck.ron"
target/release/examples/synthetic_deck "$items" --titles > "$work/titles.txt"

tmux -L "$socket" new-session -d -s rolefit -x 120 -y 40 \
    "exec target/release/rolefit --no-session --deck '$work/deck.ron'"
tmux -L "$socket" new-session -d -s fzf -x 120 -y 40 \
    "exec fzf --no-mouse < '$work/titles.txt'"

wait_for rolefit "Duties"
wait_for fzf "$items/$items"
sleep 1 # let both settle after loading
rolefit_pid=$(pid_of rolefit)
fzf_pid=$(pid_of fzf)
rolefit_start=$(ticks "$rolefit_pid")
fzf_start=$(ticks "$fzf_pid")
hz=$(getconf CLK_TCK)

tmux -L "$socket" send-keys -t rolefit /
for key in "${keys[@]}"; do
    tmux -L "$socket" send-keys -t rolefit "$key"
    tmux -L "$socket" send-keys -t fzf "$key"
    sleep "$key_delay"
done
sleep 1 # let the last key finish in both

rolefit_cpu=$(( $(ticks "$rolefit_pid") - rolefit_start ))
fzf_cpu=$(( $(ticks "$fzf_pid") - fzf_start ))
echo "typed ${#keys[@]} keys into each, $items items, ${key_delay}s apart (clock ticks: $hz/s)"
awk -v r="$rolefit_cpu" -v f="$fzf_cpu" -v hz="$hz" 'BEGIN {
    printf "rolefit  %5d ticks  %7.2f s CPU\n", r, r / hz
    printf "fzf      %5d ticks  %7.2f s CPU\n", f, f / hz
    if (f > 0) printf "ratio    rolefit / fzf = %.2f\n", r / f
}'

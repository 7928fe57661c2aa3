# Shared by the measurement scripts (source it; it runs nothing). Needs $socket, a tmux socket name.

# CPU time of a process in clock ticks: utime + stime, fields 14 and 15 of /proc/PID/stat (the
# command name may hold spaces, so count from after its closing parenthesis).
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

# Waits up to 10 s until the tmux session $1 shows the text $2.
wait_for() {
    for _ in $(seq 100); do
        tmux -L "$socket" capture-pane -p -t "$1" | grep -q "$2" && return 0
        sleep 0.1
    done
    echo "timed out waiting for '$2' in $1" >&2
    exit 1
}

# The process id running in the tmux session $1.
pid_of() { tmux -L "$socket" display-message -p -t "$1" '#{pane_pid}'; }

# Installs a Debian package when its command is missing.
need() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $1" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

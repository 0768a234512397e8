#!/usr/bin/env bash
# Stop the test SLURM started by tests/slurm/start_slurm.sh: slurmd, slurmctld,
# then munged, each by its pid file, and remove the pid files (a stale pid file
# makes a later package removal hang while it tries to cancel jobs).
# Safe to run when nothing is running.
set -uo pipefail

stop() {  # name pidfile
    local name="$1" pidfile="$2" pid
    [ -f "$pidfile" ] || return 0
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "stop_slurm.sh: $name ($pid) did not stop on SIGTERM; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$pidfile"
}

stop slurmd /run/slurmd.pid
stop slurmctld /run/slurmctld.pid
stop munged /run/munge/munged.pid

# Remove the test cluster's configuration too: with a slurm.conf naming a stopped
# controller, every SLURM client call (the executor plugin makes some each time
# Snakemake starts) waits for a time-out.
conf_dir=/etc/slurm
if grep -qsF "# Single-node test cluster written by tests/slurm/start_slurm.sh" "$conf_dir/slurm.conf"; then
    rm -f "$conf_dir/slurm.conf" "$conf_dir/gres.conf"
fi
exit 0

#!/usr/bin/env bash
# Start a single-node SLURM (controller + node on this machine) for the SLURM
# integration test, from nothing: Debian's slurm-wlm 22.05 and munge, no systemd,
# no slurmdbd. Three fake GPUs are declared as a `gpu` GRES so that
# `sbatch --gpus=1` is accepted and SLURM sets CUDA_VISIBLE_DEVICES in the job.
#
# Idempotent: stops running daemons (tests/slurm/stop_slurm.sh) and wipes the old
# state, so a drained node or an old queue never survives a restart.
# Needs root and the packages:
#   apt-get install -y --no-install-recommends munge slurmctld slurmd slurm-client
# Refuses to replace an /etc/slurm/slurm.conf that it did not write.
# Settings (environment): SLURM_TEST_GPUS (default 3), SLURM_TEST_WAIT (seconds
# to wait for the node to become idle, default 60).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

gpus="${SLURM_TEST_GPUS:-3}"
wait_s="${SLURM_TEST_WAIT:-60}"
conf_dir=/etc/slurm
state_dir=/var/spool/slurmctld
spool_dir=/var/spool/slurmd
log_dir=/var/log/slurm
gpu_dir=/run/slurm-test-gpus

if [ "$(id -u)" -ne 0 ]; then
    echo "start_slurm.sh: needs root" >&2
    exit 1
fi
for tool in munged slurmctld slurmd sinfo; do
    if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
        echo "start_slurm.sh: $tool not installed (apt-get install munge slurmctld slurmd slurm-client)" >&2
        exit 1
    fi
done

# Never overwrite a SLURM configuration that this script did not write.
marker="# Single-node test cluster written by tests/slurm/start_slurm.sh"
if [ -f "$conf_dir/slurm.conf" ] && ! grep -qF "$marker" "$conf_dir/slurm.conf" \
    && [ "${SLURM_TEST_FORCE:-0}" != 1 ]; then
    echo "start_slurm.sh: $conf_dir/slurm.conf exists and was not written by this script;" \
        "refusing to replace it (SLURM_TEST_FORCE=1 to replace it anyway)" >&2
    exit 1
fi

bash "$here/stop_slurm.sh"

# munge: the key the package created, or a new one.
if [ ! -s /etc/munge/munge.key ]; then
    /usr/sbin/mungekey --create --force
    chown munge:munge /etc/munge/munge.key
    chmod 600 /etc/munge/munge.key
fi
mkdir -p /run/munge /var/log/munge /var/lib/munge
chown munge:munge /run/munge /var/log/munge /var/lib/munge
runuser -u munge -- /usr/sbin/munged

# Fake GPU devices: GRES files must be character devices; links to /dev/null are.
rm -rf "$gpu_dir"
mkdir -p "$gpu_dir"
for ((i = 0; i < gpus; i++)); do
    ln -s /dev/null "$gpu_dir/gpu$i"
done

# Fresh state: old drain reasons and job records must not survive.
rm -rf "$state_dir" "$spool_dir"
mkdir -p "$state_dir" "$spool_dir" "$log_dir" "$conf_dir"
chown slurm:slurm "$state_dir" "$log_dir"
rm -f "$log_dir"/slurmctld.log "$log_dir"/slurmd.log

# The node as slurmd sees this machine (CPUs, sockets, cores, memory), named localhost.
node="$(/usr/sbin/slurmd -C | head -n 1 | sed -E 's/^NodeName=[^ ]+/NodeName=localhost/')"

cat >"$conf_dir/slurm.conf" <<CONF
$marker
ClusterName=posegen-test
SlurmctldHost=localhost
AuthType=auth/munge
CredType=cred/munge
SlurmUser=slurm
SlurmdUser=root
StateSaveLocation=$state_dir
SlurmdSpoolDir=$spool_dir
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$log_dir/slurmctld.log
SlurmdLogFile=$log_dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=1024
# Finished jobs stay visible to squeue (no slurmdbd, so sacct has no records).
MinJobAge=3600
ReturnToService=2
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=2
MpiDefault=none
MailProg=/bin/true
GresTypes=gpu
$node Gres=gpu:$gpus State=UNKNOWN
PartitionName=main Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF

cat >"$conf_dir/gres.conf" <<CONF
AutoDetect=off
NodeName=localhost Name=gpu File=$gpu_dir/gpu[0-$((gpus - 1))]
CONF
chmod 644 "$conf_dir/slurm.conf" "$conf_dir/gres.conf"

/usr/sbin/slurmctld
/usr/sbin/slurmd -N localhost

# Wait until the node accepts jobs (or a daemon has died: then say why).
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
died() { [ -f "$1" ] && ! kill -0 "$(cat "$1")" 2>/dev/null; }  # a pid file may appear late
deadline=$((SECONDS + wait_s))
ready=0
while [ "$SECONDS" -lt "$deadline" ]; do
    if died /run/slurmctld.pid || died /run/slurmd.pid; then
        break
    fi
    state="$(timeout 5 sinfo -h -n localhost -o %T 2>/dev/null || true)"
    case "$state" in
        idle* | mixed* | allocated*) ready=1; break ;;
    esac
    sleep 1
done
if [ "$ready" != 1 ]; then
    echo "start_slurm.sh: node not ready (slurmctld $(alive /run/slurmctld.pid && echo running || echo stopped)," \
        "slurmd $(alive /run/slurmd.pid && echo running || echo stopped)):" >&2
    timeout 5 sinfo -N -l >&2 || true
    grep -hE 'error|fatal' "$log_dir/slurmctld.log" "$log_dir/slurmd.log" 2>/dev/null | tail -n 10 >&2 || true
    bash "$here/stop_slurm.sh"
    exit 1
fi
timeout 5 sinfo -N -o "%N %T %c %m %G"

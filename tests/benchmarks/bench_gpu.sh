#!/usr/bin/env bash
# Generation throughput on one CUDA GPU, in under 8 minutes; run by hand on a GPU machine:
#
#   MARDM_CHECKOUT=path/to/MARDM MOMASK_CHECKOUT=path/to/momask-codes bash tests/benchmarks/bench_gpu.sh
#
# 1. the built-in generator at batch sizes 8, 32, 128 (poses per second; on the
#    captions of $PROMPTS, default ../shared/data/prompts_10k.md when present);
# 2. MARDM-SiT-XL and 3. MoMask with random weights of the real shapes
#    (tests/integration/*_real.py, 40 frames, the presets' time_steps and cfg)
#    at the same batch sizes; a part whose checkout is not given is skipped;
# 4. a workflow run with --resources gpu=<visible GPUs> whose generation jobs
#    report what CUDA they see: each must see exactly one GPU.
#
# Needs PyTorch with CUDA and the workflow's requirements; the models also need
# their packages (envs/mardm.yaml, envs/momask.yaml: clip-anytorch with
# setuptools<81, timm 1.0.9, torchdiffeq, einops). PYTHON picks the interpreter.
set -uo pipefail
cd "$(dirname "$0")/../.."
py="${PYTHON:-python3}"
scratch="$(mktemp -d)"
export PYTHONUNBUFFERED=1
status=0
started=$SECONDS

step() {  # step <seconds> <title> <command...>: one part under a time limit
    local limit=$1 title=$2
    shift 2
    echo "== $title"
    timeout "$limit" "$@" || { echo "   $title: failed or ran past ${limit} s (exit $?)"; status=1; }
}

nvidia-smi --query-gpu=index,name,memory.total,driver_version --format=csv,noheader || status=1
"$py" -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'devices', torch.cuda.device_count())"

step 60 "builtin" "$py" tests/benchmarks/bench_gpu.py builtin --batch-sizes 8,32,128 ${PROMPTS:+--prompts "$PROMPTS"}
if [ -n "${MARDM_CHECKOUT:-}" ]; then
    step 170 "MARDM (random weights)" "$py" tests/integration/mardm_real.py --checkout "$MARDM_CHECKOUT" \
        --device cuda --batch-sizes 8,32,128 --time-steps 18 --cfg 4.5 --rounds 2 --workflow-prompts 0 \
        --scratch "$scratch/mardm"
else
    echo "== MARDM: skipped (set MARDM_CHECKOUT)"
fi
if [ -n "${MOMASK_CHECKOUT:-}" ]; then
    step 120 "MoMask (random weights)" "$py" tests/integration/momask_real.py --checkout "$MOMASK_CHECKOUT" \
        --device cuda --batch-sizes 8,32,128 --time-steps 10 --cfg 4 --rounds 2 --workflow-prompts 0 \
        --scratch "$scratch/momask"
else
    echo "== MoMask: skipped (set MOMASK_CHECKOUT)"
fi
step 90 "GPU pinning" "$py" tests/benchmarks/bench_gpu.py pinning --scratch "$scratch"
echo "== done in $((SECONDS - started)) s (exit $status)"
rm -rf "$scratch"
exit "$status"

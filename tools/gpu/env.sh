# Sourced by the other scripts: where things live on the GPU machine.
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 ULMFIT_CACHE=/tmp/cache ULMFIT_DATA=/tmp/data
RUN=/tmp/runs/gpu-h100 BENCH=/tmp/bench LOG=/tmp/run.log
ulmfit() { python3 -c 'from ulmfit_nb.cli import console_main; console_main()' "$@"; }
# A rehearsal on a CPU shrinks the model and the epochs: EXTRA="--set emb_sz=32 ..." PRECS=fp32
EXTRA=${EXTRA:-} PRECS=${PRECS:-bf16 fp16}

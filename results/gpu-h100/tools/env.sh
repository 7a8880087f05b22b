# Sourced by the other scripts: where things live on the GPU machine.
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 ULMFIT_CACHE=/tmp/cache ULMFIT_DATA=/tmp/data
RUN=/tmp/runs/gpu-h100 BENCH=/tmp/bench LOG=/tmp/run.log
ulmfit() { python3 -c 'from ulmfit_nb.cli import console_main; console_main()' "$@"; }
# A rehearsal on a CPU shrinks the model and the epochs: EXTRA="--set emb_sz=32 ... --set limit_batches=3" (train), BENCH_EXTRA (bench), PRECS=fp32
EXTRA=${EXTRA:-} BENCH_EXTRA=${BENCH_EXTRA:-} PRECS=${PRECS:-bf16 fp16}
# The machine gets no .git: the commit travels in .gpu/commit (written by `git rev-parse HEAD > .gpu/commit` before the first call)
export ULMFIT_GIT_COMMIT=$(cat .gpu/commit 2>/dev/null)

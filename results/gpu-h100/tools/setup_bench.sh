#!/usr/bin/env bash
# Install the carried wheels outside the repository, then measure training throughput.
set -uo pipefail
here=$(dirname "$0")   # this folder, results/gpu-h100/tools; run from the repository root
source "$here/env.sh"
[ -n "${NO_INSTALL:-}" ] || python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .gpu/whl-core/*.whl .gpu/whl-spacy/*.whl || exit 1
# fastprogress 1.1.6 (gpu-wheels.sh's pin) imports fasthtml, which that machine lacks: 1.0.3 replaces it
[ -n "${NO_INSTALL:-}" ] || { rm -rf /tmp/site/fastprogress*; python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .gpu/whl-fix/fastprogress-1.0.3-*.whl; } || exit 1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
python3 -c "import fastai, spacy, torch; print('fastai', fastai.__version__, 'spacy', spacy.__version__, 'torch', torch.__version__, torch.cuda.get_device_name() if torch.cuda.is_available() else 'no GPU')" || exit 1
mkdir -p $BENCH
ulmfit bench --preset gpu $BENCH_EXTRA --kind lm clas --bs 64 128 256 --precision $PRECS --out $BENCH/single.json
ulmfit bench --preset gpu $BENCH_EXTRA --kind lm --bs 256 --precision ${PRECS%% *} --procs 2 --out $BENCH/lm2.json
ulmfit bench --preset gpu $BENCH_EXTRA --kind clas --bs 128 --precision ${PRECS%% *} --procs 2 --out $BENCH/clas2.json
cp $BENCH/*.json ${OUT:-/tmp} 2>/dev/null; true

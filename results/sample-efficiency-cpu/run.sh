#!/bin/bash
# From a clean clone of 0b82aa8 (/tmp/w/se-cpu-clone); /tmp/w/cpurun2 is the start of results/movies-2000-cpu-lm-all (imdb-start/).
cd /tmp/w/se-cpu-clone
export PYTHONPATH=/tmp/w/se-cpu-clone ULMFIT_DATA=/work/shared/data ULMFIT_CACHE=/tmp/w/qg/cache OMP_NUM_THREADS=2 MKL_NUM_THREADS=2
/usr/bin/time -v /work/main/.venv/bin/python tools/sample_efficiency.py --run /tmp/w/cpurun2 --out /tmp/w/se-cpu/out --models semi --sizes 100 300 1000 3000 0 --seeds 0 1 2

#!/bin/bash
# The small-data rule on the cpu encoder (/tmp/w/cpurun2: results/movies-2000-cpu-lm-all/imdb-start), validation only (no --test).
# From a clean clone of the commit in README, two threads; each line of tune.log is one run's result.json without its history.
cd /tmp/w/tune-clone
export PYTHONPATH=/tmp/w/tune-clone ULMFIT_DATA=/work/shared/data ULMFIT_CACHE=/tmp/w/qg/cache OMP_NUM_THREADS=2
for cfg in "1000 150" "3000 150" "1000 300" "3000 300" "300 150" "3000 600" "300 300"; do
  set -- $cfg
  /work/main/.venv/bin/python results/small-data-schedule/clas_run.py --preset cpu --n $1 --encoder /tmp/w/cpurun2 --set clas_min_steps=$2 --out /tmp/w/tune-cpu/n$1-s$2 2>/dev/null | tail -1
done

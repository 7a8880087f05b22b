#!/bin/bash
# Issue 28's 2,000-review movie dataset, scored on 5,000 test reviews of other movies (python make_data.py /tmp/w/m5k),
# from a clean clone of the commit in metrics.json, two threads, nothing else on the machine.
cd /tmp/w/m5k-clone
export PYTHONPATH=/tmp/w/m5k-clone ULMFIT_DATA=/work/shared/data ULMFIT_CACHE=/tmp/w/qg/cache OMP_NUM_THREADS=2
T='/usr/bin/time -f wall_%e_s_peak_%M_kB'
# 1. The default: no --preset, no --init-from (quick on a CPU; its stage 1 from the cache)
$T /work/main/.venv/bin/python -m ulmfit_nb.cli train --csv /tmp/w/m5k/train.csv --test-csv /tmp/w/m5k/test.csv --baseline --run /tmp/w/m5k/default
# 2. From the IMDb language model of results/movies-2000-cpu-lm-all/imdb-start (/tmp/w/cpurun2), no --preset, no --set
$T /work/main/.venv/bin/python -m ulmfit_nb.cli train --csv /tmp/w/m5k/train.csv --test-csv /tmp/w/m5k/test.csv --baseline --init-from /tmp/w/cpurun2 --run /tmp/w/m5k/init-cpu-all

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
# 3. A second run of 2 with another seed (--set seed=1: other training seeds and another validation draw of the 1,800), into seed1/.
#    Notebook tests shared the cores for part of it (member 1's stage 2 took 460 s where the others took 47-59 s).
$T /work/main/.venv/bin/python -m ulmfit_nb.cli train --csv /tmp/w/m5k/train.csv --test-csv /tmp/w/m5k/test.csv --baseline --init-from /tmp/w/cpurun2 --set seed=1 --run /tmp/w/m5k/init-cpu-all-seed1

#!/bin/bash
# 1. The start (imdb-start/): the cpu run of results/movies-2000-cpu-start/imdb-cpu-fwd/ (/tmp/w/cpurun), its IMDb language model
#    fine-tuned again for two epochs on all 100k IMDb texts (30M tokens), then its classifier; from a clean clone of f75a312, one thread.
cd /tmp/w/lm2-clone
export PYTHONPATH=/tmp/w/lm2-clone ULMFIT_DATA=/work/shared/data OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
/usr/bin/time -v /work/main/.venv/bin/python -m ulmfit_nb.cli train --preset cpu --set directions=fwd --set members=1 --init-from /tmp/w/cpurun --set lm_max_tokens=none --set lm_epochs=2 --run /tmp/w/cpurun2

# 2. The 2,000 movie reviews (python results/movies-2000/make_data.py /tmp/w/m2k), from that start, no --preset and no --set:
#    from a clean clone of 8f0e7c4 (the cpu preset with its small-data rule), two threads.
cd /tmp/w/m3-clone
export PYTHONPATH=/tmp/w/m3-clone OMP_NUM_THREADS=2
/usr/bin/time -f "wall %e s, peak %M kB" /work/main/.venv/bin/python -m ulmfit_nb.cli train --csv /tmp/w/m2k/train.csv --test-csv /tmp/w/m2k/test.csv --baseline --init-from /tmp/w/cpurun2 --run /tmp/w/m2k/init-cpu-all

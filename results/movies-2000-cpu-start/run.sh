#!/bin/bash
cd /tmp/w/cpu-clone
export PYTHONPATH=/tmp/w/cpu-clone ULMFIT_DATA=/work/shared/data OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
/usr/bin/time -v /work/main/.venv/bin/python -m ulmfit_nb.cli train --preset cpu --set directions=fwd --set members=1 --run /tmp/w/cpurun

#!/bin/bash
set -x
cd /tmp/w/m2c-clone
export PYTHONPATH=/tmp/w/m2c-clone ULMFIT_DATA=/work/shared/data OMP_NUM_THREADS=2
PY=/work/main/.venv/bin/python
[ -f /tmp/w/m2k/train.csv ] || $PY results/movies-2000/make_data.py /tmp/w/m2k
/usr/bin/time -f "wall %e s, peak %M kB" $PY -m ulmfit_nb.cli train --csv /tmp/w/m2k/train.csv --test-csv /tmp/w/m2k/test.csv --baseline --init-from /tmp/w/cpurun --run /tmp/w/m2k/init-cpu
/usr/bin/time -f "wall %e s, peak %M kB" $PY -m ulmfit_nb.cli train --csv /tmp/w/m2k/train.csv --test-csv /tmp/w/m2k/test.csv --baseline --init-from /tmp/w/cpurun --set clas_min_steps=150 --set clas_min_batches=8 --run /tmp/w/m2k/init-cpu-minsteps

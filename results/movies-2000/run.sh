set -x
cd /work/main
export ULMFIT_DATA=/work/shared/data ULMFIT_CACHE=/tmp/w/qg/cache OMP_NUM_THREADS=2
U=.venv/bin/ulmfit
/usr/bin/time -f "wall %e s, peak %M kB" $U train --csv /tmp/w/m2k/train.csv --test-csv /tmp/w/m2k/test.csv --baseline --run /tmp/w/m2k/default
/usr/bin/time -f "wall %e s, peak %M kB" $U train --csv /tmp/w/m2k/train.csv --test-csv /tmp/w/m2k/test.csv --baseline --init-from /tmp/w/qg/runs/quick --run /tmp/w/m2k/init-imdb

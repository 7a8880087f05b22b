#!/bin/bash
# One process (2 threads) against two data-parallel processes (1 thread each) on the quick preset, seeds 0, 1 and 2, each run cold
# except for the tokenized corpora (shared), so that stage 1 is trained, and timed, in every run. Usage: bash run.sh OUT_FOLDER
set -u
OUT=$1; mkdir -p $OUT
cd /work/main
export ULMFIT_DATA=/work/shared/data
for seed in 0 1 2; do
  for procs in 2 1; do
    name=p$procs-seed$seed
    grep -qs test_fwd $OUT/$name/metrics.json && { echo "$name done already"; continue; }
    cache=$OUT/cache-$name; mkdir -p $cache; ln -sfn /tmp/w/qg/cache/tokens $cache/tokens
    if [ $procs = 1 ]; then threads=2; else threads=1; fi
    echo "== $name $(date -u +%H:%M:%S)"
    ULMFIT_CACHE=$cache OMP_NUM_THREADS=$threads /usr/bin/time -f "$name wall %e s, peak %M kB" \
      .venv/bin/ulmfit train --preset quick --processes $procs --set seed=$seed --run $OUT/$name > $OUT/$name.log 2>&1
    echo "$name exit $?"; tail -1 $OUT/$name.log
  done
done

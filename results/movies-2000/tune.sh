cd /work/main
export ULMFIT_DATA=/work/shared/data ULMFIT_CACHE=/tmp/w/qg/cache OMP_NUM_THREADS=2
U=.venv/bin/ulmfit
for cfg in "lm_epochs=3" "clas_min_steps=300" "clas_lr=0.3" "clas_drop_mult=1.0"; do
  name=$(echo $cfg | tr '=' '-')
  /usr/bin/time -f "wall %e s" $U train --csv /tmp/w/m2k/train.csv --test-csv /tmp/w/m2k/test.csv --baseline --init-from /tmp/w/qg/runs/quick --set $cfg --run /tmp/w/m2k/tune-$name 2>&1 | grep -E "valid_loss|warning|wall|overrides"
done

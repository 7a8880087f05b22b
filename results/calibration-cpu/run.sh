# The three training runs (from the working tree of c4f61ad with the first version of this change, committed as f30f83a).
# train.csv and test.csv: python results/movies-2000/make_data.py DIR. The cpu IMDb start: results/movies-2000-cpu-lm-all (imdb-start).
export ULMFIT_DATA=/work/shared/data ULMFIT_CACHE=/tmp/w/qg/cache OMP_NUM_THREADS=1
ulmfit train --csv train.csv --test-csv test.csv --baseline --run movies-quick > movies-quick.log 2>&1
ulmfit train --preset quick --run imdb-quick > imdb-quick.log 2>&1
ulmfit train --csv train.csv --test-csv test.csv --baseline --init-from <the cpu IMDb start> --run movies-cpu-start > movies-cpu-start.log 2>&1
# From a clean clone of c1f47e6 (its calibration is the final one): the same command again re-evaluates movies-cpu-start (every stage complete) and fits the ensemble's temperature
ulmfit train --csv train.csv --test-csv test.csv --baseline --init-from <the cpu IMDb start> --run movies-cpu-start > movies-cpu-start-reevaluation.log 2>&1
# From a clean clone of a98ae44
OMP_NUM_THREADS=2 python results/calibration-cpu/gather.py results/calibration-cpu movies-quick=movies-quick:test.csv movies-cpu-start=movies-cpu-start:test.csv imdb-quick=imdb-quick > gather.log 2>&1

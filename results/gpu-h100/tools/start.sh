#!/usr/bin/env bash
# Plan the schedule from the measured throughput, then start the run in its own session (it outlives this call).
set -uo pipefail
here=$(dirname "$0")   # this folder, results/gpu-h100/tools; run from the repository root
source "$here/env.sh"
[ -d /tmp/site ] && [ -d $BENCH ] || { echo "no /tmp/site or $BENCH: run setup_bench.sh on this machine first"; exit 3; }
[ -d /tmp/data ] || cp -r .gpu/data /tmp/data
args=$(python3 "$here/plan.py" $BENCH ${1:-900}) || exit 4
echo "ulmfit train --preset gpu --data /tmp/data --run $RUN $args $EXTRA"
setsid nohup bash -c "source '$here/env.sh'; EXTRA='$EXTRA'; date +%s > /tmp/start; ulmfit train --preset gpu --data /tmp/data --run $RUN $args $EXTRA; echo \$? > /tmp/done" > $LOG 2>&1 < /dev/null &
sleep 20; tr '\r' '\n' < $LOG | tail -n 5

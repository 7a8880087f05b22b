#!/usr/bin/env bash
# Wait for the run to end (at most $1 seconds), then copy what it has written so far to $OUT.
set -uo pipefail
here=$(dirname "$0")   # this folder, results/gpu-h100/tools; run from the repository root
source "$here/env.sh"
for ((i=0; i<${1:-0}; i+=5)); do [ -f /tmp/done ] && break; sleep 5; done
[ -f /tmp/done ] && echo "run ended: exit $(cat /tmp/done), $(( $(stat -c %Y /tmp/done) - $(cat /tmp/start) ))s" || echo "still running after $(( $(date +%s) - $(cat /tmp/start) ))s"
tr '\r' '\n' < $LOG | grep -v '^\s*$' | awk '!/\|[█-]*\| /' > $OUT/run.log   # the log without progress-bar redraws
tail -n 25 $OUT/run.log
cp $RUN/metrics.json $RUN/plots/*.png $OUT/ 2>/dev/null
tar czf $OUT/bench.tgz -C $BENCH . 2>/dev/null; nvidia-smi --query-gpu=memory.used --format=csv,noheader

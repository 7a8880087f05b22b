#!/usr/bin/env bash
# A Colab-like check: does every numbered notebook run, top to bottom, on a notebook host's stack?
#   bash tools/colab_check.sh [CHECKOUT]        (default: the checkout this script lives in)
# 1. A fresh venv on Python 3.13 with what Colab's GPU runtime has before the notebooks touch it: torch 2.11 (and
#    torchvision 0.26), fastai 2.8.8, fastcore 2.2, Jupyter (ipykernel). pip takes torch's CUDA build here; it runs on a CPU.
# 2. Step 1: each numbered notebook's first code cell, in order, each in a fresh process, with
#    ULMFIT_NB_SOURCE=file://CHECKOUT: the first one installs `ulmfit_nb[nb]` from the checkout; the rest find it.
# 3. Step 2: each numbered notebook top to bottom, as nbdev_test runs it (execnb's CaptureShell, cwd nbs/, cells with the
#    test flags `slow`/`cuda` skipped, hidden cells run), on the smoke preset, one at a time, one thread each.
# 4. torch.__version__ must be the same after all this as before the package was installed.
# Exits non-zero on any failure; the last line is `colab check: N passed, M failed`.
# Environment: PYTHON313 (default ~/.pyenv/versions/3.13.0/bin/python); VENV=path makes or reuses a venv there and keeps it
# (on reuse everything installed after the host's packages is uninstalled first); KEEP_VENV=1 keeps the temporary one;
# CI (default unset, as on Colab: the demo's browser test skips without playwright; CI=true makes it run, as in .ci/run);
# NB_TIMEOUT seconds per notebook (default 3600).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "${1:-$here}" && pwd)
runner=$here/tools/colab_check_nb.py
py313=${PYTHON313:-$HOME/.pyenv/versions/3.13.0/bin/python}
host_pkgs=("torch==2.11.*" "torchvision==0.26.*" "fastai==2.8.8" "fastcore==2.2.*" "ipykernel")
start=$SECONDS

work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
venv=${VENV:-$work/venv}
if [ -z "${VENV:-}" ] && [ "${KEEP_VENV:-0}" = 1 ]; then
  venv=$(mktemp -d /tmp/colab-check-venv.XXXXXX); echo "KEEP_VENV=1: the venv stays in $venv (VENV=$venv reuses it)"
fi
quiet_pip() {  # pip without its mirror's 'Location ... is ignored' warnings, with pip's own exit status
  local rc=0; "$venv/bin/python" -m pip "$@" > "$work/pip.log" 2>&1 || rc=$?
  grep -v 'is ignored' "$work/pip.log" || true; return $rc
}

echo "== colab check of $repo at $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ] && echo ' (tree dirty)')"
echo "== $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores: $(lscpu | sed -n 's/^Model name: *//p' | head -n1)"

# -- the host: a venv with what Colab has before any notebook runs
if [ -x "$venv/bin/python" ] && [ -f "$venv/host-freeze.txt" ]; then
  echo "== reusing the host venv $venv: uninstalling what was installed after the host's packages"
  "$venv/bin/python" -m pip freeze --all 2>/dev/null | grep -v 'is ignored' | sort > "$work/now.txt"
  comm -23 "$work/now.txt" <(sort "$venv/host-freeze.txt") | sed -E 's/ @ .*//; s/==.*//' > "$work/extra.txt"
  if [ -s "$work/extra.txt" ]; then echo "   removing: $(tr '\n' ' ' < "$work/extra.txt")"; quiet_pip uninstall -q -y -r "$work/extra.txt"; fi
  # Packages the host had at other versions (upgraded or downgraded by the install) go back to the host's versions.
  comm -13 "$work/now.txt" <(sort "$venv/host-freeze.txt") > "$work/back.txt"
  if [ -s "$work/back.txt" ]; then quiet_pip install -q --no-deps -r "$work/back.txt"; fi
  echo "== host ready at $((SECONDS-start))s"
else
  [ -x "$py313" ] || { echo "no Python 3.13 at $py313 (set PYTHON313)" >&2; exit 1; }
  echo "== making the host venv ($("$py313" --version)) in $venv"
  "$py313" -m venv "$venv"
  quiet_pip install -q --upgrade pip
  t=$SECONDS
  echo "== installing the host's packages: ${host_pkgs[*]}"
  quiet_pip install -q "${host_pkgs[@]}" | tail -n 5 | cut -c1-200
  "$venv/bin/python" -m pip freeze --all 2>/dev/null | grep -v 'is ignored' > "$venv/host-freeze.txt"
  echo "== host installed in $((SECONDS-t))s"
fi

versions() {  # torch, fastai, fastcore, nbdev, execnb, ulmfit_nb, as a notebook on this venv would see them
  "$venv/bin/python" -P - <<'EOF'   # -P: not the cwd on sys.path (a checkout's *.egg-info would look installed)
import importlib.metadata as md, torch
def v(p):
    try: return md.version(p)
    except md.PackageNotFoundError: return '-'
print(f"torch {torch.__version__} | " + ' | '.join(f'{p} {v(p)}' for p in ('torchvision', 'fastai', 'fastcore', 'nbdev', 'execnb', 'ulmfit_nb')))
EOF
}
before=$(versions)
echo "== versions before: $before"
torch_before=$("$venv/bin/python" -P -c 'import torch; print(torch.__version__)')

# -- what the notebooks run under: CI's settings (.ci/run), the smoke preset, nothing written into the checkout
if [ -z "${ULMFIT_DATA:-}" ] && [ -d "$repo/../shared/data" ]; then export ULMFIT_DATA=$(cd "$repo/../shared/data" && pwd); fi
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 CI=${CI-} ULMFIT_PRESET=smoke
export ULMFIT_CACHE=$work/cache ULMFIT_RUNS=$work/runs ULMFIT_NB_SOURCE="file://$repo"
export TST_FLAGS=$(sed -n 's/^tst_flags *= *//p' "$repo/settings.ini" | head -n1)
export PATH="$venv/bin:$PATH" PIP_DISABLE_PIP_VERSION_CHECK=1
echo "== ULMFIT_NB_SOURCE=$ULMFIT_NB_SOURCE ULMFIT_PRESET=$ULMFIT_PRESET ULMFIT_DATA=${ULMFIT_DATA:-} CI=$CI test flags: $TST_FLAGS"
# The demo's browser test drives Debian's Chromium when CI is set, as in .ci/run.
if [ -n "$CI" ] && ! command -v chromium >/dev/null; then
  echo "== installing chromium (CI is set: the demo's browser test runs)"
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  ($sudo apt-get update -qq && $sudo apt-get install -y -qq chromium) >/dev/null 2>&1 || echo "could not install chromium" >&2
fi

mapfile -t nbs < <(cd "$repo/nbs" && ls [0-9][0-9]*_*.ipynb quick_start.ipynb | sort)   # every page with a Colab badge
[ ${#nbs[@]} -gt 0 ] || { echo "no numbered notebooks in $repo/nbs" >&2; exit 1; }
passed=0; failed=0; failures=()
run_nb() {  # run_nb STEP NOTEBOOK: one notebook in a fresh process, its output indented, a pass/fail line with seconds
  local mode=$1 nb=$2 t=$SECONDS rc=0
  (cd "$repo/nbs" && timeout "${NB_TIMEOUT:-3600}" "$venv/bin/python" "$runner" "$mode" "$nb") > "$work/nb.log" 2>&1 || rc=$?
  { grep -v 'is ignored' "$work/nb.log" || true; } | sed 's/^/   | /' | tail -n "$([ $rc = 0 ] && echo 5 || echo 80)"
  if [ $rc = 0 ]; then passed=$((passed+1)); echo "PASS $mode $nb $((SECONDS-t))s"
  else failed=$((failed+1)); failures+=("$mode $nb"); echo "FAIL $mode $nb $((SECONDS-t))s (exit $rc)"; fi
}

had_build=$([ -e "$repo/build" ] && echo 1 || echo 0)
[ "$had_build" = 0 ] || echo "warning: $repo/build exists: pip's in-place build may package stale files from it" >&2
echo "== step 1: each numbered notebook's first code cell, in order (the first installs ulmfit_nb[nb] from the checkout)"
t=$SECONDS
for nb in "${nbs[@]}"; do run_nb first "$nb"; done
echo "== step 1 took $((SECONDS-t))s"
# pip builds a local source tree in place: remove the build/ (git-ignored) it left in the checkout, if there was none before.
if [ "$had_build" = 0 ] && [ -d "$repo/build" ]; then rm -rf "$repo/build"; fi
echo "== versions after step 1: $(versions)"

echo "== step 2: each numbered notebook top to bottom (smoke preset, hidden cells included, test flags skipped)"
t=$SECONDS
for nb in "${nbs[@]}"; do run_nb all "$nb"; done
echo "== step 2 took $((SECONDS-t))s"

after=$(versions)
echo "== versions after: $after"
torch_after=$("$venv/bin/python" -P -c 'import torch; print(torch.__version__)')
if [ "$torch_before" = "$torch_after" ]; then passed=$((passed+1)); echo "PASS torch unchanged: $torch_before"
else failed=$((failed+1)); failures+=("torch changed"); echo "FAIL torch changed: $torch_before -> $torch_after"; fi

[ $failed = 0 ] || printf 'failed: %s\n' "${failures[@]}"
echo "== done in $((SECONDS-start))s"
echo "colab check: $passed passed, $failed failed"
[ $failed = 0 ]

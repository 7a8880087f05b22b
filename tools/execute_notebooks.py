"""Execute notebooks in place, so that their pages (on GitHub and in nbdev's docs) show the outputs of a real run.

usage: ULMFIT_PRESET=quick python tools/execute_notebooks.py nbs/01_data.ipynb [more notebooks]   then nbdev_clean

Every code cell runs in order and its outputs are replaced, except the cells that keep what they have: tests (`#| hide` cells
whose first line after the directives starts with `#Check`: they print nothing, and some hold only for the smoke preset that
`nbdev_test` runs), cells flagged `slow` or `cuda` (their recorded outputs stay), `eval: false` cells and the export call.
Hidden cells run but keep no output (a warning at import is not the page's). Paths of this machine in the outputs are
shortened: the project's folder is dropped and a temporary folder becomes `TMP`. A notebook whose run fails is left unchanged.
A markdown cell marked `<!-- executed -->`, before the first visible `get_preset()`, names the preset, machine and commit the
outputs come from, rewritten on every run. `nbdev_test` still runs the smoke preset over the same cells.
"""
import os, re, subprocess, sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb, mk_cell
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

KEEP_FLAGS = {'slow', 'cuda'}

def directives(source:str) -> dict:
    "The `#| name args` lines at the top of a cell, as {name: args}."
    out = {}
    for line in source.splitlines():
        m = re.match(r'#\|\s*([\w-]+:?)\s*(.*)', line)
        if not m: break
        out[m.group(1)] = m.group(2)
    return out

def keeps_outputs(cell) -> bool:
    "Whether `cell` is left as it is (not run, its outputs kept)."
    if cell.cell_type != 'code': return True
    d = directives(cell.source)
    body = [l for l in cell.source.splitlines() if not l.startswith('#|')]
    return bool(KEEP_FLAGS & d.keys() or d.get('eval:', '').lower() == 'false' or 'nbdev_export(' in cell.source
                or ('hide' in d and body and body[0].startswith('#Check')))

MARK = '<!-- executed -->'

ROOT = Path(__file__).resolve().parents[1]

def shorten_paths(text:str) -> str:
    "`text` without this machine's paths: the project folder's dropped, temporary folders as `TMP`."
    return re.sub(r'/tmp/tmp[\w-]+', 'TMP', text.replace(f'{ROOT}/', ''))

def as_terminal(text:str) -> str:
    "`text` as a terminal leaves it: of each line redrawn with carriage returns (fastprogress's bars outside a notebook), its last state."
    return '\n'.join(line.rstrip('\r').split('\r')[-1] for line in text.split('\n'))

def provenance() -> str:
    "The note that names where this run's outputs come from."
    import torch
    from ulmfit_nb.core import get_preset
    preset = get_preset()
    machine = torch.cuda.get_device_name(0) if torch.cuda.is_available() else f'a {os.cpu_count()}-core CPU'
    commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
    if subprocess.run(['git', 'status', '--porcelain', '--untracked-files=no'], capture_output=True, text=True).stdout.strip(): commit += ' with uncommitted changes'
    return (f"{MARK}The outputs on this page come from running it with the **{preset.name}** preset (`ULMFIT_PRESET={preset.name}`, corpus: {preset.corpus}) "
            f"on {machine} at commit {commit}, by `tools/execute_notebooks.py`; CI runs the same cells with the smoke preset, and without a GPU "
            "`get_preset()` chooses smoke for you too.")

def _place_note(nb):
    "Put the provenance note before the first visible cell calling `get_preset()`, replacing an older one."
    nb.cells = [c for c in nb.cells if not (c.cell_type == 'markdown' and c.source.startswith(MARK))]
    first = next((i for i,c in enumerate(nb.cells) if c.cell_type == 'code' and 'get_preset()' in c.source and 'hide' not in directives(c.source)), None)
    if first is not None: nb.cells.insert(first, mk_cell(provenance(), 'markdown'))

def execute(path:Path):
    "Run `path`'s cells (see the module's docstring) and write their outputs into it."
    nb = read_nb(path)
    def before(cell):
        if keeps_outputs(cell): return True
        cell.outputs = []
        return False
    def after(cell):
        if 'hide' in directives(cell.source): cell.outputs = []
        for o in cell.get('outputs', []):
            if o.get('output_type') == 'stream': o['text'] = shorten_paths(as_terminal(''.join(o['text'])))
            elif 'text/plain' in o.get('data', {}): o['data']['text/plain'] = shorten_paths(''.join(o['data']['text/plain']))
        cell.outputs = [o for o in cell.get('outputs', []) if o.get('output_type') != 'stream' or ''.join(o['text']).strip()]  # a bar that left only spaces
    shell,t0 = CaptureShell(path),time.perf_counter()
    with working_directory(path.parent): shell.run_all(nb, exc_stop=True, preproc=before, postproc=after)
    _place_note(nb)
    write_nb(nb, path)
    print(f'{path.name}: executed in {time.perf_counter()-t0:.0f}s with ULMFIT_PRESET={os.environ.get("ULMFIT_PRESET")}', flush=True)

if __name__ == '__main__':
    if not sys.argv[1:]: sys.exit(__doc__)
    for p in sys.argv[1:]: execute(Path(p).resolve())

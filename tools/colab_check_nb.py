"""Run one notebook for tools/colab_check.sh, in the current directory (the nbs/ folder), in this process.

`first NB`: only NB's first code cell (the cell that installs the package), in a plain IPython shell, as a fresh kernel
would run it; execnb is not needed (it arrives with the package's `nb` extra, which that cell installs).
`all NB`: NB top to bottom as nbdev 2.4.14's `test_nb` (what `nbdev_test` runs) does it: execnb's `CaptureShell`,
`exc_stop=True`, leading `#|` directives parsed and removed as nbdev's `NBProcessor` does, and code cells skipped when
they call `nbdev_export(`, say `#| eval: false`, or carry one of the test flags in $TST_FLAGS (settings.ini's
`tst_flags`). Hidden cells (`#| hide`) run. Unlike nbdev_test, the checkout is NOT put on sys.path: `ulmfit_nb` must
come from what the first cell installed. Exit status 0 when every cell ran without error.
"""
import json, os, re, sys, time, traceback
from pathlib import Path

# Not this file's folder on sys.path (python puts it first): imports must resolve as in a notebook kernel.
sys.path = [p for p in sys.path if Path(p or '.').resolve() != Path(__file__).resolve().parent]

_dir_pre = r'\s*#\s*\|'                                   # nbdev.process._dir_pre('python')
_quarto_re = re.compile(_dir_pre + r'\s*[\w|-]+\s*:')     # nbdev.process._quarto_re
_cell_mgc = re.compile(r'^\s*%%\w+')

def _directive(s):
    "nbdev.process._directive: `#| hide` -> ('hide', []), `#| eval: false` -> ('eval:', ['false'])"
    s = re.sub('^' + _dir_pre, '#|', s)
    if s.strip().endswith(':'): s = s.replace(':', '')
    if ':' in s: s = s.replace(':', ': ')
    s = (s.strip()[2:]).strip().split()
    return (s[0], s[1:]) if s else None

def extract_directives(cell):
    "nbdev.process.extract_directives(cell, remove=True): leading directive lines, removed from the source but Quarto's"
    if not cell.source: return {}
    lines = cell.source.splitlines(True)
    first = next((i for i, o in enumerate(lines) if o.strip() != '' and not re.match(_dir_pre, o)
                  and not _cell_mgc.match(o)), None)
    dirs, code = lines[:first], lines[first:]
    if not dirs: return {}
    cell['source'] = ''.join([o for o in dirs if _quarto_re.match(o) or _cell_mgc.match(o)] + code)
    return dict(d for d in map(_directive, dirs) if d)

def skip_exec(nb):
    "The notebook's frontmatter says `skip_exec: true` (as a YAML raw cell or a `- skip_exec: true` line)."
    for c in nb['cells'][:3]:
        if c['cell_type'] in ('raw', 'markdown'):
            src = ''.join(c['source']) if isinstance(c['source'], list) else c['source']
            if re.search(r'^\s*-?\s*skip_exec\s*:\s*true\s*$', src, re.M | re.I): return True
    return False

def run_first(fn):
    from IPython.core.interactiveshell import InteractiveShell
    nb = json.loads(Path(fn).read_text())
    code = [c for c in nb['cells'] if c['cell_type'] == 'code']
    src = ''.join(code[0]['source']) if code else ''
    if 'ULMFIT_NB_SOURCE' not in src:
        print(f'{fn}: the first code cell is not the install cell (no ULMFIT_NB_SOURCE in it)', file=sys.stderr)
        return False
    res = InteractiveShell.instance().run_cell(src)
    return res.success

def run_all(fn):
    try: from execnb.nbio import read_nb      # execnb < 0.2
    except ImportError: from fastcore.nbio import read_nb   # execnb 0.3 (nbdev 3) reads notebooks with fastcore's
    from execnb.shell import CaptureShell
    os.environ['IN_TEST'] = '1'   # as test_nb does outside a notebook
    if skip_exec(json.loads(Path(fn).read_text())):
        print(f'{fn}: skip_exec in its frontmatter: not run'); return True
    nb = read_nb(fn)
    flags = set(os.environ.get('TST_FLAGS', 'slow cuda').split())
    for c in nb.cells: c.directives_ = extract_directives(c) if c.cell_type == 'code' else {}
    skipped = []
    def _no_eval(cell):
        if cell.cell_type != 'code': return True
        if 'nbdev_export' + '(' in cell.source: skipped.append(cell.idx_); return True
        d = getattr(cell, 'directives_', {}) or {}
        if d.get('eval:', [''])[0].lower() == 'false' or flags & d.keys(): skipped.append(cell.idx_); return True
        return False
    k = CaptureShell(fn)
    try:
        k.run_all(nb, exc_stop=True, preproc=_no_eval)
        ok = True
    except BaseException:
        sys.stderr.write((k.prettytb(fname=fn) or traceback.format_exc()) + '\n'); ok = False
    n = sum(c.cell_type == 'code' for c in nb.cells)
    print(f'{fn}: {n} code cells, {len(skipped)} skipped (cells {skipped}: test flags {sorted(flags)}, eval: false, nbdev_export)')
    return ok

if __name__ == '__main__':
    mode, fn = sys.argv[1], sys.argv[2]
    t = time.time()
    ok = {'first': run_first, 'all': run_all}[mode](fn)
    sys.stdout.flush(); sys.stderr.flush()
    sys.exit(0 if ok else 1)

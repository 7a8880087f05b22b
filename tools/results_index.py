"""Write results/README.md, the index of every recorded run, and the table of current runs in nbs/index.ipynb (README's Results),
both from each results folder's `status.json`, `metrics.json` and README title.

Usage: python tools/results_index.py [--check]   (--check: fail if either is not what this would write)
Every folder of results/ needs a `status.json`: {"status": "current" | "superseded" | "ablation" | "rehearsal", and
"superseded_by": FOLDER or "ablation_of": FOLDER where they apply, an optional "note", and an optional "commit" where the run's
code was another commit than the one its metrics.json records (its README says why)}. A recorded folder keeps its name.
In nbs/index.ipynb the table sits between the START and END comments below, in a markdown cell; README.md then follows with
python tools/sync_readme.py.
"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS,NB = ROOT/'results',ROOT/'nbs'/'index.ipynb'
STATUSES = ('current', 'superseded', 'ablation', 'rehearsal')
START,END = '<!-- results:start -->', '<!-- results:end -->'

def headline(m:dict) -> tuple:
    "The run's test accuracy and test size: the ensemble's (with its first forward and backward models'), else the forward model's, else the linear baselines'; blank for a measurement."
    pct = lambda k: f"{m[k]['accuracy']:.2%}"
    if isinstance(m.get('test_ensemble'), dict):
        return pct('test_ensemble') + ' (ensemble; ' + ', '.join(f'{d} {pct("test_"+d)}' for d in ('fwd', 'bwd') if isinstance(m.get('test_'+d), dict)) + ')', m['test_ensemble'].get('n')
    if isinstance(m.get('test_fwd'), dict): return f"{pct('test_fwd')} (fwd)", m['test_fwd'].get('n')
    base = {k[5:]: m[k] for k in ('test_tfidf_lr', 'test_nb_lr') if isinstance(m.get(k), dict)}
    if base: return ', '.join(f"{k} {v['accuracy']:.2%}" for k,v in base.items()), next(iter(base.values())).get('n')
    return '', None

def row(folder:Path) -> dict:
    status = json.loads((folder/'status.json').read_text()) if (folder/'status.json').exists() else None
    if status is None or status.get('status') not in STATUSES: raise SystemExit(f'{folder}: needs a status.json with a status of {", ".join(STATUSES)}')
    for key in ('superseded_by', 'ablation_of'):
        if key in status and not (RESULTS/status[key]).is_dir(): raise SystemExit(f'{folder}/status.json: {key} names no folder of results/: {status[key]}')
    m = json.loads((folder/'metrics.json').read_text()) if (folder/'metrics.json').exists() else {}
    title = next((l[2:].strip() for l in (folder/'README.md').read_text().splitlines() if l.startswith('# ')), '') if (folder/'README.md').exists() else ''
    hw = m.get('hardware') or {}
    total = (m.get('timings') or {}).get('total')
    test,n = headline(m)
    return dict(folder=folder.name, status=status, title=title.replace('|', '/'), test=test, n=f'{n:,}' if n else '',
                gpu=hw.get('gpu') or (f"{hw['cores']}-core CPU" if 'cores' in hw else ''),
                commit=str(status.get('commit') or m.get('git_commit') or '')[:7], minutes=f'{total/60:.1f}' if isinstance(total, (int, float)) else '')

def rows() -> list: return [row(f) for f in sorted(RESULTS.iterdir()) if f.is_dir()]

def index(rows:list) -> str:
    "results/README.md: every folder, grouped by status."
    lines = ['# Recorded results', '',
             'Every run and measurement of this project, one folder each, with its command, hardware, time and commit in its README. A folder keeps its name once recorded; '
             'a new configuration is a new folder, and the one it replaces is marked superseded. Written by `tools/results_index.py` from each folder\'s `status.json` and `metrics.json`; do not edit.', '']
    for st in STATUSES:
        group = [r for r in rows if r['status']['status'] == st]
        if not group: continue
        lines += [f'## {st.capitalize()}', '', '| folder | what | test accuracy | hardware | total minutes | commit | status |', '| --- | --- | --- | --- | --- | --- | --- |']
        for r in group:
            s = r['status']
            said = ('superseded by ' + f"[{s['superseded_by']}]({s['superseded_by']}/)" if 'superseded_by' in s else
                    'ablation of ' + f"[{s['ablation_of']}]({s['ablation_of']}/)" if 'ablation_of' in s else st) + (f"; {s['note']}" if s.get('note') else '')
            lines.append(f"| [{r['folder']}]({r['folder']}/) | {r['title']} | {r['test']} | {r['gpu']} | {r['minutes']} | {r['commit']} | {said} |")
        lines.append('')
    return '\n'.join(lines)

def current(rows:list) -> str:
    "README's Results table: the current runs with a test figure, then the other current folders; links are from nbs/."
    cur = [r for r in rows if r['status']['status'] == 'current']
    link = lambda r: f"[{r['folder']}](../results/{r['folder']}/)"
    lines = [START, '| run | what | test accuracy | test texts | hardware | total minutes | commit |', '| --- | --- | --- | --- | --- | --- | --- |']
    lines += [f"| {link(r)} | {r['status'].get('note') or r['title']} | {r['test']} | {r['n']} | {r['gpu']} | {r['minutes']} | {r['commit']} |" for r in cur if r['test']]
    lines += ['', 'Current measurements: ' + '; '.join(f"{link(r)} ({r['status'].get('note') or r['title']})" for r in cur if not r['test']) + '.',
              '', 'Written by `tools/results_index.py` from each folder\'s `status.json` and `metrics.json`; superseded runs, ablations and rehearsals are in '
              '[results/README.md](../results/README.md).', END]
    return '\n'.join(lines)

def with_table(nb_text:str, table:str) -> str:
    "nbs/index.ipynb's text with the markdown between START and END replaced by `table`."
    nb = json.loads(nb_text)
    cells = [c for c in nb['cells'] if c['cell_type'] == 'markdown' and START in ''.join(c['source']) and END in ''.join(c['source'])]
    if len(cells) != 1: raise SystemExit(f'nbs/index.ipynb: needs one markdown cell with {START} ... {END}, found {len(cells)}')
    src = ''.join(cells[0]['source'])
    src = src[:src.index(START)] + table + src[src.index(END) + len(END):]
    cells[0]['source'] = src.splitlines(keepends=True)
    return json.dumps(nb, indent=1, ensure_ascii=False) + '\n'  # as nbdev_clean writes it

if __name__ == '__main__':
    rs = rows()
    out = {RESULTS/'README.md': index(rs), NB: with_table(NB.read_text(), current(rs))}
    stale = [p for p,text in out.items() if not p.exists() or p.read_text() != text]
    if '--check' in sys.argv[1:]:
        if stale: raise SystemExit(f"{', '.join(str(p.relative_to(ROOT)) for p in stale)} out of date: run python tools/results_index.py, then python tools/sync_readme.py")
    else:
        for p in stale: p.write_text(out[p])
        if NB in stale: print('nbs/index.ipynb: results table rewritten; now run python tools/sync_readme.py')

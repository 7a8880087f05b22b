"""Write results/README.md, the index of every recorded run, from each folder's `status.json`, `metrics.json` and README title.

Usage: python tools/results_index.py [--check]   (--check: fail if results/README.md is not what this would write)
Every folder of results/ needs a `status.json`: {"status": "current" | "superseded" | "ablation" | "rehearsal", and
"superseded_by": FOLDER or "ablation_of": FOLDER where they apply, and an optional "note"}. A recorded folder keeps its name.
"""
import json, sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent.parent/'results'
STATUSES = ('current', 'superseded', 'ablation', 'rehearsal')

def headline(m:dict) -> str:
    "The run's test accuracy: the ensemble's, else the forward model's, else the better linear baseline's; blank for a measurement."
    for k in ('test_ensemble', 'test_fwd'):
        if isinstance(m.get(k), dict) and 'accuracy' in m[k]: return f"{m[k]['accuracy']:.2%} ({k[5:]})"
    base = {k[5:]: m[k]['accuracy'] for k in ('test_tfidf_lr', 'test_nb_lr') if isinstance(m.get(k), dict)}
    if base: return ', '.join(f'{k} {v:.2%}' for k,v in base.items())
    return ''

def row(folder:Path) -> dict:
    status = json.loads((folder/'status.json').read_text()) if (folder/'status.json').exists() else None
    if status is None or status.get('status') not in STATUSES: raise SystemExit(f'{folder}: needs a status.json with a status of {", ".join(STATUSES)}')
    for key in ('superseded_by', 'ablation_of'):
        if key in status and not (RESULTS/status[key]).is_dir(): raise SystemExit(f'{folder}/status.json: {key} names no folder of results/: {status[key]}')
    m = json.loads((folder/'metrics.json').read_text()) if (folder/'metrics.json').exists() else {}
    title = next((l[2:].strip() for l in (folder/'README.md').read_text().splitlines() if l.startswith('# ')), '') if (folder/'README.md').exists() else ''
    hw = m.get('hardware') or {}
    total = (m.get('timings') or {}).get('total')
    return dict(folder=folder.name, status=status, title=title, test=headline(m), gpu=hw.get('gpu') or (f"{hw['cores']}-core CPU" if 'cores' in hw else ''),
                commit=str(m.get('git_commit') or '')[:7], minutes=f'{total/60:.1f}' if isinstance(total, (int, float)) else '')

def index() -> str:
    rows = [row(f) for f in sorted(RESULTS.iterdir()) if f.is_dir()]
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
            lines.append(f"| [{r['folder']}]({r['folder']}/) | {r['title'].replace('|', '/')} | {r['test']} | {r['gpu']} | {r['minutes']} | {r['commit']} | {said} |")
        lines.append('')
    return '\n'.join(lines)

if __name__ == '__main__':
    text,path = index(),RESULTS/'README.md'
    if '--check' in sys.argv[1:]:
        if not path.exists() or path.read_text() != text: raise SystemExit('results/README.md is out of date: run python tools/results_index.py')
    else: path.write_text(text)

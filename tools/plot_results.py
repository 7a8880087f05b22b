"""Draw results/accuracy_vs_time.png from every results/<run>/metrics.json: test accuracy (the ensemble where there is one)
against the run's wall time, archive to bundle; the linear baselines (`ulmfit baseline`) at their own wall time, data loading included.
Which runs are drawn comes from each folder's status.json (tools/results_index.py): current and superseded runs on all of IMDb's test
reviews; not ablations (they start from a cpu run's cached data and stage 1, so their time is not archive to bundle) nor rehearsals.
usage: python tools/plot_results.py"""
import json, math
from pathlib import Path
import matplotlib, matplotlib.ticker; matplotlib.use('Agg')
import matplotlib.pyplot as plt

root = Path(__file__).resolve().parents[1]/'results'
fig,ax = plt.subplots(figsize=(6.4, 3.6))
points = []  # (seconds, accuracy) of every run: where two lie close, the higher one's label goes above it and the lower one's below
for m in sorted(root.glob('*/metrics.json')):
    r,status = json.loads(m.read_text()),json.loads((m.parent/'status.json').read_text())['status']
    for kind,name in (('tfidf_lr', 'TF-IDF + LR'), ('nb_lr', 'NB-LR')):
        if f'test_{kind}' in r:
            acc,secs = 100*r[f'test_{kind}']['accuracy'],r['timings']['data'] + r['timings'][kind]
            ax.scatter(secs, acc, marker='s', s=40, label=f"{m.parent.name}: {name} baseline, {r['hardware']['cores']}-core CPU, {r[f'test_{kind}']['n']:,} test reviews")
            ax.annotate(f'{acc:.2f}%', (secs, acc), textcoords='offset points', xytext=(6, -10 if kind == 'tfidf_lr' else 3), fontsize=8)
    test = r.get('test_ensemble') or r.get('test_fwd')
    if status in ('ablation', 'rehearsal') or test is None or 'timings' not in r or 'dataset' in r or test['n'] < 25000: continue  # runs on all of IMDb only
    wall = json.loads((m.parent/'wall_time.json').read_text())['wall_s'] if (m.parent/'wall_time.json').exists() else r['timings']['total']  # a resumed run's wall time, from both processes
    hw = r['hardware']; where = hw['gpu'] or f"{hw['cores']}-core CPU"
    label = f"{m.parent.name}: {r['preset']['name']} preset, {where}{', bf16' if r['preset'].get('precision') == 'bf16' else ''}, {test['n']:,} test reviews"
    points.append((wall, 100*test['accuracy']))
    ax.scatter(*points[-1], s=40, label=label)
def near(a, b): return abs(math.log10(a[0]/b[0])) < 0.15 and abs(a[1] - b[1]) < 0.2
for pt in points:
    close = [q for q in points if q != pt and near(pt, q)]
    dy = -3 if not close else (5 if all(pt[1] >= q[1] for q in close) else -20)
    ax.annotate(f'{pt[1]:.2f}%', pt, textcoords='offset points', xytext=(6, dy), fontsize=8)
ax.axhline(95.4, ls='--', c='gray', lw=1, label="fastai's published ensemble, 95.4% (from WikiText-103 weights)")
ax.axhline(92.0, ls=':', c='black', lw=1, label='the bar set for the cpu preset, 92.0% within 90 minutes on a 2-core CPU')
ax.set_xscale('log'); ax.set_xlim(right=ax.get_xlim()[1]*1.6); ax.xaxis.set_major_formatter(matplotlib.ticker.ScalarFormatter()); ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter()); ax.set_xlabel('wall time, archive to bundle (s, log scale)'); ax.set_ylabel('test accuracy (%)')
ax.legend(fontsize=7, loc='upper left', bbox_to_anchor=(1.01, 1)); ax.set_ylim(bottom=min(ax.get_ylim()[0], 89)); ax.set_title('ULMFiT on IMDb: accuracy against time', fontsize=10)
fig.savefig(root/'accuracy_vs_time.png', dpi=110, bbox_inches='tight')
print(root/'accuracy_vs_time.png')

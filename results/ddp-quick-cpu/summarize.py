"""Table of the one- and two-process quick runs (run.sh): test accuracy, validation accuracy, stage-2 perplexity, tokens/s per stage and wall time; mean and spread over seeds. Usage: python summarize.py RUNS_FOLDER"""
import json, re, statistics as st, sys
from pathlib import Path

runs = Path(sys.argv[1])
rows = []
for d in sorted(p for p in runs.iterdir() if p.is_dir() and re.fullmatch(r'p\d-seed\d', p.name)):
    m = json.loads((d/'metrics.json').read_text())
    if 'test_fwd' not in m: continue  # not finished
    hist = lambda k: json.loads((d/'models'/f'{k}.json').read_text())['history'] if k == 'pretrain_fwd' else m[k]['history']  # stage 1's is in its checkpoint
    rate = lambda k: round(st.mean(h['train_tokens_per_s'] for h in hist(k) if h.get('train_tokens_per_s')))
    wall = re.search(r'wall ([\d.]+) s', (runs/f'{d.name}.log').read_text())
    rows.append(dict(run=d.name, processes=m.get('processes', 1), seed=m['preset']['seed'], test_accuracy=m['test_fwd']['accuracy'],
                     valid_accuracy=m['clas_fwd']['history'][-1]['accuracy'], lm_perplexity=round(m['lm_fwd']['history'][-1]['perplexity'], 1),
                     tokens_per_s={k: rate(k) for k in ('pretrain_fwd', 'lm_fwd', 'clas_fwd')}, timings=m['timings'],
                     wall_s=float(wall.group(1)) if wall else None, git_commit=m['git_commit'], hardware=m['hardware']))
summary = {}
for n in sorted({r['processes'] for r in rows}):
    g = [r for r in rows if r['processes'] == n]
    acc = [r['test_accuracy'] for r in g]
    summary[n] = dict(seeds=[r['seed'] for r in g], test_accuracy_mean=round(st.mean(acc), 5), test_accuracy_std=round(st.stdev(acc), 5) if len(acc) > 1 else None,
                      tokens_per_s={k: round(st.mean(r['tokens_per_s'][k] for r in g)) for k in g[0]['tokens_per_s']},
                      training_s=round(st.mean(r['timings']['training'] for r in g), 1), wall_s=round(st.mean(r['wall_s'] for r in g), 1))
out = dict(hardware=rows[0]['hardware'], git_commit=rows[0]['git_commit'], rows=rows, summary=summary)
(Path(__file__).parent/'metrics.json').write_text(json.dumps(out, indent=2))
print('| run | processes | seed | test | validation | stage-2 perplexity | tokens/s: stage 1 / 2 / 3 | training s | wall s |')
print('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for r in rows:
    t = r['tokens_per_s']
    print(f"| {r['run']} | {r['processes']} | {r['seed']} | {r['test_accuracy']:.2%} | {r['valid_accuracy']:.2%} | {r['lm_perplexity']} | "
          f"{t['pretrain_fwd']:,} / {t['lm_fwd']:,} / {t['clas_fwd']:,} | {r['timings']['training']} | {r['wall_s']} |")
for n,s in summary.items(): print(n, s)

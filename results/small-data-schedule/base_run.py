import sys, json, numpy as np
from ulmfit_nb.core import *; from ulmfit_nb.data import *; from ulmfit_nb.pipeline import linear_baselines
preset = get_preset('quick')
df = read_imdb(imdb_path()); tr,va,te = clas_splits(df, preset)
for n in map(int, sys.argv[1:]):
    rng = np.random.default_rng(0)
    pick = np.concatenate([rng.choice(tr[df.label.values[tr] == c], n//2, replace=False) for c in ('negative', 'positive')])
    split = np.full(len(df), 'unused', dtype=object); split[pick] = 'train'; split[va] = 'valid'; split[te] = 'test'
    m = linear_baselines(preset, run_dir=f'/tmp/w/se/runs/base-{n}', dataset=df.assign(split=split))
    print(n, {k: max(m[k]['valid_accuracy'].values()) for k in ('tfidf_lr', 'nb_lr')}, flush=True)

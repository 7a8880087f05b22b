"TREC-6 with the quick preset: classifier validation accuracy at several training sizes, with and without clas_min_steps (validation only; the test split is not read)."
import json, sys, warnings
from pathlib import Path
import numpy as np, pandas as pd
from ulmfit_nb.core import *; from ulmfit_nb.data import *; from ulmfit_nb.pipeline import train_direction; from ulmfit_nb.classifier import fit_classifier
def read_trec(path):
    lines = Path(path).read_text(encoding='latin-1').splitlines()
    return pd.DataFrame({'text': [l.split(' ', 1)[1] for l in lines], 'label': [l.split(':', 1)[0] for l in lines]})
d = data_root()/'trec'
ds = text_dataset(read_trec(d/'train_5500.label'), read_trec(d/'TREC_10.label'))
tr = np.flatnonzero(ds.split == 'train')
va = tr[held_out(ds.label.values[tr], 0.1, 42)]
rest = np.setdiff1d(tr, va)
for n in map(int, sys.argv[1:]):
    pick = rest if n >= len(rest) else rest[held_out(ds.label.values[rest], n/len(rest), 0)]
    split = np.full(len(ds), 'unused', dtype=object); split[pick] = 'train'; split[va] = 'valid'; split[ds.split == 'test'] = 'test'
    for ms in (0, 150):
        preset = get_preset('quick', clas_min_steps=ms)
        run = Path(f'/tmp/w/se/runs/trec-{n}-min{ms}')
        dfn = ds.assign(split=split)
        train_direction(preset, run, 'fwd', dataset=dfn)   # resumes: a finished run trains nothing
        h = fit_classifier(preset, run, dfn, tokenize_corpus(dfn.text, 'dataset', tokenizer=preset.tokenizer), 'fwd')[1]
        print(f'TREC n={len(pick)} clas_min_steps={ms}: validation accuracy {h[-1]["accuracy"]:.4f} after {len(h)} epochs', flush=True)

"Small-data classifier runs: one forward classifier on n class-balanced IMDb training labels (seeded), validated on the fixed movie-grouped split; the test split only with --test."
import argparse, json, shutil, time
from pathlib import Path
import numpy as np
from ulmfit_nb.core import *
from ulmfit_nb.data import *
from ulmfit_nb.models import awd_learner
from ulmfit_nb.classifier import gradual_unfreeze, predict_test_split
p = argparse.ArgumentParser()
p.add_argument('--n', type=int, required=True); p.add_argument('--seed', type=int, default=0)
p.add_argument('--encoder', required=True, help="a run folder (models/encoder_fwd.pth, vocab.json) or scratch:<run folder> (its vocabulary, a random encoder)")
p.add_argument('--preset', default='quick', help='the classifier schedule and model size (the encoder must match)')
p.add_argument('--set', action='append', default=[]); p.add_argument('--test', action='store_true'); p.add_argument('--out', required=True)
a = p.parse_args()
preset = get_preset(a.preset, **parse_overrides(a.set))
df = read_imdb(imdb_path()); tc = tokenize_corpus(df.text, 'imdb', tokenizer=preset.tokenizer)
tr,va,te = clas_splits(df, preset)
rng = np.random.default_rng(a.seed)
pick = np.concatenate([rng.choice(tr[df.label.values[tr] == c], a.n//2, replace=False) for c in ('negative', 'positive')]) if a.n < len(tr) else tr
split = np.full(len(df), 'unused', dtype=object); split[pick] = 'train'; split[va] = 'valid'; split[te] = 'test'
dfn = df.assign(split=split)
scratch = a.encoder.startswith('scratch:'); src = RunFolder(a.encoder.split(':', 1)[-1])
vocab = json.loads(src.vocab.read_text())
run = RunFolder(a.out); run.models.mkdir(parents=True, exist_ok=True)
seed_everything(a.seed)
t0 = time.perf_counter()
learn = awd_learner(clas_dataloaders(dfn, tc, vocab, preset), preset, run.path, 'clas', None if scratch else src.encoder('fwd'))
hist = gradual_unfreeze(learn, preset)
out = dict(n=a.n, seed=a.seed, encoder=a.encoder, preset=a.preset, overrides=a.set, valid_accuracy=hist[-1]['accuracy'], epochs=len(hist),
           steps_per_epoch=len(learn.dls.train), train_seconds=round(time.perf_counter()-t0, 1), history=[{k: v for k,v in h.items() if k != 'loss_curve'} for h in hist])
if a.test:
    probs,targets = predict_test_split(learn)
    out['test'] = scores(probs, targets)
write_json(run.path/'result.json', out)
print(json.dumps({k: v for k,v in out.items() if k != 'history'}), flush=True)
shutil.rmtree(run.models)

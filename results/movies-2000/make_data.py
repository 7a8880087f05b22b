"""The 2,000-review movie CSVs of issue 28: 1,000 positive and 1,000 negative IMDb test reviews (seed 0), 1,800 to train and 200 to test, columns text,label."""
import sys
from pathlib import Path
import numpy as np, pandas as pd
from ulmfit_nb.data import read_imdb, imdb_path

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
df = read_imdb(imdb_path(None))
test = df[df.split == 'test']
rng = np.random.default_rng(0)
picked = pd.concat([test[test.label == l].iloc[rng.permutation((test.label == l).sum())[:1000]] for l in ('negative', 'positive')])
picked = picked.iloc[rng.permutation(len(picked))][['text', 'label']]
is_test = np.zeros(len(picked), bool)
for l in ('negative', 'positive'): is_test[np.flatnonzero(picked.label.values == l)[:100]] = True
picked[~is_test].to_csv(out/'train.csv', index=False); picked[is_test].to_csv(out/'test.csv', index=False)
print(f'{(~is_test).sum()} train, {is_test.sum()} test reviews in {out}')

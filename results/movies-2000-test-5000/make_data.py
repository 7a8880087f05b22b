"""Issue 28's 2,000-review movie dataset with a test file large enough to tell a 1-point gap: 1,800 reviews to train (900 a class, IMDb's train split) and 5,000 to test (2,500 a class, IMDb's test split, other movies), seed 0, columns text,label."""
import sys
from pathlib import Path
import numpy as np, pandas as pd
from ulmfit_nb.data import read_imdb, imdb_path

def balanced(df:pd.DataFrame, n:int, rng) -> pd.DataFrame:
    "`n` reviews of each label, drawn with `rng`, shuffled."
    picked = pd.concat([df[df.label == l].iloc[rng.permutation((df.label == l).sum())[:n]] for l in ('negative', 'positive')])
    return picked.iloc[rng.permutation(len(picked))][['text', 'label']]

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
df,rng = read_imdb(imdb_path(None)),np.random.default_rng(0)
balanced(df[df.split == 'train'], 900, rng).to_csv(out/'train.csv', index=False)
balanced(df[df.split == 'test'], 2500, rng).to_csv(out/'test.csv', index=False)
print(f'1,800 train and 5,000 test reviews in {out}')

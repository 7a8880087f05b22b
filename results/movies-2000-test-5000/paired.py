"""Paired comparison on the test reviews: a run's bundle (its ensemble, calibrated) against each linear baseline, refitted as
`ulmfit train --baseline` fitted it (the same splits, features and chosen C), with McNemar's exact test on the reviews they disagree on.
    python paired.py DATA_DIR RUN_DIR   (DATA_DIR holds train.csv and test.csv; RUN_DIR is a finished `ulmfit train --baseline` run)"""
import json, sys
from pathlib import Path
import numpy as np
from scipy.stats import binomtest
from ulmfit_nb.core import get_preset
from ulmfit_nb.data import text_dataset, clas_splits
from ulmfit_nb.baselines import _BASELINE_FEATURES, _logreg, _raw
from ulmfit_nb.inference import Predictor

data,run = Path(sys.argv[1]),Path(sys.argv[2])
m = json.loads((run/'metrics.json').read_text())
preset = get_preset(m['preset']['name']).replace(clas_valid_pct=m['preset']['clas_valid_pct'], seed=m['preset']['seed'])
df = text_dataset(data/'train.csv', test=data/'test.csv')
labels = m['labels']; y = df.label.map({l: i for i,l in enumerate(labels)}).fillna(-1).astype(int).values
tr,va,te = clas_splits(df, preset); text = _raw(df.text.tolist())
pred = Predictor.from_bundle(run/'bundle')
ulmfit = np.array([labels.index(str(pred.labels[j])) for j in pred.predict_proba(df.text.values[te].tolist()).argmax(1)])
out = dict(n=len(te), ulmfit_accuracy=float((ulmfit == y[te]).mean()))
for kind in ('tfidf_lr', 'nb_lr'):
    featurize,x_tr = _BASELINE_FEATURES[kind]([text[i] for i in tr], y[tr])
    linear = _logreg(m[kind]['C'], y[tr]).fit(x_tr, y[tr]).predict(featurize([text[i] for i in te]))
    right_u,right_l = ulmfit == y[te],linear == y[te]
    b,c = int((right_u & ~right_l).sum()),int((~right_u & right_l).sum())
    assert abs(right_l.mean() - m[f'test_{kind}']['accuracy']) < 1e-4, (kind, right_l.mean())   # the baseline the run recorded
    out[kind] = dict(C=m[kind]['C'], accuracy=float(right_l.mean()), only_ulmfit_right=b, only_baseline_right=c,
                     mcnemar_exact_p=float(binomtest(b, b + c, 0.5).pvalue))
print(json.dumps(out, indent=1))

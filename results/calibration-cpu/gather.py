"""Calibration of recorded runs, before and after temperature scaling: the validation figures each run wrote into its
metrics.json, and the test split scored by its bundle with every temperature 1 ('raw') and with the fitted ones ('calibrated');
for an ensemble also each member calibrated, then averaged.
usage: python gather.py OUT_DIR NAME=RUN_DIR[:TEST_CSV] ...
       (no TEST_CSV: the run's IMDb test split, from ULMFIT_DATA)
writes OUT_DIR/metrics.json and OUT_DIR/reliability.png (one reliability diagram a run, test split)"""
import json, sys
from pathlib import Path
import numpy as np, pandas as pd, matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
from ulmfit_nb.core import scores, provenance, write_json
from ulmfit_nb.bundle import Bundle, load_bundle
from ulmfit_nb.inference import Predictor
from ulmfit_nb.classifier import plot_reliability

def test_split(run:Path, csv:str|None) -> pd.DataFrame:
    "The labelled texts the run's bundle is scored on: the CSV given, or IMDb's test split."
    if csv: return pd.read_csv(csv, dtype=str, keep_default_na=False)[['text', 'label']]
    from ulmfit_nb.data import read_imdb, imdb_path
    df = read_imdb(imdb_path())
    return df[df.split == 'test'][['text', 'label']]

def main(out:Path, runs:list):
    res,probs = {},{}
    for spec in runs:
        name,rest = spec.split('=', 1)
        run,_,csv = rest.partition(':')
        run = Path(run); m = json.loads((run/'metrics.json').read_text())
        bundle = load_bundle(run/'bundle', 'cpu'); test = test_split(run, csv or None)
        targets = test.label.map(bundle.labels.index).values
        raw = Bundle(bundle.models, bundle.vocab, dict(bundle.config, temperatures={k: 1. for k in bundle.models}))
        texts = test.text.tolist()
        p = {'raw': Predictor(raw).predict_proba(texts), 'calibrated': Predictor(bundle).predict_proba(texts)}
        if len(bundle.models) > 1:  # for comparison: each member calibrated, then averaged (what f30f83a did)
            p['members calibrated, then averaged'] = np.mean([Predictor(bundle, members=(m,)).predict_proba(texts) for m in bundle.models], 0)
        keep = ('accuracy', 'nll', 'ece', 'n')
        res[name] = dict(run=str(run), test_csv=csv or None, members=list(bundle.models), temperatures=bundle.config['temperatures'],
                         valid={k[5:]: v['calibration'] for k,v in m.items() if k.startswith('clas_') and isinstance(v, dict) and 'calibration' in v}
                               | ({'ensemble': m['ensemble_calibration']} if 'ensemble_calibration' in m else {}),
                         test={k: {f: s[f] for f in keep} for k,s in ((k, scores(v, targets)) for k,v in p.items())})
        probs[name] = (p, targets)
        print(name, json.dumps(res[name]['test']), flush=True)
    fig,axs = plt.subplots(1, len(probs), figsize=(4*len(probs), 4), squeeze=False)
    for ax,(name,(p,t)) in zip(axs[0], probs.items()):
        plot_reliability(p, t, ax=ax); ax.set_title(f'{name}: test split', fontsize=10)
    fig.savefig(out/'reliability.png', dpi=100, bbox_inches='tight')
    write_json(out/'metrics.json', dict(runs=res, **provenance()))

if __name__ == '__main__': main(Path(sys.argv[1]), sys.argv[2:])

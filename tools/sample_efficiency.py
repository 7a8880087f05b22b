"""ULMFiT's sample-efficiency experiment (Howard & Ruder 2018, section 5, figure 3) on IMDb, with the model of a finished IMDb run on a CPU.

For each number of training labels (seeded, class-balanced samples of the training reviews; the same movie-grouped validation split
and the same 25,000 test reviews for all), four classifiers and two linear baselines:
- semi-supervised ULMFiT: the encoder of a finished IMDb run (`quick` or `cpu`), whose stage 2 read all 100k texts or a sample (shared by every size);
- supervised ULMFiT: stage 2 on the labelled texts only, from the same run's stage 1, then the classifier;
- from scratch: the classifier on a random encoder;
- TF-IDF+LR and NB-LR (`linear_baselines`) on the same labels, `C` chosen on the whole validation split.
The classifiers' schedule is the run's preset as it is now (nothing is tuned here); they report a fixed 250 of the validation reviews after each epoch.
`--models` leaves out the ULMFiT variants not named; the baselines always run.
Resumable: a finished configuration's row is kept in `rows.jsonl` and skipped. Then `metrics.json` (mean and spread) and the plot.

    python tools/sample_efficiency.py --run RUN --out results/sample-efficiency [--models semi sup scratch] [--set FIELD=VALUE ...]
"""
import argparse, json, shutil, sys, tempfile, time
from pathlib import Path
import numpy as np, pandas as pd

def label_sample(df, preset, n:int, seed:int, n_valid:int|None=None):
    "The corpus with `n` class-balanced training labels drawn with `seed` (all when n is 0), the validation split fixed as 'valid' (its first `n_valid` in a fixed shuffle, if given), the other training texts 'unused'."
    from ulmfit_nb.data import clas_splits
    tr,va,te = clas_splits(df, preset)
    if n_valid: va = np.random.default_rng(0).permutation(va)[:n_valid]
    rng = np.random.default_rng(seed)
    classes = sorted(df.label.dropna().unique())
    pick = tr if not n else np.concatenate([rng.choice(tr[df.label.values[tr] == c], n//len(classes), replace=False) for c in classes])
    split = np.full(len(df), 'unused', dtype=object); split[pick] = 'train'; split[va] = 'valid'; split[te] = 'test'
    return df.assign(split=split)

def classifier(preset, dfn, tc, vocab, encoder, seed:int, work:Path) -> dict:
    "Train one forward classifier (from `encoder`, or a random one when None); its validation history and test scores."
    from ulmfit_nb.core import RunFolder, scores, seed_everything
    from ulmfit_nb.data import clas_dataloaders
    from ulmfit_nb.models import awd_learner
    from ulmfit_nb.classifier import gradual_unfreeze, predict_test_split
    seed_everything(seed)
    t0 = time.perf_counter()
    learn = awd_learner(clas_dataloaders(dfn, tc, vocab, preset), preset, work, 'clas', encoder)
    hist = gradual_unfreeze(learn, preset)
    secs = round(time.perf_counter() - t0, 1)
    probs,targets = predict_test_split(learn)
    return dict(valid_accuracy=hist[-1]['accuracy'], epochs=len(hist), steps_per_epoch=len(learn.dls.train), train_seconds=secs,
                test=scores(probs, targets))

def run_one(preset, df, tc, run:Path, n:int, seed:int, models=('semi', 'scratch', 'sup')) -> dict:
    from ulmfit_nb.core import RunFolder
    from ulmfit_nb.data import tokenize_corpus
    from ulmfit_nb.lm import fine_tune_lm
    from ulmfit_nb.baselines import linear_baselines
    dfn,q = label_sample(df, preset, n, seed, VALID_WATCH),RunFolder(run)
    vocab = json.loads(q.vocab.read_text())
    row = dict(n=int((dfn.split == 'train').sum()), seed=seed)
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        if 'semi' in models: row['semi'] = classifier(preset, dfn, tc, vocab, q.encoder('fwd'), seed, d/'semi')
        if 'scratch' in models: row['scratch'] = classifier(preset, dfn, tc, vocab, None, seed, d/'scratch')
        if 'sup' in models:
            lab = dfn[dfn.split == 'train'].reset_index(drop=True)
            sup = RunFolder(d/'sup')
            t0 = time.perf_counter()
            fine_tune_lm(preset.replace(seed=seed), sup.path, q.pretrained, 'fwd', df=lab, tc=tokenize_corpus(lab.text, 'imdb-labelled', tokenizer=preset.tokenizer))
            lm_secs = round(time.perf_counter() - t0, 1)
            row['sup'] = classifier(preset, dfn, tc, json.loads(sup.vocab.read_text()), sup.encoder('fwd'), seed, d/'sup') | dict(lm_seconds=lm_secs)
        m = linear_baselines(preset.replace(run_dir=str(d/'baselines')), dataset=label_sample(df, preset, n, seed))   # C chosen on the whole validation split
        for k in ('tfidf_lr', 'nb_lr'): row[k] = dict(valid_accuracy=max(m[k]['valid_accuracy'].values()), test=m[f'test_{k}'])
    return row

VALID_WATCH = 250  # validation reviews the classifiers report after each epoch: nothing is chosen on them here, and the whole split costs 4 s an epoch

MODELS = {'semi': 'ULMFiT, semi-supervised (stage 2 on all 100k texts)', 'sup': 'ULMFiT, supervised (stage 2 on the labels only)',
          'scratch': 'classifier from scratch', 'tfidf_lr': 'TF-IDF + LR', 'nb_lr': 'NB-LR'}

def summarize(rows:list) -> pd.DataFrame:
    "Test error (%) per model and number of labels: mean, standard deviation over seeds, and the number of seeds."
    recs = [dict(n=r['n'], seed=r['seed'], model=m, error=100*r[m]['test']['error_rate']) for r in rows for m in MODELS if m in r]
    return pd.DataFrame(recs).groupby(['model', 'n']).error.agg(['mean', 'std', 'count']).round(2).reset_index()

def plot(table:pd.DataFrame, path:Path, model:str):
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    fig,ax = plt.subplots(figsize=(6.4, 4.2))
    for m,label in MODELS.items():
        t = table[table.model == m].sort_values('n')
        if len(t): ax.errorbar(t.n, t['mean'], yerr=t['std'].fillna(0), marker='o', capsize=3, label=label)
    ax.set_xscale('log'); ax.set_xlabel('training labels (log scale)'); ax.set_ylabel('test error (%)')
    ax.set_title(f'IMDb test error against labels ({model} model, 2-core CPU)', fontsize=10); ax.grid(alpha=0.3); ax.legend(fontsize=8)
    fig.tight_layout(); fig.savefig(path, dpi=100)

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--run', '--quick-run', required=True, help='a finished IMDb run folder of `ulmfit train` (its stage 2; its stage 1 for `sup`)')
    p.add_argument('--models', nargs='+', choices=('semi', 'sup', 'scratch'), default=['semi', 'sup', 'scratch'], help='the ULMFiT variants to train')
    p.add_argument('--out', required=True); p.add_argument('--sizes', type=int, nargs='+', default=[100, 300, 1000, 3000, 0], help='0: every training label')
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2], help='seeds of the samples below 10,000 labels (larger ones: the first)')
    p.add_argument('--set', action='append', default=[], help='preset overrides, FIELD=VALUE')
    a = p.parse_args(argv)
    from ulmfit_nb.core import RunFolder, get_preset, parse_overrides, write_json, provenance
    from ulmfit_nb.data import read_imdb, imdb_path, tokenize_corpus
    from ulmfit_nb.cli import _recorded_preset, _run_preset
    recorded = _recorded_preset(a.run)
    if recorded is None or recorded.corpus != 'imdb': sys.exit(f'{a.run}: not an IMDb run folder of `ulmfit train` (its metrics.json names no IMDb preset)')
    if 'sup' in a.models and not RunFolder(a.run).pretrained.is_dir(): sys.exit(f'{a.run} has no stage 1 (pretrained/), which `sup` starts from: it was trained with --init-from; leave sup out (--models semi scratch)')
    fixed = _run_preset(a.run); name = fixed.pop('name')   # its model sizes and tokenizer, which its encoder and vocabulary fix; the schedule as the preset is now
    preset = get_preset(name, **(fixed | parse_overrides(a.set)))
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    rows_file = out/'rows.jsonl'
    rows = [json.loads(l) for l in rows_file.read_text().splitlines()] if rows_file.exists() else []
    done = {(r['size'], r['seed']) for r in rows}
    if any(set(a.models) ^ {m for m in ('semi', 'sup', 'scratch') if m in r} for r in rows): sys.exit(f'{rows_file} holds rows of other --models: use another --out')
    if any(r.get('run', str(a.run)) != str(a.run) or r.get('set', a.set) != a.set for r in rows): sys.exit(f'{rows_file} holds rows of another --run or --set: use another --out')
    df = read_imdb(imdb_path()); tc = tokenize_corpus(df.text, 'imdb', tokenizer=preset.tokenizer)
    t0 = time.perf_counter()
    for n in a.sizes:
        for seed in (a.seeds if 0 < n < 10_000 else a.seeds[:1]):
            if (n, seed) in done: continue
            t = time.perf_counter()
            row = dict(size=n, seconds=None, run=str(a.run), set=a.set) | run_one(preset, df, tc, Path(a.run), n, seed, a.models)
            row['seconds'] = round(time.perf_counter() - t, 1)
            with open(rows_file, 'a') as f: f.write(json.dumps(row) + '\n')
            rows.append(row)
            print(f"n={row['n']} seed={seed}: " + ', '.join(f"{m} {100*row[m]['test']['accuracy']:.2f}%" for m in MODELS if m in row) + f" ({row['seconds']:.0f}s)", flush=True)
    table = summarize(rows)
    write_json(out/'metrics.json', dict(provenance(), command=' '.join(sys.argv), preset=preset.asdict(), run=str(a.run),
                                        seconds_this_call=round(time.perf_counter() - t0, 1), models={m: l for m,l in MODELS.items() if m in set(a.models) | {'tfidf_lr', 'nb_lr'}}, rows=rows,
                                        test_error=table.to_dict('records')))
    plot(table, out/'test_error_vs_labels.png', preset.name)
    print(table.to_string(index=False))

if __name__ == '__main__': main()

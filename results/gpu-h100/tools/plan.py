"""Choose the gpu preset's language-model epochs (and whether both directions train at once) from measured throughput.

usage: python3 plan.py BENCH_DIR [BUDGET_S]  ->  prints `--set FIELD=VALUE` arguments for `ulmfit train --preset gpu`

The estimate: every stage's training tokens (counted on this project's tokenization of the data in shared/data)
divided by the measured training tokens/s; validation and evaluation tokens count a third (no backward pass);
plus fixed costs (tokenization, loading, building learners) measured in the CPU rehearsal and guessed for 16 cores."""
import json, sys
from pathlib import Path

IMDB_TOKENS = 29_924_423     # all 100k reviews, fastai rules + spaCy (01_data, full IMDb run)
GENERAL_TOKENS = 3_843_941   # WikiText-2 valid+test + NLTK corpora, tokenized (the CPU rehearsal)
CLAS_TOKENS = 25_000 * 335    # labelled train reviews, padded to multiples of bptt (mean ~299 tokens + ~36 padding)
TEST_TOKENS = 25_000 * 335
FIXED_S = 180                 # tokenization on 16 cores, reading 100k files three times, building learners, export (a guess)

def rows(bench):
    for f in sorted(Path(bench).glob('*.json')): yield from json.loads(f.read_text())['rows']

def tps(rs, model, bs, precision, procs=1):
    hits = [r['tokens_per_s'] for r in rs if (r['model'], r['bs'], r['precision'], r['procs']) == (model, bs, precision, procs) and r['tokens_per_s']]
    return hits[0] if hits else None

def estimate(lm, clas, pretrain_epochs, lm_epochs, clas_epochs=5):
    "Seconds for both directions, given aggregate tokens/s over both."
    lm_tokens = GENERAL_TOKENS*pretrain_epochs*(0.9 + 0.1/3) + IMDB_TOKENS*(1 + lm_epochs)*(0.9 + 0.1/3)
    clas_tokens = CLAS_TOKENS*clas_epochs*(0.9 + 0.1/3) + TEST_TOKENS/3
    return FIXED_S + 2*lm_tokens/lm + 2*clas_tokens/clas

def main(bench, budget):
    rs = list(rows(bench))
    # bf16 (no loss scaling) unless fp16 is clearly faster; fp32 only where neither ran (a CPU rehearsal)
    b16,f16 = tps(rs, 'lm', 256, 'bf16'),tps(rs, 'lm', 256, 'fp16')
    prec = 'fp16' if f16 and (b16 is None or f16 > 1.05*b16) else 'bf16' if b16 else 'fp32'
    lm1,clas1 = tps(rs, 'lm', 256, prec),tps(rs, 'clas', 128, prec)
    lm2,clas2 = tps(rs, 'lm', 256, prec, 2),tps(rs, 'clas', 128, prec, 2)
    parallel = lm2 is not None and lm2 > 1.15*lm1
    lm,clas = (lm2, clas2 or clas1) if parallel else (lm1, clas1)
    # Stage 2 (the task's own text) buys more than stage 1 (3M general words): the most LM epochs that fit with one
    # epoch of pretraining, then the most pretraining epochs (up to the preset's 3) that still fit.
    e = next((e for e in range(10, 0, -1) if estimate(lm, clas, 1, e) <= budget), 1)
    pe = next((pe for pe in (3, 2) if estimate(lm, clas, pe, e) <= budget), 1)
    print(f'plan: precision {prec}, parallel {parallel}, LM {lm:,.0f} tok/s, classifier {clas:,.0f} tok/s -> pretrain_epochs {pe}, '
          f'lm_epochs {e}: estimated {estimate(lm, clas, pe, e):.0f}s of {budget}s', file=sys.stderr)
    print(f'--set precision={prec} --set parallel_directions={parallel} --set pretrain_epochs={pe} --set lm_epochs={e}')

if __name__ == '__main__': main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 900)

"""The measurements behind the memory model (`estimate_gpu_memory`) and `ChunkedSoftmaxLoss`, on this machine's CPU.
usage: OMP_NUM_THREADS=1 python results/lm-loss-memory/measure.py > results/lm-loss-memory/measurements.jsonl
Each line: one peak of a training step (`measure_memory`: the profiler's memory timeline plus the optimizer's state), or the speed of the loss."""
import json, sys, tempfile, time, warnings
warnings.filterwarnings('ignore')
from unittest.mock import patch
import torch
from fastai.losses import CrossEntropyLossFlat
from fastai.text.models.core import LinearDecoder
import ulmfit_nb.models
from ulmfit_nb.core import *
from ulmfit_nb.data import lm_dataloaders
from ulmfit_nb.models import awd_learner, LossDecoder
from ulmfit_nb.pipeline import measure_memory, synthetic_corpus

def fastai_loss(learn, batch_softmax=False):
    "The language model as fastai makes it: scores over the whole vocabulary, `CrossEntropyLossFlat` (what ran before `ChunkedSoftmaxLoss`)."
    learn.loss_func = CrossEntropyLossFlat()
    return learn

def emit(**kw): print(json.dumps(kw | dict(git_commit=git_commit())), flush=True)

def peak(name, kind, bs, precision='fp32', loss='chunked', **over):
    field = 'lm_bs' if kind == 'lm' else 'clas_bs'
    p = get_preset(name, **{field: bs}, precision=precision, **over)
    t = time.perf_counter()
    if loss == 'fastai':
        with patch.object(ulmfit_nb.models, 'set_lm_loss', fastai_loss): b = measure_memory(p, kind)
    else: b = measure_memory(p, kind)
    emit(preset=name, kind=kind, bs=bs, precision=precision, loss=loss, overrides=over, tokens_per_seq=p.bptt if kind == 'lm' else p.max_len + p.bptt,
         units=encoder_units(p), peak_bytes=b, estimate_bytes=estimate_gpu_memory(p)['lm' if kind == 'lm' else 'clas'], seconds=round(time.perf_counter() - t, 1))

def speed(bs=16, steps=4):
    "Training tokens/s of the gpu preset's language model with fastai's loss and with `ChunkedSoftmaxLoss`, alternating on one batch."
    p = get_preset('gpu', lm_bs=bs, precision='fp32')
    df,tc = synthetic_corpus(400, p.max_vocab)
    with tempfile.TemporaryDirectory() as d:
        learn = awd_learner(lm_dataloaders(tc, tc.vocab(p.max_vocab, 1), p), p, d, 'lm')
        learn.create_opt()
        xb,yb = learn.dls.one_batch()
        losses = dict(fastai=(LinearDecoder, CrossEntropyLossFlat()), chunked=(LossDecoder, learn.loss_func))
        def step(kind):
            learn.model[1].__class__,loss_func = losses[kind]
            learn.model.train(); learn.model.reset()
            t = time.perf_counter()
            loss_func(learn.model(xb)[0], yb).backward(); learn.opt.step(); learn.opt.zero_grad()
            return xb.numel()/(time.perf_counter() - t)
        for k in losses: step(k)  # warm-up
        rates = {k: [] for k in losses}
        for _ in range(steps):
            for k in losses: rates[k].append(step(k))
    emit(what='lm training tokens/s', preset='gpu', bs=bs, threads=torch.get_num_threads(), **{k: round(sum(v)/len(v), 1) for k,v in rates.items()})

if __name__ == '__main__':
    for name,over in (('smoke', {}), ('cpu', dict(lm_batch_softmax=False)), ('gpu', {})):   # the cpu preset's architecture with the full softmax
        for kind in ('lm', 'clas'):
            for bs in (16, 32): peak(name, kind, bs, max_len=144, **over)
    for kind in ('lm', 'clas'):
        for bs in (16, 32): peak('gpu', kind, bs, precision='bf16', max_len=144)
    for bs in (8, 16, 32): peak('gpu', 'lm', bs, loss='fastai')
    speed()
    for precision in ('fp32', 'bf16'): peak('gpu', 'lm', 256, precision=precision)

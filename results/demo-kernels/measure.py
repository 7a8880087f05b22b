"""Kernels and memory of `ulmfit demo` under visitors, in headless Chromium, on the shared smoke bundle.
usage: OMP_NUM_THREADS=1 python results/demo-kernels/measure.py > results/demo-kernels/measurements.json
Memory is summed over Voila and its kernels (`demo_processes`): RSS, and PSS (shared pages split between the processes that share them)."""
import json, threading, time, warnings
warnings.filterwarnings('ignore')
from concurrent.futures import ThreadPoolExecutor
import psutil
from ulmfit_nb.core import *
from ulmfit_nb.demo import serve_demo, stop_demo, demo_kernels, demo_processes, open_pages, wait_for_http, free_port
from ulmfit_nb.pipeline import smoke_run

def memory(proc) -> dict:
    rss = pss = 0
    for p in demo_processes(proc):
        try: m = p.memory_full_info(); rss += m.rss; pss += m.pss
        except (psutil.NoSuchProcess, psutil.AccessDenied): pass
    return dict(kernels=len(demo_kernels(proc)), rss_mb=round(rss/2**20), pss_mb=round(pss/2**20))

def watch(proc, stop:threading.Event, samples:list):
    while not stop.is_set(): samples.append(dict(t=round(time.perf_counter() - t0, 1), **memory(proc))); stop.wait(1)

def scenario(name, pages, at_once, max_visitors, cull_after=30, wait_after=60):
    global t0
    port = free_port(); url = f'http://127.0.0.1:{port}/'
    proc = serve_demo(RunFolder(smoke_run()).bundle, port, max_visitors=max_visitors, cull_after=cull_after)
    samples,stop = [],threading.Event()
    try:
        while not (proc.poll() is None and _listening(port)): time.sleep(0.5)   # Voila up, no visit yet
        t0 = time.perf_counter(); th = threading.Thread(target=watch, args=(proc, stop, samples)); th.start()
        idle = memory(proc)
        shown = ThreadPoolExecutor(1).submit(open_pages, url, pages, at_once).result()
        t_last = time.perf_counter() - t0
        time.sleep(wait_after)
        stop.set(); th.join()
    finally: stop_demo(proc)
    after = [s for s in samples if s['t'] >= t_last]
    return dict(scenario=name, pages=pages, at_once=at_once, max_visitors=max_visitors, cull_after=cull_after, pages_that_showed_the_demo=shown,
                voila_alone=idle, peak_kernels=max(s['kernels'] for s in samples), peak_rss_mb=max(s['rss_mb'] for s in samples),
                peak_pss_mb=max(s['pss_mb'] for s in samples), seconds_of_visits=round(t_last, 1),
                kernels_60s_after_last=after[-1]['kernels'], rss_mb_60s_after_last=after[-1]['rss_mb'], pss_mb_60s_after_last=after[-1]['pss_mb'],
                samples=samples, git_commit=git_commit(), hardware=hardware())

def _listening(port):
    import socket
    with socket.socket() as s: return s.connect_ex(('127.0.0.1', port)) == 0

if __name__ == '__main__':
    out = [scenario('10 visits, one after another', 10, False, 4, cull_after=10),
           scenario('5 visitors at once, the cap raised to 5', 5, True, 5, cull_after=10),
           scenario('5 visitors at once, the default cap of 4', 5, True, 4, cull_after=10)]
    print(json.dumps(out, indent=1))

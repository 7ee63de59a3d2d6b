"""Simulated makespan of a 1- and 2-worker build under chunking and hand-off policies (issue 18, S18).

    python benchmarks/chunk_sim.py measure CORPUS OUT.json [--passes 2]   # each document's warm worker CPU, once
    python benchmarks/chunk_sim.py simulate OUT.json [--batch-size 7] [--driver 0.40] [--tail 0.10]

A loaded machine cannot show a core's idle time in wall clocks, but each document's worker CPU is stable (and
~linear in its characters), so the idle time of a policy can be simulated: two cores shared evenly by whatever
is runnable (the two workers, the build process's per-document work on the outcomes it has taken), the pool's
FIFO hand-off (a free worker takes the oldest chunk submitted), the driver's loop (`extract_in_processes`:
at most 2 x workers chunks out, outcomes taken in submission order or as they come), each chunk's own cost
(`--chunk-cost`, nlp.pipe's set-up) and each worker's first-chunk excess (`--first-cost`, S9: ~0.1 CPU-s).
T1 is the 1-worker build (its driver on the other core), T2 the 2-worker one; speed-up T1 / T2 against the
CPU model 2 W1 / (W2 + D) (docs/benchmarks.md, S9, S18).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def measure(corpus: Path, out: Path, passes: int) -> None:
    """Each document's worker CPU alone (min of `passes`, after a warm pass), and chunks of 7 for the per-chunk cost."""
    import graphbuild.pipeline.workers as workers
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline

    workers._NLP = load_pipeline(None)
    docs = list(read_corpus([corpus]))
    workers._extract_chunk(docs, 32)
    costs: list[list[float]] = [[] for _ in docs]
    for _ in range(passes):
        for i, doc in enumerate(docs):
            c0 = time.thread_time()
            workers._extract_chunk([doc], 32)
            costs[i].append(time.thread_time() - c0)
    chunks = []
    for _ in range(passes):
        for s in range(0, len(docs) - 7, 7):
            c0 = time.thread_time()
            workers._extract_chunk(docs[s:s + 7], 7)
            chunks.append((s, time.thread_time() - c0))
    single = [min(c) for c in costs]
    per_chunk = sorted(sum(single[s:s + 7]) - t for s, t in chunks)[len(chunks) // 2] / 6  # 7 calls vs 1
    json.dump({"ids": [d.id for d in docs], "chars": [len(d.text) for d in docs], "single": single,
               "chunk_cost": per_chunk}, out.open("w"))
    print(f"{len(docs)} documents: single-call CPU {sum(single):.3f} s, per-call cost {per_chunk:.4f} s, "
          f"documents' own {sum(single) - len(docs) * per_chunk:.3f} s")


# ---- chunk plans: lists of index lists --------------------------------------------------------------------

def plan_current(n: int, size: int, costs: list[float], chars: list[int]) -> list[list[int]]:
    from graphbuild.pipeline.workers import chunk_schedule

    return list(chunk_schedule(list(range(n)), size))  # type: ignore[arg-type]


def _grow_then(n: int, size: int, tail: Callable[[int], int], first: list[int] | None = None) -> list[list[int]]:
    """chunk_schedule's growth (or `first`), then `tail(left)` sizes once fewer than 2 x size are left."""
    out, i, want = [], 0, 1
    for f in first or []:
        if n - i < 2 * f:
            break
        out.append(list(range(i, i + f)))
        i += f
        want = min(size, 2 * f)
    while n - i >= 2 * want:
        out.append(list(range(i, i + want)))
        i += want
        want = min(2 * want, size)
    while i < n:
        k = max(1, min(size, tail(n - i)))
        out.append(list(range(i, i + k)))
        i += k
    return out


def plan_guided(workers: int) -> Callable[..., list[list[int]]]:
    """At the end, chunks of left / (2 x workers) (at least 1): more, smaller chunks to share between the workers."""
    return lambda n, size, costs, chars: _grow_then(n, size, lambda left: -(-left // (2 * workers)))


def plan_first(first: list[int], workers: int = 0) -> Callable[..., list[list[int]]]:
    """Given first chunks (e.g. 1, 1, 2: each worker's first is one document), then as current or guided at the end."""
    tail = (lambda left: (left + 1) // 2) if not workers else (lambda left: -(-left // (2 * workers)))
    return lambda n, size, costs, chars: _grow_then(n, size, tail, first)


def plan_chars(n: int, size: int, costs: list[float], chars: list[int]) -> list[list[int]]:
    """Chunks closed by characters: size x the mean document's characters, growing from one document's worth."""
    mean = sum(chars) / max(1, n)
    out, cur, acc, want = [], [], 0.0, mean
    for i in range(n):
        cur.append(i)
        acc += chars[i]
        left = sum(chars[i + 1:])
        if acc >= want:
            out.append(cur)
            cur, acc = [], 0.0
            want = min(2 * want, size * mean) if left >= 2 * want else max(mean / 2, left / 4)
    if cur:
        out.append(cur)
    return out


# ---- the simulation -----------------------------------------------------------------------------------------


def _resume(prog: Generator[tuple, int, None], waiting: list[int], done_at: list[float | None], action: tuple,
            finished: bool) -> tuple[list[int] | None, tuple, bool]:
    """The driver's wait ends at the first of the chunks it waits on that is done: send it that chunk. Returns
    (waiting, action, finished) as they stand after: unchanged while none of them is done."""
    done = [k for k in waiting if done_at[k] is not None]
    if not done:
        return waiting, action, finished
    try:
        return None, prog.send(min(done, key=lambda k: done_at[k])), finished
    except StopIteration:
        return None, action, True

def simulate(plan: list[list[int]], costs: list[float], chars: list[int], workers: int, driver: float,
             tail: float, chunk_cost: float, first_cost: float, cores: int = 2, unordered: bool = False,
             ahead: int = 2, order: list[int] | None = None) -> dict[str, float]:
    """Makespan of one build: processor sharing on `cores`, the pool's FIFO, the driver's loop.

    `order`: documents are dispatched in this order (plan indexes positions in it) but handed to the driver's
    step in input order (a reorder buffer); None: input order."""
    order = order or list(range(len(costs)))
    total_chars = sum(chars) or 1
    dcost = [driver * c / total_chars for c in chars]  # the driver's per-document work ~ its characters
    chunks = [[order[p] for p in part] for part in plan]
    jobs = [sum(costs[d] for d in part) + chunk_cost for part in chunks]
    done_at: list[float | None] = [None] * len(chunks)
    queue: list[int] = []  # submitted, not started
    run: dict[int, list] = {}  # worker -> [chunk, remaining]
    started: set[int] = set()
    idle_end = {w: 0.0 for w in range(workers)}
    ready_docs: set[int] = set()
    next_doc = 0  # the driver's next document in input order

    def driver_program() -> Iterator[tuple]:
        out: list[int] = []

        def take() -> Iterator[tuple]:
            """Wait for an outcome (the oldest, or any when unordered), then the driver's step on each document now
            ready in input order: the same while chunks are still submitted and after the last one."""
            nonlocal next_doc
            k0 = yield ("wait", out if unordered else out[:1])
            out.remove(k0)
            ready_docs.update(chunks[k0])
            while next_doc in ready_docs:
                yield ("cpu", dcost[next_doc])
                next_doc += 1

        for k in range(len(chunks)):
            yield ("submit", k)
            out.append(k)
            while len(out) >= ahead * workers:
                yield from take()
        while out:
            yield from take()
        yield ("cpu", tail)

    prog = driver_program()
    idle = {"starved": 0.0, "end": 0.0, "tail": 0.0}
    submitted = [0]

    def submitted_all() -> bool:
        return submitted[0] == len(chunks)
    t, busy = 0.0, 0.0
    action = next(prog)
    dwork = None  # remaining driver cpu
    waiting = None
    finished = False
    while True:
        # run the driver's instantaneous steps
        while not finished and dwork is None and waiting is None:
            kind = action[0]
            try:
                if kind == "submit":
                    queue.append(action[1])
                    submitted[0] += 1
                    action = next(prog)
                elif kind == "wait":
                    waiting = action[1]
                elif kind == "cpu":
                    dwork = action[1]
            except StopIteration:
                finished = True
            if waiting is not None:
                waiting, action, finished = _resume(prog, waiting, done_at, action, finished)
        for w in range(workers):
            if w not in run and queue:
                k = queue.pop(0)
                extra = first_cost if w not in started else 0.0
                started.add(w)
                run[w] = [k, jobs[k] + extra]
        if finished and not run:
            break
        n_run = len(run) + (1 if dwork is not None else 0)
        if n_run == 0:
            raise RuntimeError("deadlock")
        speed = min(1.0, cores / n_run)
        steps = [r[1] / speed for r in run.values()] + ([dwork / speed] if dwork is not None else [])
        dt = min(steps)
        t += dt
        busy += dt * n_run * speed
        lost = dt * (cores - n_run * speed)
        if lost > 0:
            where = "tail" if not run else ("end" if len(queue) == 0 and submitted_all() else "starved")
            idle[where] += lost
        for w in list(run):
            run[w][1] -= dt * speed
            if run[w][1] <= 1e-12:
                done_at[run[w][0]] = t
                idle_end[w] = t
                del run[w]
        if dwork is not None:
            dwork -= dt * speed
            if dwork <= 1e-12:
                dwork = None
                try:
                    action = next(prog)
                except StopIteration:
                    finished = True
        if waiting is not None:
            waiting, action, finished = _resume(prog, waiting, done_at, action, finished)
    last = max(idle_end.values())
    return {"makespan": t, "idle_core_s": cores * t - busy if workers > 1 else 0.0,
            "worker_idle_at_end": last - min(idle_end.values()), "chunks": len(chunks), **idle}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure")
    m.add_argument("corpus", type=Path)
    m.add_argument("out", type=Path)
    m.add_argument("--passes", type=int, default=2)
    s = sub.add_parser("simulate")
    s.add_argument("costs", type=Path)
    s.add_argument("--batch-size", type=int, default=7)
    s.add_argument("--driver", type=float, default=0.40, help="the 2-worker build's driver CPU over the corpus")
    s.add_argument("--tail", type=float, default=0.10, help="the driver's CPU after the last outcome")
    s.add_argument("--first-cost", type=float, default=0.10, help="each worker's first-chunk excess (S9)")
    args = parser.parse_args(argv)
    if args.cmd == "measure":
        measure(args.corpus, args.out, args.passes)
        return 0
    data = json.loads(args.costs.read_text())
    chunk_cost = data["chunk_cost"]
    costs = [c - chunk_cost for c in data["single"]]
    chars = data["chars"]
    n, size = len(costs), args.batch_size
    common = dict(driver=args.driver, tail=args.tail, chunk_cost=chunk_cost, first_cost=args.first_cost)
    longest = sorted(range(n), key=lambda i: -costs[i])
    policies: dict[str, tuple] = {
        "current (chunk_schedule, in order)": (plan_current, {}),
        "current, outcomes as they come": (plan_current, {"unordered": True}),
        "current, 3 x workers out": (plan_current, {"ahead": 3}),
        "guided tail (left / 2W)": (plan_guided(2), {}),
        "guided tail, as they come": (plan_guided(2), {"unordered": True}),
        "first 1,1,2 then current": (plan_first([1, 1, 2]), {}),
        "first 1,1,2, guided tail": (plan_first([1, 1, 2], 2), {}),
        "first 1,1,2, guided, as they come": (plan_first([1, 1, 2], 2), {"unordered": True}),
        "by characters": (plan_chars, {}),
        "longest first (whole corpus, bound)": (plan_current, {"order": longest, "unordered": True}),
    }
    one = simulate(plan_current(n, size, costs, chars), costs, chars, 1, **common)
    w1 = sum(costs) + len(plan_current(n, size, costs, chars)) * chunk_cost + args.first_cost
    print(f"{n} documents, batch {size}: worker CPU {sum(costs):.2f} + chunks; T1 (1 worker) {one['makespan']:.3f} s")
    print(f"{'policy':40s} {'chunks':>6s} {'T2':>7s} {'T1/T2':>6s} {'CPU model':>9s} {'idle core-s':>11s} {'starved':>7s} {'end':>6s} {'tail':>6s}")
    for name, (plan_fn, kw) in policies.items():
        plan = plan_fn(n, size, costs, chars)
        r = simulate(plan, costs, chars, 2, **common, **kw)
        w2 = sum(costs) + len(plan) * chunk_cost + 2 * args.first_cost
        model = 2 * w1 / (w2 + args.driver + args.tail)
        print(f"{name:40s} {r['chunks']:6d} {r['makespan']:7.3f} {one['makespan'] / r['makespan']:6.3f} {model:9.3f} "
              f"{r['idle_core_s']:11.3f} {r['starved']:7.3f} {r['end']:6.3f} {r['tail']:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""benchmarks/role_learners.py compares learners for the role scorer on one cached featurisation (issue 13, L3): the
ranking figures it reports, the conjunctions of the lrx arm, and (with LightGBM installed) that the trees it fits
learn what a linear scorer cannot. Invented features and labels throughout."""
from __future__ import annotations


import pytest


def _cand(person: str, org: str, y: int | None, features: list[str] | None = None) -> dict:
    return {"subject": {"name": person}, "object": {"name": org}, "y": y, "features": features or ["bias"]}


def test_pairs_take_their_best_candidate_and_the_figures_read_the_order(benchmark_script):
    rl = benchmark_script("role_learners")
    a1, a2 = _cand("Ana Vell", "Harbour Board", 1), _cand("ana vell", "harbour board", 1)
    b, c, d = _cand("Ben Orr", "Harbour Board", 0), _cand("Cal Dunn", "Port Office", 1), _cand("Dee Ash", "Port Office", 0)
    e = _cand("Eve Moss", "Port Office", None)  # neutral: left out
    cands = {"x/a.txt": [a1, a2, b, c], "x/b.txt": [d, e]}
    probs = {id(a1): 0.2, id(a2): 0.9, id(b): 0.8, id(c): 0.4, id(d): 0.6, id(e): 0.99}
    order = rl.pair_scores(cands, probs, list(cands))
    assert order == [(0.9, 1), (0.8, 0), (0.6, 0), (0.4, 1)]
    assert rl.average_precision(order) == pytest.approx((1 / 1 + 2 / 4) / 2)
    assert rl.true_above(order, 0) == 1  # above the first false pair
    assert rl.true_above(order, 2) == 2  # past both false pairs
    assert rl.average_precision([(0.5, 0)]) == 0.0


def test_conjunctions_pair_the_document_cues_only_and_keep_those_seen(benchmark_script):
    rl = benchmark_script("role_learners")
    feats = ["bias", "d:samepara=True", "d:main=False", "btw=of"]
    assert sorted(rl._conj(feats, None)) == sorted(feats + ["d:main=False&d:samepara=True"])
    assert rl._conj(feats, set()) == feats


def test_the_trees_learn_a_conjunction_the_linear_scorer_cannot(benchmark_script):
    pytest.importorskip("lightgbm")
    rl = benchmark_script("role_learners")
    # a post only when both cues or neither stand (XOR of two cues): no weights on single cues separate it
    # (plus cues that say nothing, as most of the real ones: each tree sees half of the cues)
    items = [_cand(f"P{i}", "Y", int((i % 2) == (i // 2 % 2)), ["bias", f"d:n={i // 4 % 5}", *(["d:a"] if i % 2 else []),
                                                              *(["d:b"] if i // 2 % 2 else [])])
             for i in range(400)]
    trees = rl.lgb(items, items[:4])
    linear = rl.lr(items, items[:4])
    assert [round(p) for p in trees] == [1, 0, 0, 1]
    assert all(abs(p - 0.5) < 0.05 for p in linear)

"""benchmarks/roles_refit_check.py: the refit bars' groups, from predictions keyed `corpus/file` (L5). Invented names."""
from __future__ import annotations


def _pred(doc: str, person: str, body: str) -> dict:
    return {"doc": doc, "relation": "holds_role", "subject": {"name": person}, "object": {"name": body}, "role": "director"}


def _gold(doc: str, *pairs: tuple[str, str]) -> dict:
    return {"doc": doc, "scored": ["holds_role"], "relations": [
        {"relation": "holds_role", "subject": [p], "object": [b], "role": ["director"]} for p, b in pairs]}


def test_each_group_is_scored_on_its_own_documents(benchmark_script):
    """A study-fold hit, a check-fold miss, a false post on a real release, a hit on a held-out invented set: each
    lands in its own row, and the long list (jy2546.html) is out of the 'w/o long lists' rows only."""
    rc = benchmark_script("roles_refit_check")
    folds = {"train/a.html": 0, "train/jy2546.html": 1, "train/c.html": 3, "real/unlabeled/d.html": 0,
             "synthetic/t26/e.md": 2, "synthetic/t1/f.md": 4}
    gold = [_gold("train/a.html", ("Ilse Brandvik", "Tarnow Freight Lines")),
            _gold("train/jy2546.html", ("Pavel Ostrik", "Corvane Mining Group")),
            _gold("train/c.html", ("Marek Dunlevy", "Kestrel Ore Holdings")),
            _gold("real/unlabeled/d.html"),
            _gold("synthetic/t26/e.md", ("Tomas Ravel", "Harrow Circle")),
            _gold("synthetic/t1/f.md")]
    preds = {"train/a.html": [_pred("train/a.html", "Ilse Brandvik", "Tarnow Freight Lines")],
             "train/jy2546.html": [_pred("train/jy2546.html", "Pavel Ostrik", "Corvane Mining Group")],
             "real/unlabeled/d.html": [_pred("real/unlabeled/d.html", "Edda Varn", "Norland Police")],
             "synthetic/t26/e.md": [_pred("synthetic/t26/e.md", "Tomas Ravel", "Harrow Circle")]}
    rows = rc.group_rows(preds, gold, folds, {"synthetic/t26"})
    assert rows["train: micro"] == "0.800 (2/0/1)"
    assert rows["train: study 0-2"] == "1.000 (2/0/0)"
    assert rows["train: check 3+4"] == "0.000 (0/0/1)"
    assert rows["train w/o long lists: micro"] == "0.667 (1/0/1)"
    assert rows["train w/o long lists: mean over folds"] == "0.500"
    assert rows["real"] == "0.000 (0/1/0)"
    assert rows["extra"] == "1.000 (1/0/0)"
    assert rows["held-out corpora"] == "1.000 (1/0/0)"
    assert rows["all groups: micro"] == "0.750 (3/1/1)"
    assert "read" not in rows  # no readable score set among these documents
    read = rc.group_rows({"unread/a/a01.md": [_pred("unread/a/a01.md", "Lene Sorvik", "Arlan Port Authority")]},
                         [_gold("unread/a/a01.md", ("Lene Sorvik", "Arlan Port Authority"))], {"unread/a/a01.md": 0}, set())
    assert read["read"] == "1.000 (1/0/0)" and "extra" not in read


def test_the_out_of_fold_arm_is_printed_at_each_threshold_asked(benchmark_script):
    """`--thresholds`: one arm per threshold from the same out-of-fold probabilities (seventeenth session, H3). A true
    candidate at 0.6 and a false one at 0.55 are both added at 0.5, only the true one at 0.6, neither at 0.7."""
    rc = benchmark_script("roles_refit_check")
    doc = "train/a.html"
    right = {**_pred(doc, "Ilse Brandvik", "Tarnow Freight Lines"), "features": []}
    wrong = {**_pred(doc, "Ilse Brandvik", "Orsk Glass Works"), "features": []}
    cands = {doc: [right, wrong]}
    oof = {id(right): 0.6, id(wrong): 0.55}
    gold = [_gold(doc, ("Ilse Brandvik", "Tarnow Freight Lines"))]
    arms = rc.threshold_arms({doc: []}, cands, oof, rc.parse_thresholds("0.5,0.6,0.7"), [doc], gold, {doc: 0}, set())
    assert list(arms) == [f"refit, out of fold, threshold {t}" for t in (0.5, 0.6, 0.7)]
    assert [a["train: micro"] for a in arms.values()] == ["0.667 (1/1/0)", "1.000 (1/0/0)", "0.000 (0/0/1)"]
    assert rc.parse_thresholds(None) == []


def test_a_corpus_left_out_of_every_fold_s_fit_is_still_scored(benchmark_script):
    """`--also-without`: the fold models are fit without the corpus, its candidates still get a probability (twenty-second
    session, F). A cue only the left-out corpus holds as a true post weighs nothing without it."""
    rc = benchmark_script("roles_refit_check")
    seen = {"features": ["lca=head"], "y": 0}
    cands = {"train/a.html": [seen],
             "unread/a/a01.md": [{"features": ["lca=head"], "y": 1} for _ in range(6)],
             "train/b.html": [{"features": ["lca=head"], "y": 0}]}
    folds = {"train/a.html": 0, "unread/a/a01.md": 1, "train/b.html": 1}
    with_it, without = rc.out_of_fold(cands, folds, 1.0), rc.out_of_fold(cands, folds, 1.0, {"unread/a"})
    assert without[id(seen)] < 0.5 < with_it[id(seen)]
    assert all(id(c) in without for v in cands.values() for c in v)


def test_never_fit_corpora_are_scored_in_their_own_row_only(benchmark_script):
    """`--never-fit`: a corpus no fit may see (the CHECK half of the readable sets) is left out of the `read` and
    `all groups` rows and counted in a row of its own, so the read row is the fitted-on half alone (thirty-fourth
    session, SC)."""
    rc = benchmark_script("roles_refit_check")
    docs = {"unread/a/a01.md": ("Lene Sorvik", "Arlan Port Authority"), "unread/f/f01.md": ("Oren Malk", "Vessa Trust")}
    gold = [_gold(d, pair) for d, pair in docs.items()]
    preds = {"unread/a/a01.md": [_pred("unread/a/a01.md", *docs["unread/a/a01.md"])]}
    folds = {d: 0 for d in docs}
    rows = rc.group_rows(preds, gold, folds, set(), never={"unread/f"})
    assert rows["read"] == "1.000 (1/0/0)"
    assert rows["never-fit corpora"] == "0.000 (0/0/1)"
    assert rows["all groups: micro"] == "1.000 (1/0/0)"
    assert rc.group_rows(preds, gold, folds, set())["read"] == "0.667 (1/0/1)"


def test_contributions_show_the_cue_the_model_underrates(benchmark_script):
    """`--contrib`: per cue, how far the applied model's probability falls short of the labels over a group's pairs
    (sum of y - p), with its count, positives, positives under the threshold and weight. A cue on three true pairs
    that the weights put at 0.27 is first; a cue on a false pair the model rates high is last (overrated)."""
    rc = benchmark_script("roles_refit_check")

    def cand(person: str, feats: list[str], y: int) -> dict:
        return {**_pred("unread/a/a01.md", person, "Arlan Port Authority"), "features": feats, "y": y}

    cands = {"unread/a/a01.md": [cand("Lene Sorvik", ["bias", "btw=deputy"], 1), cand("Oren Malk", ["bias", "btw=deputy"], 1),
                                 cand("Ivo Tarsk", ["bias", "btw=deputy"], 1), cand("Edda Varn", ["bias", "lca=say"], 0)]}
    weights = {"bias": 0.0, "btw=deputy": -1.0, "lca=say": 2.0}
    rows = rc.contributions(cands, ["unread/a/a01.md"], weights, 0.65)
    assert [r["feature"] for r in rows] == ["btw=deputy", "bias", "lca=say"]
    top = rows[0]
    assert (top["n"], top["positive"], top["lost"], top["weight"]) == (3, 3, 3, -1.0)
    assert round(top["under"], 3) == round(3 * (1 - 1 / (1 + 2.718281828459045)), 3)
    assert rows[-1]["under"] < 0

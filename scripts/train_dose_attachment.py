"""Train and cross-validate the learned dose attachment (engine/clinical/dose_attachment.json).

    .venv/bin/python scripts/train_dose_attachment.py           # CV grouped by visit, train, write the artifact
    .venv/bin/python scripts/train_dose_attachment.py --check   # retrain and compare with the artifact

Needs scikit-learn (the ``dev`` extra); the app reads only the JSON (engine/clinical/dose_attachment.py).

Deterministic (lbfgs, folds dealt by sorted visit id, no random state):

1. Runs the rule-based extractor without its learned steps on every dev visit (data/encounters/primary/dev,
   data/encounters/dev; never a held-out split). For each certain medication fact, every plausible dose said
   within a few sentences of the drug's mentions is a candidate (``dose_attachment.candidates``); its label
   is whether an annotated medication of the same drug has that dose. Facts the rules gave a dose are
   training examples too (they teach what "its dose" looks like); only dose-less facts are scored.
2. Binary logistic regression (L2, C below) on the candidates' features.
3. Cross-validation grouped by visit, reported: for each dose-less fact, the best candidate out of fold and
   its probability, right and wrong doses per threshold (a wrong dose is worse than none).
4. The threshold: the dev visits cannot choose it, because the rules were written on them, so the facts they
   leave without a dose there are the hard leftovers, not what unseen visits leave. It is chosen on
   data/encounters/primary/calibration (a blind batch no rule or model was fitted on, never read by a rule
   writer): the lowest threshold, not under FLOOR, at which the doses it attaches there are right at least
   PRECISION of the time.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.clinical.dose_attachment import MODEL_PATH, DoseModel, candidates, needs_dose  # noqa: E402
from scripts.training_sources import sources_digest  # noqa: E402

SPLITS = (ROOT / "data/encounters/primary/dev", ROOT / "data/encounters/dev")
# visits no rule and no model was fitted on, used for one thing only: the threshold (data/encounters/README.md)
CALIBRATION = ROOT / "data/encounters/primary/calibration"
FLOOR = 0.5  # never attach a dose the model thinks less likely than not, whatever the calibration says
C = 0.5
MIN_DF = 2
FOLDS = 5
PRECISION = 0.9
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95
NEVER = 1.01


def visits(splits: tuple[Path, ...] = SPLITS) -> list[dict]:
    """Each visit's id and, per certain medication fact, its candidates with labels."""
    from engine.clinical.extract import extract
    from engine.clinical.sentences import split
    from engine.evaluation import text_transcript
    from engine.fact_scoring import same_dose
    from engine.name_matching import same_drug

    out = []
    for folder in splits:
        for path in sorted(folder.glob("*.json")):
            enc = json.loads(path.read_text(encoding="utf-8"))
            tr = text_transcript(enc["lines"])
            gold = enc.get("facts", {}).get("medications", [])
            sentences = split(tr)
            facts = []
            for f in extract(tr, learned=False):
                if f.kind.value != "medication" or f.attributes.get("certainty") == "uncertain" or f.negated:
                    continue
                same = [g for g in gold if same_drug(g["name"], f.name)]
                cands = candidates(f, sentences)
                if not cands:
                    continue
                labels = [any(g.get("dose") and same_dose(g["dose"], c.dose) for g in same) for c in cands]
                facts.append(
                    {
                        "scored": needs_dose(f),
                        "annotated": bool(same),
                        "x": [c.features for c in cands],
                        "y": labels,
                    }
                )
            out.append({"id": enc["id"], "facts": facts})
    return out


def matrix(rows: list[list[str]], vocab: list[str]) -> np.ndarray:
    idx = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, feats in enumerate(rows):
        for f in set(feats):
            if f in idx:
                x[r, idx[f]] = 1.0
    return x


def fit(vs: list[dict]):
    """(vocabulary, fitted LogisticRegression) on every candidate of every fact of ``vs``."""
    from sklearn.linear_model import LogisticRegression

    rows = [x for v in vs for f in v["facts"] for x in f["x"]]
    ys = [y for v in vs for f in v["facts"] for y in f["y"]]
    df = Counter(t for r in rows for t in set(r))
    vocab = sorted(t for t, n in df.items() if n >= MIN_DF)
    return vocab, LogisticRegression(C=C, max_iter=5000).fit(matrix(rows, vocab), np.array(ys))


def best(vocab, lr, vs: list[dict]) -> list[tuple[float, bool, bool]]:
    """(probability, right, annotated) of the best candidate of each dose-less fact of ``vs``."""
    out = []
    for v in vs:
        for f in v["facts"]:
            if not f["scored"]:
                continue
            p = lr.predict_proba(matrix(f["x"], vocab))[:, 1]
            k = int(np.argmax(p))
            out.append((float(p[k]), bool(f["y"][k]), f["annotated"]))
    return out


def tally(picks: list[tuple[float, bool, bool]], t: float) -> tuple[int, int]:
    """(right, wrong) doses attached at threshold ``t``; a drug nobody annotated counts neither way."""
    right = sum(1 for p, ok, ann in picks if p >= t and ok)
    wrong = sum(1 for p, ok, ann in picks if p >= t and not ok and ann)
    return right, wrong


def choose(picks: list[tuple[float, bool, bool]]) -> float:
    """The lowest threshold (FLOOR or above) whose attached doses are right at least PRECISION of the time
    (NEVER if none)."""
    for t in (t for t in THRESHOLDS if t >= FLOOR):
        r, w = tally(picks, t)
        if r + w and r / (r + w) >= PRECISION:
            return t
    return NEVER


def folds(vs: list[dict]) -> list[list[dict]]:
    order = sorted(vs, key=lambda v: v["id"])
    return [order[i::FOLDS] for i in range(FOLDS)]


def cross_validate(vs: list[dict]) -> None:
    """Out-of-fold picks per threshold, and the nested threshold's result."""
    picks, nested = [], [0, 0]
    parts = folds(vs)
    for i, test in enumerate(parts):
        train = [v for j, p in enumerate(parts) if j != i for v in p]
        inner = []
        sub = folds(train)
        for k, itest in enumerate(sub):
            itrain = [v for m, p in enumerate(sub) if m != k for v in p]
            inner += best(*fit(itrain), itest)
        t = choose(inner)
        got = best(*fit(train), test)
        picks += got
        r, w = tally(got, t)
        nested[0] += r
        nested[1] += w
        print(f"fold {i}: threshold {t}, right {r}, wrong {w}")
    n = len(picks)
    has = sum(1 for p, ok, ann in picks if ok)
    print(f"dose-less facts with a candidate: {n}; with the annotated dose among the candidates: {has}")
    for t in THRESHOLDS:
        r, w = tally(picks, t)
        print(f"  threshold {t:.2f}: right {r}, wrong {w}" + (f", precision {r / (r + w):.2f}" if r + w else ""))
    print(f"nested (threshold chosen inside each training split): right {nested[0]}, wrong {nested[1]}")


def artifact(vs: list[dict]) -> dict:
    """Fit on every dev visit; the threshold is chosen on the calibration visits, which the fit never saw."""
    vocab, lr = fit(vs)
    calibration = best(vocab, lr, visits((CALIBRATION,)))
    art = {
        "features": vocab,
        "coef": [round(v, 6) for v in lr.coef_[0].tolist()],
        "intercept": round(float(lr.intercept_[0]), 6),
        "threshold": choose(calibration),
        "meta": {
            "C": C,
            "min_df": MIN_DF,
            "precision": PRECISION,
            "floor": FLOOR,
            "visits": len(vs),
            "sources_sha256": sources_digest(),
        },
    }
    print(f"calibration ({CALIBRATION.relative_to(ROOT)}): {len(calibration)} dose-less facts with a candidate")
    for t in THRESHOLDS:
        r, w = tally(calibration, t)
        print(f"  threshold {t:.2f}: right {r}, wrong {w}")
    m = DoseModel(art)
    rows = [x for v in vs for f in v["facts"] for x in f["x"]]
    ours = np.array([m.probability(r) for r in rows])
    assert np.abs(ours - lr.predict_proba(matrix(rows, vocab))[:, 1]).max() < 1e-4, "DoseModel != scikit-learn"
    return art


class _Committed:
    """The committed artifact in the shape ``best`` expects of a fitted model."""

    def __init__(self):
        self.model = DoseModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        feats = [[f for f, j in self.model.vocab.items() if row[j]] for row in x]
        p = np.array([self.model.probability(r) for r in feats])
        return np.stack([1 - p, p], axis=1)


def evaluate(folder: Path) -> None:
    """Right and wrong doses the committed artifact would attach on ``folder``, per threshold."""
    m = _Committed()
    picks = best(list(m.model.vocab), m, visits((folder,)))
    has = sum(1 for _, ok, _ in picks if ok)
    print(f"{folder}: dose-less facts with a candidate: {len(picks)}; with the annotated dose among them: {has}")
    for t in (*THRESHOLDS, m.model.threshold):
        r, w = tally(picks, t)
        mark = "  <- shipped threshold" if t == m.model.threshold else ""
        print(f"  threshold {t:.2f}: right {r}, wrong {w}{mark}")


def _close(a: dict, b: dict) -> bool:
    """The same artifact up to the last bits lbfgs may differ in on another CPU's floating point."""
    return (
        a["features"] == b["features"]
        and a["threshold"] == b["threshold"]
        and a["meta"] == b["meta"]
        and np.allclose(a["coef"], b["coef"], atol=1e-4)
        and abs(a["intercept"] - b["intercept"]) < 1e-4
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="retrain and compare with the committed artifact")
    ap.add_argument("--evaluate", type=Path, help="score the committed artifact on a folder it was not trained on")
    args = ap.parse_args()
    if args.evaluate:
        evaluate(args.evaluate)
        return
    vs = visits()
    if not args.check:
        cross_validate(vs)
    art = artifact(vs)
    text = json.dumps(art, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = MODEL_PATH.exists() and _close(json.loads(MODEL_PATH.read_text()), art)
        print("artifact reproduced" if same else "artifact differs from a fresh training run")
        sys.exit(0 if same else 1)
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(art['features'])} features, threshold {art['threshold']}")


if __name__ == "__main__":
    main()

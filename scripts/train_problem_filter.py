"""Train, cross-validate and calibrate the learned problem check (an experiment, not shipped: docs/extraction.md).

    .venv/bin/python scripts/train_problem_filter.py                 # CV grouped by visit, train, calibrate, write
    .venv/bin/python scripts/train_problem_filter.py --check         # retrain and compare with the artifact
    .venv/bin/python scripts/train_problem_filter.py --evaluate DIR  # what the shipped model drops on DIR

Needs scikit-learn (the ``dev`` extra). The features and the artifact's reader are in
scripts/problem_filter_features.py; the artifact (scripts/problem_filter_model.json) is not committed.

Deterministic (lbfgs, folds dealt by sorted visit id, no random state):

1. Runs the extractor without its learned steps on every dev visit (data/encounters/primary/dev,
   data/encounters/dev; never a held-out split). Each problem fact is an example; its label is whether it
   matches an annotated problem of the visit the way ``chartside eval`` matches them (same_name with the
   problem concept).
2. Features (``problem_features``): the medication status model's mention features with the problem cue
   classes, and the ICD-10-CM chapter. Binary logistic regression (L2, C below).
3. Cross-validation grouped by visit, reported: per threshold, the right problems a drop would lose and the
   wrong ones it would remove, out of fold.
4. The threshold is chosen on data/encounters/primary/calibration (a blind batch no rule or model was fitted
   on): the one that removes the most wrong problems net of right ones lost there, the lowest of equals (the
   fewest drops); none (0) unless the net is positive.
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

from engine.clinical.medication_status_model import StatusModel  # noqa: E402
from scripts.problem_filter_features import MODEL_PATH, problem_features  # noqa: E402
from scripts.train_medication_status import matrix  # noqa: E402  (the same examples' one-hot matrix)

SPLITS = (ROOT / "data/encounters/primary/dev", ROOT / "data/encounters/dev")
CALIBRATION = ROOT / "data/encounters/primary/calibration"
C = 0.5
MIN_DF = 2
FOLDS = 5
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 13))  # 0.05 .. 0.60
NEVER = 0.0


def examples(splits: tuple[Path, ...]) -> list[dict]:
    """One example per problem fact the rules chart on the visits of ``splits``."""
    from engine.clinical.extract import extract
    from engine.evaluation import text_transcript
    from engine.name_matching import problem_like, same_name

    out = []
    for folder in splits:
        for path in sorted(folder.glob("*.json")):
            enc = json.loads(path.read_text(encoding="utf-8"))
            tr = text_transcript(enc["lines"])
            gold = enc.get("facts", {}).get("problems", [])
            for f in extract(tr, learned=False):
                if f.kind.value == "problem":
                    y = any(same_name(g, f.name, problem_like) for g in gold)
                    out.append({"visit": enc["id"], "x": problem_features(f, tr), "y": int(y)})
    return out


def fit(exs: list[dict], threshold: float = NEVER) -> dict:
    """The artifact ``StatusModel`` reads: two classes, "0" with a zero row, so its softmax is the sigmoid."""
    from sklearn.linear_model import LogisticRegression

    df = Counter(f for e in exs for f in set(e["x"]))
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    x = matrix(exs, vocab)
    lr = LogisticRegression(C=C, max_iter=5000).fit(x, np.array([e["y"] for e in exs]))
    art = {
        "classes": ["0", "1"],
        "features": vocab,
        "coef": [[0.0] * len(vocab), [round(v, 6) for v in lr.coef_[0].tolist()]],
        "intercept": [0.0, round(float(lr.intercept_[0]), 6)],
        "threshold": threshold,
    }
    sm = StatusModel(art)
    ours = np.array([sm.probabilities(e["x"])["1"] for e in exs])
    assert np.abs(ours - lr.predict_proba(x)[:, 1]).max() < 1e-4, "StatusModel does not reproduce scikit-learn"
    return art


def scored(sm: StatusModel, exs: list[dict]) -> list[tuple[float, int]]:
    return [(sm.probabilities(e["x"])["1"], e["y"]) for e in exs]


def tally(ps: list[tuple[float, int]], t: float) -> tuple[int, int]:
    """(right problems lost, wrong problems removed) when those under ``t`` are dropped."""
    return sum(1 for p, y in ps if p < t and y), sum(1 for p, y in ps if p < t and not y)


def choose(ps: list[tuple[float, int]]) -> float:
    """The threshold with the largest positive net (wrong removed - right lost), the lowest of equals."""
    best, best_net = NEVER, 0
    for t in THRESHOLDS:
        lost, removed = tally(ps, t)
        if removed - lost > best_net:
            best, best_net = t, removed - lost
    return best


def show(name: str, ps: list[tuple[float, int]], shipped: float | None = None) -> None:
    right = sum(y for _, y in ps)
    print(f"{name}: {len(ps)} problems charted, {right} of them annotated")
    for t in THRESHOLDS:
        lost, removed = tally(ps, t)
        mark = "  <- shipped threshold" if shipped is not None and abs(t - shipped) < 1e-9 else ""
        print(f"  drop under {t:.2f}: right lost {lost}, wrong removed {removed}{mark}")


def cross_validate(exs: list[dict]) -> None:
    ids = sorted({e["visit"] for e in exs})
    parts = [set(ids[i::FOLDS]) for i in range(FOLDS)]
    ps = []
    for held in parts:
        sm = StatusModel(fit([e for e in exs if e["visit"] not in held]))
        ps += scored(sm, [e for e in exs if e["visit"] in held])
    show("dev, out of fold", ps)


def _close(a: dict, b: dict) -> bool:
    return (
        a["features"] == b["features"]
        and a["threshold"] == b["threshold"]
        and np.allclose(a["coef"], b["coef"], atol=1e-5)
        and np.allclose(a["intercept"], b["intercept"], atol=1e-5)
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="retrain and compare with the committed artifact")
    ap.add_argument("--evaluate", type=Path, help="what the shipped model drops on a folder it was not trained on")
    args = ap.parse_args()
    if (args.evaluate or args.check) and not MODEL_PATH.exists():
        print(f"No artifact at {MODEL_PATH.relative_to(ROOT)}: run this script without options first to train it.")
        return 2
    if args.evaluate:
        sm = StatusModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
        show(str(args.evaluate), scored(sm, examples((args.evaluate,))), sm.threshold)
        return 0
    exs = examples(SPLITS)
    print(f"{len(exs)} problem facts on dev, {sum(e['y'] for e in exs)} annotated")
    if not args.check:
        cross_validate(exs)
    art = fit(exs)
    calibration = scored(StatusModel(art), examples((CALIBRATION,)))
    art["threshold"] = choose(calibration)
    art["meta"] = {"C": C, "min_df": MIN_DF, "examples": len(exs), "threshold_chosen_on": "calibration"}
    show(f"calibration ({CALIBRATION.relative_to(ROOT)})", calibration, art["threshold"])
    if args.check:
        same = MODEL_PATH.exists() and _close(json.loads(MODEL_PATH.read_text(encoding="utf-8")), art)
        print("artifact reproduced" if same else "artifact differs from a fresh training run")
        return 0 if same else 1
    MODEL_PATH.write_text(json.dumps(art, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(art['features'])} features, threshold {art['threshold']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

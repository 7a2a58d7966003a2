"""Train, cross-validate and calibrate the learned medication status model (engine/clinical/medication_status.json).

    .venv/bin/python scripts/train_medication_status.py                 # CV grouped by visit, train, calibrate, write
    .venv/bin/python scripts/train_medication_status.py --group batch   # CV leaving out one author batch
    .venv/bin/python scripts/train_medication_status.py --check         # retrain and compare with the artifact
    .venv/bin/python scripts/train_medication_status.py --evaluate DIR  # rules vs model status accuracy on DIR

Needs scikit-learn (the ``dev`` extra); the app reads only the JSON (engine/clinical/medication_status_model.py,
which also holds the features).

What it does, deterministically (lbfgs, grouped folds in a fixed order, no random state):

1. Runs the extractor without its learned steps on every dev visit (data/encounters/primary/dev,
   data/encounters/dev; never a held-out split) and pairs each certain medication fact with the annotated
   medication of the same drug (engine.fact_scoring.same_drug); the label is the annotated status. A drug
   annotated twice with different statuses is paired by dose, or left out when the dose does not decide.
2. Features (``features``): words around each mention, who said them, where in the visit, dose / schedule
   said, cue words, the rules' status. Multinomial logistic regression (L2, C below).
3. Cross-validation grouped by visit, or by author batch (``--group batch``), reported: status accuracy of
   the rules, of the model, and of the model overriding the rules above a threshold chosen inside the training
   folds. On dev the rules win: they were written on these visits, so their accuracy there is in-sample.
4. The shipped threshold is chosen on data/encounters/primary/calibration (a blind batch no rule or model was
   fitted on): the threshold with the best status accuracy there, the highest of equals (the fewest changes to
   the rules); "never" (1.01) unless some threshold beats the rules there.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.clinical.medication_status_model import MODEL_PATH, StatusModel, features  # noqa: E402
from engine.types import Fact, FactKind, Transcript  # noqa: E402
from scripts.training_sources import sources_digest  # noqa: E402

CALIBRATION = ROOT / "data/encounters/primary/calibration"

SPLITS = (ROOT / "data/encounters/primary/dev", ROOT / "data/encounters/dev")
C = 0.5
MIN_DF = 2  # a feature seen in one fact only is noise on ~250 examples
FOLDS, INNER_FOLDS = 5, 4
THRESHOLDS = tuple(round(0.40 + 0.05 * i, 2) for i in range(12))  # 0.40 .. 0.95; 1.01 = never override
NEVER = 1.01
STATUSES = ("active", "changed", "started", "stopped")


def visits(splits: tuple[Path, ...] | None = None) -> list[dict]:
    """Every dev visit: id, transcript, the extractor's facts and the annotated medications."""
    from engine.clinical.extract import extract
    from engine.evaluation import text_transcript

    out = []
    for folder in splits or SPLITS:
        for path in sorted(folder.glob("*.json")):
            enc = json.loads(path.read_text(encoding="utf-8"))
            tr = text_transcript(enc["lines"])
            gold = enc.get("facts", {}).get("medications", [])
            out.append({"id": enc["id"], "transcript": tr, "facts": extract(tr, learned=False), "gold": gold})
    return out


def label_of(fact, gold: list[dict]) -> str | None:
    """The annotated status of the fact's drug, or None when it is not annotated or ambiguous."""
    from engine.fact_scoring import same_dose
    from engine.name_matching import same_drug

    same = [g for g in gold if same_drug(g["name"], fact.name)]
    statuses = {g.get("status", "active") for g in same}
    if len(statuses) > 1:
        same = [g for g in same if same_dose(g.get("dose", ""), fact.attributes.get("dose", ""))]
        statuses = {g.get("status", "active") for g in same}
    return statuses.pop() if len(statuses) == 1 else None


def examples(vs: list[dict]) -> list[dict]:
    """One example per certain, not negated medication fact whose drug is annotated (what the run time reads)."""
    out = []
    for v in vs:
        for f in v["facts"]:
            if f.kind != FactKind.medication or f.attributes.get("certainty") == "uncertain" or f.negated:
                continue
            y = label_of(f, v["gold"])
            if y is not None:
                out.append(
                    {"visit": v["id"], "x": features(f, v["transcript"]), "y": y, "rule": f.attributes["status"]}
                )
    return out


def fit(exs: list[dict], threshold: float) -> dict:
    """Fit vocabulary and logistic regression on examples; the artifact StatusModel reads."""
    from sklearn.linear_model import LogisticRegression

    df = Counter(f for e in exs for f in set(e["x"]))
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    x = matrix(exs, vocab)
    y = np.array([e["y"] for e in exs])
    lr = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    classes = lr.classes_.tolist()
    art = {  # four statuses, so scikit-learn keeps one coefficient row per class
        "classes": classes,
        "features": vocab,
        "coef": lr.coef_.tolist(),
        "intercept": lr.intercept_.tolist(),
        "threshold": threshold,
    }
    # the run-time re-implementation must give scikit-learn's probabilities
    sm = StatusModel(art)
    ours = np.array([[sm.probabilities(e["x"])[c] for c in classes] for e in exs])
    assert np.abs(ours - lr.predict_proba(x)).max() < 1e-8, "medication_status.py does not reproduce scikit-learn"
    return art


def matrix(exs: list[dict], vocab: list[str]) -> np.ndarray:
    idx = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(exs), len(vocab)))
    for r, e in enumerate(exs):
        for f in e["x"]:
            if f in idx:
                x[r, idx[f]] = 1.0
    return x


def batch(visit_id: str) -> str:
    """The author batch of a visit: pc-01..12 is b1, pc-13..24 b2, ...; ACI-Bench visits are one group."""
    m = re.match(r"pc-(\d+)", visit_id)
    return f"b{(int(m.group(1)) - 1) // 12 + 1}" if m else "aci"


def folds(ids: list[str], k: int) -> list[set[str]]:
    """Visits dealt round-robin into k folds, in sorted order (deterministic, no visit in two folds)."""
    order = sorted(set(ids))
    return [set(order[i::k]) for i in range(k)]


def decide(sm: StatusModel, e: dict, threshold: float) -> str:
    probs = sm.probabilities(e["x"])
    best = max(probs, key=probs.get)
    return best if probs[best] >= threshold else e["rule"]


def choose_threshold(exs: list[dict]) -> float:
    """The override threshold with the best out-of-fold status accuracy on these examples (inner CV)."""
    scored = []
    for held in folds([e["visit"] for e in exs], INNER_FOLDS):
        train = [e for e in exs if e["visit"] not in held]
        sm = StatusModel(fit(train, NEVER))
        scored += [(sm, e) for e in exs if e["visit"] in held]
    best, best_acc = NEVER, np.mean([e["rule"] == e["y"] for _, e in scored])
    for t in THRESHOLDS:
        acc = np.mean([decide(sm, e, t) == e["y"] for sm, e in scored])
        if acc > best_acc + 1e-9:
            best, best_acc = t, acc
    return best


def calibrated_threshold(sm: StatusModel, exs: list[dict]) -> float:
    """The threshold with the best status accuracy on ``exs`` (the calibration visits), the highest of equals;
    NEVER unless one beats the rules."""
    best, best_acc = NEVER, float(np.mean([e["rule"] == e["y"] for e in exs])) if exs else 1.0
    for t in sorted(THRESHOLDS, reverse=True):
        acc = float(np.mean([decide(sm, e, t) == e["y"] for e in exs]))
        if acc > best_acc + 1e-9:
            best, best_acc = t, acc
    return best


def report(name: str, sm: StatusModel, exs: list[dict]) -> None:
    """Status accuracy of the rules, the model alone and the override per threshold on ``exs``."""
    print(f"{name}: {len(exs)} medication facts paired with an annotation")
    print(
        f"  rules {np.mean([e['rule'] == e['y'] for e in exs]):.3f}, model alone "
        f"{np.mean([decide(sm, e, 0.0) == e['y'] for e in exs]):.3f}"
    )
    for t in THRESHOLDS:
        print(f"  override at {t:.2f}: {np.mean([decide(sm, e, t) == e['y'] for e in exs]):.3f}")


def override(facts: list[Fact], transcript: Transcript, sm: StatusModel) -> list[Fact]:
    """``facts`` with each certain medication's status replaced by the model's where it is sure enough
    (what a run-time hook would do; names, doses and uncertain drugs untouched)."""
    out = []
    for f in facts:
        if f.kind == FactKind.medication and f.attributes.get("certainty") != "uncertain":
            probs = sm.probabilities(features(f, transcript))
            best = max(probs, key=probs.get)
            if probs[best] >= sm.threshold and best != f.attributes.get("status", "active"):
                f = f.model_copy(update={"attributes": {**f.attributes, "status": best}})
        out.append(f)
    return out


def confusion(pairs: list[tuple[str, str]]) -> str:
    """Rows: annotated status; columns: predicted."""
    head = "gold \\ said " + " ".join(f"{c:>8}" for c in STATUSES)
    rows = [head]
    for g in STATUSES:
        rows.append(f"{g:>12} " + " ".join(f"{sum(1 for a, b in pairs if a == g and b == p):>8}" for p in STATUSES))
    return "\n".join(rows)


def med_counts(vs: list[dict], models: dict[str, StatusModel] | None) -> tuple[int, int, int]:
    """(tp, annotated, produced) of medication name+dose+status, as `chartside eval` counts them."""
    from engine.fact_scoring import match, same_dose
    from engine.name_matching import same_drug

    tp = expected = produced = 0
    for v in vs:
        facts = v["facts"] if models is None else override(v["facts"], v["transcript"], models[v["id"]])
        meds = [f for f in facts if f.kind == FactKind.medication]
        m = match(
            v["gold"],
            meds,
            lambda g, p: (
                same_drug(g["name"], p.name)
                and same_dose(g.get("dose", ""), p.attributes.get("dose", ""))
                and g.get("status", "active") == p.attributes.get("status", "active")
            ),
            str,
        )
        tp, expected, produced = tp + m.tp, expected + m.expected, produced + m.produced
    return tp, expected, produced


def outer_folds(vs: list[dict], group: str) -> list[set[str]]:
    """The test folds: visits dealt into FOLDS folds, or one author batch each."""
    ids = [v["id"] for v in vs]
    if group == "batch":
        return [{i for i in ids if batch(i) == b} for b in sorted({batch(i) for i in ids})]
    return folds(ids, FOLDS)


def cross_validate(vs: list[dict], exs: list[dict], group: str) -> dict:
    """Outer grouped CV; prints per-fold and pooled accuracies and confusions; returns the summary."""
    pairs = {"rules": [], "model": [], "override": []}
    per_fold, models = [], {}
    for k, held in enumerate(outer_folds(vs, group)):
        train = [e for e in exs if e["visit"] not in held]
        test = [e for e in exs if e["visit"] in held]
        t = choose_threshold(train)
        sm = StatusModel(fit(train, t))
        models |= {vid: sm for vid in held}
        got = {
            "rules": [e["rule"] for e in test],
            "model": [decide(sm, e, 0.0) for e in test],
            "override": [decide(sm, e, t) for e in test],
        }
        row = {"fold": k, "visits": len(held), "n": len(test), "threshold": t}
        row |= {"batch": batch(next(iter(held)))} if group == "batch" else {}
        for name, said in got.items():
            pairs[name] += [(e["y"], s) for e, s in zip(test, said, strict=True)]
            row[name] = round(float(np.mean([e["y"] == s for e, s in zip(test, said, strict=True)])), 3)
        per_fold.append(row)
        print(json.dumps(row))
    summary = {"folds": per_fold}
    for name, ps in pairs.items():
        summary[name] = round(float(np.mean([a == b for a, b in ps])), 4)
        print(f"\n{name}: status accuracy {summary[name]:.3f} over {len(ps)} facts\n{confusion(ps)}")
    for name, ms in (("rules", None), ("override", models)):
        tp, expected, produced = med_counts(vs, ms)
        summary[f"medication_{name}"] = {"recall": round(tp / expected, 4), "precision": round(tp / produced, 4)}
        print(f"medication name+dose+status, {name}: R {tp / expected:.3f} P {tp / produced:.3f} ({tp}/{expected})")
    return summary


def rounded(art: dict) -> dict:
    r = dict(art)
    r["coef"] = [[round(v, 6) for v in row] for row in art["coef"]]
    r["intercept"] = [round(v, 6) for v in art["intercept"]]
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="retrain and compare with the checked-in artifact")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation report")
    ap.add_argument("--group", choices=("visit", "batch"), default="visit", help="what the CV folds keep apart")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--evaluate", type=Path, help="rules vs the shipped model on a folder it was not trained on")
    args = ap.parse_args()
    if args.evaluate:
        sm = StatusModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
        exs = examples(visits((args.evaluate,)))
        report(str(args.evaluate), sm, exs)
        shipped = np.mean([decide(sm, e, sm.threshold) == e["y"] for e in exs])
        print(f"  shipped threshold {sm.threshold}: {shipped:.3f}")
        return 0
    vs = visits()
    exs = examples(vs)
    print(f"{len(vs)} visits, {len(exs)} medication facts paired with an annotation: {Counter(e['y'] for e in exs)}")
    summary = None if args.no_cv else cross_validate(vs, exs, args.group)
    sm = StatusModel(fit(exs, NEVER))
    calibration = examples(visits((CALIBRATION,)))
    report(f"calibration ({CALIBRATION.relative_to(ROOT)})", sm, calibration)
    art = rounded(fit(exs, calibrated_threshold(sm, calibration)))
    art["meta"] = {
        "trained_on": "data/encounters/primary/dev + data/encounters/dev (annotated dev visits only)",
        "threshold_chosen_on": "data/encounters/primary/calibration",
        "examples": len(exs),
        "C": C,
        "min_df": MIN_DF,
        "features": len(art["features"]),
        "cross_validation": summary and {"grouped_by": args.group, **summary},
        "sources_sha256": sources_digest(),
    }
    print(f"final threshold {art['threshold']}, {len(art['features'])} features")
    if args.check:
        old = json.loads(args.out.read_text(encoding="utf-8"))
        same = old["features"] == art["features"] and old["threshold"] == art["threshold"]
        same = same and np.allclose(old["coef"], art["coef"], atol=1e-4)
        same = same and np.allclose(old["intercept"], art["intercept"], atol=1e-4)
        same = same and old["meta"].get("sources_sha256") == art["meta"]["sources_sha256"]
        print("artifact reproduced" if same else "artifact DIFFERS from a fresh training run")
        return 0 if same else 1
    args.out.write_text(json.dumps(art, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

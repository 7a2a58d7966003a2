"""Train the note content selector (engine/draft/select.py) on ACI-Bench train, and measure it.

    .venv/bin/python scripts/train_note_selector.py                       # train, write the artifact
    .venv/bin/python scripts/train_note_selector.py --measure VALID.csv   # ROUGE, words/note, timing

Training uses ACI-Bench **train** only (67 visits). Each reference-note sentence is aligned to the
transcript sentences it rests on (content-word overlap); each transcript sentence gets the label of the
note section its best-matching note sentence is in (``none`` when no note sentence overlaps enough).
A multinomial logistic regression on TF-IDF of ``engine.draft.select.features`` learns those labels.
The artifact is JSON (terms, idf, coefficients, intercepts, word budgets), so drafting needs neither
scikit-learn nor pickle. Fixed seed and sorted inputs: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.aci_bench import aci_rows  # noqa: E402
from engine.clinical.sentences import Sentence, split  # noqa: E402
from engine.draft import select  # noqa: E402
from engine.evaluation import text_transcript  # noqa: E402

TRAIN = ROOT.parent / "shared/data/aci-bench/train.csv"
SEED = 0
MAX_TERMS = 6000
C = 4.0  # inverse regularisation of the logistic regression
ALIGN_THRESHOLD = 0.4  # share of a transcript sentence's content words found in the note sentence
NOTE_RECALL = 0.25  # share of a note sentence's content words found in its best transcript sentence
_TURN = re.compile(r"^\[(\w+)\]\s*(.*)$")

# reference-note headers -> our learned labels (ACI-Bench train uses these; others keep the last label)
HEADERS = {
    "CHIEF COMPLAINT": "hpi",
    "CC": "hpi",
    "HISTORY OF PRESENT ILLNESS": "hpi",
    "HPI": "hpi",
    "REVIEW OF SYSTEMS": "ros",
    "PHYSICAL EXAM": "exam",
    "PHYSICAL EXAMINATION": "exam",
    "EXAM": "exam",
    "VITALS": "exam",
    "VITALS REVIEWED": "exam",
    "MSK": "exam",
    "RESULTS": "results",
    "ASSESSMENT AND PLAN": "assessment_plan",
    "ASSESSMENT": "assessment",
    "IMPRESSION": "assessment",
    "PLAN": "plan",
    "INSTRUCTIONS": "plan",
    "PROCEDURE": "plan",
    "SOCIAL HISTORY": "history",
    "MEDICAL HISTORY": "history",
    "PAST MEDICAL HISTORY": "history",
    "FAMILY HISTORY": "history",
    "PAST HISTORY": "history",
    "SURGICAL HISTORY": "history",
    "MEDICATIONS": "history",
    "CURRENT MEDICATIONS": "history",
    "ALLERGIES": "history",
}
# inside a combined ASSESSMENT AND PLAN, a sentence with one of these is plan, otherwise assessment
_PLAN_CUES = re.compile(
    r"\b(?:recommend\w*|prescri\w+|order\w*|refer\w*|follow[- ]?up|return|advis\w+|instruct\w+|will|continue|"
    r"start\w*|schedul\w+|increase|decrease|discontinu\w+|stop|encourag\w+|counsel\w+|plan|initiat\w+|"
    r"refill\w*|education|agree\w*|additional testing|medical treatment|referrals?)\b",
    re.I,
)
_HEADER = re.compile(r"^([A-Za-z][A-Za-z /&]+):\s*(.*)$")
_NOTE_SENT = re.compile(r"(?<=[.?!])\s+(?=[A-Z0-9])")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "a an the and or but of to in on at for with is are was were be been am i you he she it we they my your "
    "her his its our their me him them this that these those do does did have has had not no so as by from "
    "um uh okay yeah yes just like know going get got can will would there here what how about very".split()
)


def note_sentences(note: str) -> list[tuple[str, str]]:
    """(label, sentence) for every sentence of a reference note, labelled by the header it is under."""
    out: list[tuple[str, str]] = []
    label = "hpi"
    for line in note.splitlines():
        line = line.strip().lstrip("-•* ").strip()
        if not line:
            continue
        head = line.rstrip(":").strip().upper()
        if head in HEADERS:
            label = HEADERS[head]
            continue
        m = _HEADER.match(line)
        if m and m.group(1).strip().upper() in HEADERS:  # "ALLERGIES: none known", "Results: ..."
            label = HEADERS[m.group(1).strip().upper()]
            line = m.group(2).strip()
            if not line:
                continue
        for sent in _NOTE_SENT.split(line):
            lab = label
            if label == "assessment_plan":
                lab = "plan" if _PLAN_CUES.search(sent) else "assessment"
            out.append((lab, sent))
    return out


def _content(text: str) -> set[str]:
    return {w.rstrip("s") if len(w) > 3 else w for w in _WORD.findall(text.lower()) if w not in _STOP}


def visit_sentences(dialogue: str) -> list[Sentence]:
    return split(text_transcript(_lines(dialogue)))


def align(sentences: list[Sentence], note: list[tuple[str, str]]) -> list[str]:
    """The label of each transcript sentence: the section of the note sentence that covers most of it
    (share of its content words >= ALIGN_THRESHOLD); failing that, the section of a note sentence whose
    best-matching transcript sentence it is (>= NOTE_RECALL of the note sentence's content words)."""
    note_words = [(lab, _content(s)) for lab, s in note]
    words = [_content(s.low) if not s.is_question and not s.low.rstrip().endswith("?") else set() for s in sentences]
    labels = []
    for w in words:
        best, label = 0.0, "none"
        if len(w) >= 2:
            for lab, nw in note_words:
                overlap = len(w & nw)
                score = overlap / len(w) if overlap >= 2 else 0.0
                if score > best:
                    best, label = score, lab
        labels.append(label if best >= ALIGN_THRESHOLD else "none")
    for lab, nw in note_words:
        if len(nw) < 2:
            continue
        scores = [len(w & nw) for w in words]
        i = max(range(len(words)), key=scores.__getitem__, default=None)
        if i is not None and scores[i] >= 2 and scores[i] / len(nw) >= NOTE_RECALL and labels[i] == "none":
            labels[i] = lab
    return labels


def section_words(note: list[tuple[str, str]]) -> dict[str, int]:
    out = dict.fromkeys(select.LABELS[1:], 0)
    for lab, s in note:
        out[lab] += len(_WORD.findall(s.lower()))
    return out


def dataset(csv_path: Path) -> tuple[list[list[str]], list[str], list[int], list[dict[str, int]]]:
    docs, labels, groups, words = [], [], [], []
    for g, row in enumerate(aci_rows(csv_path)):
        sentences = visit_sentences(row["dialogue"])
        note = note_sentences(row["note"])
        docs += select.sentence_features(sentences)
        labels += align(sentences, note)
        groups += [g] * len(sentences)
        words.append(section_words(note))
    return docs, labels, groups, words


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def fit(docs: list[list[str]], labels: list[str]):
    """TF-IDF + multinomial logistic regression; returns the JSON-ready terms and intercepts."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=2, max_features=MAX_TERMS)
    clf = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    X = vec.fit_transform(docs)
    clf.fit(X, labels)
    classes = list(clf.classes_)
    order = [classes.index(lab) for lab in select.LABELS]
    terms = []
    for term, j in sorted(vec.vocabulary_.items()):
        coefs = [round(float(clf.coef_[k, j]), 4) for k in order]
        terms.append([term, round(float(vec.idf_[j]), 4), coefs])
    intercept = [round(float(clf.intercept_[k]), 4) for k in order]
    return terms, intercept, (vec, clf, X)


def budgets(words: list[dict[str, int]], scale: float) -> dict[str, int]:
    return {lab: int(scale * statistics.median(w[lab] for w in words)) for lab in select.LABELS[1:]}


def _rouge1(rows: list[dict], tpl, model: select.Selector) -> float:
    from rouge_score import rouge_scorer

    from engine.clinical.extract import extract
    from engine.draft.compose import build_draft

    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    saved = select.selector
    select.selector = lambda: model  # build_draft's selector, for this measurement only
    try:
        scores = []
        for row in rows:
            transcript = text_transcript(_lines(row["dialogue"]))
            draft = build_draft(tpl, transcript, extract(transcript), None)
            scores.append(scorer.score(row["note"], draft.render_text())["rouge1"].fmeasure)
    finally:
        select.selector = saved
    return 100 * statistics.mean(scores)


def train(csv_path: Path, out: Path) -> None:
    import numpy as np
    from sklearn.metrics import classification_report
    from sklearn.model_selection import GroupKFold

    from engine.draft import templates

    rows = aci_rows(csv_path)
    docs, labels, groups, words = dataset(csv_path)
    print(f"{len(set(groups))} visits, {len(docs)} transcript sentences")
    print("labels:", {lab: labels.count(lab) for lab in select.LABELS})

    # Held out by visit within train (3 folds): the classifier's quality, and the selection settings
    # (probability floor, word budget scale) that give the best ROUGE-1 on the held-out train visits.
    y = np.array(labels)
    pred = np.empty_like(y)
    tpl = templates.load("soap")
    grid = [(p, b) for p in (0.03, 0.06, 0.1, 0.15, 0.2) for b in (1.0, 1.5, 2.0, 2.5)]
    tuned = {g: [] for g in grid}
    folds = GroupKFold(n_splits=3)
    for tr, te in folds.split(docs, y, groups):
        terms, intercept, (_, clf, _) = fit([docs[i] for i in tr], [labels[i] for i in tr])
        held = sorted({groups[i] for i in te})
        fold_words = [words[g] for g in sorted({groups[i] for i in tr})]
        sel = select.Selector.from_dict(
            {
                "labels": list(select.LABELS),
                "terms": terms,
                "intercept": intercept,
                "budget_words": {},
                "min_probability": 0,
            }
        )
        for i in te:
            probs = sel.probabilities(docs[i])
            pred[i] = max(probs, key=probs.get)
        for p, b in grid:
            model = select.Selector(sel.labels, sel.vocab, sel.intercept, budgets(fold_words, b), p)
            tuned[(p, b)].append(_rouge1([rows[g] for g in held], tpl, model))
    print("3-fold (by visit) on train:")
    print(classification_report(y, pred, labels=list(select.LABELS), zero_division=0, digits=2))
    for g in grid:
        print(
            f"  min_probability {g[0]:.2f} budget x{g[1]:.2f}: held-out train ROUGE-1 {statistics.mean(tuned[g]):.2f}"
        )
    min_p, scale = max(grid, key=lambda g: statistics.mean(tuned[g]))
    print(f"chosen: min_probability {min_p}, budget scale {scale}")

    terms, intercept, (vec, clf, X) = fit(docs, labels)
    budget = budgets(words, scale)
    artifact = {
        "about": "Chartside note content selector: scripts/train_note_selector.py on ACI-Bench train "
        f"({len(set(groups))} visits). TF-IDF (sublinear tf, l2) of engine.draft.select.features, "
        "multinomial logistic regression. budget_words: median words per section in the reference notes "
        f"times {scale}; min_probability and that scale chosen by 3-fold ROUGE-1 within train.",
        "labels": list(select.LABELS),
        "intercept": intercept,
        "budget_words": budget,
        "min_probability": min_p,
        "terms": terms,
    }
    out.write_text(json.dumps(artifact, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB, {len(terms)} terms); budgets {budget}")

    # the JSON model must give what scikit-learn gives
    sel = select.Selector.load(out)
    ref = clf.predict_proba(X[:300])
    for i in range(300):
        got = sel.probabilities(docs[i])
        for k, lab in enumerate(clf.classes_):
            assert abs(got[lab] - ref[i, k]) < 2e-3, (i, lab, got[lab], ref[i, k])
    print("artifact matches scikit-learn on 300 sentences")


def _lines(dialogue: str) -> list[tuple[str, str]]:
    return [
        (m.group(1), m.group(2))
        for ln in dialogue.splitlines()
        if (m := _TURN.match(ln.strip())) and m.group(2).strip()
    ]


def measure(csv_path: Path, template: str, template_file: Path | None = None) -> None:
    """ROUGE of the --no-llm draft, words per note, and time spent choosing sentences per note."""
    from rouge_score import rouge_scorer

    from engine.clinical.extract import extract
    from engine.draft import templates
    from engine.draft.compose import build_draft
    from engine.draft.verify import GroundTruth

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    tpl = templates.parse(template_file.read_text(), template_file.name) if template_file else templates.load(template)
    wanted = {spec.key: spec.select for spec in tpl.sections if spec.select}
    rouge: dict[str, list[float]] = {}
    n_words, ref_words, t_draft, t_select = [], [], [], []
    for row in aci_rows(csv_path):
        transcript = text_transcript(_lines(row["dialogue"]))
        facts = extract(transcript)
        t0 = time.perf_counter()
        draft = build_draft(tpl, transcript, facts, None)
        t_draft.append(time.perf_counter() - t0)
        truth = GroundTruth.build(transcript, facts)
        t0 = time.perf_counter()
        select.select_sentences(truth, wanted)
        t_select.append(time.perf_counter() - t0)
        text = draft.render_text()
        n_words.append(len(text.split()))
        ref_words.append(len(row["note"].split()))
        for k, v in scorer.score(row["note"], text).items():
            rouge.setdefault(k, []).append(v.fmeasure)
    print(f"{csv_path} ({len(n_words)} visits, template {tpl.name}@{tpl.version}, no model)")
    print(" ".join(f"{k} {100 * statistics.mean(v):.2f}" for k, v in rouge.items()))
    print(f"words per note: mean {statistics.mean(n_words):.0f} (reference {statistics.mean(ref_words):.0f})")
    print(
        f"draft s/note median {statistics.median(t_draft):.3f}; selection (choose + rewrite + verify) "
        f"ms/note median {1000 * statistics.median(t_select):.0f}, max {1000 * max(t_select):.0f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--out", type=Path, default=select.ARTIFACT)
    ap.add_argument("--measure", type=Path, help="an ACI-Bench CSV to measure the drafts on (valid)")
    ap.add_argument("--template", default="soap")
    ap.add_argument("--template-file", type=Path, help="measure with this template JSON (e.g. an older one)")
    args = ap.parse_args()
    if args.measure:
        measure(args.measure, args.template, args.template_file)
    else:
        if "test" in args.train.name:
            raise SystemExit("train on ACI-Bench train only")
        train(args.train, args.out)


if __name__ == "__main__":
    main()

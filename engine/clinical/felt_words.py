"""Words for what the body feels that the lay lists lacked (session 20's review of missed symptoms): a heart that
flutters, a body gone trembly, sores in the mouth, urine that leaks; and a low mood denied in the patient's own
words ("I'm not sad"). Merged into lay_symptoms.LAY_SYMPTOMS and LAY_ABSENT like plain_symptoms.py.
"""

from __future__ import annotations

FELT_WORDS: dict[str, tuple[str, ...]] = {
    # (a flutter felt, not the arrhythmia named "flutter" by a clinician: only the felt forms)
    "palpitations": (
        "little flutter",
        "kind of flutter",
        "sort of flutter",
        "feel it flutter",
        "sometimes flutters",
        "fluttery",
    ),
    # sores of the mouth's lining (ulcers, canker sores), asked in lupus, Behçet's, coeliac and drug reviews
    "mouth sores": (
        "mouth sores",
        "mouth sore",
        "mouth ulcers",
        "mouth ulcer",
        *(f"{w} in {d} mouth" for w in ("sores", "ulcers") for d in ("my", "the", "your", "her", "his")),
        "canker sores",
    ),
    "shakiness": ("trembly", "all trembly", "a bit trembly"),
    "urinary incontinence": ("leaking of urine", "leakage of urine", "urine leakage", "leaking urine", "leaks urine"),
}

# a low mood denied: read as a whole phrase, since a mention of sadness with its "not" inside would read as present
SAID_NOT: dict[str, str] = {
    "i'm not sad": "depressed mood",
    "i am not sad": "depressed mood",
    "i'm not depressed": "depressed mood",
    "i am not depressed": "depressed mood",
    "not feeling depressed": "depressed mood",
    "not feeling down": "depressed mood",
}

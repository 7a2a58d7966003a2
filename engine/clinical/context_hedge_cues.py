"""ConText cues that make a mention uncertain or not real (engine/clinical/context_cues.py holds the rest).

A hedge ("maybe", "I think", "kind of") makes a symptom possible; a hypothetical ("if you", "in case", "watch
for") or teaching ("things like", "signs of") names a condition nobody has yet. Each is (literal, category,
direction) as medSpaCy's ConTextRule takes them.
"""

from __future__ import annotations

_NOT_DONE = ("never", "didn't", "did not", "haven't", "have not", "hasn't", "didnt", "havent")

HEDGE_RULES: list[tuple[str, str, str]] = [
    ("maybe", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("i think", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("kind of", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("sort of", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("a little bit", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("not sure", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("don't know if", "POSSIBLE_EXISTENCE", "FORWARD"),  # "I don't know if I had a fever": unsure, not denied
    ("do not know if", "POSSIBLE_EXISTENCE", "FORWARD"),
    # "I never checked for fever": the fever right after is not known, not denied (only that phrase: "I didn't take
    # my temperature, but I've had a fever" tells a fever, and "I never take ibuprofen" negates nothing here)
    *((f"{n} {v} for", "POSSIBLE_EXISTENCE", "FORWARD") for n in _NOT_DONE for v in ("check", "checked")),
    ("thought i was", "HYPOTHETICAL", "FORWARD"),  # "I thought I was having a heart attack"
    # a wish, not a denial: "I don't want him getting agitated about it", "we don't want you to get dehydrated"
    *((f"{w} want", "HYPOTHETICAL", "FORWARD") for w in ("don't", "do not", "dont", "doesn't", "does not", "didn't")),
    ("thought it was", "HYPOTHETICAL", "FORWARD"),
    ("if you", "HYPOTHETICAL", "FORWARD"),
    ("if she", "HYPOTHETICAL", "FORWARD"),
    ("if he", "HYPOTHETICAL", "FORWARD"),
    ("if it", "HYPOTHETICAL", "FORWARD"),
    ("in case", "HYPOTHETICAL", "FORWARD"),
    ("watch for", "HYPOTHETICAL", "FORWARD"),
    ("watch out for", "HYPOTHETICAL", "FORWARD"),
    # Teaching, warnings and fears name conditions nobody has: "things like chest pain, call 911",
    # "signs of infection like redness", "people with asthma", "I was worried it was a heart attack".
    ("things like", "HYPOTHETICAL", "FORWARD"),
    ("signs of", "HYPOTHETICAL", "FORWARD"),
    ("symptoms of", "HYPOTHETICAL", "FORWARD"),
    ("call 911", "HYPOTHETICAL", "BACKWARD"),
    ("people with", "HYPOTHETICAL", "FORWARD"),
    ("avoid", "HYPOTHETICAL", "FORWARD"),
    ("worried it was", "HYPOTHETICAL", "FORWARD"),
    # A condition feared, not had: "I was worried I had cancer", "I was scared I might have diabetes".
    *(
        (f"{feared} i {had}", "HYPOTHETICAL", "FORWARD")
        for feared in ("worried", "worried that", "afraid", "afraid that", "scared", "scared that", "thought")
        for had in ("had", "have", "might have", "might have had", "had got", "was getting")
    ),
    ("worried it might be", "HYPOTHETICAL", "FORWARD"),
    # "I'm worried about getting headaches again": a fear of what may come, not a symptom now.
    *((f"{feared} getting", "HYPOTHETICAL", "FORWARD") for feared in ("worried about", "afraid of", "scared of")),
    ("afraid it was", "HYPOTHETICAL", "FORWARD"),
    ("scared it was", "HYPOTHETICAL", "FORWARD"),
    ("look out for", "HYPOTHETICAL", "FORWARD"),
    ("can cause", "HYPOTHETICAL", "FORWARD"),
    # what a drug does not do: "a similar drug that doesn't cause the cough" denies nothing the patient has
    *(
        (f"{neg} {verb}", "HYPOTHETICAL", "FORWARD")
        for neg in ("doesn't", "does not", "won't", "will not", "shouldn't", "should not", "don't", "do not")
        for verb in ("cause", "cause you", "give you")
    ),
    ("without causing", "HYPOTHETICAL", "FORWARD"),
    # a risk is not the event: "at risk of falling", "to lower the risk of a stroke", "to prevent clots"
    ("risk of", "HYPOTHETICAL", "FORWARD"),
    ("risk for", "HYPOTHETICAL", "FORWARD"),
    ("to prevent", "HYPOTHETICAL", "FORWARD"),
    ("prevents", "HYPOTHETICAL", "FORWARD"),
    ("may cause", "HYPOTHETICAL", "FORWARD"),
    ("side effects", "HYPOTHETICAL", "FORWARD"),
    ("side effect", "HYPOTHETICAL", "FORWARD"),
    ("some people", "HYPOTHETICAL", "FORWARD"),
    ("people get", "HYPOTHETICAL", "FORWARD"),
    ("you may get", "HYPOTHETICAL", "FORWARD"),
    ("you might get", "HYPOTHETICAL", "FORWARD"),
    ("could cause", "HYPOTHETICAL", "FORWARD"),
    # What the patient is told to expect: "you might notice some dizziness", "you may feel tired at first".
    # (Not "you may have": that is how a diagnosis is hedged.)
    *(
        (f"you {modal} {verb}", "HYPOTHETICAL", "FORWARD")
        for modal in ("might", "may", "could", "will", "might also", "may also")
        for verb in ("notice", "feel", "experience")
    ),
    ("you'll notice", "HYPOTHETICAL", "FORWARD"),
    ("you'll feel", "HYPOTHETICAL", "FORWARD"),
    ("warning signs", "HYPOTHETICAL", "FORWARD"),
    # What a drug does to people in general: "statins sometimes cause muscle aches" (not "causes your swelling").
    *(
        (f"{often} cause", "HYPOTHETICAL", "FORWARD")
        for often in ("sometimes", "often", "commonly", "usually", "known to", "can also")
    ),
    # What should not happen after a procedure: "you should not have any bleeding after this".
    *(
        (lit, "HYPOTHETICAL", "FORWARD")
        for lit in ("should not have", "shouldn't have", "should not get", "shouldn't get")
    ),
    ("red flags", "HYPOTHETICAL", "FORWARD"),
    # What a cause or a drug can do, told to explain or warn: "dehydration can make you dizzy", "it makes some
    # people nauseous", "it can upset your stomach and cause diarrhea", "some patients get a dry cough".
    *(
        (f"{modal} {verb}", "HYPOTHETICAL", "FORWARD")
        for modal in ("can", "may", "might", "could", "will", "can also", "may also", "sometimes")
        for verb in ("make you", "give you", "upset", "lead to", "bring on", "trigger")
    ),
    *((f"makes {who}", "HYPOTHETICAL", "FORWARD") for who in ("people", "some people", "patients", "folks")),
    *((f"make {who}", "HYPOTHETICAL", "FORWARD") for who in ("people", "some people", "patients", "folks")),
    ("some patients", "HYPOTHETICAL", "FORWARD"),
    # a drug's effect told to the patient in general: "the meclizine, it makes you sleepier and unsteady"
    ("makes you", "HYPOTHETICAL", "FORWARD"),
    ("make you", "HYPOTHETICAL", "FORWARD"),
    ("patients get", "HYPOTHETICAL", "FORWARD"),
    ("a lot of people", "HYPOTHETICAL", "FORWARD"),
    # people in general, of any kind: "some women put on a little weight", "most kids get a runny nose"
    *(
        (f"{q} {who}", "HYPOTHETICAL", "FORWARD")
        for q in ("some", "most", "many", "lots of", "a lot of")
        for who in ("women", "men", "kids", "children", "babies", "folks", "ladies", "guys")
    ),
    ("go to the er", "HYPOTHETICAL", "BACKWARD"),
    ("call us", "HYPOTHETICAL", "BACKWARD"),
    ("rule out", "HYPOTHETICAL", "FORWARD"),
    ("make sure", "HYPOTHETICAL", "FORWARD"),
]

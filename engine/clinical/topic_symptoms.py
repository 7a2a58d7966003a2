"""Words that name a symptom only inside the topic being talked about.

"Any clots?" after talk of heavy periods asks about passing clots with the menstrual blood; the same word asked
of the legs or the family is a thrombosis (problems and family history read those). The vocabulary reads words
one sentence at a time, so the topic, told in the sentences before, is read here.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept
from engine.clinical.voiding_symptoms import voiding_mentions

# clots by their plain names ("any clots?", "I pass big clots", "clotting", "blood clots in it")
_CLOTS = re.compile(
    r"\b(?:blood )?(?:clots|clot|clotting|clumps)\b"
    r"(?! (?:in|on) (?:the |my |her |his |your )?(?:legs?|lungs?|calf|calves|brain|heart|veins?|arteries)\b)"
)
# the menstrual topic, said in this sentence or the few before
_PERIODS = re.compile(
    r"\b(?:periods?|menstrua\w*|menses|pads?|tampons?|flooding|flooded|menstrual cup|cycles?|time of the month)\b"
)
# ... but a clot of the legs, lungs or family, or a drug against clots, is no period's
_THROMBOSIS = re.compile(
    r"\b(?:legs?|lungs?|family|dvt|thrombo\w*|embol\w*|strokes?|thinners?|anticoagula\w*|pill|contracepti\w*|"
    r"risk|prevent\w*)\b"
)


def topic_mentions(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """Symptoms named in ``s`` by a word that means one only in the topic of the sentences before: clots
    while the periods are talked of are passing clots; waiting and pushing while urine is, the outlet's."""
    hits = voiding_mentions(sentences, s)  # "I have to wait... and push" while passing urine is the talk
    for m in _CLOTS.finditer(s.low):
        before = sentences[max(0, s.index - 8) : s.index + 1]
        near = sentences[max(0, s.index - 2) : s.index + 1]
        if any(_PERIODS.search(x.low) for x in before) and not any(_THROMBOSIS.search(x.low) for x in near):
            hits.append((m.start(), m.end(), Concept("passing clots", "", "")))
    return hits

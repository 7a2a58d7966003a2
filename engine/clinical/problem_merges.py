"""One diagnosis said two ways is one problem, charted by its more specific name.

"The thyroid is underactive, so Hashimoto's hypothyroidism" is Hashimoto's; "nerve damage from the sugar,
what we call neuropathy" is the diabetic neuropathy, not a second, unexplained polyneuropathy; "the diabetes
in pregnancy" beside "gestational diabetes" is the gestational one, not type 2; "your heart disease" told
beside coronary artery disease or heart failure is that one, not a second, unspecified heart disease.
"""

from __future__ import annotations

import re

from engine.types import Fact

# specific name -> the general name it stands behind
_SUBSUMES = {
    "diabetic peripheral neuropathy": "polyneuropathy",
    "iron deficiency anemia": "iron deficiency",
    "asthma exacerbation": "asthma",
    "hashimoto's thyroiditis": "hypothyroidism",
    "vaginal candidiasis": "candidiasis",
    "viral gastroenteritis": "gastroenteritis",
    # gestational diabetes is by definition not diabetes known before the pregnancy: a bare "the diabetes"
    # (read as type 2) in the same visit is the gestational one
    "gestational diabetes": "type 2 diabetes",
}
# A neuropathy told as caused by diabetes, in the neuropathy's own sentence: "nerve damage from the sugar",
# "from the type two diabetes", "because of your diabetes", "your diabetic nerves".
_FROM_DIABETES = re.compile(
    r"\b(?:from|of|by|due to|because of|with)\s+(?:the |your |his |her |my )?(?:type (?:2|two|1|one) )?"
    r"(?:diabetes|sugar|sugars|blood sugar)\b|\bdiabetic\b"
)


# The unspecified heart disease (I51.9) and the specific diseases of the heart it may stand for: ischemic
# (I20-I25), pulmonary heart (I26-I28) and the other forms (I30-I52: valves, cardiomyopathy, rhythm, failure).
_GENERIC_HEART = "heart disease"
# ischaemic heart disease, valve disease, cardiomyopathy and heart failure: what "heart disease" is said for
# (not a pulmonary embolism or a rhythm, which a patient may have beside heart disease)
_HEART = re.compile(r"I(?:2[0-5]|3[4-9]|4[0-3]|5[01])")


def caused_by_diabetes(low: str) -> bool:
    """Whether a neuropathy named in the sentence ``low`` is told as diabetes' doing."""
    return bool(_FROM_DIABETES.search(low))


def merge_said_twice(facts: dict[str, Fact]) -> None:
    """Drop, in place, each general name a more specific diagnosis of the same visit stands behind."""
    for specific, general in _SUBSUMES.items():
        if specific in facts:
            facts.pop(general, None)
    if any(n != _GENERIC_HEART and _HEART.match(f.attributes.get("icd10", "")) for n, f in facts.items()):
        facts.pop(_GENERIC_HEART, None)

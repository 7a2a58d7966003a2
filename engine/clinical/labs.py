"""Laboratory tests by the names people say in a visit, beyond the panels in lexicon.ORDERS.

Kept apart from lexicon.py (already long) because orders and results read both: a lab named here is an
order when the sentence asks for it ("we'll check a TSH") and a result when it reports it ("your
potassium came back at 3.1"). Names are the ones a note uses; the spoken forms are what people say.
``named_tests`` finds them (and imaging, read by imaging_names.py) in a sentence, telling a lab's name from
the same word as a drug, a machine, diet advice or the examiner's hands; orders.py and follow_up.py read what
it finds.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.imaging_names import (
    imaging_site_first,
    imaging_studies,
)
from engine.clinical.lab_names import (
    ADDED,
    MORE_LABS,
    MORE_NAMED_TESTS,
    ONLY_REPORTED,
    REPORTED_LEVEL,
    TEST_NOUN,
    hepatitis_pair,
    listed_thyroid,
    spine_level,
    taken_as_drug,
)
from engine.clinical.test_vocabulary import EXTRA_LABS, EXTRA_NAMED_TESTS, MORE_PANEL_NAMES

LABS: dict[str, tuple[str, ...]] = {
    "comprehensive metabolic panel": ("comprehensive metabolic panel", "cmp", "metabolic panel"),
    # a bare "sugar" is diet talk; "your sugar this morning was 145" is the patient's glucose
    "glucose": (
        "blood glucose",
        "glucose",
        "blood sugar",
        "blood sugars",
        "fasting sugar",
        "sugar level",
        "sugars",
        "your sugar",
        "her sugar",
        "his sugar",
        "my sugar",
    ),
    "cholesterol": ("total cholesterol", "cholesterol level", "cholesterol"),
    "ldl": ("ldl cholesterol", "ldl", "bad cholesterol"),
    "hdl": ("hdl cholesterol", "hdl", "good cholesterol"),
    "triglycerides": ("triglycerides",),
    "creatinine": ("serum creatinine", "creatinine"),
    "potassium": ("potassium",),
    "sodium": ("sodium level", "sodium"),
    # British, Irish, Australian and Indian clinics spell it "haemoglobin" and say "Hb"
    "hemoglobin": ("hemoglobin", "haemoglobin", "hgb", "hb"),
    "white blood cell count": ("white blood cell count", "white count", "wbc"),
    "platelets": ("platelet count", "platelets"),
    "vitamin d": ("vitamin d level", "vitamin d", "vit d"),
    # "b twelve" is written "b 12"
    "vitamin b12": ("vitamin b12", "b12 level", "b12", "vitamin b 12", "b 12 level", "b 12", "vit b12"),
    "folate": ("folate level", "folate", "folic acid level"),
    "magnesium": ("magnesium level", "magnesium", "mag level"),
    # "my iron was low": the bare word is the test only when reported (REPORTED_LEVEL), else it is the tablet
    "iron studies": ("iron studies", "iron levels", "iron level", "iron"),
    "ferritin": ("ferritin level", "ferritin"),
    "psa": ("psa", "prostate specific antigen"),
    "liver function tests": (
        "liver function tests",
        "liver function",
        "liver enzymes",
        "lfts",
        "lft",
        "liver panel",
        "liver tests",
        "liver test",
        "liver labs",
    ),
    # a GP's "kidney blood test" and "renal function" are one test, charted as said (lexicon.ORDERS' reading of
    # "kidney function" as a US basic metabolic panel comes after this one in named_tests)
    "kidney function": (
        "kidney function tests",
        "kidney function test",
        "kidney function",
        "renal function",
        "kidney blood test",
        "kidney bloods",
        # a GP's short word for the same blood test: "repeat the a1c and the kidney test after eid"
        "kidney test",
        "kidney panel",
        "u and e",
        "u and es",
        "u&es",
    ),
    # the lay words for it, with its number: "your echo showed the pumping strength at fifty percent"
    "ejection fraction": ("ejection fraction", "pumping strength", "pump strength", "pumping function"),
    "alt": ("alt", "alanine aminotransferase"),
    "ast": ("ast", "aspartate aminotransferase"),
    "creatine kinase": ("creatine kinase", "ck level", "ck", "cpk"),
    "egfr": ("egfr", "gfr"),
    "microalbumin": ("urine microalbumin", "microalbumin", "urine albumin"),
    "inr": ("inr", "pt/inr"),
    "urine culture": ("urine culture",),
    "blood cultures": ("blood cultures", "blood culture"),
    "strep test": ("strep test", "rapid strep", "strep swab"),
    "covid test": ("covid test", "covid swab"),
    "flu test": ("flu test", "flu swab"),
    "pregnancy test": ("pregnancy test", "urine pregnancy"),
    "hcg": ("hcg", "beta hcg", "quantitative hcg"),
    "ca-125": ("ca-125", "ca 125", "ca one twenty five"),
    "afp": ("afp", "alpha fetoprotein", "alpha-fetoprotein"),
    "ldh": ("ldh",),
    "troponin": ("troponin",),
    "bnp": ("bnp",),
    "d-dimer": ("d-dimer", "d dimer"),
    "sed rate": ("sed rate", "esr", "sedimentation rate", "erythrocyte sedimentation rate"),
    # a second test, ordered with the sed rate or alone, not another name for it
    "crp": ("crp", "c-reactive protein", "c reactive protein"),
    "hepatitis panel": ("hepatitis panel", "hepatitis c test"),
    "hepatitis c screening": (
        "hepatitis c screen",
        "hepatitis c screening",
        "hep c screen",
        "hep c screening",
        "hepatitis c antibody",
        "hep c test",
    ),
    "hiv test": ("hiv test", "hiv screen", "hiv screening", "hiv testing"),
    "syphilis test": ("syphilis test", "syphilis screen", "syphilis serology", "rpr", "vdrl"),
    # Commonwealth names of two US panels, charted as the clinician says them (one policy for both: pc-117's
    # annotator kept "full blood count", pc-103's wrote "complete blood count")
    "full blood count": ("full blood count", "fbc"),
    "lipid profile": ("lipid profile", "fasting lipid profile"),
    # sexually transmitted infections are tested together, whichever is named first
    "chlamydia and gonorrhea testing": (
        "chlamydia and gonorrhea",
        "gonorrhea and chlamydia",
        "chlamydia and gonorrhoea",
        "gonorrhoea and chlamydia",
        "gc and chlamydia",
        "gc chlamydia",
        "chlamydia test",
        "gonorrhea test",
        "std testing",
        "sti testing",
        "std test",
        "sti test",
        "std screen",
        "sti screen",
        "std panel",
        "sti panel",
    ),
    # the urine test is the chlamydia test, not a urinalysis: charted as said
    "urine test for chlamydia and gonorrhea": (
        "urine test for chlamydia and gonorrhea",
        "urine test for chlamydia and gonorrhoea",
        "urine test for gonorrhea and chlamydia",
        "urine test for gonorrhoea and chlamydia",
    ),
    "mono test": ("mono test", "monospot", "mono spot", "mono screen"),
    "urine drug screen": ("urine drug screen", "drug screen", "urine tox", "tox screen", "urine toxicology"),
    # a spirometry and a bone density scan are reported by their numbers: "fev1 of 48%", "t-score of -2.6"
    "fev1": ("fev1", "fev 1", "fev one"),
    "t-score": ("t-score", "t score"),
    "stool test": ("stool test", "stool sample", "fecal occult blood", "fit test"),
    "stool culture": ("stool culture", "stool cultures"),
    "fecal calprotectin": ("fecal calprotectin", "faecal calprotectin", "calprotectin"),
    "pap smear": ("pap smear", "pap test", "pap"),
    # photographs of the back of the eye, booked as a test, not a visit to a specialist
    "diabetic eye screening": (
        "diabetic eye screening",
        "diabetic retinal screening",
        "retinal screening",
        "teleretinal screening",
        "eye screening",
    ),
    "bone density scan": ("bone density", "dexa"),
    "coronary artery calcium scan": (
        "coronary artery calcium scan",
        "coronary calcium scan",
        "calcium scan",
        "calcium score",
    ),
    "sleep study": ("sleep study",),
    "biopsy": ("biopsy",),
    "emg": ("emg", "electromyography", "nerve conduction study", "nerve conduction studies"),
    # (British "bloods": "we'll do some bloods", "your bloods were fine")
    "labs": (
        "labs",
        "lab work",
        "blood work",
        "bloodwork",
        "blood tests",
        "blood test",
        "blood drawn",
        "blood draw",
        "bloods",
    ),
    "cardiac catheterization": ("cardiac catheterization", "heart catheterization", "heart cath", "cardiac cath"),
    "holter monitor": ("holter monitor", "holter"),
    "pulmonary function tests": ("pulmonary function tests", "pulmonary function test", "pfts"),
    "uric acid": ("uric acid level", "uric acid"),
    "type and screen": ("type and screen", "type and cross"),
    "h. pylori breath test": ("h. pylori breath test", "h pylori breath test", "urea breath test", "breath test"),
    # screening questionnaires are scored like tests: "your PHQ-9 score today is 14"
    "phq-9": ("phq-9", "phq 9", "phq nine", "depression screening"),
    "gad-7": ("gad-7", "gad 7", "gad seven", "anxiety screening"),
    **MORE_LABS,  # serologies, urine ratios, cultures, minerals (lab_names.py)
}
for _name, _more in EXTRA_LABS.items():  # chemistry shorthand, clotting, tb, allergy (test_vocabulary.py)
    LABS[_name] = (*LABS.get(_name, ()), *_more)

# Tests by their own names: asked for or reported without a test word ("we'll do a rapid strep", "send you
# for a sleep study", "your pap was normal"). The other names are analytes, which are also diet words or
# drugs ("less sodium", "potassium chloride") and need a test word near them.
NAMED_TESTS = frozenset(
    {
        "comprehensive metabolic panel",
        "urine culture",
        "blood cultures",
        "strep test",
        "covid test",
        "flu test",
        "pregnancy test",
        "hepatitis panel",
        "stool test",
        "stool culture",
        "fecal calprotectin",
        "pap smear",
        "diabetic eye screening",
        "bone density scan",
        "coronary artery calcium scan",
        "microalbumin",
        "creatine kinase",
        "sleep study",
        "biopsy",
        "emg",
        "cardiac catheterization",
        "holter monitor",
        "pulmonary function tests",
        "type and screen",
        "h. pylori breath test",
        "hepatitis c screening",
        "hiv test",
        "syphilis test",
        "full blood count",
        "lipid profile",
        "dengue ns1 antigen test",
        "dengue serology",
        "malaria test",
        "chlamydia and gonorrhea testing",
        "urine test for chlamydia and gonorrhea",
        "mono test",
        "urine drug screen",
        *MORE_NAMED_TESTS,
        *EXTRA_NAMED_TESTS,
    }
)
# More spoken forms of the panels in lexicon.ORDERS (not this module's): "your blood counts were normal".
_MORE_ORDER_NAMES = {
    # spelled out letter by letter in a transcript: "a c b c and a b m p"
    "complete blood count": ("blood counts", "c b c"),
    "hemoglobin a1c": ("haemoglobin a1c", "hb a1c"),
    "basic metabolic panel": ("kidney tests", "kidney numbers", "kidney labs", "b m p"),
    "comprehensive metabolic panel": ("c m p",),
    "urinalysis": ("urine dip", "urine dipstick", "dipstick"),
    # ("a cholesterol check", "a cholesterol blood test": the panel, not the one number)
    "lipid panel": (
        "cholesterol panel",
        "cholesterol profile",
        "fasting lipids",
        "lipids",
        "cholesterol check",
        "cholesterol blood test",
    ),
}
_TEST_WORD = re.compile(
    r"\b(?:check\w*|order\w*|draw\w*|test\w*|level\w*|labs?|blood ?work|bloods|panel|came back|result\w*|"
    r"showed|shows|was|were|is|are|down from|up from|went from|measure\w*|screen\w*|get (?:a|an|some|your)|run|"
    r"repeat|value|numbers?|count|send\w* off|"
    # "your bun may be a tiny bit elevated at 23"
    r"elevated|"
    r"score|filled out)\b"
)
_LEVEL = re.compile(r"\s*(?:levels?|tests?|count)\b")
# "recheck your potassium", "check a b12": a name a test verb governs is the test, even a drug's name
_CHECKED = re.compile(
    r"\b(?:check|recheck|re-check|repeat|draw|order|test|measure|monitor)(?:ing|ed|s)? "
    r"(?:(?:your|her|his|their|the|a|an) )?$"
)
# "gfr of 65", "potassium 3.1", "cholesterol's 5.2": a value right after the name makes it a test's ("the
# cholesterol one, the atorvastatin" is a pill: a bare single digit is no value)
_VALUE_NEXT = re.compile(r"\s*(?:(?:of|is|was|were|'s|at|:|came back(?: at)?)\s*(?:about |around )?\d|\d+\.\d|\d\d)")
# "b12 and folate": a list of labs goes on being labs
_LIST_JOIN = re.compile(r"[\s,]*(?:and|or|plus|as well as|along with)?\s*(?:an?|the|some|your|her|his)?\s*")
# "let me check your thyroid", "check your thyroid and then listen to your heart": the examiner's hands
_EXAMINING = re.compile(
    r"\b(?:let me|listen|feel|press|palpate|examin\w*|look (?:in|at)|take a look|lie back|hop up|swallow)\b"
)
# measured, never prescribed: the drug dictionary's "cholesterol, ldl" (a MeSH substance) is no drug here
_NEVER_PRESCRIBED = frozenset({"ldl", "hdl", "cholesterol", "triglycerides", "creatinine"})
# CPAP and BiPAP are machines, not a Pap smear
_AIRWAY_PAP = re.compile(r"\b(?:c|bi|auto)[- ]?$")


def _is_lab(low: str, a: int, b: int, name: str, drugs: list[tuple[int, int]], prev_lab: int | None) -> bool:
    """Whether a lab's name at [a, b) names the test, not a drug, a machine or diet advice."""
    after, before = low[b:], low[max(0, a - 60) : a]
    if taken_as_drug(low, a, b) or (low[a:b] == "pap" and _AIRWAY_PAP.search(before)) or spine_level(low, a, b):
        return False
    if name == "ejection fraction" and low[a:b] != name and not re.search(r"\d", after[:30]):
        return False  # "your pumping function is a little low": what the echo showed, no number of its own
    if low[a:b] in ONLY_REPORTED:  # ("a blood test for iron", "iron at lunch", "your iron stores, the ferritin")
        return bool(REPORTED_LEVEL.match(after))
    joined = prev_lab is not None and bool(_LIST_JOIN.fullmatch(low[prev_lab:a]) or ADDED.search(before))
    governed = bool(_CHECKED.search(before)) or joined
    drug = name not in _NEVER_PRESCRIBED and any(a < d_end and d_start < b for d_start, d_end in drugs)
    drug = drug and not TEST_NOUN.search(low, a, b)  # "your iron studies": the drug's name inside a test's
    if drug and not (_LEVEL.match(after) or governed or REPORTED_LEVEL.match(after)):
        return False  # "vitamin d 1000 units", "a b12 shot": the lab's name inside a drug is a drug
    return (
        name in NAMED_TESTS
        or governed
        or bool(_VALUE_NEXT.match(after))
        or bool(REPORTED_LEVEL.match(after))
        or bool(TEST_NOUN.search(low, a, b))  # "iron studies", "vitamin d level": a test by its own name
        or bool(_TEST_WORD.search(low[max(0, a - 60) : b + 40]))
    )


# "swab you for strep and covid", "test her for flu": the infection a test is for names the test
_FOR_WHAT = {
    "strep": "strep test",
    "covid": "covid test",
    "flu": "flu test",
    "mono": "mono test",
    "hiv": "hiv test",
    "syphilis": "syphilis test",
    "dengue": "dengue ns1 antigen test",
    "malaria": "malaria test",
}
_INFECTIONS = "|".join(_FOR_WHAT)
# (a screen's infections may follow it as a list: "offer you a screen, hiv, syphilis, and ...")
_TESTED_FOR = re.compile(
    r"\b(?:test|testing|tested|swab|swabbing|swabbed|screen|screening|check|checking) (?:you |her |him |them )?"
    rf"for ((?:(?:,|,? and|,? or)? ?(?:{_INFECTIONS})\b)+)"
    rf"|\b(?:screen|screening|tests),((?:(?:,|,? and|,? or)? ?(?:{_INFECTIONS})\b)+)"
)


# "the strep was negative", "covid came back positive": the infection's name for its test's result
_INFECTION_RESULT = re.compile(
    r"\b(strep|covid|flu|mono|hiv)(?= (?:was|is|came back|come back) (?:negative|positive)\b)"
)


def _tested_for(low: str) -> list[tuple[int, int, str]]:
    """Tests named by the infection they look for: (start, end, name) of each infection named."""
    out = [(m.start(), m.end(), _FOR_WHAT[m.group(1)]) for m in _INFECTION_RESULT.finditer(low)]
    for m in _TESTED_FOR.finditer(low):
        g = 1 if m.group(1) else 2
        for w in re.finditer(_INFECTIONS, low[m.start(g) : m.end(g)]):
            out.append((m.start(g) + w.start(), m.start(g) + w.end(), _FOR_WHAT[w.group(0)]))
    return out


def named_tests(low: str) -> list[tuple[int, int, str]]:
    """Tests, imaging and panels named in ``low``: (start, end, name), in order, the longest reading of each."""
    named = {**LABS, **lexicon.ORDERS}
    for name, more in [*_MORE_ORDER_NAMES.items(), *MORE_PANEL_NAMES.items()]:
        named[name] = (*named[name], *more)
    hits = [(a, b, name) for name, phrases in named.items() for a, b, _ in lexicon.find_phrases(low, phrases)]
    # appended in this order because the sort below is stable: of two readings of one span, the first stays
    hits += imaging_studies(low)
    hits += _tested_for(low) + hepatitis_pair(low)
    hits += imaging_site_first(low)
    drugs = [(a, b) for a, b, _ in lexicon.find_drugs(low)]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for a, b, name in hits:
        if any(a < y and x < b for x, y, _ in out):
            continue
        # (a list goes on from a panel of lexicon.ORDERS too: "kidney function, the egfr, 52", "a bmp and a magnesium")
        prev_lab = out[-1][1] if out else None
        if name in LABS and not _is_lab(low, a, b, name, drugs, prev_lab):
            continue
        if low[a:b].startswith("check") and low[a:b].endswith("thyroid") and _EXAMINING.search(low):
            continue
        out.append((a, b, name))
    return out if _EXAMINING.search(low) else sorted(out + listed_thyroid(low, out))

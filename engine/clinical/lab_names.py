"""More laboratory tests by their spoken names: serologies, immunology, urine ratios, cultures and minerals.

labs.py holds the common panels and analytes and is near its length limit; this module adds the classes of
tests a rheumatology, renal, infection or metabolic work-up lists in one breath ("c3 c4 double stranded dna
and a sed rate", "a hepatitis b and c screen", "calcium and magnesium"), so that a list of them is read to
its end instead of stopping at the first name nobody taught the reader. labs.py merges these tables.
"""

from __future__ import annotations

import re

MORE_LABS: dict[str, tuple[str, ...]] = {
    # complement and autoantibodies of a lupus or arthritis work-up
    "c3": ("complement c3", "c3 level", "c3"),
    "c4": ("complement c4", "c4 level", "c4"),
    "double stranded dna antibody": (
        "anti double stranded dna",
        "double stranded dna",
        "double-stranded dna",
        "double stranded dna antibody",
        "anti dsdna",
        "dsdna",
        "ds dna",
    ),
    "antinuclear antibody": ("antinuclear antibody", "antinuclear antibodies", "ana test", "ana panel", "ana screen"),
    "rheumatoid factor": ("rheumatoid factor",),
    "anti-ccp": ("anti-ccp", "anti ccp", "ccp antibody", "ccp antibodies"),
    # urine ratios said with or without "urine" and "to"
    "urine protein creatinine ratio": (
        "urine protein creatinine ratio",
        "urine protein to creatinine ratio",
        "protein creatinine ratio",
        "protein to creatinine ratio",
        # the ratio as written with hyphens ("the albumin-to-creatinine ratio is 4.2"): one name, not a creatinine
        "protein-to-creatinine ratio",
        "protein-creatinine ratio",
        "upcr",
    ),
    "urine albumin to creatinine ratio": (
        "urine albumin to creatinine ratio",
        "urine albumin creatinine ratio",
        "albumin to creatinine ratio",
        "albumin creatinine ratio",
        "albumin-to-creatinine ratio",
        "albumin-creatinine ratio",
        "urine acr",
        "acr",
    ),
    # a liver and pancreas work-up as an Irish or British GP lists it ("full blood count liver tests the g g t
    # kidney function a clotting test and amylase"): each name unknown here stopped the list at it
    "gamma-glutamyl transferase": (
        "gamma-glutamyl transferase",
        "gamma glutamyl transferase",
        "gamma glutamyl transpeptidase",
        "gamma-gt",
        "gamma gt",
        "ggt",
        "g g t",
        # the repeated letter of "g g t" is taken for a stammer and dropped before the reader sees it
        "g t",
    ),
    "amylase": ("amylase level", "serum amylase", "amylase"),
    # (a "clotting screen" and "coagulation studies" are the work-up below, charted as said)
    "clotting test": (
        "clotting test",
        "clotting tests",
        "clotting studies",
    ),
    # the cervical screening test as a UK or Irish practice says it ("your smear's overdue"); a blood or
    # peripheral smear is another test, so never the bare word
    "cervical smear test": (
        "cervical smear test",
        "cervical smear",
        "smear test",
        "smear tests",
        "your smear",
        "her smear",
        "a smear",
        "the smear",
    ),
    # "a urine test for protein" is that test, not a urinalysis
    "urine protein": ("urine test for protein", "urine for protein", "urine protein"),
    "hepatitis b screening": (
        "hepatitis b screen",
        "hepatitis b screening",
        "hepatitis b test",
        "hepatitis b serology",
        "hepatitis b surface antigen",
        "hep b screen",
        "hep b test",
    ),
    "lyme antibody": ("lyme antibody", "lyme antibodies", "lyme test", "lyme serology", "lyme titer", "lyme titers"),
    "celiac serology": (
        "celiac serology",
        "coeliac serology",
        "celiac screen",
        "coeliac screen",
        "celiac test",
        "coeliac test",
        "celiac blood test",
        "coeliac blood test",
        "celiac antibodies",
        "coeliac antibodies",
        "tissue transglutaminase",
        "ttg",
    ),
    # tropical fevers tested for in Singapore, India, the Caribbean and West and East Africa: the malaria
    # rapid diagnostic test ("the rdt", "the nurse pricked him for malaria") and the blood film for parasites
    "dengue ns1 antigen test": ("dengue ns1 antigen test", "dengue ns1 test", "dengue ns1", "ns1 antigen", "ns1 test"),
    "dengue serology": ("dengue serology", "dengue antibody", "dengue igm"),
    "malaria test": (
        "malaria test",
        "malaria smear",
        "malaria parasite test",
        "malaria rapid test",
        "malaria rdt",
        "rdt",
        "rapid diagnostic test",
        "blood film for malaria",
        "malaria film",
        "malaria parasites",
        "blood slide",
    ),
    "blood film": ("blood film", "peripheral smear", "blood smear"),
    "widal test": ("widal test", "widal"),
    # swabs a GP takes and sends off, by where they are taken ("I'll take a throat swab", "a high vaginal swab",
    # "a swab of that wound"); a nose swab is the test of what it is for (labs._FOR_WHAT: "for covid")
    "throat swab": ("throat swab", "throat culture"),
    "wound swab": ("wound swab", "swab of the wound", "swab of that wound", "swab of your wound", "skin swab"),
    "vaginal swab": ("high vaginal swab", "vaginal swab", "hvs", "self-swab", "self swab"),
    "ear swab": ("ear swab", "swab of the ear", "swab of your ear"),
    # sugars as Indian and South Asian clinics order them: after a meal, and at random
    "postprandial blood sugar": (
        "post lunch sugar",
        "post-lunch sugar",
        "post lunch blood sugar",
        "post meal sugar",
        "post-meal sugar",
        "postprandial sugar",
        "post prandial sugar",
        "postprandial blood sugar",
        "ppbs",
        "pp sugar",
    ),
    "random blood sugar": ("random blood sugar", "random sugar", "random glucose", "random blood glucose", "rbs"),
    # HIV care as a clinic monitors it ("your viral load is due", "the cd4 was 450"); a hepatitis b load is its own
    "hiv viral load": ("hiv viral load", "viral load", "viral loads"),
    "hepatitis b viral load": ("hepatitis b viral load", "hep b viral load", "hbv viral load", "hbv dna"),
    "cd4 count": ("cd4 count", "cd4 cell count", "cd4 cells", "cd4"),
    # a secondary hypertension work-up ("morning aldosterone levels, renin levels and a twenty four hour urine");
    # a bare "aldosterone" is also a drug's target ("an aldosterone blocker"), so only with its level word
    "aldosterone": ("aldosterone level", "aldosterone levels", "morning aldosterone", "serum aldosterone"),
    "renin": ("renin level", "renin levels", "plasma renin activity", "renin activity"),
    "aldosterone renin ratio": ("aldosterone renin ratio", "aldosterone to renin ratio", "aldosterone-renin ratio"),
    "24-hour urine collection": tuple(
        f"{n} hour urine{c}" for n in ("24", "twenty four", "twenty-four") for c in ("", " collection")
    )
    + ("24-hour urine", "24-hour urine collection"),
    # tuberculosis and chest infection work-up
    "sputum culture": ("sputum culture", "sputum cultures"),
    "sputum genexpert": ("genexpert", "gene xpert", "sputum genexpert"),
    # minerals and hormones checked beside the common panels
    "calcium": ("calcium level", "serum calcium", "calcium"),
    "phosphate": ("phosphate level", "phosphate", "phosphorus level", "phosphorus"),
    "prolactin": ("prolactin level", "prolactin"),
    "parathyroid hormone": ("parathyroid hormone", "pth level", "pth"),
    "lipase": ("lipase level", "lipase"),
    "cortisol": ("cortisol level", "morning cortisol", "cortisol"),
    # the analytes a metabolic or liver panel reports one by one, by their note names
    # ("your bun is 23", "alk phos was elevated to 150")
    # (a bare "bun" is also bread: only with its own test word or whose it is)
    "bun": ("blood urea nitrogen", "bun level", "your bun", "the bun", "his bun", "her bun", "urea level"),
    "alkaline phosphatase": ("alkaline phosphatase", "alk phos", "alkaline phos"),
    # the monitor as said: "a two-week heart monitor" (a Holter is charted as a Holter)
    "heart monitor": ("heart monitor", "cardiac monitor", "event monitor"),
    "iron panel": ("iron panel",),
    # a fasting blood sugar is its own test, charted by the words said ("a fasting blood sugar", "the fasting glucose")
    "fasting blood sugar": ("fasting blood sugar", "fbs"),
    "fasting glucose": ("fasting blood glucose", "fasting glucose", "fasting plasma glucose"),
    # a GP's "sputum sample" sent to the lab, and the urine albumin ratio by its letters ("the acr")
    "sputum sample": ("sputum sample", "sputum specimen"),
    # a sugar pricked from the finger in the room: "your finger stick sugar is 246", "a finger prick glucose"
    "fingerstick glucose": tuple(
        f"{w} {g}"
        for w in ("finger stick", "fingerstick", "finger-stick", "finger prick", "capillary", "point of care")
        for g in ("sugar", "glucose", "blood sugar", "blood glucose")
    ),
}

# A work-up named by the condition or system it looks at: "an anemia profile", "the autoimmune panel", "a
# clotting screen", "some fatigue bloods". The word for the set of tests varies by author and country; a
# panel is charted by the word said, a set of "labs" or "bloods" as that condition's panel.
_WORKUP_OF = (
    "anemia anaemia autoimmune coagulation clotting allergy respiratory viral lupus rheumatology "
    "rheumatoid arthritis inflammatory vasculitis hormone fertility myeloma tumor tumour hemochromatosis "
    "dementia neuropathy fatigue thrombophilia hypercoagulable infection infectious bone nutritional vitamin "
    "menopause diabetes"
).split()
_SAID_AS = {"panel": "panel", "profile": "profile", "screen": "screen", "work-up": "workup", "workup": "workup"}
_AS_PANEL = ("labs", "bloods", "blood tests", "blood work", "studies")
for _c in _WORKUP_OF:
    for _w, _n in _SAID_AS.items():
        MORE_LABS.setdefault(f"{_c} {_n}", ())
        MORE_LABS[f"{_c} {_n}"] += (f"{_c} {_w}",)
    MORE_LABS[f"{_c} panel"] += tuple(f"{_c} {w}" for w in _AS_PANEL)
MORE_LABS["tumor markers"] = ("tumor markers", "tumour markers")
# ("thyroid labs" and "thyroid blood work" are lexicon.ORDERS' thyroid function tests; a panel is charted as said)
MORE_LABS["thyroid panel"] = ("thyroid panel",)

# Named here to read them as ordered; how their results are said (copies, "suppressed", a 24-hour protein) is
# not taught yet, and read as a result they charted wrong values on visits by new authors.
ORDERED_ONLY = frozenset(
    {"hiv viral load", "hepatitis b viral load", "cd4 count", "aldosterone", "renin", "aldosterone renin ratio"}
    | {"24-hour urine collection"}
    # read as results, these charted wrong values on visits by new authors (named here for their orders)
    | {"gamma-glutamyl transferase", "amylase", "clotting test", "cervical smear test"}
)

# Tests by their own names, which need no test word beside them ("and a lyme antibody").
MORE_NAMED_TESTS = frozenset(
    {
        "double stranded dna antibody",
        "antinuclear antibody",
        "anti-ccp",
        "urine protein creatinine ratio",
        "urine albumin to creatinine ratio",
        "urine protein",
        "hepatitis b screening",
        "lyme antibody",
        "celiac serology",
        "sputum culture",
        "sputum genexpert",
        "parathyroid hormone",
        "heart monitor",
        "iron panel",
        "fingerstick glucose",
        "fasting blood sugar",
        "fasting glucose",
        "sputum sample",
        "blood film",
        "widal test",
        "throat swab",
        "wound swab",
        "vaginal swab",
        "ear swab",
        "postprandial blood sugar",
        "random blood sugar",
        "hiv viral load",
        "hepatitis b viral load",
        "cd4 count",
        "aldosterone",
        "renin",
        "aldosterone renin ratio",
        "24-hour urine collection",
        # labs.py's analytes whose names mean nothing but the test ("..., and a bnp" at the end of a long list)
        "bnp",
        "troponin",
        "d-dimer",
        "crp",
        "sed rate",
        "inr",
        "ca-125",
        "afp",
        "gamma-glutamyl transferase",
        "amylase",
        "clotting test",
        "cervical smear test",
        *(name for name in MORE_LABS if name.split()[0] in _WORKUP_OF),
        "thyroid panel",
    }
)

# "c3 c4" is a complement pair in a lab list, but "the disc at c3-c4" or "c3 to c5" is the spine
_SPINE = re.compile(r"(?:\bat |\bdiscs? |\bvertebra\w* |-)$|^(?:-| to c\d| disc| vertebra| level| nerve| root)")


def spine_level(low: str, a: int, b: int) -> bool:
    """Whether "c3"/"c4" at [a, b) names a neck vertebra or disc, not a complement level."""
    return low[a:b] in ("c3", "c4") and bool(_SPINE.search(low[max(0, a - 12) : a]) or _SPINE.search(low[b : b + 12]))


# "a hepatitis b and c screen": two tests said as one, each charted
_HEP_B_AND_C = re.compile(
    r"\b(hep(?:atitis)? b)(?: and |, | & )((?:hep(?:atitis)? )?c) (?:screen\w*|test\w*|serolog\w*|antibod\w*|panel)\b"
)


def hepatitis_pair(low: str) -> list[tuple[int, int, str]]:
    """The two tests of "a hepatitis b and c screen": (start, end, name) of each."""
    out = []
    for m in _HEP_B_AND_C.finditer(low):
        out.append((m.start(), m.start(2), "hepatitis b screening"))
        out.append((m.start(2), m.end(), "hepatitis c screening"))
    return out


# "has come down to", "'s gone up to", "dropped to", "risen to": where a level moved to. Kept here, beside the
# other words of how a level is reported, because result_values.py (the value reader) uses it too: the reader
# imports this vocabulary, never the other way round.
CHANGED_TO = (
    r"(?:(?:has|have|'s|'ve) )?(?:come|gone|went|came|dropped|fallen|fell|risen|rose|crept|climbed|improved)"
    r" (?:up |down |back )?(?:to|at)"
)
# a nutrient's bare name is the test only when reported: "my iron was low" (not "take the iron at lunch")
ONLY_REPORTED = frozenset({"iron"})
TEST_NOUN = re.compile(r"\b(?:levels?|tests?|count|studies|panel|profile)\b")
# "my iron was low", "your vitamin d was really low at 18", "the cholesterol's a bit high at 6": a level reported
# by how it came out; a drug's name said so is the level (no tablet "was low"), and a diet word said so is the test
REPORTED_LEVEL = re.compile(
    r"\s*(?:is|was|were|are|'s|came back|has come back|come back)\s+"
    r"(?:(?:really|very|quite|a bit|a little|a tiny bit|slightly|too|only|just|still|way|also|all) )*"
    r"(?:low|high|normal|fine|raised|elevated|ok|okay|borderline|up|down|\d)"
    rf"|\s*{CHANGED_TO} \d"
)


# A nutrient's or mineral's name as the drug it also is ("start calcium and vitamin d tablets", "a dexa scan
# plus calcium and vitamin d supplements", "keep taking your magnesium"): its form said after it, after the
# list it heads, or a verb of taking just before it. Such a name is no test even inside a list of tests.
_FORM = (
    r"(?:chloride|citrate|carbonate|sulphate|sulfate|shots?|injections?|supplements?|pills?|tablets?|capsules?|"
    r"units?|replacement|\d+\s*(?:mg|milligrams?|units?|meq|mcg|micrograms?|iu|international))"
)
_DRUG_FORM = re.compile(rf"\s*{_FORM}")
# ("calcium and vitamin d tablets": the form said once for the list; not across a test's word: "calcium and a
# vitamin d level")
_LIST_FORM = re.compile(
    r"(?:\s*(?:,|and|&|plus|or)\s*(?:some |extra )?"
    r"(?:(?!(?:levels?|tests?|count|studies|panel|the|your)\b)[a-z0-9]+ ){1,3}?)"
    rf"{_FORM}\b"
)
_TAKING = re.compile(
    r"\b(?:start(?:ing|ed)?|(?<!we'll )(?<!i'll )(?<!me )take|taking|took|(?:be|stay|stays|you're|keep you) on|"
    r"prescrib\w*|continue|buy|over the counter)\s+(?:(?:you|her|him) on\s+)?"
    r"(?:(?:some|a|an|the|your|her|his|extra|daily)\s+)?$"
)


def taken_as_drug(low: str, a: int, b: int) -> bool:
    """Whether the lab's name at [a, b) is said as a drug taken, not a level measured."""
    return bool(_DRUG_FORM.match(low, b) or _LIST_FORM.match(low, b) or _TAKING.search(low[max(0, a - 40) : a]))


# a test added to a list of tests with a word that adds ("... so just those two plus calcium and magnesium"):
# governed by the list however far back its last test was said
ADDED = re.compile(r"\b(?:plus|as well as|along with|together with)\s+(?:(?:an?|the|some|your)\s+)?$")


# "bloods today: cholesterol, a1c, full blood count and thyroid": the gland's name, one item of a list of tests,
# is its blood test ("your thyroid feels normal", "a thyroid nodule" are not)
_THYROID = re.compile(r"\bthyroid\b(?=\s*(?:[,;.]|$|(?:and|or|plus)\b))")
_ITEM_JOIN = re.compile(r"[\s,;]*(?:and|or|plus|as well as)?\s*(?:an?|the|your|her|his)?\s*")


def listed_thyroid(low: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A bare "thyroid" listed among the tests ``hits`` (or first after a heading's colon) as its blood test."""
    out = []
    for m in _THYROID.finditer(low):
        if any(a < m.end() and m.start() < b for a, b, _ in hits):
            continue
        after_test = any(_ITEM_JOIN.fullmatch(low[b : m.start()]) for _, b, _ in hits if b <= m.start())
        before_test = any(_ITEM_JOIN.fullmatch(low[m.end() : a]) for a, _, _ in hits if a >= m.end())
        if after_test or before_test or re.search(r":\s*$", low[: m.start()]):
            out.append((m.start(), m.end(), "thyroid function tests"))
    return out

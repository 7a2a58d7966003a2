"""Is this dose, form and route possible for this drug? A small, hand-curated table.

Used to keep a plausible-sounding wrong drug out of the record: the re-listening pass never proposes, and
the review never suggests, a drug that has no form matching what was said ("400 milligrams per 5
milliliters" is an oral liquid of 80 mg/mL: amoxicillin has one, ciprofloxacin's suspensions are 250 and
500 mg/5 mL, so it does not).

Source: the labelled strengths and dosage forms of the marketed products, as listed in DailyMed (US
structured product labels) and the BNF / BNF for Children "medicinal forms" sections, curated by hand
for the drugs the re-listening pass may propose (``engine.transcribe.relisten.vocabulary()``: CORE_DRUGS
and BRAND_TO_GENERIC in engine/clinical/lexicon.py). Dose ranges are deliberately wide (the smallest
paediatric single dose to the largest adult single dose, loading doses included): the table rules out
the impossible (levothyroxine 100 mg, "puffs" of a tablet-only drug, a liquid strength no product has),
never the merely unusual. A drug missing from the table is never called implausible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.clinical.numbers import normalise

ORAL, INHALED, NASAL, TOPICAL, EYE = "oral", "inhaled", "nasal", "topical", "ophthalmic"
IV, IM, SC, RECTAL = "intravenous", "intramuscular", "subcutaneous", "rectal"


@dataclass(frozen=True)
class Forms:
    """How one drug exists: routes, the plausible single dose in mg, liquid strengths in mg per mL."""

    routes: frozenset[str]
    mg: tuple[float, float] | None  # smallest .. largest single dose in mg; None: not dosed by mass
    # labelled liquid strengths (oral liquids, injections, nebules) in mg/mL; () no liquid form; None: a
    # liquid exists whose strength is not fixed (granules or powder mixed with water, compounded by label)
    per_ml: tuple[float, ...] | None = ()
    units: tuple[float, float] | None = None  # single dose in units (insulin, penicillin G)


def _f(routes: str, mg: tuple[float, float] | None, per_ml: tuple[float, ...] | None = (), units=None) -> Forms:
    return Forms(frozenset(routes.split()), mg, per_ml, units)


# mg/mL from the label's "N mg per 5 mL": 125 mg/5 mL = 25 mg/mL. Comments name the liquid products.
FORMS: dict[str, Forms] = {
    # 160 mg/5 mL (US), 120 and 250 mg/5 mL (UK), 500 mg/15 mL; 10 mg/mL infusion; up to two 650 mg
    # extended-release caplets at once (Tylenol 8 HR Arthritis: 1300 mg every 8 hours)
    "acetaminophen": _f("oral rectal intravenous", (40, 1300), (24, 32, 33.3, 50, 100, 10)),
    "ibuprofen": _f("oral intravenous topical", (40, 800), (20, 40, 4, 100)),  # 100 mg/5 mL; 50 mg/1.25 mL
    "naproxen": _f("oral", (50, 1000), (25,)),  # 125 mg/5 mL
    "aspirin": _f("oral rectal", (60, 1000)),  # tablets only
    "lisinopril": _f("oral", (1, 80), (1,)),  # 1 mg/mL oral solution
    "losartan": _f("oral", (5, 150), None),  # suspension prepared as the label describes
    "amlodipine": _f("oral", (1, 10), (1,)),  # 1 mg/mL suspension/solution
    "hydrochlorothiazide": _f("oral", (6.25, 100)),
    "metoprolol": _f("oral intravenous", (1, 400), (1,)),  # 5 mg/5 mL injection
    "atenolol": _f("oral", (6.25, 200), (5,)),  # 25 mg/5 mL (UK)
    "carvedilol": _f("oral", (3.125, 50)),
    "furosemide": _f("oral intravenous intramuscular", (2, 600), (8, 10, 4)),  # 40 mg/5 mL, 10 mg/mL
    "spironolactone": _f("oral", (5, 400), (5, 1, 2, 10, 20)),  # 25 mg/5 mL; UK 5/10/50/100 mg/5 mL
    "metformin": _f("oral", (100, 2550), (100, 170, 200)),  # 500 mg/5 mL; UK 850, 1000 mg/5 mL
    "glipizide": _f("oral", (2.5, 40)),
    "insulin": _f("subcutaneous intravenous", None, units=(0.5, 300)),
    "atorvastatin": _f("oral", (10, 80), (4,)),  # 20 mg/5 mL
    "simvastatin": _f("oral", (5, 80), (4, 8)),  # 20 and 40 mg/5 mL
    "rosuvastatin": _f("oral", (5, 40)),
    "pravastatin": _f("oral", (10, 80)),
    "levothyroxine": _f("oral intravenous", (0.0125, 0.5), None),  # mcg doses; 13-200 mcg/mL solutions
    "albuterol": _f("inhaled oral", (0.09, 8), (0.4, 0.21, 0.42, 0.83, 1, 2, 5)),  # 90/100 mcg per puff
    "fluticasone": _f("inhaled nasal topical", (0.027, 2), (0.25, 1)),  # 44-250 mcg/puff, 50 mcg/spray
    "budesonide": _f("inhaled nasal oral", (0.032, 9), (0.125, 0.25, 0.5)),  # 0.25-1 mg/2 mL nebules
    "montelukast": _f("oral", (4, 10)),  # tablets, chewables, granules; no liquid
    "prednisone": _f("oral", (1, 100), (1, 5)),  # 5 mg/5 mL, 5 mg/mL concentrate
    "prednisolone": _f("oral ophthalmic", (1, 80), (1, 2, 3, 4, 5)),  # 5, 10, 15, 20, 25 mg/5 mL
    "dexamethasone": _f("oral intravenous intramuscular ophthalmic", (0.1, 40), (0.1, 0.4, 1, 2, 3.3, 4, 10)),
    "cetirizine": _f("oral", (1.25, 20), (1,)),  # 5 mg/5 mL
    "loratadine": _f("oral", (2.5, 10), (1,)),  # 5 mg/5 mL
    "amoxicillin": _f("oral", (25, 3000), (25, 40, 50, 80)),  # 125, 200, 250, 400 mg/5 mL
    "amoxicillin-clavulanate": _f("oral intravenous", (60, 2000), (25, 40, 50, 80, 120)),  # amoxicillin part
    "penicillin": _f("oral intramuscular intravenous", (60, 1000), (25, 50), units=(100_000, 4_800_000)),
    "azithromycin": _f("oral intravenous ophthalmic", (25, 2000), (20, 40, 100)),  # 100, 200 mg/5 mL
    "doxycycline": _f("oral intravenous", (20, 200), (5, 10)),  # 25 mg/5 mL, 50 mg/5 mL
    "cephalexin": _f("oral", (50, 1000), (25, 50)),  # 125, 250 mg/5 mL
    "ciprofloxacin": _f("oral intravenous ophthalmic", (50, 750), (50, 100, 10, 2)),  # 250, 500 mg/5 mL
    "nitrofurantoin": _f("oral", (5, 100), (5,)),  # 25 mg/5 mL
    "trimethoprim": _f("oral", (10, 300), (10,)),  # 50 mg/5 mL
    "omeprazole": _f("oral intravenous", (2.5, 80), (2, 4)),  # 2 mg/mL suspension
    "esomeprazole": _f("oral intravenous", (2.5, 80), None),  # granules mixed with water
    "pantoprazole": _f("oral intravenous", (10, 80), None),  # granules; powder for injection
    "sertraline": _f("oral", (12.5, 200), (20,)),  # 20 mg/mL concentrate
    "fluoxetine": _f("oral", (5, 80), (4,)),  # 20 mg/5 mL
    "citalopram": _f("oral", (5, 40), (2, 40)),  # 10 mg/5 mL; UK drops 40 mg/mL
    "escitalopram": _f("oral", (2.5, 20), (1, 20)),  # 5 mg/5 mL; UK drops 20 mg/mL
    "gabapentin": _f("oral", (50, 1200), (50,)),  # 250 mg/5 mL
    "warfarin": _f("oral", (0.5, 15), (1,)),  # UK 1 mg/mL suspension
    "rivaroxaban": _f("oral", (1, 20), (1,)),  # 1 mg/mL suspension
    "clopidogrel": _f("oral", (37.5, 600)),
    "codeine": _f("oral", (5, 60), (6, 5)),  # 30 mg/5 mL, 25 mg/5 mL
    "morphine": _f("oral intravenous intramuscular subcutaneous", (0.5, 200), (2, 4, 20, 1, 5, 8, 10, 15)),
    "oxycodone": _f("oral", (1, 80), (1, 10, 20)),  # 5 mg/5 mL, 10 mg/mL, 100 mg/5 mL
    "tramadol": _f("oral", (25, 300), (5, 100)),  # 5 mg/mL; UK drops 100 mg/mL
    "ondansetron": _f("oral intravenous intramuscular", (1, 24), (0.8, 2)),  # 4 mg/5 mL, 2 mg/mL
    "semaglutide": _f("subcutaneous oral", (0.25, 50)),
    "empagliflozin": _f("oral", (10, 25)),
    "dapagliflozin": _f("oral", (5, 10)),
    "allopurinol": _f("oral intravenous", (50, 900), None),  # UK suspension; powder for infusion
    "meloxicam": _f("oral intravenous", (5, 30), (1.5,)),  # 7.5 mg/5 mL suspension; 30 mg IV
    "colchicine": _f("oral", (0.3, 1.8), (0.12,)),  # 0.6 mg/5 mL oral solution
    "apixaban": _f("oral", (2.5, 10)),
    "sitagliptin": _f("oral", (25, 100)),
    "topiramate": _f("oral", (12.5, 400)),
    "trazodone": _f("oral", (25, 300)),
    "hydroxyzine": _f("oral intramuscular", (10, 100), (2,)),  # 10 mg/5 mL syrup
    "diphenhydramine": _f("oral intravenous intramuscular topical", (6.25, 100), (2.5, 50)),  # 12.5 mg/5 mL
    # Common primary-care tablets, added so that "Flomax 0.4", "Fosamax 70" are read as doses. Liquid
    # strengths not curated (None): a liquid is never called implausible for these.
    "tamsulosin": _f("oral", (0.4, 0.8), None),
    "finasteride": _f("oral", (1, 5), None),
    "alendronate": _f("oral", (5, 70), None),
    "chlorthalidone": _f("oral", (12.5, 100), None),
    "ramipril": _f("oral", (1.25, 20), None),
    # international staples said by a bare strength ("Coversyl five", "bisoprolol two point five")
    "perindopril": _f("oral", (2, 10)),
    "lercanidipine": _f("oral", (10, 20)),
    "felodipine": _f("oral", (2.5, 10)),
    "indapamide": _f("oral", (1.25, 2.5)),
    "bisoprolol": _f("oral", (1.25, 20)),
    "nebivolol": _f("oral", (1.25, 40)),
    "captopril": _f("oral", (6.25, 50), (1,)),
    "rabeprazole": _f("oral", (10, 40)),
    "mefenamic acid": _f("oral", (250, 500), (10,)),  # Ponstan 50 mg/5 mL
    "tapentadol": _f("oral", (50, 250)),
    "temazepam": _f("oral", (7.5, 30)),
    "zopiclone": _f("oral", (3.75, 7.5)),
    "benazepril": _f("oral", (5, 80), None),
    "enalapril": _f("oral intravenous", (1.25, 40), None),
    "valsartan": _f("oral", (20, 320), None),
    "olmesartan": _f("oral", (5, 40), None),
    "diltiazem": _f("oral intravenous", (30, 480), None),
    "propranolol": _f("oral", (5, 320), None),
    "pioglitazone": _f("oral", (15, 45), None),
    "glimepiride": _f("oral", (1, 8), None),
    "bupropion": _f("oral", (75, 450), None),
    "duloxetine": _f("oral", (20, 120), None),
    "venlafaxine": _f("oral", (25, 375), None),
    "mirtazapine": _f("oral", (7.5, 45), None),
    "amitriptyline": _f("oral", (5, 150), None),
    "buspirone": _f("oral", (5, 60), None),
    "famotidine": _f("oral intravenous", (10, 40), None),
    "valacyclovir": _f("oral", (500, 2000), None),
    "levofloxacin": _f("oral intravenous ophthalmic", (250, 750), None),
    "cyclobenzaprine": _f("oral", (5, 10), None),
    "methylprednisolone": _f("oral intravenous intramuscular", (2, 1000), None),
    "zolpidem": _f("oral", (1.75, 12.5), None),
    "meclizine": _f("oral", (12.5, 50), None),
    "oxybutynin": _f("oral topical", (2.5, 30), None),
    "mirabegron": _f("oral", (25, 50), None),
    "ezetimibe": _f("oral", (10, 10), None),
    "sumatriptan": _f("oral nasal subcutaneous", (5, 100), None),
    "naloxone": _f("nasal intravenous intramuscular", (0.04, 8), None),
    "lamotrigine": _f("oral", (5, 400), None),
    "quetiapine": _f("oral", (12.5, 800), None),
    "clonidine": _f("oral topical", (0.05, 0.6), None),
    # supplements and over-the-counter products said by strength ("ferrous sulfate 325", "calcium 600")
    "ferrous sulfate": _f("oral", (65, 325), None),
    "ferrous fumarate": _f("oral", (150, 325), None),  # 300 mg (Palafer), 324 and 325 mg tablets
    "ferrous gluconate": _f("oral", (240, 325), None),
    "dimenhydrinate": _f("oral rectal intravenous intramuscular", (12.5, 100), None),  # Gravol 50 mg
    "calcium": _f("oral", (200, 1500), None),
    "calcium carbonate": _f("oral", (200, 1500), None),
    "guaifenesin": _f("oral", (100, 1200), None),
    "fish oil": _f("oral", (300, 4000), None),
    # More of the drugs a primary-care list holds, so that a strength said bare ("the Plaquenil, two hundred")
    # is read for them too. Same sources and the same wide single-dose ranges; liquids left unrestricted
    # (None) where this table does not list their strengths.
    "hydroxychloroquine": _f("oral", (100, 800), None),
    "docusate": _f("oral rectal", (50, 500), None),
    "bumetanide": _f("oral intravenous intramuscular", (0.25, 10), None),
    "torsemide": _f("oral intravenous", (5, 200), None),
    "melatonin": _f("oral", (0.5, 20), None),
    "candesartan": _f("oral", (2, 32), None),
    "irbesartan": _f("oral", (75, 300), None),
    "telmisartan": _f("oral", (20, 80), None),
    "nifedipine": _f("oral", (10, 120), None),
    "verapamil": _f("oral intravenous", (40, 480), None),
    "hydralazine": _f("oral intravenous intramuscular", (10, 100), None),
    "labetalol": _f("oral intravenous", (50, 800), None),
    "doxazosin": _f("oral", (1, 16), None),
    "isosorbide mononitrate": _f("oral", (10, 240), None),
    "varenicline": _f("oral", (0.5, 1), None),
    "ticagrelor": _f("oral", (60, 180), None),
    "prasugrel": _f("oral", (5, 60), None),
    "dabigatran": _f("oral", (75, 150), None),
    "edoxaban": _f("oral", (15, 60), None),
    "methotrexate": _f("oral subcutaneous intramuscular", (2.5, 50), None),
    "folic acid": _f("oral", (0.4, 5), None),
    "selenium": _f("oral", (0.025, 0.4), None),  # 25-400 micrograms a day
    "lorazepam": _f("oral intravenous intramuscular", (0.25, 4), None),
    "alprazolam": _f("oral", (0.125, 4), None),
    "clonazepam": _f("oral", (0.125, 4), None),
    "diazepam": _f("oral intravenous rectal", (1, 20), None),
    "paroxetine": _f("oral", (5, 60), None),
    "nortriptyline": _f("oral", (10, 150), None),
    "gliclazide": _f("oral", (30, 320), None),
    "glyburide": _f("oral", (1.25, 20), None),
    "canagliflozin": _f("oral", (100, 300), None),
    "liraglutide": _f("subcutaneous", (0.6, 3), None),
    "dulaglutide": _f("subcutaneous", (0.75, 4.5), None),
    "tirzepatide": _f("subcutaneous", (2.5, 15), None),
    "methimazole": _f("oral", (2.5, 40), None),
    "medroxyprogesterone": _f("oral intramuscular subcutaneous", (2.5, 150), None),
    "estradiol": _f("oral topical", (0.025, 4), None),
    "progesterone": _f("oral", (100, 400), None),
    "ketorolac": _f("oral intravenous intramuscular", (10, 60), None),
    "celecoxib": _f("oral", (50, 400), None),
    "pregabalin": _f("oral", (25, 300), None),
    "baclofen": _f("oral", (5, 30), None),
    "tizanidine": _f("oral", (2, 8), None),
    "methocarbamol": _f("oral", (500, 1500), None),
    "levetiracetam": _f("oral intravenous", (250, 1500), None),
    "donepezil": _f("oral", (5, 23), None),
    "memantine": _f("oral", (5, 28), None),
    "ropinirole": _f("oral", (0.25, 8), None),
    "pramipexole": _f("oral", (0.125, 1.5), None),
    "rizatriptan": _f("oral", (5, 10), None),
    "sildenafil": _f("oral", (20, 100), None),
    "tadalafil": _f("oral", (2.5, 20), None),
    "tolterodine": _f("oral", (1, 4), None),
    "febuxostat": _f("oral", (40, 120), None),
    "fexofenadine": _f("oral", (30, 180), None),
    "levocetirizine": _f("oral", (1.25, 5), None),
    "lansoprazole": _f("oral", (15, 60), None),
    "metoclopramide": _f("oral intravenous intramuscular", (5, 20), None),
    "promethazine": _f("oral intramuscular rectal", (6.25, 50), None),
    "benzonatate": _f("oral", (100, 200)),
    "pseudoephedrine": _f("oral", (30, 240), None),
    "metronidazole": _f("oral intravenous topical", (250, 2000), None),
    "clindamycin": _f("oral intravenous topical", (150, 900), None),
    "fluconazole": _f("oral intravenous", (50, 400), None),
    "oseltamivir": _f("oral", (30, 75), None),
    "cefdinir": _f("oral", (100, 600), None),
    "cefuroxime": _f("oral intravenous intramuscular", (125, 1500), None),
    "clarithromycin": _f("oral", (125, 1000), None),
    # micrograms: whole numbers said bare are micrograms ("Spiriva eighteen")
    "tiotropium": _f("inhaled", (0.0025, 0.018)),
    "liothyronine": _f("oral", (0.005, 0.075)),
}

_TO_MG = {"mg": 1.0, "milligram": 1.0, "g": 1000.0, "gram": 1000.0, "mcg": 0.001, "microgram": 0.001}
_DOSE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(milligrams?|mgs?|micrograms?|mcg|grams?|g|units?|puffs?|sprays?|milliliters?|"
    r"millilitres?|ml|tablets?|pills?|capsules?|drops?)\b"
)
_PER = re.compile(r"^\s*(?:per|in|/)\s*(?:(\d+(?:\.\d+)?)\s*)?(?:milliliters?|millilitres?|ml|cc)\b")
_ROUTE_WORDS = {
    INHALED: re.compile(r"\b(?:puffs?|inhaler|inhaled|nebuli[sz]er|neb)\b"),
    NASAL: re.compile(r"\b(?:nasal|nostril|sprays? in)\b"),
    TOPICAL: re.compile(r"\b(?:cream|ointment|gel|topical)\b"),
    EYE: re.compile(r"\beye drops?\b"),
}


@dataclass(frozen=True)
class Said:
    """What was said about the dose next to a drug name: amount, unit, a liquid strength, a route."""

    amount: float | None = None
    unit: str | None = None  # mg, units, puffs, sprays, mL, tablets, drops (mass units converted to mg)
    per_ml: float | None = None  # "400 mg per 5 mL" -> 80.0
    route: str | None = None


def said_in(text: str) -> Said:
    """The first dose in ``text`` (the words after a drug name), with its liquid strength and route.

    "400 milligrams per 5 milliliters twice a day" -> 400 mg at 80 mg/mL; "two puffs" -> 2 puffs, inhaled.
    """
    low = re.split(r"[.;?!]", normalise(text).text.lower().replace(",", ""))[0]
    m = _DOSE.search(low)
    # route words only near the dose: a later "and use the inhaler" is about another drug
    near = low[: m.end() + 25] if m else low[:40]
    route = next((r for r, pat in _ROUTE_WORDS.items() if pat.search(near)), None)
    if m is None:
        return Said(route=route)
    amount, word = float(m.group(1)), m.group(2).rstrip("s")
    word = {"pill": "tablet", "millilitre": "mL", "milliliter": "mL", "ml": "mL"}.get(word, word)
    per_ml = None
    if word in _TO_MG:
        amount, word = amount * _TO_MG[word], "mg"
        per = _PER.match(low[m.end() :])
        if per:
            per_ml = amount / float(per.group(1) or 1)
    return Said(amount, word, per_ml, route)


def plausible(drug: str, said: Said) -> bool:
    """Whether ``drug`` exists in a form that fits what was said (True when the table does not know it)."""
    forms = FORMS.get(drug)
    if forms is None:
        return True
    if said.route and said.route not in forms.routes:
        return False
    if said.unit == "mg":
        if forms.mg is None:
            return False
        lo, hi = forms.mg
        # 0.1 % slack: "0.09 mg" from "90 micrograms" must not fail on float rounding
        if not lo * 0.999 <= (said.amount or 0) <= hi * 1.001:
            return False
        if said.per_ml is not None and forms.per_ml is not None:
            return any(abs(said.per_ml - s) <= 0.02 * s for s in forms.per_ml)
        return True
    if said.unit == "unit":
        return forms.units is not None and forms.units[0] <= (said.amount or 0) <= forms.units[1]
    if said.unit == "puff":
        return INHALED in forms.routes
    if said.unit == "spray":
        return NASAL in forms.routes
    if said.unit == "mL":
        return forms.per_ml is None or bool(forms.per_ml)
    if said.unit == "capsule":
        # inhalation capsules are breathed in from a device (tiotropium HandiHaler, indacaterol Breezhaler)
        return bool({ORAL, INHALED} & forms.routes)
    if said.unit == "tablet":
        return ORAL in forms.routes
    if said.unit == "drop":
        return EYE in forms.routes or forms.per_ml is None or bool(forms.per_ml)
    return True

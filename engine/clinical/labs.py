"""Laboratory tests by the names people say in a visit, beyond the panels in lexicon.ORDERS.

Kept apart from lexicon.py (already long) because orders and results read both: a lab named here is an
order when the sentence asks for it ("we'll check a TSH") and a result when it reports it ("your
potassium came back at 3.1"). Names are the ones a note uses; the spoken forms are what people say.
"""

from __future__ import annotations

LABS: dict[str, tuple[str, ...]] = {
    "comprehensive metabolic panel": ("comprehensive metabolic panel", "cmp", "metabolic panel"),
    "glucose": ("blood glucose", "glucose", "blood sugar", "blood sugars", "fasting sugar", "sugar level", "sugars"),
    "cholesterol": ("total cholesterol", "cholesterol level", "cholesterol"),
    "ldl": ("ldl", "bad cholesterol"),
    "hdl": ("hdl", "good cholesterol"),
    "triglycerides": ("triglycerides",),
    "creatinine": ("creatinine",),
    "potassium": ("potassium",),
    "sodium": ("sodium level", "sodium"),
    "hemoglobin": ("hemoglobin", "hgb"),
    "white blood cell count": ("white blood cell count", "white count", "wbc"),
    "platelets": ("platelet count", "platelets"),
    "vitamin d": ("vitamin d level", "vitamin d"),
    "vitamin b12": ("vitamin b12", "b12 level", "b12"),
    "iron studies": ("iron studies", "iron panel", "ferritin"),
    "psa": ("psa", "prostate specific antigen"),
    "liver function tests": ("liver function tests", "liver function", "liver enzymes", "lfts"),
    "egfr": ("egfr", "gfr"),
    "microalbumin": ("microalbumin", "urine albumin"),
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
    "sed rate": ("sed rate", "esr", "crp", "c-reactive protein"),
    "hepatitis panel": ("hepatitis panel", "hepatitis c test"),
    "stool test": ("stool test", "stool sample", "fecal occult blood", "fit test"),
    "pap smear": ("pap smear",),
    "bone density scan": ("bone density", "dexa"),
    "sleep study": ("sleep study",),
    "biopsy": ("biopsy",),
    "emg": ("emg", "electromyography", "nerve conduction study", "nerve conduction studies"),
    "labs": ("labs", "lab work", "blood work", "bloodwork"),
    "cardiac catheterization": ("cardiac catheterization", "heart catheterization", "heart cath", "cardiac cath"),
    "holter monitor": ("holter monitor", "heart monitor"),
    "pulmonary function tests": ("pulmonary function tests", "pulmonary function test", "pfts"),
    "uric acid": ("uric acid level", "uric acid"),
    "type and screen": ("type and screen", "type and cross"),
    "h. pylori breath test": ("h. pylori breath test", "h pylori breath test", "urea breath test", "breath test"),
    # screening questionnaires are scored like tests: "your PHQ-9 score today is 14"
    "phq-9": ("phq-9", "phq 9", "phq nine", "depression screening"),
    "gad-7": ("gad-7", "gad 7", "gad seven", "anxiety screening"),
}

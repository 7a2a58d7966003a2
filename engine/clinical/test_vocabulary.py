"""Tests the older tables had no name for: hospital shorthand for the chemistry panels, clotting, tuberculosis and
allergy work-ups, and the neurology and screening tests a primary care visit sends out.

"A chem 7 and a CBC", "lytes and a creatinine", "a coag panel", "a QuantiFERON", "a PPD today", "skin prick
testing", "an EEG", "an audiogram": each name unknown to labs.py ended the list it stood in, so the tests
said after it were lost too. labs.py merges these tables (it and lab_names.py are near their length limit).
Only names that mean the test and nothing else are here: "gtt" is also drops, "hct" also hydrochlorothiazide,
"abi" also a first name.
"""

from __future__ import annotations

# More spoken forms of the panels lexicon.ORDERS names: the US ward shorthand for the chemistry panels.
MORE_PANEL_NAMES: dict[str, tuple[str, ...]] = {
    "basic metabolic panel": (
        "chem 7",
        "chem-7",
        "chem panel",
        "chemistry panel",
        "basic chemistry panel",
        "basic chemistry",
        "basic chem panel",
        # the electrolytes by their ward name ("lytes and a creatinine")
        "lytes",
    ),
}

EXTRA_LABS: dict[str, tuple[str, ...]] = {
    "comprehensive metabolic panel": ("chem 14", "chem-14", "comprehensive chemistry panel"),
    "coagulation panel": (
        "coag panel",
        "coags",
        "coag studies",
        "coagulation studies",
        "pt/ptt",
        "pt and ptt",
        "pt/inr and ptt",
        "ptt",
        "aptt",
    ),
    # the echo's number said in lay words: "it showed the heart pumping at about 35 percent" (a number must follow)
    "ejection fraction": ("heart pumping", "heart's pumping"),
    "reticulocyte count": ("reticulocyte count", "retic count", "reticulocytes"),
    "hematocrit": ("hematocrit", "haematocrit"),
    "oral glucose tolerance test": (
        "oral glucose tolerance test",
        "glucose tolerance test",
        "ogtt",
        "glucose challenge test",
        "one hour glucose test",
        "1 hour glucose test",
        "glucola",
    ),
    # tuberculosis screening: the blood test and the skin test
    "quantiferon": ("quantiferon", "quantiferon gold", "quantiferon tb gold", "tb blood test", "igra"),
    "tb skin test": ("tb skin test", "tuberculin skin test", "ppd test", "ppd skin test", "mantoux", "mantoux test"),
    # immunity to hepatitis b (the surface antigen is the infection's screen, lab_names.py)
    "hepatitis b surface antibody": (
        "hepatitis b surface antibody",
        "hep b surface antibody",
        "hepatitis b antibody",
        "hep b antibody",
        "hepatitis b titer",
        "hep b titer",
        "hepatitis b titre",
        "hep b titre",
    ),
    "skin prick test": ("skin prick test", "skin prick tests", "skin prick testing", "prick test", "prick testing"),
    "patch test": ("patch test", "patch tests", "patch testing"),
    "allergy testing": ("allergy testing", "allergy test", "allergy tests", "allergy blood test", "rast test"),
    "eeg": ("eeg", "electroencephalogram"),
    "lumbar puncture": ("lumbar puncture", "spinal tap"),
    # (not "a hearing test": what an audiology referral is for, said after it)
    "audiogram": ("audiogram", "audiometry"),
    # a stool or urine sent for what it is tested for ("test your stool for blood", "send the urine for culture")
    "stool test for occult blood": ("stool for blood", "stool for occult blood", "stool for hidden blood"),
    "stool ova and parasites": ("stool for ova and parasites", "ova and parasites", "stool o and p"),
    "urine culture": ("urine for culture", "urine for a culture"),
}

# Tests by their own names, which need no test word beside them (a hematocrit and the heart's pumping, like the
# older tables' analytes, need a test word or a number).
EXTRA_NAMED_TESTS = frozenset(EXTRA_LABS) - {"hematocrit", "ejection fraction"}

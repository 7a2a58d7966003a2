"""Session 9: medication status said in other words than "start", "stop" and "increase".

Sentences written for these tests, several ways each: a prescription put as something the clinician gives
or does ("I'm giving you", "we'll do amoxicillin", "I'd go with"), an instruction with a verb other than
take/use ("I want you to chew", "I need her to rub in"), a dose stepped or tapered ("step it down to 20",
"let's taper the diazepam"). Each case: the drug and the (dose, status) a clinician would chart.
"""

import pytest
from fact_readers import check_meds as check
from fact_readers import facts, meds

C, P = "clinician", "patient"


STARTS = [
    # "giving" as a prescription, with or without "you", with an adverb between
    (
        ["I'm giving you a dose of ondansetron, four milligrams, to settle the nausea."],
        {"ondansetron": ("4 mg", "started")},
    ),
    (["We'll also give him cephalexin 500 milligrams four times a day."], {"cephalexin": ("500 mg", "started")}),
    (["I'd like to give you a shot of ceftriaxone before you go."], {"ceftriaxone": (None, "started")}),
    (
        ["So I'm going to give her prednisolone, 20 milligrams once a day for three days."],
        {"prednisolone": ("20 mg", "started")},
    ),
    # "do" / "go with" as the choice of drug
    (
        ["For the infection we'll do amoxicillin, 500 milligrams three times a day."],
        {"amoxicillin": ("500 mg", "started")},
    ),
    (["For the pain I'd do naproxen 500 twice a day with food."], {"naproxen": ("500 mg", "started")}),
    (["Let's go with doxycycline 100 milligrams twice a day for a week."], {"doxycycline": ("100 mg", "started")}),
    # an instruction whose verb is how the drug is taken
    (["Right now I want you to chew two baby aspirin."], {"aspirin": (None, "started")}),
    (["I need you to put one nitroglycerin under your tongue."], {"nitroglycerin": (None, "started")}),
    (["I'd like you to rub in a thin layer of clotrimazole cream twice a day."], {"clotrimazole": (None, "started")}),
]


@pytest.mark.parametrize("turns,expected", STARTS)
def test_prescription_in_other_words(turns, expected):
    check(turns, expected)


CHANGES = [
    (
        ["And the omeprazole?", "Forty milligrams every morning.", "Let's step it down to twenty milligrams a day."],
        {"omeprazole": ("20 mg", "changed")},
    ),
    (["We can step the pantoprazole down to 20 milligrams once a day."], {"pantoprazole": ("20 mg", "changed")}),
    (
        ["You take diazepam 5 at night?", "Yes, every night.", "I'd like to taper it slowly over the next month."],
        {"diazepam": ("5 mg", "changed")},
    ),
    (["We'll taper the clonazepam down over a few weeks."], {"clonazepam": (None, "changed")}),
]


@pytest.mark.parametrize("turns,expected", CHANGES)
def test_dose_stepped_or_tapered(turns, expected):
    check(turns, expected)


GUARDS = [
    # what must not change: a drug the patient already takes, an effect, a noun taper started today
    (
        ["You take metformin. Does the metformin give you any stomach upset?", "No, it's fine."],
        {"metformin": (None, "active")},
    ),
    (
        ["We'll start a prednisone taper, 40 milligrams and down by 10 every three days."],
        {"prednisone": (None, "started")},
    ),
    (["I'm giving you a prescription, but stop the ibuprofen first."], {"ibuprofen": (None, "stopped")}),
]


@pytest.mark.parametrize("turns,expected", GUARDS)
def test_guards(turns, expected):
    check(turns, expected)


CONDITIONS = [
    # an "if" clause ends at its comma when "and" / "but" joins a new instruction: that one is not conditional
    (["Take Tylenol if you need it, and stop the ibuprofen."], {"ibuprofen": (None, "stopped")}),
    (["Naproxen twice a day if it's sore, and lay off the aspirin for a week."], {"aspirin": (None, "stopped")}),
    (["Use the cetirizine when you need it, but come off the loratadine."], {"loratadine": (None, "stopped")}),
]


@pytest.mark.parametrize("turns,expected", CONDITIONS)
def test_a_condition_ends_at_and(turns, expected):
    check(turns, expected)


def test_a_dose_stepped_down_a_few_sentences_after_the_drug():
    turns = [
        "What do you take for your stomach?",
        "Omeprazole, forty every morning.",
        "Now, the omeprazole. Forty is a high dose to stay on for years. Do you still get heartburn?",
        "Hardly ever.",
        "Then let's step down to twenty milligrams once a day.",
    ]
    check(turns, {"omeprazole": ("20 mg", "changed")})


BRANDS = [
    # US headache powders and the urinary analgesic by their brand, a South African enalapril
    ((P, "I took a BC powder on the way in."), "aspirin/caffeine"),
    ((P, "He takes those Goody's powders every day for his back."), "aspirin/acetaminophen/caffeine"),
    ((P, "I've been taking Azo for the burning."), "phenazopyridine"),
    ((P, "The Pharmapress, ten in the morning."), "enalapril"),
]


@pytest.mark.parametrize("turn,generic", BRANDS)
def test_brand_names(turn, generic):
    assert generic in meds(facts(turn))


def test_oh_goody_is_no_drug():
    assert meds(facts((P, "Oh goody, another pill."))) == {}


LISTS = [
    # one prescribing verb for a list whose next drug is introduced by what it is for
    (
        [
            "I'll give you naproxen 500 milligrams twice a day with food for a week, and a stomach protector, "
            "omeprazole 20 milligrams once a day."
        ],
        {"omeprazole": ("20 mg", "started")},
    ),
    (
        ["Start the oxycodone 5 milligrams and a stool softener like docusate twice a day."],
        {"docusate": (None, "started")},
    ),
    (
        ["We'll prescribe clindamycin and a steroid cream, hydrocortisone, twice a day."],
        {"hydrocortisone": (None, "started")},
    ),
]


@pytest.mark.parametrize("turns,expected", LISTS)
def test_a_list_whose_next_drug_is_named_by_its_role(turns, expected):
    check(turns, expected)


def test_an_inhaled_capsule_is_a_dose_and_one_is_singular():
    got = meds(facts("And I'm adding tiotropium, one capsule breathed in once a day."))
    assert got["tiotropium"]["dose"] == "1 capsule"
    got = meds(facts("Use the albuterol, one puff every four hours when you need it."))
    assert got["albuterol"]["dose"] == "1 puff"


PURPOSE_THEN_STRENGTH = [
    # a bare strength said after what the drug is for
    ("Amlodipine for the pressure, ten, in the morning.", "amlodipine", "10 mg"),
    ("Metformin for the sugar, 500 twice a day.", "metformin", "500 mg"),
    ("And aspirin for my heart, 81 every morning.", "aspirin", "81 mg"),
]


@pytest.mark.parametrize("said,name,dose", PURPOSE_THEN_STRENGTH)
def test_a_strength_after_what_the_drug_is_for(said, name, dose):
    got = meds(facts("What do you take?", said))
    assert got[name].get("dose") == dose, got


@pytest.mark.parametrize(
    ("said", "dose", "status"),
    [
        # "up to three times a day" is how often at most, not a new dose; said by the clinician of a drug not
        # named before, it is the advice given today (medication_attributes.advised_when_needed): started
        ("Ibuprofen 400 milligrams, up to three times a day.", "400 mg", "started"),
        ("Keep the naproxen 500 milligrams, up to 2 times a day with food.", "500 mg", "active"),
        # "going up on" changes the dose as "go up on" does
        ("I'm going up on the lisinopril, 20 to 40 milligrams, once a day.", "40 mg", "changed"),
        ("We're coming down on the prednisone, 20 to 10 milligrams.", "10 mg", "changed"),
    ],
)
def test_up_to_a_number_of_times_is_no_change_and_going_up_on_is(said, dose, status):
    [(name, m)] = meds(facts(said)).items()
    assert (m.get("dose"), m["status"]) == (dose, status), name


def test_micronor_is_norethindrone_not_its_class():
    got = meds(facts("Let's start Micronor, point three five milligrams, one every day at the same time."))
    assert list(got) == ["norethindrone"] and got["norethindrone"]["status"] == "started"

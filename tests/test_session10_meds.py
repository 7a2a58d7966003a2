"""Session 10: doses said loosely, national brand names, and drugs named that the patient does not take.

Sentences written for these tests, several ways each. Recall: a bare strength followed by a count and when
("the 850, one with breakfast"), "the hundred" said with no number before it, a strength under one after the
time it is taken ("at bedtime, point four"), a unit spelt letter by letter ("M E Q"), a count and then what
each holds ("two at bedtime, those are 650 each"), products named by their strength ("extra strength"),
Canadian brands (Tempra, Gravol, Palafer) and multi-product brands told apart by the words after them.
Safety: options listed, what people in general take, a drug declined or set aside, examples of a kind of
product and what a drug can do, each said by the clinician or patient without this patient taking it.
"""

import pytest
from fact_readers import check_meds as check
from fact_readers import facts, meds

ASK = "What are you taking at the moment?"

LOOSE_DOSES = [
    # a bare strength, then a count of tablets and when they are taken
    (
        [ASK, "The Glucophage, the eight-fifty, one with breakfast, one with supper."],
        {"metformin": ("850 mg", "active")},
    ),
    ([ASK, "Metformin, the 500, two with breakfast."], {"metformin": ("1000 mg", "active")}),
    ([ASK, "Lasix 40, one in the morning."], {"furosemide": ("40 mg", "active")}),
    ([ASK, "Atenolol, the 50, 1 every morning."], {"atenolol": ("50 mg", "active")}),
    # "the hundred": the number reader leaves a bare scale word
    ([ASK, "The Januvia, the hundred, in the morning."], {"sitagliptin": ("100 mg", "active")}),
    ([ASK, "I take the Colace, the hundred, at night."], {"docusate": ("100 mg", "active")}),
    ([ASK, "Sitagliptin, the hundred."], {"sitagliptin": ("100 mg", "active")}),
    # a strength under one said after when it is taken
    ([ASK, "Flomax at bedtime, point four."], {"tamsulosin": ("0.4 mg", "active")}),
    ([ASK, "The tamsulosin in the morning, point four."], {"tamsulosin": ("0.4 mg", "active")}),
    # milliequivalents said letter by letter
    ([ASK, "Potassium chloride, twenty M E Q, once a day."], {"potassium chloride": ("20 mEq", "active")}),
    # a count, then what each one holds
    ([ASK, "Tylenol, two at bedtime, those are six fifty each."], {"acetaminophen": ("1300 mg", "active")}),
    ([ASK, "Tylenol, two tablets, 500 milligrams each."], {"acetaminophen": ("1000 mg", "active")}),
    ([ASK, "The Tylenol, 2 in the morning, they're 500 each."], {"acetaminophen": ("1000 mg", "active")}),
    # a product named by its strength
    ([ASK, "I take two extra strength Tylenol at night."], {"acetaminophen": ("1000 mg", "active")}),
    ([ASK, "I took two tylenol the extra strength."], {"acetaminophen": ("1000 mg", "active")}),
    ([ASK, "Tylenol Arthritis, two at bedtime."], {"acetaminophen": ("1300 mg", "active")}),
    (
        ["Keep taking Tylenol for the pain, two extra strength every six hours if you need it."],
        {"acetaminophen": ("1000 mg", "active")},
    ),
    ([ASK, "I use extra strength Tylenol, one at night."], {"acetaminophen": ("500 mg", "active")}),
    ([ASK, "Two regular strength aspirin when my head hurts."], {"aspirin": ("650 mg", "active")}),
]


@pytest.mark.parametrize(("turns", "expected"), LOOSE_DOSES)
def test_loose_doses(turns, expected):
    check(turns, expected)


def test_count_of_the_next_drug_is_not_this_ones():
    got = meds(facts(ASK, "I take Tylenol and two extra strength Advil."))
    assert "dose" not in got["acetaminophen"], got
    assert got["ibuprofen"]["dose"] == "2 tablets", got


def test_a_count_of_times_is_no_strength():
    got = meds(facts(ASK, "Lasix 40, 2 times a day."))
    assert got["furosemide"]["dose"] == "40 mg", got


BRANDS = [
    ([ASK, "She gets Tempra, seven and a half mils."], {"acetaminophen": ("7.5 mL", "active")}),
    ([ASK, "Gravol 50 when she feels sick."], {"dimenhydrinate": ("50 mg", "active")}),
    ([ASK, "I'm on Palafer, the three hundred, one a day."], {"ferrous fumarate": ("300 mg", "active")}),
    ([ASK, "Tecta 40 in the morning."], {"pantoprazole": ("40 mg", "active")}),
    ([ASK, "The Materna, one a day."], {"prenatal multivitamin": (None, "active")}),
    # a multi-product brand told apart by the words after it
    ([ASK, "Benylin, the dry cough one, five mils at night."], {"dextromethorphan": ("5 mL", "active")}),
    ([ASK, "Benylin DM, ten mils at night."], {"dextromethorphan": ("10 mL", "active")}),
    ([ASK, "Benylin chesty cough, 10 mL three times a day."], {"guaifenesin": ("10 mL", "active")}),
    ([ASK, "I take Tylenol #3 at night for my back."], {"acetaminophen/codeine": (None, "active")}),
    ([ASK, "The Tylenol number 3, one at bedtime."], {"acetaminophen/codeine": (None, "active")}),
    ([ASK, "We rub Vicks VapoRub on his chest at night."], {"camphor/menthol": (None, "active")}),
]


@pytest.mark.parametrize(("turns", "expected"), BRANDS)
def test_brands(turns, expected):
    check(turns, expected)


def test_tylenol_three_times_a_day_is_plain_acetaminophen():
    got = meds(facts(ASK, "I take Tylenol 3 times a day."))
    assert set(got) == {"acetaminophen"}, got


def test_a_brand_that_is_different_products_by_country_stays_uncertain():
    got = meds(facts(ASK, "I take Gaviscon, ten mils when I need it."))
    (attrs,) = got.values()
    assert attrs["certainty"] == "uncertain" and "sodium alginate" in attrs["candidates"], got


def test_bare_vicks_is_no_guessed_ingredient():
    assert "guaifenesin" not in meds(facts(ASK, "I put some Vicks on my chest at night."))


NOT_TAKEN = [
    # options listed by the clinician
    ["There are a couple of options. One is gabapentin at night. The other is physio.", "Let's start with physio."],
    ["There are two choices. The first would be sertraline, the second is talking therapy.", "Talking therapy."],
    ["Another option would be to try nortriptyline, or we can wait and see.", "Wait and see."],
    # what people in general take
    ["Some women take estrogen for the flushes, but with your clots it's not for you.", "Okay."],
    ["A lot of people take melatonin for sleep.", "Okay."],
    ["Most of my patients do well on sertraline.", "Okay."],
    # declined by the patient, or set aside by the clinician
    ["What about insulin?", "I don't want to go on insulin."],
    ["And the statin?", "I'd rather not take atorvastatin, my brother had muscle pains."],
    ["She declined the nicotine patch.", "Okay."],
    ["We talked about allopurinol last time, but you didn't want to start it.", "Right, I still don't."],
    ["We discussed metformin, but you weren't keen.", "No."],
    ["I was thinking about starting you on propranolol but your heart rate is low, so let's not.", "Okay."],
    ["I was going to add empagliflozin but your kidneys are borderline.", "Okay."],
    # examples of a kind of product, and what a drug can do
    ["Iron tablets like ferrous sulfate can upset the stomach, so we'll try diet first.", "Okay."],
    ["Anti-inflammatories such as naproxen can irritate the stomach.", "Okay."],
    ["Painkillers like codeine can constipate you.", "Okay."],
]


@pytest.mark.parametrize("turns", NOT_TAKEN)
def test_drugs_not_taken(turns):
    assert meds(facts(*turns)) == {}, meds(facts(*turns))


TAKEN = [
    # the same words, said of the patient's own drugs
    ([ASK, "One is metformin, 500 twice a day, the other is lisinopril 10."], ["metformin", "lisinopril"]),
    (["I don't want to take the lisinopril anymore, it makes me cough.", "Okay."], ["lisinopril"]),
    (["Keep taking painkillers like Tylenol when you need them.", "Okay."], ["acetaminophen"]),
    ([ASK, "Metformin can upset my stomach but I keep taking it."], ["metformin"]),
    (["Options include sertraline. Let's start sertraline 50 mg daily.", "Okay."], ["sertraline"]),
]


@pytest.mark.parametrize(("turns", "names"), TAKEN)
def test_drugs_still_taken(turns, names):
    got = meds(facts(*turns))
    assert all(n in got for n in names), got


STOPPED_IN_ANSWER = [
    # the chart read out, the patient says they came off it (the answer after the asker's own questions)
    (
        [
            "I know we have you on the Prozac 20 mg a day. Are you taking that? Any side effects?",
            "I was taking it regularly, but I have kind of weaned myself off of it.",
        ],
        {"fluoxetine": ("20 mg", "stopped")},
    ),
    (["How is the sertraline going?", "I came off it a month ago, I felt better."], {"sertraline": (None, "stopped")}),
    (
        ["And the Prozac, are you still taking it?", "Well, I weaned myself off it in the spring."],
        {"fluoxetine": (None, "stopped")},
    ),
    (
        ["Are you still on the citalopram?", "I was, but I got off it after Christmas."],
        {"citalopram": (None, "stopped")},
    ),
    # the clinician's stop a sentence or two after the drug is named
    (
        [
            "And the baby aspirin: without a heart attack, the bleeding risk is bigger than the benefit. I'd stop it.",
            "Okay.",
        ],
        {"aspirin": ("81 mg", "stopped")},
    ),
    (["The naproxen, with your kidneys. I want you to stop taking it.", "Okay."], {"naproxen": (None, "stopped")}),
    (
        [ASK, "I take aspirin every day.", "And the aspirin, with your stomach bleed. That has to go.", "Okay."],
        {"aspirin": (None, "stopped")},
    ),
]


@pytest.mark.parametrize(("turns", "expected"), STOPPED_IN_ANSWER)
def test_stopped_in_answer_or_next_sentence(turns, expected):
    check(turns, expected)


KEPT = [
    # a stop on a condition, a "don't stop", a taper and a yes are no stop
    (["Keep the metformin. Don't stop it.", "Okay."], {"metformin": (None, "active")}),
    (
        ["I see they have you on metoprolol 25. Still taking it?", "Yes, every morning."],
        {"metoprolol": ("25 mg", "active")},
    ),
    (
        [
            ASK,
            "I take amoxicillin for my chest.",
            "The rash could be the amoxicillin. If it spreads, stop it.",
            "Okay.",
        ],
        {"amoxicillin": (None, "active")},
    ),
]


@pytest.mark.parametrize(("turns", "expected"), KEPT)
def test_not_stopped(turns, expected):
    check(turns, expected)


def test_a_taper_off_is_no_stop_today():
    turns = [ASK, "Sertraline 50 once a day.", "Now the sertraline. I'd like to get you off it slowly.", "Okay."]
    assert meds(facts(*turns))["sertraline"]["status"] != "stopped"


COURSES = [
    # a course the clinician spells out in the next sentence, with how long: a prescription
    (
        ["I'd treat it. Amoxicillin, the four hundred strength. Eight mils twice a day, for five days.", "Okay."],
        {"amoxicillin": ("8 mL", "started")},
    ),
    (
        ["For the infection, cephalexin. 500 milligrams four times a day for seven days.", "Okay."],
        {"cephalexin": ("500 mg", "started")},
    ),
    # the patient's own drug with how long they have taken it stays active
    ([ASK, "Metformin. 500 milligrams twice a day for 5 years now."], {"metformin": ("500 mg", "active")}),
]


@pytest.mark.parametrize(("turns", "expected"), COURSES)
def test_course_in_the_next_sentence(turns, expected):
    check(turns, expected)


@pytest.mark.parametrize(
    "turns",
    [
        ["Did they give you folic acid when you were pregnant?", "Yes, back then."],
        ["Were you on any iron tablets during your pregnancy?", "Yes."],
        ["Did you take amoxicillin as a child?", "Yes, a lot, for ear infections."],
        ["Have you had prednisone before?", "Yes, years ago, for my asthma."],
    ],
)
def test_a_yes_about_long_ago_is_no_current_drug(turns):
    assert meds(facts(*turns)) == {}


@pytest.mark.parametrize(
    ("turns", "drug"),
    [
        (["Are you still on the lisinopril?", "Yes, I have been on it since years ago."], "lisinopril"),
        (["Are you still taking the folic acid?", "Yes, every day."], "folic acid"),
    ],
)
def test_a_yes_about_now_is_a_current_drug(turns, drug):
    assert meds(facts(*turns))[drug]["status"] == "active"


@pytest.mark.parametrize(
    "turns",
    [
        [
            "How are your bowels?",
            "Constipated. I take my iron pills, I think that's why.",
            "Which iron are you on?",
            "The Palafer, the three hundred, one a day.",
        ],
        [ASK, "Ferrous gluconate 300 every morning. The iron makes me a bit sick."],
    ],
)
def test_iron_is_the_iron_product_named(turns):
    assert "ferrous sulfate" not in meds(facts(*turns)), meds(facts(*turns))


def test_iron_alone_is_still_an_iron_pill():
    assert "ferrous sulfate" in meds(facts(ASK, "I take iron tablets every day."))

"""Exam findings as a dictated exam says them (session 11, second round): tests named in a list with one result,
the patient told what to do in the middle of an unpunctuated exam, the vitals' numbers said in it, and a skin
exam of the limb being examined. Sentences written for these tests."""

import pytest
from fact_readers import findings, has

# A list of named tests with one result: each test is its own finding, a modifier alone takes the next head.
LISTED = [
    (
        "on exam of the left knee your lachman, anterior and posterior drawer and mcmurray tests are all negative",
        ["lachman", "anterior drawer", "posterior drawer", "mcmurray"],
        "negative",
    ),
    ("right knee exam shows a negative varus and valgus stress test", ["varus stress", "valgus stress"], "negative"),
    (
        "examining the right knee the anterior drawer and the lachman are both positive",
        ["anterior drawer", "lachman"],
        "positive",
    ),
    ("on exam of your left elbow, a positive tinel and phalen sign", ["tinel", "phalen"], "positive"),
]


@pytest.mark.parametrize(("said", "tests", "result"), LISTED)
def test_each_test_of_a_list_is_a_finding(said, tests, result):
    got = findings(said)
    for t in tests:
        assert has(got, f"{result} {t}"), (t, got)


@pytest.mark.parametrize(
    "said",
    [
        "on your left ankle exam there is no laxity on the anterior drawer and inversion stress",
        "examining the left ankle i don't find any laxity on anterior drawer or inversion stress",
        "on exam of the left ankle no instability with the anterior drawer and the talar tilt",
    ],
)
def test_a_sign_on_each_test_of_a_list(said):
    got = findings(said)
    assert has(got, "anterior drawer", side="left", normal="yes"), got
    assert has(got, ("inversion stress", "talar tilt"), side="left", normal="yes"), got


def test_the_hearts_stress_test_is_still_no_finding():
    got = findings("let me listen to your heart. regular rate and rhythm. your stress test showed some ischemia")
    assert not has(got, "stress"), got


@pytest.mark.parametrize(
    "instruction",
    [
        "i want you to squeeze my fingers",
        "i want you to push against my hand",
        "i want you to take a deep breath",
        "i want you to bend your knee for me",
    ],
)
def test_an_instruction_in_the_exam_does_not_end_it(instruction):
    said = f"let me examine your right knee {instruction} okay there is tenderness over the medial joint line"
    got = findings(said)
    assert has(got, "tenderness", side="right", normal="no"), got


def test_advice_still_ends_the_findings_of_the_sentence():
    said = "let me look at your right knee. there is swelling, i want you to ice it and watch for redness"
    got = findings(said)
    assert has(got, "swelling") and not has(got, "redness"), got


@pytest.mark.parametrize(
    "vitals",
    [
        "your heart rate is 72 those are great numbers",
        "your oxygen is 98 percent those numbers look good",
        "blood pressure 118 over 76 really nice numbers",
    ],
)
def test_the_vitals_numbers_do_not_end_the_exam(vitals):
    said = f"okay let me take a look {vitals} as i listen to your lungs they are clear and there is no wheezing"
    got = findings(said)
    assert has(got, "wheez", normal="yes"), got


def test_results_numbers_still_end_the_exam():
    said = "let me take a look your lungs are clear, your numbers from the lab are high no edema"
    got = findings(said)
    assert has(got, "clear") and not has(got, "edema"), got


@pytest.mark.parametrize(
    "said",
    [
        "let me look at your right ankle on the skin there is some bruising and swelling",
        "so examining your right ankle on your skin exam i see bruising",
        "looking at your right ankle, on skin exam there is bruising",
    ],
)
def test_a_skin_exam_of_the_limb_examined_is_the_limbs(said):
    got = findings(said)
    assert has(got, "bruising", site="ankle", side="right"), got


def test_a_skin_exam_alone_is_the_skin():
    got = findings("on your skin exam there is no rash")
    assert has(got, "rash", site="skin", normal="yes"), got


@pytest.mark.parametrize("said", ["those are big words for bruising", "that's a big deal"])
def test_big_said_of_no_part_is_no_enlargement(said):
    got = findings(f"let me look at your knee no redness {said}")
    assert not has(got, "enlarged"), got


@pytest.mark.parametrize(
    ("said", "side"),
    [
        ("let me look in your ears. Right ear... looks good, nice and clear.", "right"),
        ("let me look in your ears. Left ear... yeah, the eardrum is red and bulging.", "left"),
        ("let me look at your feet. Left foot. there is a callus on the heel.", "left"),
    ],
)
def test_a_part_named_alone_places_the_next_sentence(said, side):
    got = findings(said)
    assert got and all(s == side for _n, _site, s, _norm in got), got


def test_a_part_trailed_off_is_no_copy_of_the_other_side():
    got = findings("let me look in your ears. Right ear... looks good, nice and clear. Left ear... the eardrum is red.")
    assert not has(got, "clear", side="left"), got
    assert has(got, "clear", side="right") and has(got, "erythema", side="left"), got


def test_the_other_side_said_alone_still_copies():
    got = findings("let me look at your knees. the right knee is swollen. and the left.")
    assert has(got, "swelling", side="left"), got

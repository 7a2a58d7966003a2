"""Symptoms in the words of Indian, Singaporean, Nigerian and Caribbean English, and of US telehealth, found
missing by review 6 (tests/test_review6_symptoms_history.py).

Merged into lay_symptoms.LAY_SYMPTOMS (and from there the vocabulary) like plain_symptoms.PLAIN_SYMPTOMS: a
name that exists already only gains words. A "running nose", "burning while passing urine", "getting up at
night for urine", "thirst is more", feeling "to vomit" (nausea, not vomiting), "can't take the light"; and
the everyday names of gynaecological and neurological review items that the ICD-10-CM symptom chapter does
not spell ("bleeding between periods", "pain with sex", "trouble talking", "lips turning blue"). Phrases are
at most five words.
"""

from __future__ import annotations

_HOW_SHORT = tuple(
    f"{verb}{much}"
    for verb in ("is ", "gets ", "goes ", "getting ", "becomes ", "feels ", "")
    for much in ("", "little bit ", "a little ", "a bit ", "bit ", "very ", "so ")
    # ("breath short" alone too)
)
_URINE_WHEN = ("while passing", "when passing", "on passing", "during passing", "after passing")

WORLD_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "runny nose": (
        "running nose",
        "nose is running",
        "nose running",
        "nose keeps running",
        "nose was running",
        "nose been running",
    ),
    # lying flat said by how one sleeps: "she can't sleep flat anymore" (the longer phrase wins over "can't sleep",
    # insomnia; not "sleeps in the chair": a carer by the bed does too)
    "orthopnea": tuple(
        f"{n} sleep {how}" for n in ("can't", "cannot", "cant", "can not") for how in ("flat", "lying flat")
    ),
    # waking at night as if drowning: "two nights she woke up like she was drowning"
    "paroxysmal nocturnal dyspnea": (
        "paroxysmal nocturnal dyspnea",
        *(f"like {who} was drowning" for who in ("i", "she", "he")),
        *(f"{w} up drowning" for w in ("wake", "wakes", "woke", "waking")),
    ),
    # sores on the feet, asked of a diabetic: "any sores or cuts on your feet", "sores on the feet that aren't healing"
    "foot sores": tuple(
        f"{what} on {whose}feet"
        # (five words at most: "sores or cuts on your feet" is found by its last four)
        for what in ("sores", "cuts", "ulcers", "wounds")
        for whose in ("the ", "your ", "my ", "his ", "her ", "")
    )
    + ("foot sores", "foot ulcers", "sores on the foot", "sores on your foot"),
    # the plural of stool, as British and Indian English say it: "any blood in the stools"
    "blood in stool": tuple(f"blood in {w}stools" for w in ("", "the ", "my ", "your ", "her ", "his ")),
    # "I does feel to vomit", "feel like vomiting": the urge, not the act (the longer phrase wins over "vomit")
    "nausea": (
        "feel to vomit",
        "feeling to vomit",
        "feels to vomit",
        "feel like vomiting",
        "feeling like vomiting",
        "feel like throwing up",
        "feeling like throwing up",
        "feel like i'm going to vomit",
        "vomiting sensation",
        "vomiting feeling",
    ),
    "photophobia": (
        "can't take the light",
        "cannot take the light",
        "can't stand the light",
        "can't bear the light",
        "can't tolerate light",
        "light is troubling",
    ),
    "palpitations": (
        "heart starts pounding",
        "starts pounding",
        "started pounding",
        "starts racing",
        "heart is pounding",
        "heart was pounding",
        "heart pounding",
        "heart starts racing",
        "heart is racing",
        "heart was racing",
        "heart racing",
        "heart beating fast",
        "heart beat fast",
    ),
    "shortness of breath": (
        "breathlessness",
        "breathless",
        "can't get a full breath",
        "can't get a deep breath",
        "can't catch a breath",
        "difficulty in breathing",
        "breathing problem",
        "breathing difficulty",
        "problem in breathing",
        "breathing trouble",
        # "i'm huffin" out feeding the cows (not "huffing glue": only the breathless forms)
        "huffing and puffing",
        "i'm huffing",
        "i'm huffing and puffing",
        "get huffing",
        # the breath said short, as the subject, with every verb and measure: "breath little bit short on the
        # stairs", "my breath gets short", "breath is very short"
        *(f"breath {how}short" for how in _HOW_SHORT),
    ),
    "nocturia": (
        "up at night for urine",
        "getting up at night for urine",
        "get up at night for urine",
        "passing urine at night",
        "urine at night",
        "night time urine",
    ),
    "painful urination": tuple(
        f"{what} {when} urine" for what in ("burning", "pain", "any pain", "stinging") for when in _URINE_WHEN
    )
    + ("burning urine", "burning in urine", "burning in the urine"),
    # "thirst also is more", "more thirst": how much, said after the noun
    "excessive thirst": (
        "thirst is more",
        "thirst also is more",
        "more thirst",
        "thirst is increased",
        "too much thirst",
    ),
    "loss of appetite": ("eating not so much", "not eating so much", "appetite is less", "appetite is not there"),
    "decreased activity": ("less active", "not as active", "not so active", "less playful"),
    "cyanosis": ("lips turning blue", "lips turn blue", "lips are blue", "lips went blue", "blue lips", "turning blue"),
    "difficulty speaking": (
        "difficulty speaking",
        "trouble talking",
        "trouble speaking",
        "difficulty talking",
        "problems talking",
        "problem talking",
        "can't get my words out",
    ),
    "bleeding gums": ("bleeding from the gums", "bleeding from gums", "bleeding from my gums", "gum bleeding"),
    "nosebleeds": ("bleeding from the nose", "bleeding from nose", "bleeding from my nose", "nose bleeding"),
    "intermenstrual bleeding": (
        "intermenstrual bleeding",
        "bleeding between periods",
        "bleeding in between periods",
        "spotting between periods",
        "bleeding between your periods",
    ),
    "postcoital bleeding": ("postcoital bleeding", "bleeding after sex", "bleeding after intercourse"),
    "dyspareunia": (
        "pain with sex",
        "pain during sex",
        "painful sex",
        "pain with intercourse",
        "pain during intercourse",
        "hurts during sex",
        "hurts with sex",
    ),
    "vaginal discharge": (
        "vaginal discharge",
        "discharge down below",
        "any discharge down below",
        "white discharge",
    ),
    # said of the genital area, the way patients and GPs in many places say it
    "pelvic pain": ("pain down below", "pain in the private area"),
    "visual aura": (
        "visual aura",
        "zigzag lines",
        "zigzag flashing lines",
        "zig zag lines",
        "zig-zag lines",
        "flashing lines",
        "zigzags",
    ),
    # "giddiness" is dizziness in Indian and British English
    "dizziness": ("giddiness", "giddy", "feeling giddy", "head is spinning", "head spinning"),
    "frequent urination": (
        "passing urine many times",
        "passing urine frequently",
        "urine many times",
        "urinating many times",
        "passing urine again and again",
    ),
    "diarrhea": ("loose motions", "loose motion", "motions are loose", "passing loose stools"),
    "insomnia": (
        "brain won't shut off",
        "mind won't shut off",
        "can't switch off at night",
        # the English of someone still learning it: "all night he no sleep", "I no sleep good"
        *(f"{who} no sleep" for who in ("i", "he", "she", "they", "baby")),
        "no sleep at night",
        "no sleep all night",
    ),
    # wind that comes up, by every form of the verb: "I do burp", "burping a lot", "she belches after food"
    # (not the bare "burp": "burp him after each feed" is what a parent is told to do)
    "belching": ("i burp", "do burp", "burps", "burping", "burped", "burpy", "belch", "belches", "belching", "belched"),
}

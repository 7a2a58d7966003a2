"""The names of specialties and services a patient is referred to, as said and as a note writes them.

"Set you up with gi", "refer you to the physios", "the first seizure clinic": orders.py finds the
referral, this module knows the words. Split from orders.py so that each stays short.
"""

from __future__ import annotations

import re

# The specialty a body part's doctor practises: "the kidney specialist" is nephrology.
_ORGAN_SPECIALTY = {
    "kidney": "nephrology",
    "heart": "cardiology",
    "skin": "dermatology",
    "bone": "orthopedics",
    "lung": "pulmonology",
    "chest": "pulmonology",
    "stomach": "gastroenterology",
    "bowel": "gastroenterology",
    "gut": "gastroenterology",
    "liver": "hepatology",
    "nerve": "neurology",
    "brain": "neurology",
    "foot": "podiatry",
    "feet": "podiatry",
    "ear": "otolaryngology",
    "joint": "rheumatology",
    "hormone": "endocrinology",
    "blood": "hematology",
    "cancer": "oncology",
    "diabetes": "endocrinology",
    "memory": "memory clinic",
}
ORGAN_SPECIALIST = (
    r"(?:" + "|".join(_ORGAN_SPECIALTY) + r")s? (?:and \w+ )?(?:specialists?|doctors?|consultants?|surgeons?)"
)


def organ_specialty(said: str) -> str | None:
    """The specialty of a doctor named by the part they treat ("kidney specialist" -> nephrology), if one."""
    m = re.match(r"(\w+?)s? (?:and \w+ )?(?:specialists?|doctors?|consultants?|surgeons?)$", said)
    return _ORGAN_SPECIALTY.get(m.group(1)) if m else None


# The specialties and services a patient is referred to.
SPEC = (
    # a kind of the specialty may come first: "pain psychology", "pediatric allergy"
    r"(?:(?:pain|pediatric|sports|child|interventional|behavioral|geriatric) )?"
    # (British "physio", "the physios")
    r"(?:(?:physical|occupational) therap(?:y|ist)|physio(?:therap(?:y|ists?))?s?|allergy(?: clinic)?|"
    r"(?:diabetic |dilated )?eye exam|"
    r"[a-z]+ology|[a-z]+ologist|nutritionist|nutrition|dietitian|"
    r"podiatr(?:y|ist)|orthopedics?|orthopedic surgeon|surgeon|specialist|psychiatr(?:y|ist)|"
    r"pediatrician|counselor|therapist|genetic counsel(?:ing|or)|(?:pulmonary|cardiac) rehab(?:ilitation)?|"
    r"behavioral health|mental health|social work(?:er)?|pain management|wound care|sleep medicine|ent|"
    r"allergist|audiology|ob-?gyn|gynecology|eye doctor|ophthalmologist|optometrist|speech therap(?:y|ist)|"
    # ("referring you to the eye hospital for a retina check-up")
    r"eye (?:hospital|clinic|specialist|surgeon|department|unit)|"
    # a clinic or service by its own name: "the first seizure clinic", "the familial cancer service"
    # a specialist named by the body part or work: "a kidney specialist", "the heart doctor", "the falls team"
    rf"{ORGAN_SPECIALIST}|"
    r"hand surgeon|(?:(?!the |a |an |our )[a-z]+ )?[a-z]+ (?:clinic|service|program|programme|team)|"
    # talk therapy, and the short names of specialties: "set you up with gi", "a consult to derm"
    r"cognitive behavioral therapy|cbt|talk therapy|counseling|therapy|"
    r"gi|derm|ortho|neuro|cardio|rheum|endo|pulm|psych|uro|gyn)"
)

# the specialty as a note names it
SPECIALTY = {
    "gi": "gastroenterology",
    "derm": "dermatology",
    "ortho": "orthopedics",
    "neuro": "neurology",
    "cardio": "cardiology",
    "rheum": "rheumatology",
    "endo": "endocrinology",
    "pulm": "pulmonology",
    "psych": "psychiatry",
    "uro": "urology",
    "gyn": "gynecology",
    "cbt": "cognitive behavioral therapy",
    "cardiologist": "cardiology",
    "neurologist": "neurology",
    "dermatologist": "dermatology",
    "orthopedic": "orthopedics",
    "orthopedic surgeon": "orthopedics",
    "physical therapist": "physical therapy",
    "speech therapist": "speech therapy",
    "speech": "speech therapy",  # "pt and speech referrals"
    "urologist": "urology",
    "psychiatrist": "psychiatry",
    "dietitian": "nutritionist",
    "pt": "physical therapy",
    # the British word, as a GP's note writes it
    **dict.fromkeys(["physio", "physios", "physiotherapy", "physiotherapist", "physiotherapists"], "physiotherapy"),
    "air cast": "aircast",
    "endocrinologist": "endocrinology",
    "gastroenterologist": "gastroenterology",
    "pulmonologist": "pulmonology",
    "nephrologist": "nephrology",
    "oncologist": "oncology",
    "pulmonary rehab": "pulmonary rehabilitation",
    "cardiac rehab": "cardiac rehabilitation",
    "social worker": "social work",
    "ophthalmologist": "ophthalmology",
    "eye doctor": "ophthalmology",
    **dict.fromkeys(
        ["eye hospital", "eye clinic", "eye specialist", "eye surgeon", "eye department", "eye unit"], "ophthalmology"
    ),
    "allergist": "allergy",
    "podiatrist": "podiatry",
    "rheumatologist": "rheumatology",
    "gynecologist": "gynecology",
    "gynaecologist": "gynecology",
    "gynaecology": "gynecology",
    "hematologist": "hematology",
    "haematology": "hematology",
    "haematologist": "hematology",
    "optometrist": "optometry",
}

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
    # ("the clinical psychologist", "a consultant dermatologist", "the local podiatrist")
    r"(?:(?:pain|pediatric|sports|child|interventional|behavioral|geriatric|clinical|consultant|local|nhs) )?"
    # the kind of an allied professional: "a pelvic floor physio", "our diabetes educator", "home health nursing",
    # "the practice pharmacist", "the district nurse"
    r"(?:(?:pelvic floor|pelvic health|women's health|hand|vestibular|musculoskeletal|msk|community|district|"
    r"practice|clinic|home health|home care|visiting|diabetes|diabetic|asthma|respiratory|heart failure|continence|"
    r"stoma|wound care|wound|foot care|foot|falls|lactation|smoking cessation|addictions?|mental health|specialist) )?"
    # (British "physio", "the physios")
    r"(?:(?:physical|occupational) therap(?:y|ist)|physio(?:therap(?:y|ists?))?s?|allergy(?: clinic)?|"
    r"(?:diabetic |dilated )?eye exam|"
    r"[a-z]+ology|[a-z]+ologist|nutritionist|nutrition|dietitian|"
    r"podiatr(?:y|ist)|orthopa?edics?|orthopa?edic surgeon|surgeon|specialist|psychiatr(?:y|ist)|"
    r"pediatrician|counselor|therapist|genetic counsel(?:ing|or)|(?:pulmonary|cardiac) rehab(?:ilitation)?|"
    # (a nurse only with the kind said: "the nurse" gives today's injection)
    r"(?<!the )(?<!a )(?<!our )(?<!your )(?<!to )(?<!with )nurses?(?: educators?)?|nursing|educators?|"
    r"pharmacists?|counsell?ors?|"
    r"midwife|midwives|health visitor|home health|home care|"
    r"lactation consultant|"
    r"behavioral health|mental health|social work(?:er)?|pain management|wound care|sleep medicine|ent|"
    r"allergist|audiology|ob-?gyn|gynecology|eye doctor|ophthalmologist|optometrist|speech therap(?:y|ist)|"
    # ("referring you to the eye hospital for a retina check-up")
    r"eye (?:hospital|clinic|specialist|surgeon|department|unit)|"
    # a clinic or service by its own name: "the first seizure clinic", "the familial cancer service"
    # a specialist named by the body part or work: "a kidney specialist", "the heart doctor", "the falls team"
    rf"{ORGAN_SPECIALIST}|"
    # ("the nhs weight management programme", "the diabetes education course")
    r"hand surgeon|(?:(?!the |a |an |our )[a-z]+ ){0,2}[a-z]+ (?:clinic|service|program|programme|team|course)|"
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
    # the British and Australian spelling
    **dict.fromkeys(["orthopaedic", "orthopaedics", "orthopaedic surgeon"], "orthopedics"),
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
    # talking therapy by its professional: "our counselor" is counseling
    **dict.fromkeys(["counselor", "counsellor", "counselors", "counsellors"], "counseling"),
}


def specialty_name(said: str) -> str:
    """The specialty or service a referral is to, as a note names it: "cardiologist" -> cardiology, "kidney
    specialist" -> nephrology, "pelvic floor physiotherapist" -> pelvic floor physiotherapy."""
    if said in SPECIALTY:
        return SPECIALTY[said]
    if organ := organ_specialty(said):
        return organ
    kind, _, head = said.rpartition(" ")
    return f"{kind} {SPECIALTY[head]}" if kind and head in SPECIALTY else said


# How a referral is said (orders.py reads them; moved here to keep orders.py short).
REFERRAL = re.compile(
    # ("put a referral in to our diabetes educator", "refer you on to the memory clinic")
    r"\b(?:(?:refer(?:ral|ring)?|send(?:ing)?) (?:you |her |him |them )?"
    r"(?:back |urgently |routinely |on |also |in |through )?"
    r"(?:to|over to) (?:see )?|"
    # a heading that lists them: "then, referrals: the eye specialist, the podiatrist and the dietitian"
    r"referrals?(?: today| for you)?\s*:\s*|"
    # a GP's letter is the referral: "i'll write to the breast clinic at the hospital"
    r"(?:i'll|i will|i'm going to|we'll) (?:also )?write (?:a letter )?to |"
    # "i'll send a request to the optometrist", "i'll fax a letter to the eye clinic", "put in a request for ent"
    r"(?:send|sending|fax|faxing|put in|putting in) (?:a |an )?(?:request|letter|requisition|note) "
    r"(?:off )?(?:to|for) |"
    r"(?:want|like|need|have) (?:you|her|him) (?:to )?(?:go )?see |should see |referral for |"
    # how GPs elsewhere say it: "I'll book you in with the physio", "write you a referral to see an orthopaedic
    # surgeon", "put you through to the mental health team", "I'd like you to speak to a counsellor" ("you'll
    # need to see a urologist" was tried: it also reads advice, and cost precision on visits nobody tuned for)
    # ("get you booked in with the diabetes educator", "booking her in with the podiatrist")
    r"(?:get (?:you|her|him) )?book(?:ed|ing)? (?:you |her |him )?in (?:with|to see) |"
    r"write (?:you |her |him )?a referral (?:to|for) (?:see )?|"
    r"put (?:you|her|him) through to |"
    # what a care plan or a referral is for: "do a care plan so you can see the diabetes educator"
    r"(?:plan|referral|letter|request|form) so (?:that )?(?:you|she|he) can (?:see|get in with|be seen by) |"
    r"(?:want|like|need) (?:you|her|him) to (?:speak|talk) (?:to|with) |"
    # "get you in with a gastroenterologist", "set you up with gi", "a consult to neurology"
    r"get (?:you|her|him) (?:in )?(?:with|to see) |set (?:you|her|him) up (?:with|to see) |"
    r"consult(?:ation)? (?:to|with|for) |"
    # "should be evaluated by urology", "i'd like you to be seen by a cardiologist"; "follow up with cardiology"
    # (a specialty named bare; "follow up with your dermatologist" is the doctor already seen)
    r"(?:be|get|getting|being) (?:evaluated|seen|assessed|checked out|looked at|reviewed) by |"
    r"(?<!\bto )follow(?:-| )?up with (?=(?:a |an )?[a-z]+(?:ology|ologist)\b)|"
    # "i'm calling dr okafor in rheumatology to get you in"
    r"(?:i'm|i am|i'll|i will|we'll|we will) (?:calling|call|messaging|message|emailing|email|speaking to|talking to) "
    r"(?=dr\.? )|"
    # the service asked to come and see the patient: "i'd like the foot care nurse to look after that callus"
    r"(?:i'd like|i would like|i want|i'll get|i'll ask|we'll get|let's get) "
    r"(?=(?:the |a |an |our )?[a-z' -]{2,40}? to (?:see|look at|look after|visit|review|assess|dress|manage)\b))"
    # a named doctor of the specialty: "referring you to dr. baptiste in rheumatology"
    r"(?:dr\.? [a-z]+ (?:in|from|at|over in) )?(?:a |an |the |our )?"
    rf"({SPEC})\b"
)
# "referring you to physical therapy, and to our pain psychologist": the list goes on being referrals, item
# by item ("the eye specialist for the screening, the podiatrist for that callus, and the dietitian"), but not
# across a new clause of its own ("..., and we'll see what the cardiology letter says")
ALSO = re.compile(
    r"(?:(?!\b(?:i|we|you|i'll|we'll|you'll|if|but|when|they|he|she)\b)[^.;?]){0,110}?"
    # "a consult to audiology ..., one to podiatry, and one to eye clinic": each "one" is a referral (the
    # number reader has made it "1")
    rf"(?:,|,? (?:and|as well as|plus)) (?:also )?(?:(?:one|1|another(?: one)?) )?(?:to |with )?(?:see )?"
    rf"(?:a |an |the |our )?({SPEC})\b"
)
# what a referral is for is no second referral: "physio for a falls and balance program", "behavioral health
# for therapy, cbt"
PURPOSE_ITEM = re.compile(
    r"\bfor\b(?:[^,]* (?:and|plus) [a-z ]+|[^,]*,\s*(?:cbt|counseling|(?:cognitive behavioral |talk )?therapy))$"
)
# "pt and speech referrals", "a derm referral": the referral named after the specialty
NAMED_REFERRALS = re.compile(rf"\b(?:({SPEC}|pt) (?:and|&) )?({SPEC}|speech) referrals?\b")

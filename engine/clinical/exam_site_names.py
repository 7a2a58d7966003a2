"""How a note names an examined site: which sites are limbs and paired, the organ a sign belongs to, and
the part's chart name ("cva" is the flank, "the bottom of the big toe" the plantar great toe).

``exam_terms`` holds the words that find a site in speech; this module names and pairs what was found.
"""

from __future__ import annotations

import re

# Sites with a left and a right: an examined limb with no side said is the side the visit is about.
LIMB_SITES = re.compile(
    r"\b(?:epicondyle|malleolus|joint line|knees?|patella|kneecap|ankles?|foot|feet|midfoot|toes?|hips?|"
    r"shoulders?|elbows?|wrists?|hands?|palms?|fingers?|thumbs?|forearms?|arms?|legs?|calf|thigh|shins?|heel|achilles|"
    r"cheek|eyelid|testicles?|testis|"
    r"ears?|eyes?|breasts?|flank|cva|groin|adnexa|trochanter|humerus|clavicle|metatarsals?|phalanx|tibia|"
    r"fibula|lower extremity|upper extremity|joints?|ligament)$"
)
# Parts within a limb: with no side said, they are on the side of the limb being examined.
LIMB_PART = re.compile(
    r"\b(?:epicondyle|malleolus|joint line|patella|kneecap|heel|achilles|tibia|fibula|trochanter|metatarsals?|"
    r"phalanx|joints?|ligament)$"
)
# Paired sites said in the plural are both sides: "lungs are clear", "edema in the lower extremities".
PAIRED_PLURAL = re.compile(
    r"\b(?:lower extremities|upper extremities|extremities|lungs|lung fields|lung bases|legs|feet|hands|knees|"
    r"breasts|wrists|ankles|hips|shoulders|ears|eyes|arms|elbows|carotids|tympanic membranes|pupils|calves|tonsils|"
    r"thighs|great toes|toes|fundi|turbinates|sinuses|ear canals|cheeks|eyelids|shins|forearms|testicles|"
    # the digits and nails of both hands or feet: "no clubbing of the fingers"
    r"fingers|fingernails|toenails|nails|knuckles|soles|heels|palms|limbs|"
    r"antecubital fossae|antecubital areas|popliteal fossae|popliteal areas|"
    # the knuckles counted by their fingers ("the second and third knuckles"), as a note names them
    r"(?:first|second|third|fourth|fifth) metacarpophalangeal joints)$"
)
# The organ a finding belongs to when no site is said: murmurs are the heart's, crackles the lungs'.
ORGAN = [
    (re.compile(r"rhythm|murmur|gallop|\brub|click|ectopic|heart sounds"), "heart"),
    (
        re.compile(r"crackles|rales|wheez|rhonchi|breath sounds|clear to auscultation|stridor|air movement|air entry"),
        "lungs",
    ),
    (re.compile(r"jugular (?:venous|vein)|jvd|jvp|thyromegaly|thyroid enlargement"), "neck"),
    (re.compile(r"retractions|ribs|work of breathing"), "chest"),
    (re.compile(r"flaring"), "nose"),
    # a pulse named by its artery is felt where that artery is: the radial at the wrist, the pedal on the foot
    (re.compile(r"\bradial pulses?\b"), "wrist"),
    (re.compile(r"\b(?:dorsalis pedis|posterior tibial|pedal) pulses?\b"), "foot"),
    (re.compile(r"eye movements|extraocular"), "eyes"),  # both eyes move: never the visit's one side
    (
        re.compile(r"rebound|guarding|distended|hepatomegaly|splenomegaly|organomegaly|bowel sounds|peritoneal"),
        "abdomen",
    ),
]
# "cva tenderness" is tenderness of the flank (costovertebral angle), the site notes write.
SITE_NAMES = {
    # felt through the belly wall: "tender over the bladder" is suprapubic tenderness
    "bladder": "suprapubic area",
    "suprapubic": "suprapubic area",
    "cva": "flank",
    "costovertebral angle": "flank",
    "belly": "abdomen",
    "tummy": "abdomen",
    # tapped "over the kidneys" is the costovertebral angle a note charts as flank tenderness
    "kidney": "flank",
    "kidneys": "flank",
    "stomach": "abdomen",
    "kneecap": "patella",
    "base": "lung base",
    "bases": "lung bases",
}
# Lay and short names of parts, as a note writes them.
_PART_WORDS = {
    "eardrums": "tympanic membranes",
    "eardrum": "tympanic membrane",
    "ear drums": "tympanic membranes",
    "ear drum": "tympanic membrane",
    "tms": "tympanic membranes",
    "tm": "tympanic membrane",
    "atfl": "anterior talofibular ligament",
    "big toe": "great toe",
    "great toe joint": "first metatarsophalangeal joint",  # the joint at the base of the big toe
    # "the outer ankle" is the lateral ankle a note writes
    "outer": "lateral",
    "inner": "medial",
    "big toenail": "great toenail",
    "mtp": "metatarsophalangeal",
    "mcp": "metacarpophalangeal",
    "pip": "proximal interphalangeal",
    "dip": "distal interphalangeal",
}
# The aspect said as a place on a part: "the bottom of the foot" is plantar, "the inside of the knee" medial.
ASPECTS = {
    "bottom": "plantar",
    "sole": "plantar",
    "top": "dorsal",
    "front": "anterior",
    "inside": "medial",
    "outside": "lateral",
    # the hand's edges named by the digit on them: "the pinky side of your palm" is its ulnar side
    "pinky": "ulnar",
    "thumb": "radial",
    **{w: w for w in "lateral medial anterior posterior dorsal volar plantar palmar upper lower".split()},
}

# The top and bottom of the belly, as patients are told where it is tender (the foot's top is dorsal).
_TRUNK = frozenset({"abdomen", "belly", "tummy", "stomach"})
_TRUNK_ASPECTS = {"top": "epigastrium", "upper": "upper abdomen", "bottom": "lower abdomen", "lower": "lower abdomen"}


# A knuckle counted by its finger is that finger's metacarpophalangeal joint: "the second and third knuckles"
# are the second and third MCPs a note writes (knuckles not counted stay as said).
_COUNTED_KNUCKLES = re.compile(
    r"\b((?:first|second|third|fourth|fifth)(?:,? (?:and|or) (?:first|second|third|fourth|fifth))*) knuckle(s?)\b"
)


def site_name(site: str, aspect: str = "") -> str:
    """The part as a note names it: "bottom" of the "big toe" is the plantar great toe."""
    site = SITE_NAMES.get(site, site)
    for said, note in _PART_WORDS.items():
        site = re.sub(rf"\b{said}\b", note, site)
    site = _COUNTED_KNUCKLES.sub(r"\1 metacarpophalangeal joint\2", site)
    if re.fullmatch(r"lungs?", site) and aspect in ("bottom", "base", "bottoms", "bases"):
        return "lung base"  # "at the bottom of the right lung" is its base, not a plantar lung
    if site in _TRUNK and aspect in _TRUNK_ASPECTS:
        return _TRUNK_ASPECTS[aspect]  # "the top of the tummy" is the epigastrium, never a dorsal belly
    prefix = ASPECTS.get(aspect, "")
    return f"{prefix} {site}" if prefix and prefix not in site else site


def side_word(word: str) -> str:
    """ "both", "bilaterally" -> "bilateral"; "right", "left" unchanged."""
    return "bilateral" if word.startswith(("both", "bilateral", "either", "each")) else word


# Adjectives in a finding's name that say its site: "adnexal mass", "cervical lymphadenopathy".
SITE_ADJECTIVES = {
    "adnexal": "adnexa",
    "cervical": "neck",
    "inguinal": "groin",
    "axillary": "axilla",
    "cva": "flank",
    "costovertebral angle": "flank",
    "pedal": "foot",
    "suprapubic": "suprapubic area",
    "pharyngeal": "pharynx",
    "tonsillar": "tonsils",
    "peritonsillar": "tonsils",
    "lower extremity": "lower extremities",
    "carotid": "carotid",
    "testicular": "testicle",
    "scrotal": "scrotum",
    "conjunctival": "conjunctiva",
    "scleral": "sclera",
}

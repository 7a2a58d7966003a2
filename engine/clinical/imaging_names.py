"""Imaging studies named in a sentence: the kind of study and the part imaged, as a note names them.

"An x-ray of your right knee", "x-rays of both hands and both feet", "a knee x-ray", "an ultrasound of your
tummy": the site may follow the study or come first as an adjective, and its everyday name is charted as a
note writes it ("the abdomen", "the lumbar spine"). Split from labs.py, whose ``named_tests`` merges these
hits with the lab tests, so that each module keeps to one job and stays short.
"""

from __future__ import annotations

import re

_SITE = (
    r"(?:(?:right|left|bilateral) )?(?:lumbar spine|cervical spine|thoracic spine|spine|back|neck|knee|knees|hips?|"
    r"ankles?|foot|feet|wrists?|hands?|fingers?|elbows?|shoulders?|arms?|forearms?|humerus|femur|leg|chest|abdomen|"
    r"pelvis|head|"
    r"brain|kidneys?|renal arteries|heart|lungs?|breasts?|thyroid|sinuses|middle finger|index finger|thumb|"
    r"gallbladder|liver|bladder|carotids?|carotid arteries|legs|scrotum|testicles?|prostate|belly|tummy|stomach|"
    r"lower back|low back|upper back)"
)
# the site as a note names it
_SITE_NAME = {
    "lower back": "lumbar spine",
    "low back": "lumbar spine",
    "upper back": "thoracic spine",
    # ("an ultrasound of your tummy")
    **dict.fromkeys(["belly", "tummy", "stomach"], "abdomen"),
}
_KIND = {
    "x ray": "x-ray",
    "xray": "x-ray",
    "cat scan": "ct",
    "ct scan": "ct",
    "echo": "echocardiogram",
    "ct angiography": "ct angiogram",
    "pet ct": "pet-ct",
    "vq scan": "v/q scan",
    "ventilation perfusion scan": "v/q scan",
    "ankle brachial index": "ankle-brachial index",
}
# Studies by names the kinds below lacked: nuclear medicine, contrast studies, vessels by ultrasound, and the
# ultrasound by its route ("a doppler of your leg to rule out a clot", "a hida scan", "a transvaginal
# ultrasound"); each is tried before the plain kind it starts with ("ct angiogram" before "ct")
_MORE_KINDS = (
    r"ct angiogram|ct angiography|hida scan|bone scan|pet scan|pet-ct|pet ct|v/q scan|vq scan|"
    r"ventilation perfusion scan|barium swallow|barium enema|mra|mrcp|(?:venous |arterial )doppler|"
    # (a bare "doppler" may be the handheld one that listens to a baby's heartbeat)
    r"doppler (?:ultrasound|study|scan)|doppler(?= of (?:the|your|his|her|both) )|"
    r"(?:venous |arterial )?duplex(?: scan)?|transvaginal ultrasound|scrotal ultrasound|"
    r"ankle[- ]brachial index"
)
# a pregnancy's scans, named by what they look at: "a growth scan at thirty-two weeks", "the anomaly scan"
_OBSTETRIC = r"(?:growth|dating|anomaly|anatomy|fetal|obstetric|nuchal|viability) (?:scan|ultrasound)"
# "a knee x-ray", "an abdominal ultrasound", "a head ct": the site said first, as an adjective or a noun
# (the chest x-ray is lexicon.ORDERS' own name)
_SITE_FIRST = {
    "abdominal": "abdomen",
    "pelvic": "pelvis",
    "renal": "kidneys",
    "kidney": "kidneys",
    "lumbar": "lumbar spine",
}
IMAGING_SITE_FIRST = re.compile(
    r"\b((?:(?:right|left|bilateral) )?(?:knee|hip|ankle|foot|wrist|hand|elbow|shoulder|spine|lumbar|neck|head|"
    # (the chest x-ray is lexicon.ORDERS' own name, read before this: "chest" here is a ct or an mri)
    r"brain|abdominal|pelvic|renal|kidney|gallbladder|thyroid|carotid|breast|sinus|chest))"
    r" (x-ray|x ray|xray|mri|ct scan|ct|cat scan|ultrasound)s?\b"
)
IMAGING = re.compile(
    rf"\b((?:{_MORE_KINDS})(?![a-z])|x-ray|x ray|xray|mri|ct scan|ct|cat scan|ultrasound|echocardiogram|echo|"
    rf"mammogram|dexa scan|bone density scan|stress test|colonoscopy|endoscopy|{_OBSTETRIC})"
    # ("x-rays of both hands": the plural, and both sides)
    rf"(?:s(?= of))?(?: (?:of|on) (?:the |your |her |his |my |that |this |both )?({_SITE})(?![a-z]))?"
)
# "x-rays of both hands and both feet": the same study of a second part
_AND_SITE = re.compile(rf"\s*,?\s*(?:and|&) (?:the |your |both )?({_SITE})(?![a-z])")


def _site_said(said: str, site: str) -> str:
    """The part an imaging study is of, as a note names it: "both hands" stays both, else "the knee"."""
    site = _SITE_NAME.get(site, site)
    return f"both {site}" if re.search(r"\bboth\b", said) else f"the {site}"


def imaging_studies(low: str) -> list[tuple[int, int, str]]:
    """Imaging named kind first, with its site when said ("an mri of the lumbar spine", "x-rays of both hands
    and both feet"): (start, end, name) of each, in order."""
    hits: list[tuple[int, int, str]] = []
    for m in IMAGING.finditer(low):
        obstetric = re.fullmatch(_OBSTETRIC, m.group(1))
        kind = m.group(1).replace(" scan", " ultrasound") if obstetric else _KIND.get(m.group(1), m.group(1))
        name = f"{kind} of {_site_said(m.group(0), m.group(2))}" if m.group(2) else kind
        hits.append((m.start(), m.end(), name))
        if m.group(2) and (more := _AND_SITE.match(low, m.end())):
            hits.append((more.start(1), more.end(), f"{kind} of {_site_said(more.group(0), more.group(1))}"))
    return hits


def imaging_site_first(low: str) -> list[tuple[int, int, str]]:
    """Imaging named site first ("a knee x-ray", "an abdominal ultrasound"): (start, end, name) of each."""
    hits: list[tuple[int, int, str]] = []
    for m in IMAGING_SITE_FIRST.finditer(low):
        side, _, site = m.group(1).rpartition(" ")
        site = (side + " " if side else "") + _SITE_FIRST.get(site, site)
        hits.append((m.start(), m.end(), f"{_KIND.get(m.group(2), m.group(2))} of the {site}"))
    return hits

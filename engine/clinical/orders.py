"""Orders, referrals and results: tests asked for today kept apart from tests already done.

The same test can be both ("your A1c came back at 8.2 ... we'll recheck your A1c in three months"):
a mention is a result when its sentence reports it (came back, showed, was, a value), an order when it
asks for it (order, get, schedule, send, refer), and neither in a question or an explanation.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.lexicon import find_phrases
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_SITE = (
    r"(?:(?:right|left|bilateral) )?(?:lumbar spine|cervical spine|thoracic spine|spine|back|neck|knee|knees|hip|"
    r"ankle|foot|feet|wrist|hand|finger|elbow|shoulder|arm|forearm|humerus|femur|leg|chest|abdomen|pelvis|head|"
    r"brain|kidneys?|renal arteries|heart|lungs?|breasts?|thyroid|sinuses|middle finger|index finger|thumb)"
)
_IMAGING = re.compile(
    rf"\b(x-ray|x ray|xray|mri|ct scan|ct|cat scan|ultrasound|echocardiogram|echo|mammogram|dexa scan|"
    rf"bone density scan|stress test|colonoscopy|endoscopy)(?: (?:of|on) (?:the |your |her |his |my )?({_SITE}))?"
)
_REFERRAL = re.compile(
    r"\b(?:refer(?:ral|ring)?|send) (?:you |her |him |them )?(?:back )?(?:to|over to) (?:see )?(?:a |an |the |our )?"
    r"((?:physical|occupational) therap(?:y|ist)|[a-z]+ology|[a-z]+ologist|nutritionist|dietitian|"
    r"podiatr(?:y|ist)|orthopedics?|orthopedic surgeon|surgeon|specialist|psychiatr(?:y|ist)|"
    r"pediatrician|counselor|therapist|genetic counsel(?:ing|or))"
)
_THERAPY = re.compile(r"\b(physical therapy|occupational therapy|genetic counseling|genetic testing|pt)\b")
_DEVICES = re.compile(
    r"\b(crutches|splint|sling|brace|aircast|air cast|boot|cast|walker|cane|nebulizer|spacer|strainer)\b"
)
_ORDER_CUE = re.compile(
    r"\b(?:order|ordering|get|getting|schedule|scheduling|send|sending|refer|referral|check|recheck|repeat|"
    r"draw|obtain|i want|we'll|we will|i'll|let's|going to|gonna|need(?:s)? (?:a|an|to)|should have|put you in|"
    r"give you|prescribe|set you up|place)\b"
)
_RESULT_CUE = re.compile(
    r"\b(?:came back|come back|showed|shows|show|revealed|reveals|results?|was|were|is|are|looked|looks|"
    r"reviewed|normal|abnormal|elevated|high|low|negative|positive|no evidence|unremarkable|fracture|"
    r"measured|at \d)"
)
_VALUE = re.compile(
    r"\b(?:at|of|was|is|were|came back|showed)\s+(?:about |around |a |an )?(\d+(?:\.\d+)?(?: ?%| percent)?)"
    r"|(\d+(?:\.\d+)? (?:percent|%))|\b(normal|abnormal|elevated|unremarkable|negative|positive|"
    r"no (?:evidence of )?(?:a )?(?:fracture|acute \w+|\w+ abnormality))"
)
_SPECIALTY = {
    "cardiologist": "cardiology",
    "neurologist": "neurology",
    "dermatologist": "dermatology",
    "orthopedic": "orthopedics",
    "orthopedic surgeon": "orthopedics",
    "physical therapist": "physical therapy",
    "urologist": "urology",
    "psychiatrist": "psychiatry",
    "dietitian": "nutritionist",
    "pt": "physical therapy",
    "endocrinologist": "endocrinology",
    "gastroenterologist": "gastroenterology",
    "pulmonologist": "pulmonology",
    "nephrologist": "nephrology",
    "oncologist": "oncology",
}


def _tests(low: str) -> list[tuple[int, int, str]]:
    hits = [(a, b, name) for name, phrases in lexicon.ORDERS.items() for a, b, _ in find_phrases(low, phrases)]
    for m in _IMAGING.finditer(low):
        kind = {"x ray": "x-ray", "xray": "x-ray", "cat scan": "ct", "ct scan": "ct", "echo": "echocardiogram"}.get(
            m.group(1), m.group(1)
        )
        name = f"{kind} of the {m.group(2)}" if m.group(2) else kind
        hits.append((m.start(), m.end(), name))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if not any(h[0] < b and a < h[1] for a, b, _ in out):
            out.append(h)
    return out


def orders_and_results(sentences: list[Sentence]) -> tuple[list[Fact], list[Fact]]:
    """(orders, results): tests, referrals and devices asked for today; test results reported."""
    orders: dict[str, Fact] = {}
    results: dict[str, Fact] = {}
    for s in sentences:
        low = s.low
        for a, b, name in _tests(low):
            if s.question_at(a):
                continue
            before, after = low[max(0, a - 60) : a], low[b : b + 60]
            value = _VALUE.search(after)
            reported = _RESULT_CUE.search(after) or re.search(r"\b(?:your|the|her|his) $", before) and value
            wanted = _ORDER_CUE.search(before) or re.match(r"\s*(?:today|next|in \d+|again)\b", after)
            if wanted and not re.search(r"\b(?:came back|showed|revealed)\b", after):
                orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(a, b)))
            elif reported:
                attrs = {}
                end = b
                if value:
                    attrs["value"] = next(g for g in value.groups() if g)
                    end = b + value.end()
                prev = results.get(name)
                if prev is None or ("value" not in prev.attributes and attrs):
                    results[name] = Fact(kind=FactKind.result, name=name, attributes=attrs, evidence=s.evidence(a, end))
        for m in _REFERRAL.finditer(low):
            if s.question_at(m.start()):
                continue
            spec = _SPECIALTY.get(m.group(1), m.group(1))
            spec = {"physical therapist": "physical therapy"}.get(spec, spec)
            name = f"referral to {spec}"
            orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(m.start(), m.end())))
        for pattern in (_THERAPY, _DEVICES):
            for m in pattern.finditer(low):
                if s.question_at(m.start()) or not _ORDER_CUE.search(low[max(0, m.start() - 60) : m.start()]):
                    continue
                name = _SPECIALTY.get(m.group(1), m.group(1))
                if pattern is _THERAPY and name in {"physical therapy", "occupational therapy"}:
                    name = f"referral to {name}"
                if any(name in k for k in orders):
                    continue
                orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(m.start(), m.end())))
    return list(orders.values()), list(results.values())

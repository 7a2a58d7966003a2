"""A current pregnancy as a problem of the visit, told by how far along the patient is.

"Pregnancy" alone is too common a word to chart (a pregnancy test, "no chance of pregnancy", a past one), so
the vocabulary never reads it. An antenatal visit says the pregnancy by its gestational age instead: "you're
twenty-eight weeks today", "by the scan dates you're twenty-nine weeks", "I'm 12 weeks pregnant". Only the
present tense of the patient counts: "when I was ten weeks" is a past pregnancy, "she's six weeks old" a baby,
"you're not better in two weeks" a wait.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept, display
from engine.types import Fact, FactKind

_NUMBER = (
    r"(?:\d{1,2}|(?:twenty|thirty|forty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# the patient now (the clinician's "you're", the patient's "I'm"), then the weeks, with only a hedge between
_ALONG = re.compile(
    r"\b(?:you're|you are|i'm|i am|she's|she is)(?: (?:now|only|just|about|around|nearly|almost|exactly))*"
    rf" {_NUMBER}(?: and (?:a half|\w+ days?))? weeks?\b"
    # "... weeks old / ago / postpartum / after the surgery": no pregnancy of today
    r"(?! (?:old|ago|postpartum|post|out|after|since|from|of age|into|late|overdue|behind|clean|sober|in\b|on\b|off\b))"
)
# the visit is about a pregnancy: said outright, or an antenatal word
_PREGNANT_VISIT = re.compile(
    r"\b(?:pregnan\w*|antenatal|prenatal|fundal|gestation\w*|the baby's (?:heart|movements?)|baby moving|"
    r"scan dates|due date|edd|midwife)\b"
)
# "Any chance of pregnancy?" "No.", "the pregnancy test was negative": no pregnancy to chart
_NOT_PREGNANT = re.compile(
    r"\b(?:not pregnant|no chance|pregnancy test (?:is|was|came back) negative|negative pregnancy test|"
    r"chance (?:of|you could be|that you're) (?:pregnancy|pregnant)|could you be pregnant|might be pregnant|"
    r"possibility of pregnancy)\b"
)
_BEFORE = re.compile(r"\b(?:when|was|were|had been|last time|before)\b[^,.;?]*$")
_CODE = "Z33.1"


def pregnancy(sentences: list[Sentence]) -> list[Fact]:
    """ "Pregnancy" (Z33.1) where the clinician or the patient says how many weeks along she is now."""
    if not any(_PREGNANT_VISIT.search(s.low) for s in sentences) or any(_NOT_PREGNANT.search(s.low) for s in sentences):
        return []
    for s in sentences:
        if s.segment.speaker not in ("clinician", "patient"):
            continue
        for m in _ALONG.finditer(s.low):
            if s.question_at(m.start()) or _BEFORE.search(s.low[max(0, m.start() - 40) : m.start()]):
                continue
            concept = Concept("pregnancy", _CODE, display(_CODE))
            attrs = {"icd10": concept.code, "icd10_description": concept.display}
            return [Fact(kind=FactKind.problem, name=concept.name, attributes=attrs, evidence=s.evidence(*m.span()))]
    return []

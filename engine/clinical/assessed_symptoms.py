"""A symptom the clinician names as the assessment itself: "my impression is that you have this episode of
chest pain", "your first problem is right foot pain", "for your first problem of your sore throat".

Symptom names (ICD-10-CM chapter R) are outside the problem vocabulary, so the plan's heading would be lost;
a clinician who files a symptom as a problem of the plan charts it as one. Only the words right after the
cue count: a symptom told further on ("my impression is a sprain, the pain should settle") is the symptom's.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.symptom_sites import symptom_mentions
from engine.clinical.vocabulary import Concept, find_problems

# The heading of the assessment, up to where its problem is named (fillers and "this episode of" allowed).
_HEADING = re.compile(
    r"\b(?:(?:my|the) (?:impression|assessment|diagnosis)(?: (?:of you|here|today|at this time))?"
    r"(?:,? (?:is|is is|was))?(?:,? that)?(?:,? (?:you have|you've got|she has|he has|it's|it is))?|"
    r"(?:first|second|third|fourth|next|other|last) problem(?:,? (?:is|was|of))?)"
    r"(?:,? (?:um|uh|your|the|her|his|this|an?|some|an episode of|episodes? of|this episode of|"
    r"acute|chronic|ongoing|persistent|right|left|right-sided|left-sided|bilateral))*[,\s]+$"
)


# "for your first problem, your back pain, I think you're having a recurrence of your kidney stones": the heading
# is explained by the diagnosis that follows, and the diagnosis is the problem ("could be related to" is not one).
_EXPLAINED = re.compile(
    r"\b(?:consistent with|i think (?:you|it|this|that)(?:'re| are|'s| is| have| has)?(?: having)?|"
    r"(?:this|it|that) (?:is|'s)(?: an?)?|you have|due to|secondary to|caused by|from)\b"
)
_EXPLAINED_WITHIN = 160
# a heading whose symptom is said to be over or absent is no problem of today
_SETTLED = re.compile(
    r"[,\s]*(?:(?:has|have|is|are|was|'s)\s+)?(?:now\s+|completely\s+|fully\s+|all\s+)?"
    r"(?:resolved|gone|better|settled|ruled out|not|no longer|cleared|improved)\b"
)


def _explained(sentences: list[Sentence], s: Sentence, end: int) -> bool:
    """Whether the clinician's next words (to the next sentence of the turn) name the diagnosis behind the
    symptom that ends at ``end``: "your back pain. I think you have a lumbar strain"."""
    after = s.low[end:]
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if nxt is not None and nxt.segment.id == s.segment.id:
        after += " " + nxt.low
    after = after[:_EXPLAINED_WITHIN]
    cue = _EXPLAINED.search(after)
    return bool(cue and find_problems(after[cue.end() :]))


def problem_hits(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """Symptoms named as the problem of the clinician's impression or plan heading in sentence ``s``."""
    if s.segment.speaker != "clinician":
        return []  # the patient's "my first problem is the cough" is a complaint, read as a symptom
    low, out = s.low, []
    for a, b, concept in symptom_mentions(low):
        if (
            _HEADING.search(low[max(0, a - 90) : a])
            and not _explained(sentences, s, b)
            and not _SETTLED.match(low, b)  # "your other problem, the back pain, has completely resolved"
        ):
            out.append((a, b, concept))
    return out

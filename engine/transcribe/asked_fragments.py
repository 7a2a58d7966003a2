"""The tail of a question that a pause cut off and the labeller gave to the patient.

A clinician's list question is often said with pauses ("any unusual discharge, ... itching, odor down
there?") and a small model drops its question mark. Cut at the pause (engine/transcribe/pauses.py), the
tail says nothing about who spoke, and the labeller may give it to the patient, who then seems to report
the very symptoms they deny in the next breath ("No, nothing like that."): on rendered visits this charted
denied symptoms as present. A short tail the labeller was unsure of, between the clinician and the
patient's bare yes or no, is the clinician's: an answer follows the question, not another remark.
"""

from __future__ import annotations

import re

from engine.clinical.answers import bare_answer
from engine.types import Segment

CLINICIAN, PATIENT = "clinician", "patient"
UNSURE = 0.7  # the labeller's confidence under which a tail may be moved
MAX_WORDS = 5
# what a patient's own short remark has and a question's tail does not
_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|mine|we|our|it's|that's|just|only)\b", re.I)


def give_question_tails_to_the_clinician(segments: list[Segment], labelled: list[bool]) -> list[Segment]:
    """``segments`` with each short, unsure patient tail between a clinician segment and a patient's bare
    answer given to the clinician (confidence 0.5: still shown as a guess). ``labelled[i]`` says whether the
    labeller gave segment ``i`` its role (a given label is never changed)."""
    out = list(segments)
    for i in range(1, len(out) - 1):
        s, prev, nxt = out[i], out[i - 1], out[i + 1]
        if not (
            labelled[i]
            and s.speaker == PATIENT
            and (s.speaker_confidence or 1.0) < UNSURE
            and prev.speaker == CLINICIAN
            and nxt.speaker == PATIENT
            and bare_answer(nxt.text)
            and len(s.text.split()) <= MAX_WORDS
            and not bare_answer(s.text)
            and not _OWN.search(s.text)
        ):
            continue
        out[i] = s.model_copy(update={"speaker": CLINICIAN, "speaker_confidence": 0.5})
    return out

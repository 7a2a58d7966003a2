"""Deterministic fact extraction: every fact carries the evidence spans it was read from.

Nothing here is generated: a fact exists only because words in the transcript say it. The draft and
the verifier build on these facts, which is what keeps the tiny local model from inventing medicine.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.drug_certainty import mark_uncertain_drugs
from engine.clinical.exam import exam_sentences, findings
from engine.clinical.history import family_and_past, family_by_reference, social, surgeries
from engine.clinical.lexicon import find_drugs, find_phrases
from engine.clinical.orders import orders_and_results
from engine.clinical.sentences import Sentence, split
from engine.clinical.symptoms import problems, symptoms
from engine.clinical.vitals import vitals
from engine.types import Evidence, Fact, FactKind, Transcript

UNIT_NORMAL = {
    "milligram": "mg",
    "milligrams": "mg",
    "mg": "mg",
    "mgs": "mg",
    "microgram": "mcg",
    "micrograms": "mcg",
    "mcg": "mcg",
    "gram": "g",
    "grams": "g",
    "g": "g",
    "unit": "units",
    "units": "units",
    "puff": "puffs",
    "puffs": "puffs",
    "tablet": "tablets",
    "tablets": "tablets",
    "pill": "tablets",
    "pills": "tablets",
    "ml": "mL",
    "milliliter": "mL",
    "milliliters": "mL",
    "millilitre": "mL",
    "millilitres": "mL",
    "drop": "drops",
    "drops": "drops",
    "capsule": "capsules",
    "capsules": "capsules",
}
DOSE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(" + "|".join(sorted(UNIT_NORMAL, key=len, reverse=True)) + r")\b")
FREQUENCIES: list[tuple[str, str]] = [
    (r"\b(?:once|one time|1 time) (?:a|per|each) day\b|\bonce daily\b|\bdaily\b|\bevery day\b", "once daily"),
    (r"\b(?:twice|two times|2 times) (?:a|per|each) day\b|\btwice daily\b|\bbid\b", "twice daily"),
    (r"\b(?:three times|3 times) (?:a|per|each) day\b|\btid\b", "three times daily"),
    (r"\b(?:four times|4 times) (?:a|per|each) day\b|\bqid\b", "four times daily"),
    (r"\bevery (\d+) hours\b", "every {0} hours"),
    (r"\bevery (?:night|evening)\b|\bnightly\b|\bat (?:night|bedtime)\b", "nightly"),
    (r"\bevery morning\b|\bin the morning\b", "every morning"),
    (r"\bonce (?:a|per) week\b|\bweekly\b", "weekly"),
    (
        r"\bas needed\b|\bwhen needed\b|\bif you need it\b|\bprn\b|\bwhen (?:the|my|her|his|she|he|i)\b[^.]*\b"
        r"(?:bad|sick|hurts?|needed)\b|\bonly use it when\b",
        "as needed",
    ),
]
ROUTES: list[tuple[str, str]] = [
    (r"\bby mouth\b|\borally\b|\bpo\b|\btablets?\b|\bpills?\b|\bcapsules?\b", "oral"),
    (r"\bpuffs?\b|\binhal(?:er|ed|ation)\b|\bnebuli[sz]er\b", "inhaled"),
    (r"\bcream\b|\bointment\b|\bgel\b|\btopical(?:ly)?\b|\bpatch\b", "topical"),
    (r"\binjections?\b|\bsubcutaneous(?:ly)?\b|\bshots?\b", "subcutaneous"),
    (r"\bintravenous(?:ly)?\b|\biv\b|\bdrip\b", "intravenous"),
    (r"\bintramuscular(?:ly)?\b|\bim\b", "intramuscular"),
    (r"\bnasal spray\b|\bnostril\b|\bintranasal\b", "nasal"),
    (r"\beye drops?\b", "ophthalmic"),
]
_DURATION = re.compile(r"\bfor (?:the next )?(\d+) (day|week|month)s?\b")
STATUS_CUES: list[tuple[str, str]] = [
    (
        r"\b(?:continue|continuing|stay on|keep taking|keep using|keep you on|remain on|refill|refills|renew|"
        r"(?:had|have|'ve) (?:put|started) (?:you|her|him) on)\b",
        "active",
    ),
    (r"\b(?:stop|stopping|stopped|discontinue|discontinued|quit|come off|hold off on|no longer)\b", "stopped"),
    (
        r"\b(?:increase|increasing|decrease|decreasing|double|halve|change|changing|switch|adjust|bump (?:you|it) up|"
        r"go up on|higher dose|lower dose)\b",
        "changed",
    ),
    (
        r"\b(?:start|starting|begin|prescribe|prescribing|i'll give|i will give|(?:going to|gonna|gon na) give|"
        r"put you on|put her on|put him on|instead|add|adding|new prescription|you can use|you can take|"
        r"(?:i'd|i would|i) (?:like|want) (?:you|her|him) to (?:take|use|try)|try|dispense|send in|"
        r"(?:going to|gonna|gon na) (?:put you on|prescribe|start))\b",
        "started",
    ),
    (r"\b(?:taking|takes|take|i'm on|she's on|he's on|using|uses|have|has|been on)\b", "active"),
]
_REACTS = re.compile(r"\s+(?:makes?|made|gives?|gave|causes?|caused) (?:me|her|him)\b")
# "400 milligrams per 5 milliliters, 8 milliliters twice a day": a liquid's strength, then the dose taken.
_STRENGTH = re.compile(r"^\s*(?:per|/|in|every)\s*(\d+(?:\.\d+)?)\s*(?:ml|milliliters?|millilitres?|cc)\b")
_LATER_STEP = re.compile(
    r"\b(?:then|followed by|and then)\s+(\d+(?:\.\d+)?)\s*(?:mg|milligrams?)\b"
    r"(?:[^.;]{0,40}?for (?:the next )?(\d+) days?)?"
)
_IMPERATIVE = re.compile(r"^\s*(?:(?:so|okay|and|now),?\s+)?(?:please\s+)?(?:take|use|give her|give him|apply)\b")
_MED_CONTEXT = re.compile(r"\b(?:medication|medicine|pill|tablet|inhaler|taking|takes|prescri)")
_NKA = re.compile(
    r"\b(?:no known (?:drug )?allergies|nkda|not allergic|no allergies|not that (?:we|i) know of|"
    r"none that (?:we|i) know of|no drug allergies)\b|^\s*(?:no|none|nope)\b"
)


def _frequency(text: str) -> tuple[str, int, int] | None:
    best = None
    for pattern, label in FREQUENCIES:
        m = re.search(pattern, text)
        if m and (best is None or m.start() < best[1]):
            best = (label.format(*m.groups()), m.start(), m.end())
    return best


def _status(text: str) -> str | None:
    for pattern, status in STATUS_CUES:
        if re.search(pattern, text):
            return status
    return None


def _medications(sentences: list[Sentence], allergens: set[str]) -> list[Fact]:
    facts: dict[str, Fact] = {}
    for s in sentences:
        drugs = find_drugs(s.low)
        for k, (a, b, generic) in enumerate(drugs):
            if s.question_at(a):
                continue
            stop = drugs[k + 1][0] if k + 1 < len(drugs) else len(s.low)
            after = s.low[b:stop]
            dose_m = DOSE.search(after)
            if dose_m and dose_m.start() > 40:
                dose_m = None
            before_m = None
            if dose_m is None:  # "two puffs of albuterol", "500 milligrams of metformin"
                before_m = re.search(DOSE.pattern + r"\s+(?:of\s+)?(?:the\s+|your\s+|her\s+|his\s+)?$", s.low[:a])
            if lexicon.is_drug_class(generic) or (generic in allergens and not dose_m):
                continue  # "allergic to penicillin" is an allergy, not a medication
            freq = _frequency(after)
            status = _status(s.low[:a][-60:]) or _status(after)
            if _IMPERATIVE.match(s.low) and status in {None, "active"} and s.segment.speaker != "patient":
                status = "started"  # the clinician's "Take azithromycin 500 mg ..." is a prescription
            if status is None and s.index > 0:  # "i'm putting you on something for pain. tramadol, 50 mg ..."
                prev_s = sentences[s.index - 1]
                if prev_s.segment.speaker == s.segment.speaker and not find_drugs(prev_s.low):
                    status = _status(prev_s.low)
            asked = (
                s.index > 0 and sentences[s.index - 1].is_question and _MED_CONTEXT.search(sentences[s.index - 1].low)
            )
            if not (dose_m or freq or status or asked or _MED_CONTEXT.search(s.low)):
                continue  # a drug word with nothing medication-like around it
            ev_end = b
            attrs: dict[str, str] = {}
            if dose_m:
                attrs["dose"] = f"{dose_m.group(1)} {UNIT_NORMAL[dose_m.group(2)]}"
                ev_end = max(ev_end, b + dose_m.end())
                strength = _STRENGTH.match(after[dose_m.end() :])
                if strength:
                    attrs["strength"] = f"{attrs['dose']}/{strength.group(1)} mL"
                    rest = after[dose_m.end() + strength.end() :]
                    taken = DOSE.search(rest)
                    if taken and UNIT_NORMAL[taken.group(2)] == "mL" and taken.start() < 30:
                        attrs["dose"] = f"{taken.group(1)} mL"
                        ev_end = max(ev_end, b + dose_m.end() + strength.end() + taken.end())
                step = _LATER_STEP.search(after[dose_m.end() :])
                if step:  # "500 mg today then 250 mg daily for four days"
                    days = f" for {step.group(2)} days" if step.group(2) else ""
                    attrs["regimen"] = f"{attrs['dose']} first, then {step.group(1)} mg{days}"
                    ev_end = max(ev_end, b + dose_m.end() + step.end())
            elif before_m:
                attrs["dose"] = f"{before_m.group(1)} {UNIT_NORMAL[before_m.group(2)]}"
            if freq:
                attrs["frequency"] = freq[0]
                ev_end = max(ev_end, b + freq[2])
            route = next((r for pat, r in ROUTES if re.search(pat, s.low[max(0, a - 30) : b + 80])), None)
            if route:
                attrs["route"] = route
            dur = _DURATION.search(after)
            if dur:
                n, unit = dur.group(1), dur.group(2)
                attrs["duration"] = f"{n} {unit}" + ("" if n == "1" else "s")
                ev_end = max(ev_end, b + dur.end())
            ev = s.evidence(before_m.start() if before_m else a, ev_end)
            prev = facts.get(generic)
            if prev is None:
                attrs["status"] = status or "active"
                facts[generic] = Fact(kind=FactKind.medication, name=generic, attributes=attrs, evidence=ev)
                continue
            facts[generic] = _merge(prev, attrs, status, ev)
    return list(facts.values())


def _merge(prev: Fact, attrs: dict[str, str], status: str | None, ev: list[Evidence]) -> Fact:
    """A later mention of the same drug: a new dose or schedule on a drug already taken is a change;
    "stop" wins over "taking"; details said later replace those said earlier."""
    old = prev.attributes.get("status", "active")
    new = status or old
    # A change needs a known old value: "I took some ibuprofen" then "ibuprofen as needed" is not a change.
    differs = any(
        prev.attributes.get(k) and k in attrs and attrs[k] != prev.attributes[k] for k in ("dose", "frequency")
    )
    new_dose = "dose" in attrs and not prev.attributes.get("dose")
    if old == "active" and new in {"active", "started"} and (differs or (new == "started" and new_dose)):
        new = "changed"
    elif old == "active" and new == "started":  # "you can take Tylenol" for what they already take
        new = "active"
    if new == "active" and old in {"started", "stopped", "changed"}:
        new = old
    if old == "changed" and new == "started":  # "we'll give you the motrin" after the new dose
        new = old
    merged = {**prev.attributes, **attrs, "status": new}
    if "frequency" in attrs and "duration" not in attrs:
        merged.pop("duration", None)
    return prev.model_copy(update={"attributes": merged, "evidence": [*prev.evidence, *ev]})


def _allergies(sentences: list[Sentence]) -> list[Fact]:
    facts: dict[str, Fact] = {}
    asked_at: int | None = None
    for s in sentences:
        low = s.low
        if "allerg" in low and s.is_question:
            asked_at = s.index
            continue
        in_answer = asked_at is not None and s.index - asked_at <= 2
        explicit = re.search(
            r"\ballergic to\b|\ballerg(?:y|ies) to\b|\ballergies\b[^.?!]{0,25}?,|"
            r"\b(?:makes?|made|gives?|gave) (?:me|her|him) (?:throw up|sick|hives|a rash|break out|itch)",
            low,
        )
        drugs = [d for d in find_drugs(low) if not explicit or d[0] >= explicit.start() or _REACTS.match(low[d[1] :])]
        if explicit or in_answer:
            drugs += [
                (a, b, lexicon.NON_DRUG_ALLERGENS[w])
                for a, b, w in find_phrases(low, lexicon.NON_DRUG_ALLERGENS)
                if not any(x < b and a < y for x, y, _ in drugs)
            ]
        if not (explicit or in_answer):
            continue
        m = _NKA.search(low)
        if m and not drugs:
            facts.setdefault(
                "no known drug allergies",
                Fact(
                    kind=FactKind.allergy,
                    name="no known drug allergies",
                    negated=True,
                    evidence=s.evidence(m.start(), m.end()),
                ),
            )
            asked_at = None
            continue
        drugs.sort()
        for k, (a, b, generic) in enumerate(drugs):
            stop = drugs[k + 1][0] if k + 1 < len(drugs) else len(low)  # its own reaction, not the next one's
            if in_answer and not explicit and (DOSE.search(low[b : b + 40]) or _status(low[max(0, a - 40) : a])):
                continue  # "I'll add empagliflozin 10 mg" after the allergy question is a prescription
            ev = s.evidence(a, b)
            attrs = {}
            for nxt in sentences[s.index : s.index + 2]:
                lo, hi = (b, stop) if nxt is s else (0, len(nxt.low))
                if nxt is not s and k + 1 < len(drugs):
                    break
                hits = [h for h in find_phrases(nxt.low, lexicon.REACTIONS) if lo <= h[0] < hi]
                if hits:
                    ra, rb, word = hits[0]
                    attrs["reaction"] = lexicon.REACTION_NAMES.get(word, word)
                    ev = ev + nxt.evidence(ra, rb)
                    break
            facts.setdefault(generic, Fact(kind=FactKind.allergy, name=generic, attributes=attrs, evidence=ev))
        if drugs:
            asked_at = None
    return list(facts.values())


_FOLLOW = re.compile(
    r"\b(?:see (?:you|her|him|them|me)|check (?:on )?(?:you|her|him|them)|come back|come in|follow up|follow-up|"
    r"followup|return|check back|recheck|back|touch base|visit|revisit)(?: with (?:me|us|you|her|him))?"
    r"(?: (?:again|back|here|in the office|in clinic))*"
    r" in (?:about |another |around |maybe )?(\d+|a|an|one|two|three|four|six)(?: (?:to|or) (\d+))? "
    r"(day|week|month|year)s?\b"
    r"|\bin (\d+|a|an)(?: (?:to|or) (\d+))? (day|week|month)s?(?:'s time)? (?:for a |for |to )?"
    r"(?:follow|recheck|see you|check|come back)"
)
_FOLLOW_PRN = re.compile(
    r"\b(?:follow up|come back|return|see (?:you|me)) (?:with (?:me|us) )?(?:as needed|if needed|prn)\b"
)
_WORDNUM = {"a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "six": "6"}


def _follow_up(sentences: list[Sentence]) -> list[Fact]:
    for s in reversed(sentences):
        m = _FOLLOW.search(s.low)
        if m:
            g = m.groups()
            n, upper, unit = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
            n = _WORDNUM.get(n, n)
            interval = f"{n}-{upper} {unit}s" if upper else f"{n} {unit}" + ("" if n == "1" else "s")
            return [
                Fact(
                    kind=FactKind.follow_up,
                    name="follow-up",
                    attributes={"interval": interval},
                    evidence=s.evidence(m.start(), m.end()),
                )
            ]
    for s in reversed(sentences):
        m = _FOLLOW_PRN.search(s.low)
        if m:
            return [
                Fact(
                    kind=FactKind.follow_up,
                    name="follow-up",
                    attributes={"interval": "as needed"},
                    evidence=s.evidence(m.start(), m.end()),
                )
            ]
    return []


def extract(transcript: Transcript) -> list[Fact]:
    """All facts in the transcript, each with evidence, in a stable order (by kind, then first mention)."""
    sentences = split(transcript)
    allergies = _allergies(sentences)
    allergens = {f.name for f in allergies}
    exam = exam_sentences(sentences)
    problem_facts, mentions = problems(sentences, exam)
    orders, results = orders_and_results(sentences)
    facts = (
        _medications(sentences, allergens)
        + allergies
        + vitals(sentences)
        + symptoms(sentences, exam)
        + problem_facts
        + orders
        + results
        + findings(sentences, exam)
        + _dedupe(family_and_past(mentions) + family_by_reference(sentences, mentions))
        + surgeries(sentences)
        + social(sentences)
        + _follow_up(sentences)
    )
    # A drug name heard with low confidence or re-heard stays visibly uncertain (issue 17).
    return mark_uncertain_drugs(facts, transcript)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, name, relation): two routes to the same family history are one entry."""
    seen: dict[tuple, Fact] = {}
    for f in facts:
        seen.setdefault((f.kind, f.name, f.attributes.get("category"), f.attributes.get("relation")), f)
    return list(seen.values())


def warm_extraction() -> None:
    """Load the drug dictionary, the ICD-10-CM vocabularies and ConText now (a few seconds, once)."""
    from engine.clinical import context, vocabulary

    lexicon.drug_dictionary()
    vocabulary.warm()
    context.warm()


def unattributed_doses(sentences: list[Sentence]) -> list[Evidence]:
    """Doses said with no recognisable drug name before them: the clinician must listen and fill them in."""
    out: list[Evidence] = []
    for s in sentences:
        drugs = find_drugs(s.low)
        for m in DOSE.finditer(s.low):
            if s.question_at(m.start()):
                continue
            if m.group(2) in {"g", "ml"} and not drugs:
                continue  # "a gram of", "5 ml" without drugs is rarely a prescription
            if not any(b <= m.start() and m.start() - b <= 40 for _, b, _ in drugs):
                a = max(0, s.low.rfind(" ", 0, max(0, m.start() - 20)) + 1)
                out.extend(s.evidence(a, m.end())[:1])
    return out


def first_evidence(fact: Fact) -> Evidence | None:
    """The earliest evidence span of a fact, for display."""
    return min(fact.evidence, key=lambda e: (e.start_s, e.segment_id)) if fact.evidence else None

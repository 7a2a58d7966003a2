"""What is said of a medication besides its status: dose, strength, regimen, frequency, route and duration.

Read by medications() once the status of a drug's mention is settled; moved out of medications.py to keep
that loop short. A regimen or course the clinician spells out still makes the mention a prescription.
"""

from __future__ import annotations

import re

from engine.clinical.dose_ranges import dose_range
from engine.clinical.dose_words import restated_total, tablets_of_strength, tablets_taken
from engine.clinical.dosing import DOSE, DURATION, ROUTES, UNIT_NORMAL, bare_strength, frequency
from engine.clinical.medication_phrases import (
    COUNT_BEFORE,
    LATER_STEP,
    PUFFS_OF,
    STRENGTH_PER,
    dose_taken,
    new_strength,
    spoon_dose,
)
from engine.clinical.sentences import Sentence
from engine.types import Evidence

# "the red one proair": "one" after "the <word>" points at a thing (the number reader writes it 1); no count
_POINTER_ONE = re.compile(r"\b(?:the|that|this|my|your|her|his) [a-z]+ $")


# the clinician bringing in a drug the patient does not know by name ("an antidepressant called sertraline"),
# not one the patient was on ("you were on a tablet called ...")
_INTRODUCED = re.compile(
    r"^(?!.*\b(?:you|she|he|they)(?:'re| are| were| was|'ve been| have been| had| took| tried| used)\b)"
    r".*\b(?:a|an)\s+(?:new\s+)?(?:[a-z-]+\s+)?(?:medication|medicine|drug|tablet|pill|capsule|antidepressant|"
    r"antibiotic|cream|inhaler|injection|spray|patch|gel)\s+called\s+$"
)


# "Micronor, starting today": the day a drug begins
_STARTING_NOW = re.compile(
    r"\W*(?:starting|start it|begin(?:ning)?) (?:today|tonight|tomorrow|now|this (?:morning|evening|week))\b"
)
# the clinician's instruction for a drug taken when needed ("two tablets, up to three times a day when you need
# it", "tylenol if you need it"): advice on how to take it, given today
_TAKE_WHEN_NEEDED = re.compile(
    r"\bup to (?:\d|once|twice|one|two|three|four) times? (?:a|per) day\b|\b(?:when|if) you need (?:it|them|one|to)\b"
)


_NEXT_CLAUSE = re.compile(r",\s+(?:and|then|but|plus)\b|;")


def _range_words(s: Sentence, before_m: re.Match | None, after: str) -> str:
    """The words a dose range may be read from: around a dose said before the drug, else after it."""
    if before_m is not None:
        return s.low[max(0, before_m.start() - 12) : before_m.end()]
    return after[:80]


def advised_when_needed(s: Sentence, own: str, status: str | None) -> bool:
    """Whether the clinician tells how to take a drug when needed ("Tylenol, two tablets, up to three times a day
    when you need it"): advice given today, so a drug first named this way is started (medications() asks only
    for a drug not named before in the visit)."""
    return status is None and s.segment.speaker != "patient" and bool(_TAKE_WHEN_NEEDED.search(own))


def medication_attributes(
    s: Sentence,
    a: int,
    b: int,
    generic: str,
    after: str,
    own: str,
    status: str | None,
    *,
    freq: tuple[str, int, int] | None,
    dose_m: re.Match | None,
    before_m: re.Match | None,
    spoken: str | None,
    liquid: bool | None,
    nxt: Sentence | None,
) -> tuple[dict[str, str], list[Evidence], str | None]:
    """The attributes of the drug said at ``a:b`` of ``s``, the evidence they were read from, and its status.

    ``after`` and ``own`` are the words after the drug (``own`` without the next drug's verb); ``dose_m`` and
    ``before_m`` the dose said after or before it; ``spoken`` a dose said in words; ``liquid`` whether the dose
    after it is a liquid's strength per mL; ``nxt`` the speaker's next sentence when it gives the dose;
    ``freq`` the frequency in ``after``. The status comes back "started" where a regimen or course is spelled
    out by the clinician, else as given.
    """
    ev_end = b
    attrs: dict[str, str] = {}
    extra_ev: list[Evidence] = []
    if dose_m:
        attrs["dose"] = f"{dose_m.group(1)} {UNIT_NORMAL[dose_m.group(2)]}"
        ev_end = max(ev_end, b + dose_m.end())
        strength = STRENGTH_PER.match(after[dose_m.end() :])
        if strength:
            attrs["strength"] = f"{attrs['dose']}/{strength.group(1)} mL"
            rest = after[dose_m.end() + strength.end() :]
            taken = DOSE.search(rest)
            if taken and UNIT_NORMAL[taken.group(2)] == "mL" and taken.start() < 30:
                attrs["dose"] = f"{taken.group(1)} mL"
                ev_end = max(ev_end, b + dose_m.end() + strength.end() + taken.end())
        puffs = PUFFS_OF.match(after[dose_m.end() :])
        if puffs and UNIT_NORMAL[dose_m.group(2)] in {"mg", "mcg"}:  # "Flovent, 44 micrograms, two puffs"
            attrs["strength"] = attrs["dose"]
            attrs["dose"] = f"{puffs.group(1)} {UNIT_NORMAL[puffs.group(2)]}"
            ev_end = max(ev_end, b + dose_m.end() + puffs.end())
        elif taken := tablets_taken(attrs["dose"], after[dose_m.end() :]):
            attrs["dose"] = taken  # "they're five milligram tablets so you'll take six tablets today"
        step = LATER_STEP.search(after[dose_m.end() :])
        if step:  # "500 mg today then 250 mg daily for four days"
            days = f" for {step.group(2)} days" if step.group(2) else ""
            attrs["regimen"] = f"{attrs['dose']} first, then {step.group(1)} mg{days}"
            ev_end = max(ev_end, b + dose_m.end() + step.end())
    elif before_m:
        attrs["dose"] = f"{before_m.group(1)} {UNIT_NORMAL[before_m.group(2)]}"
    elif spoken:
        attrs["dose"] = spoken  # "two of the 500s", "I'm on 20 of the lisinopril"
    elif bare := bare_strength(generic, after):
        attrs["dose"] = bare
    elif generic == "aspirin" and re.search(r"\bbaby\s+$", s.low[:a]):
        attrs["dose"] = "81 mg"  # "a baby aspirin" is the 81 mg tablet
    elif s.low[a:b] == "epipen" and re.match(r"\s*(?:jr|junior)\b", after):
        attrs["dose"] = "0.15 mg"  # the EpiPen Jr is the 0.15 mg auto-injector (as a baby aspirin is 81 mg)
    elif spoon := spoon_dose(s.low[:a]):
        attrs["dose"] = spoon  # "a teaspoon of the Benadryl"
    elif (count := COUNT_BEFORE.search(s.low[:a])) and not _POINTER_ONE.search(s.low[: count.start()]):
        attrs["dose"] = f"{count.group(1)} tablet" + ("s" if count.group(1) != "1" else "")  # "two aleve"
    elif status == "changed" and (bare := new_strength(generic, own, s.low[s.clause_start(a) : a])):
        attrs["dose"] = bare  # "increase your lisinopril to 40", "go up to 50 on the metoprolol"
    around = s.low[max(s.clause_start(a), a - 30) : b + 25]  # "two Tylenol, the extra strength"
    if counted_strength := tablets_of_strength(generic, attrs.get("dose", ""), after, around):
        attrs["dose"] = counted_strength
    if attrs.get("dose", "").endswith((" mg", " mcg", " g")):
        attrs["dose"] = dose_taken(attrs["dose"], s, a, b, after, dose_m, before_m)
    if liquid and nxt is not None and (taken := DOSE.search(nxt.low)) and UNIT_NORMAL[taken.group(2)] == "mL":
        attrs["dose"] = f"{taken.group(1)} mL"
        extra_ev = nxt.evidence(0, len(nxt.low))
    elif nxt is not None and not dose_m and "dose" not in attrs:
        said = DOSE.search(nxt.low)
        attrs["dose"] = f"{said.group(1)} {UNIT_NORMAL[said.group(2)]}"
        if counted := tablets_of_strength(generic, attrs["dose"], nxt.low[said.start() :]):
            attrs["dose"] = counted  # "The gliclazide ... Just one tablet, eighty, with iftar."
        if (puffs := PUFFS_OF.match(nxt.low, said.end())) and UNIT_NORMAL[said.group(2)] in {"mg", "mcg"}:
            attrs["strength"], attrs["dose"] = attrs["dose"], f"{puffs.group(1)} {UNIT_NORMAL[puffs.group(2)]}"
        if not freq and (later := frequency(nxt.low[said.end() :])):
            attrs["frequency"] = later[0]
        if nd := DURATION.search(nxt.low):  # "Cephalexin. 500 mg four times a day for 7 days.": a course
            attrs["duration"] = f"{nd.group(1)} {nd.group(2)}" + ("" if nd.group(1) == "1" else "s")
        step = LATER_STEP.search(nxt.low[said.end() :])
        if step:
            days = f" for {step.group(2)} days" if step.group(2) else ""
            attrs["regimen"] = f"{attrs['dose']} first, then {step.group(1)} mg{days}"
        if step and s.segment.speaker != "patient" and status in {None, "active"}:
            status = "started"  # a regimen the clinician spells out is a prescription
        extra_ev = nxt.evidence(0, len(nxt.low))
    if attrs.get("dose", "").endswith(("tablet", "tablets", "capsule", "capsules")):
        # "Panado. Two tablets, that's one gram": the amount the count makes is the dose
        told = (after, nxt.low if nxt is not None and extra_ev else "")
        if total := next((t for text in told if (t := restated_total(text))), None):
            attrs["dose"] = total
    # "one or two puffs": the top is the dose every check compares; the range is what the note shows
    if (
        status != "changed"
        and attrs.get("dose")
        # the range said where the dose was read: after the drug, or just before a dose said before it
        # (never the words before the drug, which may be the previous drug's: "ibuprofen 200 to 400 mg, then
        # paracetamol 400 mg")
        and (said := dose_range(_range_words(s, before_m, after), attrs["dose"]))
    ):
        attrs["dose_range"] = said
    if freq:
        attrs["frequency"] = freq[0]
        ev_end = max(ev_end, b + freq[2])
    # the route words after the drug end with its clause ("cut the gliclazide down to 30 mg, and add a once-a-week
    # injection called Ozempic": the injection is the Ozempic's)
    clause = _NEXT_CLAUSE.search(own)
    reach = min(80, clause.start() if clause else len(own))
    route = next((r for pat, r in ROUTES if re.search(pat, s.low[max(0, a - 30) : b + reach])), None)
    if route:
        attrs["route"] = route
    dur = DURATION.search(after)
    if dur:
        n, unit = dur.group(1), dur.group(2)
        attrs["duration"] = f"{n} {unit}" + ("" if n == "1" else "s")
        ev_end = max(ev_end, b + dur.end())
    if status is None and s.segment.speaker != "patient" and ("regimen" in attrs or "duration" in attrs):
        status = "started"  # "azithromycin, 500 mg today then 250 daily for four days": a prescription
    if status is None and s.segment.speaker != "patient" and _INTRODUCED.search(s.low[max(0, a - 50) : a]):
        status = "started"  # "and second, a medication, an antidepressant called sertraline": new to them
    if status is None and s.segment.speaker != "patient" and _STARTING_NOW.match(after):
        status = "started"  # "One, Micronor, starting today."
    ev = s.evidence(before_m.start() if before_m else a, ev_end) + extra_ev
    return attrs, ev, status

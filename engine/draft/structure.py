"""Note structure built from grounded pieces: the chief complaint, and assessment and plan per problem.

Both only arrange sentences that already carry evidence (fact sentences and verified transcript
sentences); nothing here writes new clinical content. The chief complaint is the visit's most discussed
present symptom or problem that came up early, in its vocabulary name; the assessment and plan is one
numbered block per problem, each item (a selected sentence, a medication change, an order) placed under
the problem it names, or else under the problem being discussed when it was said.
"""

from __future__ import annotations

import re

from engine.clinical.drug_certainty import drug_phrase
from engine.clinical.problem_certainty import problem_line, problem_title
from engine.draft.verify import GroundTruth
from engine.types import DraftSentence, Fact, FactKind

_WORD = re.compile(r"[a-z]{4,}")
# what by_problem() places itself; other facts a template puts in the section are listed before it
BY_PROBLEM_KINDS = frozenset({FactKind.problem, FactKind.medication, FactKind.order, FactKind.follow_up})
PLAN_STATUSES = frozenset({"started", "stopped", "changed"})
_GENERIC = frozenset("disease disorder syndrome unspecified other chronic acute type with without".split())


def _first_time(fact: Fact) -> float:
    return min((e.start_s for e in fact.evidence), default=float("inf"))


def _current(fact: Fact) -> bool:
    """A present complaint or problem of the patient's (not denied, not past history)."""
    return not fact.negated and fact.attributes.get("timing") != "history"


def complaints(facts: list[Fact], truth: GroundTruth) -> list[Fact]:
    """What brought the patient in: one or two present symptoms or problems, in the order first said.

    Scored per candidate: how often it was mentioned, plus a bonus when its first mention falls in the
    first third of the visit, where the reason for the visit is asked.
    """
    candidates = [f for f in facts if f.kind in (FactKind.symptom, FactKind.problem) and _current(f)]
    # what the patient only hedged ("maybe a little runny nose") did not bring them in, if anything else did
    candidates = [f for f in candidates if f.attributes.get("certainty") is None] or candidates
    if not candidates:
        return []
    end = visit_length(truth)

    def score(f: Fact) -> float:
        early = _first_time(f) <= end / 3
        return len(f.evidence) + (2.0 if early else 0.0) - _first_time(f) / end

    ranked = sorted(candidates, key=score, reverse=True)
    chosen = [ranked[0]]
    if len(ranked) > 1 and score(ranked[1]) >= 0.8 * score(ranked[0]) and ranked[1].name not in ranked[0].name:
        chosen.append(ranked[1])
    return sorted(chosen, key=_first_time)


def visit_length(truth: GroundTruth) -> float:
    """Seconds from the start of the visit to the end of its last sentence (at least 1)."""
    last = truth.sentences[-1] if truth.sentences else None
    return (last.evidence(0, len(last.low))[-1].end_s if last else 0.0) or 1.0


def named(fact: Fact, truth: GroundTruth | None = None) -> str:
    """A complaint's name with its side when the visit gives that site one side only ("right knee pain").

    Every "right/left <site>" of the whole visit counts, so "not the right knee, it's the left knee" names
    no side rather than the wrong one.
    """
    site = re.sub(r"\s+(?:pain|swelling)$", "", fact.name)
    if site == fact.name or re.search(r"\b(?:right|left)\b", fact.name):
        return fact.name
    text = truth.low_text if truth else " ".join(e.quote.lower() for e in fact.evidence)
    sides = set(re.findall(rf"\b(right|left)(?:\s+(?:side|sided))?\s+{re.escape(site)}", text))
    return f"{sides.pop()} {fact.name}" if len(sides) == 1 else fact.name


def chief_complaint(facts: list[Fact], truth: GroundTruth) -> list[DraftSentence]:
    """One line naming what brought the patient in, with the evidence of every mention; [] if nothing."""
    chosen = complaints(facts, truth)
    if not chosen:
        return []
    text = " and ".join(problem_title(f, named(f, truth), cap=False) for f in chosen)
    evidence = [e for f in chosen for e in f.evidence]
    return [DraftSentence(text=text[0].upper() + text[1:] + ".", source="facts", evidence=evidence)]


def _keywords(problem: Fact) -> set[str]:
    words = set(_WORD.findall(problem.name.lower())) - _GENERIC
    for e in problem.evidence:
        words |= set(_WORD.findall(e.quote.lower())) - _GENERIC
    return words


def _time(s: DraftSentence) -> float:
    """When an item was said: a fact's last mention (the plan comes after the history), a sentence's own."""
    times = [e.start_s for e in s.evidence]
    if not times:
        return float("inf")
    return max(times) if s.source == "facts" else min(times)


def _owner(item: DraftSentence, problems: list[Fact], keys: list[set[str]], window: float) -> int | None:
    """Index of the problem an item belongs to: the one it names, else the one mentioned last before it
    within ``window`` seconds (a condition from the history an hour-quarter earlier is not the topic)."""
    words = set(_WORD.findall(item.text.lower()))
    named = [i for i, k in enumerate(keys) if k & words]
    if len(named) == 1:
        return named[0]
    t = _time(item)
    before = [
        (max(e.start_s for e in p.evidence if e.start_s <= t), i)
        for i, p in enumerate(problems)
        if any(e.start_s <= t for e in p.evidence)
    ]
    if named:
        before = [b for b in before if b[1] in named] or [(0.0, named[0])]
        return max(before)[1]
    before = [b for b in before if t - b[0] <= window]
    return max(before)[1] if before else None


_PLAN_VERBS = {"started": "Start", "stopped": "Stop", "changed": "Change", "active": "Continue"}


def medication_plan(fact: Fact) -> str:
    """ "Start lisinopril 10 mg once daily." / "Stop ibuprofen." for a medication fact (an unsure drug name
    is never stated as certain): one wording for the plan list and the assessment and plan."""
    a = fact.attributes
    verb = _PLAN_VERBS.get(a.get("status", "active"), "Continue")
    if verb == "Stop":
        return f"Stop {drug_phrase(fact)}."
    duration = f"for {a['duration']}" if a.get("duration") else ""
    detail = " ".join(x for x in (fact.dose_text(), a.get("frequency", ""), duration) if x)
    return f"{verb} {drug_phrase(fact)} {detail}".strip() + "."


def plan_items(facts: list[Fact], selected: list[DraftSentence]) -> list[DraftSentence]:
    """The assessment-and-plan items: selected sentences, medication changes and orders, one each."""
    items = list(selected)
    for f in facts:
        if f.kind == FactKind.medication and f.attributes.get("status") in PLAN_STATUSES:
            items.append(DraftSentence(text=medication_plan(f), source="facts", evidence=list(f.evidence)))
        elif f.kind == FactKind.order:
            items.append(DraftSentence(text=f"Ordered: {f.name}.", source="facts", evidence=list(f.evidence)))
    return items


def by_problem(
    facts: list[Fact],
    selected: list[DraftSentence],
    history: list[Fact] = (),
    fallback: list[Fact] = (),
    window: float = float("inf"),
    truth: GroundTruth | None = None,
) -> list[DraftSentence]:
    """Assessment and plan as numbered problems, each followed by its items; follow-up last.

    The problems are the visit's present problems, and past-history conditions that an item names ("for
    your depression, ..."): a chronic condition reviewed at this visit. An item that names no problem
    belongs to the one discussed within ``window`` seconds before it; failing that, to ``fallback`` (the
    chief complaint: "1. Knee pain."), or it is listed first, unnumbered, so nothing grounded is dropped.
    Problems with items come first, in the order first said; the others are listed after them.
    """
    items = sorted(plan_items(facts, selected), key=_time)
    item_words = set().union(*(set(_WORD.findall(i.text.lower())) for i in items)) if items else set()
    problems = [f for f in facts if f.kind == FactKind.problem and _current(f)]
    # "anemia" beside "iron deficiency anemia" is the same problem said less exactly
    problems = [p for p in problems if not any(p.name != q.name and p.name in q.name for q in problems)]
    known = {p.name for p in problems}
    for h in history:
        if (
            h.kind == FactKind.history
            and h.attributes.get("category") == "past_medical"
            and h.name not in known
            and set(_WORD.findall(h.name.lower())) - _GENERIC & item_words
        ):
            problems.append(h)
            known.add(h.name)
    problems.sort(key=_first_time)
    keys = [_keywords(p) for p in problems]
    groups: dict[int, list[DraftSentence]] = {}
    loose: list[DraftSentence] = []
    for item in items:
        owner = _owner(item, problems, keys, window) if problems else None
        (loose if owner is None else groups.setdefault(owner, [])).append(item)
    complaint = next((i for i, p in enumerate(problems) if fallback and p.name == fallback[0].name), None)
    if loose and complaint is not None:  # said before any problem came up: about the chief complaint
        groups[complaint] = sorted(loose + groups.get(complaint, []), key=_time)
        loose = []
    extra = [f for f in fallback if f.name not in known] if loose else []
    heads = [(p, groups.get(i, [])) for i, p in enumerate(problems)]
    if extra:
        heads.insert(0, (extra[0], loose))
        loose = []
    heads.sort(key=lambda h: (not h[1], _first_time(h[0]) if h[1] else 0.0))
    out = list(loose)
    for n, (p, its) in enumerate(heads, 1):
        name = named(p, truth) if p.kind == FactKind.symptom else p.name
        head = f"{n}. {problem_line(p, name, no_code='')}"  # "1. Possible gout (M10.9; differential: cellulitis)."
        out.append(DraftSentence(text=head, source="facts", evidence=list(p.evidence)))
        out.extend(its)
    for f in facts:
        if f.kind == FactKind.follow_up:
            out.append(
                DraftSentence(
                    text=follow_up_text(f.attributes.get("interval", f.name)),
                    source="facts",
                    evidence=list(f.evidence),
                )
            )
    return out


def follow_up_text(interval: str) -> str:
    """ "Follow up in 4 weeks." / "Follow up as needed." """
    joiner = " " if interval.startswith(("as ", "if ", "when ", "after ", "before ", "with ")) else " in "
    return f"Follow up{joiner}{interval}."

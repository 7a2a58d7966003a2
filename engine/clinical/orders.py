"""Orders, referrals and results: tests asked for today kept apart from tests already done.

The same test can be both ("your A1c came back at 8.2 ... we'll recheck your A1c in three months"):
a mention is a result when its sentence reports it (came back, showed, was, a value), an order when it
asks for it (order, get, schedule, send, refer), and neither in a question or an explanation. The words
that ask for an order or say it is not wanted are in order_cues.py; procedures, vaccines, therapies and
devices ordered are read by treatment_orders.py.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.answered_results import answered_results
from engine.clinical.dipstick_results import chart_pads
from engine.clinical.earlier_results import earlier_results
from engine.clinical.home_weights import home_weights
from engine.clinical.lab_names import ORDERED_ONLY
from engine.clinical.labs import LABS, named_tests
from engine.clinical.order_cues import DONE_ELSEWHERE, NOT_ORDERED, ORDER_CUE
from engine.clinical.order_declines import not_declined
from engine.clinical.order_reading import (
    PANEL_PARTS,
    asked_for,
    checked_by,
    checked_with_panel,
    glossed,
    headed_values,
    one_more,
    only_tests,
    part_of_ordered,
    repeated,
)
from engine.clinical.order_timing import conditional, put_off_list
from engine.clinical.outside_readings import outside_readings
from engine.clinical.referrals import referrals
from engine.clinical.result_values import (
    FROM_TO,
    NOW_VALUE,
    PAST_AFTER,
    POINTS_BACK,
    better_value,
    not_a_result,
    said_as_you,
    todays_value,
    value,
)
from engine.clinical.screening_scores import screening_scores
from engine.clinical.sentences import Sentence
from engine.clinical.treatment_orders import treatment_orders
from engine.types import Fact, FactKind

_TODAY_VALUE = re.compile(
    r"\s*today,? (?:(?:it's |it is |is |was |came back |shows? |at )(?:about |at |only )?\d|"
    # "your ecg today was normal": today's result, said in words
    r"(?:it's |it is |is |was |came back |looks |looked |showed )(?:completely |totally |perfectly )?"
    r"(?:normal|abnormal|fine|clear|negative|positive|unremarkable|good)\b)"
)
_WHEN = re.compile(r"\s*(?:today|next week|in \d+|again)\b")
# between two tests of one list; "labs today: a sed rate, crp ..." opens a list with a heading
_LIST_GAP = re.compile(r"[\s,]*(?:(?:today|now)\s*:?[\s,]*)?(?:and|or)?\s*(?:an?|the|some)?\s*")
_JOIN = re.compile(r"[\s,]*(?:and|or)?\s*(?:an?|the|some)?\s*")
# "undetectable", "lower than detectable", "not detected": a viral load below what the assay reads
_BELOW_ASSAY = re.compile(r"(?:undetectable|(?:lower|less) than (?:the )?detectable|not detected)")

_MEAL_SUGARS = {"fasting blood sugar", "post-prandial blood sugar"}

# Looking at a test that was done: a result, whatever words follow.
_REVIEW_CUE = re.compile(
    # ("come back on friday for review": a visit, not a test's result looked at)
    r"\b(?:look(?:ing)? at|show me|(?<!\bfor )(?<!\ba )review(?:ed|ing)?|results?|came back|showed|shows|revealed|grew|"
    r"this is (?:an?|the|your)|had (?:an?|the)|did (?:an?|the)|went over|was done|were done|got back|"
    r"(?:your|the|her|his) (?:last|previous|prior|most recent)(?: \w+)?|score)\b"
)
# "a prolactin won't be useful now", "an x-ray isn't needed": a test named and then not ordered
_NOT_USEFUL = re.compile(
    r"\s*(?:(?:test|level|scan)s? )?(?:won't|wouldn't|isn't|is not|will not|would not|doesn't|does not|"
    r"aren't|are not)(?: really)? (?:be )?(?:useful|needed|necessary|helpful|help|change anything|worth)"
)

# "your viral load is due, so we'll do that", "her smear is overdue": a test due now is one done today
# (not "due in june", "not due until next year")
_DUE_NOW = re.compile(
    r"\s*(?:(?:test|level|scan|check|smear)s? )?(?:is|are|'s) (?:now |also |well )?(?:over)?due\b"
    r"(?!\s+(?:in|on|by|until|till|next|again|after|later|soon|this|at|around|"
    r"for (?:a|an|the|your)? ?(?:repeat|another))\b)"
)


# "your thyroid check in the spring was normal, tsh was 1.8": the cue word was a test done, reported after it
_REPORTED_SINCE = re.compile(r"\b(?:was|were|came back|showed|revealed)\b")


# "... a rapid covid test when you came in here and that was negative": its result told after it
# (not "it was not negative", nor a result awaited: "to see if it was positive, and we're still waiting")
_TOLD_AFTER = re.compile(
    r"(?![^.;?]{0,40}?\b(?:if|whether)\b)[^.;?]{0,40}?\b(?:(?:it|that|which) (?:was|came back)|came back|showed) "
    r"(?:(?!not |never )\w+ )?(?:negative|positive|normal|clear)\b"
)
_DONE_ALREADY = re.compile(r"\b(?:we|they|you|she|he) (?:did|had) (?:get|do|take|run)\b(?! you\b)")
# "we did get the MRI approved by your insurance, so it's booked": the test is still to come
_PLANNED_AFTER = re.compile(r"\b(?:approved|authori[sz]ed|scheduled|booked|ordered|set up|covered|arranged)\b")


# the clinician ordering a test, said after a result was looked at ("it showed osteopenia, so i'll order a
# repeat dexa"); a bare "we'll" is not one ("this is your review, we'll go through your sugars"), nor what others
# did ("based on those results, they decided to do an ultrasound")
_ORDERED_AFTER = re.compile(
    r"\b(?:(?:i|we)(?:'ll| will|'d like to| would like to|'m going to| am going to|'re going to| are going to|"
    r" want to) (?:also )?(?:order|repeat|recheck|re-check|schedule|book|arrange|get|do|send|draw)|"
    r"let's (?:also )?(?:order|repeat|recheck|get|do|book|arrange)|(?:i'm|we're) ordering|(?:i|we)'ve ordered)\b"
)


def _reviewed_since_asked(before: str) -> bool:
    """Whether the words before a test look at a result after the last words that order one."""
    reviews = list(_REVIEW_CUE.finditer(before))
    return bool(reviews) and not _ORDERED_AFTER.search(before, reviews[-1].end())


def _asks(before: str, after: str) -> bool:
    """Whether the words before a test ask for it: an order cue not followed by a report of a test done."""
    cues = list(ORDER_CUE.finditer(before))
    if not cues or _REPORTED_SINCE.search(before, cues[-1].end()):
        return False
    if _DONE_ALREADY.search(before, max(0, cues[-1].start() - 12)) and not _PLANNED_AFTER.search(after[:60]):
        return False  # "we did get an x-ray of your ankle before you came in": done, its result follows
    return not headed_values(before, cues[-1].end(), after)  # "labs: sodium 138": a report, headed


# "an echocardiogram to look at your heart function": the reason for an order, not a review of a result
_PURPOSE = re.compile(r"\bto (?:\w+ )?$")


def _reviewed_after(after: str) -> bool:
    """Whether the words after a test report its result ("came back", "showed", "was low"), not why it's ordered."""
    done = re.match(r"\s*(?:was|were)\b", after) and value(after)
    return bool(done) or any(not _PURPOSE.search(after[: m.start()]) for m in _REVIEW_CUE.finditer(after))


# Panels whose parts are reported one by one: "liver tests were fine, ALT 28" charts the ALT.
_PANELS = frozenset(
    {
        "liver function tests",
        "basic metabolic panel",
        "comprehensive metabolic panel",
        "complete blood count",
        "full blood count",
        "lipid profile",
        "lipid panel",
        "labs",
        "kidney function",
    }
)


_IMAGING_KINDS = frozenset({"x-ray", "ct", "mri", "ultrasound"})
_SHOWED_NEXT = re.compile(r"\b(?:showed|shows|revealed)\s+(?:an?|the|your)?\s*$")


def _summed_up(name: str, value: str, rest: list[tuple[int, int, str]]) -> bool:
    """Whether a panel's word ("fine") only sums up the values of its parts named after it in the sentence."""
    parts = _PANEL_PARTS.get(name, LABS)
    return name in _PANELS and not re.search(r"\d", value) and any(n in parts for _, _, n in rest)


# a panel is summed up by its own numbers only: "kidney function normal, egfr 72" (not by the potassium said
# after it), "blood count normal, hemoglobin 13" (not by the ferritin)
_PANEL_PARTS = {**PANEL_PARTS, "kidney function": {"egfr", "creatinine"}}


# "kidney function, the egfr, is 78": a name, then the same test by its own name between commas
_APPOSED = re.compile(r"(?: tests?)?,\s*(?:the|your|her|his|or|i\.e\.)\s+")
_REPORTED = re.compile(r"\s*,?\s*(?:is|was|were|are|'s|came back|reads?|read)\b")


def orders_and_results(sentences: list[Sentence]) -> tuple[list[Fact], list[Fact]]:
    """(orders, results): tests, referrals and devices asked for today; test results reported."""
    orders: dict[str, Fact] = {}
    results: dict[str, Fact] = {}
    reported: list[tuple[int, list[str]]] = []  # (sentence, the results it reported)
    last_order: tuple[int, str | None] = (-2, None)  # the last sentence that ordered a test, and its speaker
    for i, s in enumerate(sentences):
        low = s.low
        tests = named_tests(low)
        ordered_here: list[tuple[int, str]] = []  # (end, name) of the tests this sentence orders
        if i and sentences[i - 1].segment.speaker == s.segment.speaker and (again := repeated(s, reported)):
            for name in again[0]:  # "... your potassium was 4.6. I'd like to repeat those."
                orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(*again[1:])))
        results_before = set(results)
        listed = False  # the previous test of this sentence was ordered
        # "So today: a chest x-ray and a culture." "A full blood count.": the fragment goes on that list
        goes_on = bool(last_order == (i - 1, s.segment.speaker) and only_tests(low, tests))
        # "breath test and blood work today": a "today" after a list of tests is every test's
        when = [False] * len(tests)
        for k in range(len(tests) - 1, -1, -1):
            end = tests[k + 1][0] if k + 1 < len(tests) else len(low)
            when[k] = bool(_WHEN.match(low[tests[k][1] : end])) or (
                k + 1 < len(tests) and when[k + 1] and bool(_JOIN.fullmatch(low[tests[k][1] : end]))
            )
        joined = [k > 0 and bool(_JOIN.fullmatch(low[tests[k - 1][1] : t[0]])) for k, t in enumerate(tests)]
        later = put_off_list(low, [(a, b) for a, b, _ in tests], joined)
        glossed_at = -1  # the test that glosses the lay name just asked for, asked for with it
        for k, (a, b, name) in enumerate(tests):
            if s.question_at(a) and not asked_for(low, a):  # ("can you do a urine sample for me?" asks for it)
                listed = False
                continue
            # What follows belongs to this test only up to the next one ("a urine culture and based on
            # what the urinalysis shows" does not make the culture a result).
            nxt_a = tests[k + 1][0] if k + 1 < len(tests) else len(low)
            before, after = low[max(0, a - 60) : a], low[b : min(b + 130, nxt_a)]
            # "a ca-125 and hcg and afp": a list goes on with what its first item was.
            gap = k > 0 and (
                _LIST_GAP.fullmatch(low[tests[k - 1][1] : a]) or one_more(low, tests[k - 1][1], a, b, tests[k - 1][2])
            )
            in_list = goes_on or (listed and bool(gap)) or k == glossed_at
            because = re.search(r"\b(?:since|because) (?:the |your |her |his )?$", before)
            said = value(after) if because and re.match(r"\s*(?:was|were|came back)\b", after) else None
            told = bool(said and re.search(r"\d", said[0]))
            if told:
                because = None  # "i'll check a blood count because your hemoglobin was 148 in august": a result
            not_here = NOT_ORDERED.search(before) and not (DONE_ELSEWHERE.search(before) and _TOLD_AFTER.match(after))
            if re.search(r"\bwhat (?:the |your |an? )?$", before) or because or not_here:
                continue  # "based on what the urinalysis shows": a result still to come
            if _NOT_USEFUL.match(after):
                continue  # "a prolactin won't be useful now": named, then not ordered
            reviewed = not in_list and (_REVIEW_CUE.search(before) or _reviewed_after(after[:40]))
            # "your phq-9 today is 16": today's value, not a test asked for today
            wanted = not told and (
                in_list or _asks(before, after) or (when[k] and not _TODAY_VALUE.match(after)) or _DUE_NOW.match(after)
            )
            # "a1c today and i'll call you with the results": results still to come, of a test asked for
            # ("it showed osteopenia, so i'll order a repeat dexa scan": the order said after the review)
            awaited = wanted and not _reviewed_since_asked(before) and not value(after)
            listed = bool(wanted and (not reviewed or awaited))
            if listed:
                lo = tests[k - 1][1] if k else 0
                if later[k] or conditional(low, a, b, lo, nxt_a):
                    continue  # "a lipid panel at the next visit", "an x-ray if it's not better": not today's
                if part_of_ordered(low, a, name, ordered_here) or checked_with_panel(low, b, name, tests[k + 1 :]):
                    continue  # "a lipid panel to recheck the cholesterol": why the panel is ordered
                if glossed(low, b, name, tests[k + 1 :]):
                    glossed_at = k + 1
                    continue  # "a urine test for protein, the acr": the acr, next, is the order
                # "a blood test to check your kidneys": the kidney function
                named = (checked_by(low[b:nxt_a]) if name == "labs" else []) or [(name, 0, 0)]
                for one, _x, y in named:
                    orders.setdefault(one, Fact(kind=FactKind.order, name=one, evidence=s.evidence(a, b + y)))
                    ordered_here.append((b, one))
                continue
            if k + 1 < len(tests) and _APPOSED.fullmatch(low[b:nxt_a]) and _REPORTED.match(low, tests[k + 1][1]):
                continue  # "urine protein test, the acr, is 1.8": the lay name, then the test's own, which is valued
            found = value(after)
            went = FROM_TO.match(after)
            if went:  # "your a1c went from 7.2 to 8.1": today's value, the earlier one kept beside it
                found = (went.group(2), went.start(2), went.end(2))
            if found and _summed_up(name, found[0], tests[k + 1 :]):
                continue
            if not found and k + 1 < len(tests) and _SHOWED_NEXT.search(after):
                continue  # "your spirometry showed an fev1 of 48%": the next test's value is what it showed
            ev = s.evidence(a, b)
            previous = went.group(1) if went else None
            now = NOW_VALUE.match(after, found[2]) if found and not went else None
            if now and said_as_you(now, found[0]):
                now = None  # "... last year, and today you're 67": an age
            if now:  # "your last a1c was 8.1 and today it's 7.2": today's value, the last one kept beside it
                previous, found = found[0], (now.group(1), now.start(1), now.end(1))
            if found:
                ev = s.evidence(a, b + found[2])
            else:  # "show me the x-ray. so this is an x-ray of your spine. i don't see any fracture."
                for nxt in sentences[i + 1 : i + 3]:
                    back = POINTS_BACK.match(nxt.low)  # "it showed a low pumping function at 45%": this study's
                    if nxt.segment.speaker != s.segment.speaker or (named_tests(nxt.low) and not back):
                        break
                    found = value(nxt.low)
                    if found:
                        ev = ev + nxt.evidence(found[1], found[2])
                        break
            if name in ORDERED_ONLY and not (found and name.endswith("viral load") and _BELOW_ASSAY.match(found[0])):
                continue  # a viral load is read only as below what the assay reads, the one way its result is said
            if not (reviewed or found) or (name in LABS and not found) or not_a_result(low, a, b):
                continue  # a lab named while reviewing ("your sugars") is a result only with what it was
            attrs = {"value": found[0]} if found else {}
            if previous:
                attrs["previous"] = previous
            elif found and (past := PAST_AFTER.match(after, found[2])):
                attrs["earlier"] = past.group("when")  # "cholesterol was 240 in march": not today's value
            bare = name.split(" of the ")[0]
            if bare == name and any(k.startswith(name + " of the ") for k in results):
                continue  # "your abdominal ct ... looking at your ct scan": the study named with its site
            if bare != name and bare in results:  # the site was said after the first mention
                prev = results.pop(bare)
                attrs = attrs or prev.attributes
                ev = prev.evidence + ev
            prev = results.get(name)
            if prev is not None and "earlier" in prev.attributes and todays_value(attrs, prev.attributes, low):
                results[f"{name} (earlier, {len(results)})"] = prev  # "was 8.1 in march. ... today is 7.2": both
                prev = None
            if prev is None or better_value(attrs, prev.attributes):
                results[name] = Fact(kind=FactKind.result, name=name, attributes=attrs, evidence=ev)
        referrals(orders, sentences, i)
        treatment_orders(orders, s)
        reported.append((s.index, [n for n in results if n not in results_before]))
        if ordered_here:
            last_order = (i, s.segment.speaker)
    # "... in the spring it was 7.1": an earlier value of the test just given, kept beside today's
    for f in earlier_results(sentences, [names for _, names in reported], results):
        results[f"{f.name} (earlier, {len(results)})"] = f
    for f in outside_readings(sentences):  # "150 over 95 at home": a result, the vitals are today's
        results.setdefault(f.name, f)
    for f in home_weights(sentences):  # "this morning he was 199" answering "have you been weighing him?"
        results.setdefault(f.name, f)
    for f in screening_scores(sentences):  # "the mood questionnaire, your score was 17": PHQ-9 17
        results.setdefault(f.name, f)
    for f in answered_results(sentences, results.values()):  # "And the HbA1c?" "Eight point six."
        if f.name not in results or "value" not in results[f.name].attributes:
            results[f.name] = f
    # "her sugar was checked, fasting was 98": one reading, charted by the meal it was taken after, not twice
    meal = {f.attributes.get("value") for f in results.values() if f.name in _MEAL_SUGARS}
    if results.get("glucose") and results["glucose"].attributes.get("value") in meal:
        results.pop("glucose")
    chart_pads(results, sentences)  # "urine dip: no protein, no sugar": charted pad by pad
    for bare in [n for n in orders if n in _IMAGING_KINDS]:  # "call you with the x-ray" after "a chest x-ray"
        if any(n != bare and bare in n for n in orders):
            orders.pop(bare)
    if "cholesterol" in orders and not any("lipid" in n for n in orders):  # ordered, it is the panel
        orders["lipid panel"] = orders.pop("cholesterol").model_copy(update={"name": "lipid panel"})
    if "labs" in orders and any(n in LABS or n in lexicon.ORDERS for n in orders if n != "labs"):
        orders.pop("labs")  # "labs today" in a recap of the tests just named is those tests
    # "I'd offer you a colonoscopy." "No, I'd rather not.": refused in the reply, so not ordered
    return not_declined(list(orders.values()), sentences), list(results.values())

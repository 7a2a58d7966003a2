"""Whether a test or vaccine talked about as planned is put off to a later visit, so not ordered today.

"Once this has healed, about a month from now, we'll give you the Shingrix", "the pneumonia shot after
you recover", "we'll repeat a lipid panel at the next visit", "I'll see you in three months and we'll
recheck the A1c then": each names what will be done, not what is asked for today. A date alone does not
put a test off ("a chest x-ray in six weeks" is ordered today for then), nor does a later date for an
order written today ("I'll order a repeat DEXA once you're feeling better"); doing it only when the
patient is better, or at the next visit, does.
"""

from __future__ import annotations

import re

_RECOVERED = (
    r"(?:over (?:this|it|that|the \w+)|better|feeling better|well|recovered|healed|done with (?:this|it|the \w+))"
)
# the cue itself: recovery first, or the next visit
_LATER = re.compile(
    rf"\b(?:once|after|when|until) (?:you(?:'re| are)? {_RECOVERED}"
    r"|you (?:recover|get better|feel better|heal|get over (?:this|it|that|the \w+))"
    r"|you(?:'ve| have) (?:recovered|healed|gotten better|got(?:ten)? over (?:this|it|that|the \w+))"
    r"|(?:this|that|it|the \w+|your \w+)(?: has| is|'s)? (?:healed|cleared(?: up)?|resolved|better|over|gone)"
    r"|(?:this|that|it|the \w+|your \w+) (?:heals|clears(?: up)?|resolves|settles down|calms down))"
    r"|\b(?:at|during|on|for) (?:the|your|our|her|his) next "
    r"(?:visit|appointment|check-?up|follow-? ?up|physical|annual)"
    r"|\bat (?:your|the|her|his) follow-? ?up(?: visit| appointment)?\b"
    r"|\bnext time\b|\bwhen (?:you|she|he) (?:come|comes) (?:back|in)\b|\bat that (?:visit|appointment)\b"
)
# said for today after all: "the flu shot today and the pneumonia shot after you recover" keeps the flu shot
_TODAY = re.compile(r"\b(?:today|right away|before you (?:go|leave)|this (?:morning|afternoon|visit))\b")
# "I'll order a repeat DEXA scan once you're feeling better": the order is written today, done later
_PLACED = re.compile(
    r"\b(?:order(?:ing)?|put(?:ting)? in (?:an order|a referral)|schedul(?:e|ing)|book(?:ing)?|arrang(?:e|ing)|"
    r"set (?:you |her |him )?up)\b"
)
# "get labs and go over the results at your next visit": the results wait, the test does not
_RESULT_TALK = re.compile(r"\b(?:results?|go over|review|discuss|talk about|look at)\b")
# "see you back in three months and we'll recheck the a1c then": "then" is that visit
_THEN = re.compile(r"\s*(?:then|at that (?:time|point))\b(?!\s+[a-z])")
_VISIT = re.compile(r"\b(?:see (?:you|her|him)|come back|follow up|next visit|next appointment)\b")


def _own(low: str, a: int, b: int, lo: int, hi: int) -> bool | None:
    """True when a cue puts this item off, False when it is said for today, None when neither is said."""
    # a "today" between two items is the first one's ("a cbc today and a lipid panel at the next visit")
    if _TODAY.search(low, a if lo else max(0, a - 60), min(hi, b + 40)) or _PLACED.search(low, max(0, a - 60), a):
        return False
    if _LATER.search(low[max(lo, a - 100) : a]):
        return True
    after = low[b : min(hi, b + 80)]
    cue = _LATER.search(after)
    if cue and not _RESULT_TALK.search(after[: cue.start()]):
        return True
    return True if _THEN.match(after) and _VISIT.search(low, 0, a) else None


def put_off(low: str, a: int, b: int, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the test or vaccine named at ``low[a:b]`` waits for a later visit or for recovery.

    ``lo`` and ``hi`` bound the words that can belong to it (the previous and next item named), so that
    a cue said of one item is not another's.
    """
    return bool(_own(low, a, b, lo, len(low) if hi is None else hi))


def put_off_list(low: str, items: list[tuple[int, int]], joined: list[bool]) -> list[bool]:
    """``put_off`` for each item of a sentence; a cue said before or after a list is every listed item's.

    ``joined[k]`` says item k is listed with item k - 1 ("a lipid panel and an a1c at the next visit"); an
    item said for today stays today's ("a cbc today and a lipid panel at the next visit").
    """
    n = len(items)
    own = [
        _own(low, a, b, items[k - 1][1] if k else 0, items[k + 1][0] if k + 1 < n else len(low))
        for k, (a, b) in enumerate(items)
    ]
    later = [bool(o) for o in own]
    for k in range(n - 2, -1, -1):  # a cue after the list
        later[k] = later[k] or (own[k] is None and later[k + 1] and joined[k + 1])
    for k in range(1, n):  # a cue before it
        later[k] = later[k] or (own[k] is None and later[k - 1] and joined[k])
    return later


# "an injection if it is not better", "we'll get an x-ray if the pain continues": ordered only if
# something happens (left out of orders); "if that's okay with you" and "if you'd like" ask consent, and
# "testing to see if you have a predisposition" says what the test is for
_IF_AFTER = re.compile(
    r"^[^.;?]{0,40}?\b(?<!see )(?<!check )(?<!out )(?<!know )(?<!ask )(?<!tell )(?:if|unless|in case)\b"
    r"(?! (?:that's|that is|it's|that|this is|you're|you are)(?: \w+)? (?:ok|okay|alright|all right|fine|good)\b)"
    r"(?! (?:you|she|he) (?:want|would like|'d like|like|prefer|agree)s?\b)(?! you'd like\b)(?! needed\b)"
    # "a rapid strep test and if that's positive, amoxicillin": the test's own result decides the next step
    r"(?! (?:that|it|this|they|the test)(?:'s| is| are| comes? back| turns? out)? (?:(?:\w+ )?(?:positive|"
    r"negative|abnormal|elevated)|shows?|showing)\b)"
)
# "if the pain continues, I'll refer you to orthopedics": an "if" clause before the plan governs it
_IF_BEFORE = re.compile(
    r"\b(?<!see )(?<!check )(?<!out )(?<!know )(?:if|unless)\b"
    r"(?! (?:you (?:could|can|would)|that's (?:ok|okay|alright)))[^.;?]{3,70}?,?\s*(?:then\s+)?"
    r"(?:i'll|we'll|i will|we will|we can|i can|i would|we would|i'd|we'd|let's|we should|we may|we might|"
    r"we'd want to|we need to|"
    # "if it gets worse, you should be seen by cardiology": the patient's plan under the same condition
    r"(?:you|she|he)(?: should| need to| may need| might need|(?: will| would| may| might|'ll|'d) (?:need|have) to)"
    r")\b[^.;?]*$"
)


# A plan said as a maybe: "i'd probably do a scope", "we might get an mri" (not "i'd like a ..." or "we'll")
_HEDGED = re.compile(
    r"\b(?:(?:i|we)(?:'d| would) (?:probably|possibly|maybe|perhaps)|(?:i|we) (?:might|may|could) (?:\w+ )?"
    r"(?:do|get|order|try|consider|need)|maybe (?:we|i)(?:'ll| will| can| could)?(?: \w+)?)\b[^.;?]*$"
)
# "... but we'll see", "let's wait and see" (not "and we'll see what it shows": the result awaited)
_WAIT_AND_SEE = re.compile(
    r"^[^.;?]{0,25}?\b(?:but (?:we'll|we will|let's) see(?! what| if| whether| how)|(?:we'll|let's) wait and see)\b"
)


def conditional(low: str, a: int, b: int, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the order named at ``low[a:b]`` is planned only if something happens (not ordered today).

    ``lo`` and ``hi`` bound the words that belong to it, as for ``put_off``; an order said for today is
    never conditional ("an x-ray today, and if it's broken we'll refer you")."""
    hi = len(low) if hi is None else hi
    if _TODAY.search(low, max(lo, a - 40), min(hi, b + 40)):
        return False
    if _HEDGED.search(low, max(lo, a - 40), a) or _WAIT_AND_SEE.match(low, b, min(hi, b + 40)):
        return True  # "and i'd probably do a flexible sigmoidoscopy but we'll see": not decided today
    return bool(_IF_AFTER.match(low[b:hi]) or _IF_BEFORE.search(low[max(lo, a - 100) : a]))


# the specialist's own plan, said after what they will do first: "they'll see her within two weeks, probably do
# a ct scan of the heart", "they're gonna do, uh, probably do an endoscopy and another colonoscopy"
THEIRS = (
    r"\bthey(?:'ll|'re| will| are|'d| would)\b[^.;?]{0,50}?\b(?:probably|likely|usually|may|might|then) "
    r"(?:\w+ )?(?:do|order|arrange|get|run)\b[^.;?]{0,40}$"
)

"""The words around a test or treatment that ask for it today, and those that say it is not ordered.

"I'd like a bone density scan", "we'll run a cbc", "you're due for a mammogram, so we'll schedule that" ask for
what they name; "we don't need an x-ray right now", "they'll usually arrange an mri", "if it stays up we'll
talk about a sleep study" do not. Shared by orders.py (tests) and treatment_orders.py (procedures,
vaccines, therapies and devices), so kept apart from both.
"""

from __future__ import annotations

import re

from engine.clinical.order_timing import THEIRS

ORDER_CUE = re.compile(
    r"\b(?:orders?|ordering|get|getting|check|we will|we'll|i will|i'll|plan to|schedule|scheduling|"
    r"put(?:ting)? in|"
    r"send (?:you )?(?:for|to)|refer|referral|recheck|repeat|"
    r"draw|obtain|i want (?:you )?to (?:get|have|do)|need(?:s)? (?:a|an|to get)|should (?:get|have)|do an?|"
    # "I'd like a bone density scan"
    r"(?:i'd|i would) (?:also |really |just )?like "
    r"(?:to (?:get|do|order|check|send|offer you) |you to (?:get|have|do|drop|drop off|bring|leave|give|pop) )?"
    r"(?:(?:us|me) )?(?:a|an|some|the)|"
    # "I want a basic metabolic panel in a week", "I want an EKG", "we can offer you a screen"
    r"(?:i|we) (?:also |really |just )?want (?:a|an|some)|offer(?:ing)? (?:you |her |him )?(?:a|an|some)|"
    # a heading that lists the tests ordered: "Tests: lipid profile, serum creatinine, ..."
    # ("so today: a chest x-ray and a sputum culture": what is done today, said as a heading)
    # ("some blood work a thyroid test since ...": the same heading in a transcript without punctuation)
    r"(?:tests|investigations|labs|bloods|today)(?=\s*:)|(?<!your )(?<!the )blood ?work(?=\s*:?\s*(?:an?|some)\s)|"
    # the patient asked to come in for it: "come into the surgery tomorrow morning for an ECG"
    r"(?<!i )(?<!we )(?<!he )(?<!she )(?<!they )(?<!you )(?<!came )come (?:in|back|into the \w+|to the \w+)\b"
    r"[^.;?]{0,30}? for (?:an?|some)(?= )|"
    r"perform|set you up|put you in|give you|prescription for|going to put|gonna put|gon na put|prescribe|"
    r"send(?:ing)? off|(?:swab|test|screen)\w* (?:you|her|him|them) for|(?:i've|i have|we've|we have) ordered|"
    r"sending|undergo|arrange|book|be given|giving you|fit you (?:with|for)|"  # "see you back ... with another a1c"
    # ("come after three months with fasting, pp and hba1c": the tests named bare, as Indian clinics say it)
    r"(?<!came )(?:back|see you|come (?:after|in))\b[^.;?]{0,30} "
    r"with(?: (?:an|another|a repeat|a fresh|a|some)|(?! (?:your|the|her|his|my|results?)\b))|"
    # "i'm going to send some labs", "we'll run a cbc", "i'm going to swab you for strep"
    r"(?:i'm|we're|i am|we are) (?:going to|gonna|gon na) (?:\w+ )?(?:you |her |him )?(?:for )?|"
    r"(?:i'm|we're|i am|we are) (?:also )?(?:checking|drawing|running|sending|ordering|doing)|"
    r"send (?:off |out )?(?:some|a|an|the)|run (?:some|a|an|the)|"
    # a sample the patient brings to the lab: "drop off a urine sample", "bring in a stool sample tomorrow"
    r"(?:drop|hand|bring) (?:in|off|back|us|me) (?:us |me )?(?:a|an|the|some)|"
    # the patient sent to have it done: "let's do bloods", "make an appointment for a colonoscopy", "go to the lab
    # for a full blood count", "go and have a chest x-ray at the hospital", "take this form to the lab for ..."
    r"let's (?:also )?(?:do|get|send|run|draw|book|arrange|repeat|recheck)|make an appointment for|"
    # (the imperative only: the patient's "I go for the colonoscopy in March, they booked it" is booked elsewhere)
    r"(?<!i )(?<!we )(?<!he )(?<!they )go (?:to the (?:lab|laboratory|hospital|clinic|radiology|x-ray department) )?"
    r"(?:and )?(?:have|get|do|for)|"
    r"(?:form|request|slip) (?:to|for) the (?:lab|laboratory)(?: for)?|"
    # "you're due for a mammogram, so we'll schedule that": a screening test due is ordered
    r"(?:you're|you are|she's|she is|he's|he is) (?:also |now |over)?due for (?:a|an|your|her|his))\b"
)
# "we don't need an x-ray right now", "no need for labs": a test talked about and not ordered.
_NOT_ORDERED_SAID = re.compile(
    r"\b(?:(?:don't|do not|won't|will not|doesn't|does not) (?:need|want|have to get|think (?:we|you) need)|"
    r"no need for|(?:i'd|i would) rather not|declines?|declined|refuses?|"
    r"not (?:going|gonna|gon na) (?:to )?(?:order|get|do)|hold off on|without|instead of|"
    # what the specialist will do later is theirs to order: "they'll usually arrange an mri"
    r"they(?:'ll| will| may| might|'d| would| can|(?:'re| are) (?:going to|gonna|gon na))? "
    r"(?:usually |probably |likely |normally |then |also )?"
    r"(?:arrange|do|order|organi[sz]e|book|get|want|run|decide on)|"
    # done elsewhere already: "they did bloods and an ecg in the out of hours"
    r"(?:they|the hospital|the er|the ambulance|the paramedics) (?:did|ran|took|checked|got|already did)|"
    # "if it stays up we'll talk about a sleep study": a test to discuss later, not ordered
    r"(?:talk|think) about|consider(?:ing)?|discuss(?:ing)?|"
    # what a drug does to a number: "prednisone can raise blood sugar", "this may lower your potassium"
    r"raises?|raising|lowers?|lowering|increases?|decreases?|affects?|bumps? up)\b[^.;]{0,25}$"
)

NOT_ORDERED = re.compile(f"{_NOT_ORDERED_SAID.pattern}|{THEIRS}")  # and what a specialist will probably do
# "they did a rapid covid test when you came in and that was negative": done elsewhere is not ordered here,
# but what it showed, said after it, is this patient's result
DONE_ELSEWHERE = re.compile(
    r"\b(?:they|the hospital|the er|the ambulance|the paramedics) (?:did|ran|took|checked|got|already did)\b"
    r"[^.;]{0,25}$"
)

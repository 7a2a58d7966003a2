"""The words of a spoken examination: findings, body sites and sides, as regular expressions.

Built from how clinicians dictate an exam, system by system, not from any one visit: a finding is a
sign that can be there or not ("tenderness", "edema", "a murmur"), a state of a body part ("lungs are
clear", "abdomen is soft"), a function graded ("decreased range of motion", "strength is 5 out of 5")
or a named test ("positive Lachman test"). ``exam.py`` decides where the exam is and which site each
finding belongs to; this module only knows the words.
"""

from __future__ import annotations

import re

# Severity, size and kind words kept in a finding's name: a note says "trace pitting edema", "mild
# tenderness", "small effusion", "fine crackles". Quantity words ("some", "a little") are dropped.
_MOD = (
    r"(?:(?:trace|mild|mildly|slight|slightly|significant|severe|moderate|minimal|small|large|fine|coarse|"
    r"faint|diffuse|focal|bony|pitting|point|expiratory|inspiratory|bibasilar|palpable|healed|well healed|"
    r"\d plus|\d\+|\d to \d plus|(?:grade )?\d (?:out of|over|/) ?\d|systolic|diastolic|ejection|holosystolic|"
    r"cervical|inguinal|axillary|external|surgical|cva|costovertebral angle|lower extremity|pedal|carotid|"
    r"adnexal|peritoneal|tonsillar|peritonsillar|tonsil|few|small amount of|large amount of|acute|suprapubic|"
    r"pharyngeal|scattered|white|red|irregular|"
    # how a rash looks: "a linear vesicular rash"
    r"linear|vesicular|macular|papular|maculopapular|erythematous|scaly|raised|blanching|nonblanching|"
    # how a movement disorder looks: "a resting tremor", "cogwheel rigidity"
    r"resting|intention|postural|cogwheel|lead pipe|"
    # what makes a skin lesion worth charting: "no suspicious moles", "an atypical mole"
    r"suspicious|concerning|atypical|pearly) )*"
)

# Signs that are present or absent; the plural or variant said is kept as said ("no wheezes").
_SIGNS = (
    # "you're tender over the joint line": tender where it is pressed
    r"tenderness|tender(?= to palpation| on palpation| (?:(?:right|up|down|just|here|there) )*(?:over|along|at|on|in|"
    r"under|below|above|near|around) (?:the|your|her|his)| (?:when|where|as) i (?:press|push|touch|tap|palpate))|"
    # a state said before the part it is of: "swollen turbinates", "inflamed tonsils", "red ear canals"
    r"(?:swollen|inflamed|enlarged|boggy|bulging|erythematous|red)(?= (?:(?:right|left|both) )?(?:turbinates|tonsils|"
    r"nasal mucosa|mucosa|ear canals?|ear ?drums?|tympanic membranes?|pharynx|gums|knuckles|joints?)\b)|"
    r"swelling|edema|erythema|redness|warmth|bruising|ecchymosis|"
    r"effusion|deformity|deformities|"
    # "fluid behind the drum" is a middle ear effusion
    r"fluid(?= behind| in (?:the|your|her|his) (?:knee|joint|ear|middle ear|elbow|ankle|wrist))|"
    r"(?:(?<=no )|(?<=any ))fluid|"
    r"crepitus|laxity|instability|atrophy|spasms?|tightness|guarding|rebound|masses|mass|lesions?|rash(?:es)?|"
    r"rebound tenderness|rebounding|"
    r"nodules?|lymphadenopathy|bruits?|murmurs?|gallops?|(?:friction |pericardial |pleural )?rubs?|clicks?|crackles|"
    r"rales|wheez(?:es|ing|e)|rhonchi|"
    # the neck veins seen full, in the words told to the patient: "your neck veins are up, about ten centimetres"
    r"neck veins (?:are |look |'re )?(?:up|raised|elevated|distended|engorged|full)(?! of)|"
    r"(?:distended|raised|elevated|engorged|full) neck veins|"
    r"stridor|jugular (?:venous|veins?) disten[st]ion|jvd|hepatomegaly|splenomegaly|hernias?|"
    r"(?:clear|purulent|nasal|serous|bloody|yellow|green) discharge|"
    r"(?<!to )(?<!'ll )(?<!will )discharge(?! (?:you|him|her|them|home)\b)|exudates?|drainage|fluctuance|"
    r"induration|"
    # ("sores" only in the plural or open: "a sore throat" is the patient's)
    r"lacerations?|abrasions?|ulcers?|sores|open sores?|(?:white |red |yellow )spots|"
    # the small red vessels of liver disease, named by the clinician and then shown to the patient
    r"spider (?:naevi|nevi|naevus|nevus|angiomas?|angiomata)|"
    r"(?:healed|well healed|surgical|widened|hypertrophic|keloid) scars?|"
    # the eyelids' inside looked at for anaemia, said of the patient: "you're a bit pale inside the eyelids"
    r"pale(?= (?:inside|in|on the inside of|under) (?:the |your |her |his )?(?:lower |inner )?eyelids)|"
    r"signs of infection|distress|pain|jaundice|yellowness|cyanosis|clubbing|papilledema|nystagmus|weakness|numbness|"
    r"ectopic beats|thyroid enlargement|thyromegaly|peritoneal signs|retractions|callus(?:es)?|corns?|blisters?|"
    # how hard the breathing is, and the sweat of a sick patient: "using his neck muscles to breathe",
    # "breathing out through pursed lips", "a little sweat on his forehead", "she's diaphoretic"
    r"using (?:the|your|his|her|their) (?:neck |accessory |tummy |stomach )?muscles(?: to breathe)?|"
    r"pursed[- ]lips?(?: breathing)?|diaphoresis|diaphoretic|sweaty|clammy|"
    r"sweat(?= on| over| across| at)|"
    # a child's work of breathing, seen on a video call too: "no flaring at the nose", "no nasal flaring"
    # and how hard the child works at it: "she's not working hard to breathe"
    r"(?:increased )?work of breathing|working (?:hard|harder) (?:to|at) breath(?:e|ing)|"
    r"(?:nasal )?flaring|(?:sucking|pulling|drawing) in (?:under|below|between) (?:the|his|her|your) ribs|"
    # nodes are felt, and what is felt is the finding: "a couple of small tender nodes"
    r"(?:tender|enlarged|swollen|palpable|shotty|firm|rubbery) (?:lymph )?nodes?|"
    # the neurological signs ("some cogwheel rigidity", "a bit of bradykinesia", "no clonus")
    r"rigidity|bradykinesia|masked (?:face|facies)|facial masking|hypomimia|(?:reduced|decreased) arm swing|"
    r"clonus|fasciculations?|asterixis|pronator drift|dysmetria|hyperreflexia|hyporeflexia|"
    r"tremors?|accessory muscle use|hepatosplenomegaly|organomegaly|vesicles|papules?|pustules?|plaques?|"
    # what the skin, mouth and ears show: "a mole", "a lump under the arm", "wax in both ears", "no pus"
    # (not the verbs: "let's bump you up to 24 units", "the nurse will discharge you")
    # (nor a patch that is a drug: "a nicotine patch")
    r"moles?|(?<!nicotine )(?<!pain )(?<!lidocaine )(?<!hormone )(?<!estrogen )patch(?:es)?|"
    r"bumps?(?! (?:you|it|that|him|her|them|up|down)\b)|lumps?|cysts?|warts?|skin tags?|pus|"
    r"cerumen|(?:ear )?wax|tight muscles?|muscle tightness|bruises?|(?:retinal )?hemorrhages?|xanthelasma|"
    r"xanthomas?|"
    # the skin's signs: hives are wheals; "no blackheads", "the nose has no thickening", "no hematoma"
    r"wheals?|welts|blackheads|comedones|thickening|hematomas?|telangiectasias?|"
    # a rash that fades when pressed: "they blanch when I press"
    r"blanch(?:es|ing)?(?= when| on| with)|"
    # nodes felt, and glands as patients call them ("no big glands"); one merely named or felt for is no finding
    r"(?<!for )(?:swollen |enlarged |palpable |big |large )glands|"
    r"(?:(?<=no )|(?<=any )|(?<=without ))(?:glands|lymph nodes?)|"
    # a nose seen running is the note's rhinorrhea: "her nose is running" ("a runny nose" is often the history)
    r"(?<=nose is )running(?!\s*\?)|(?<=nose's )running(?!\s*\?)|"
    r"excoriations?|petechiae|streaking|crusting|scaling|palpable cords?|elevated (?:jvp|jugular venous pressure)|"
    # said of the whole patient or the whole limb
    r"(?:un)?able to bear weight|alert and oriented(?: (?:times|x) ?\d)?"
)
# "pain" alone is what the patient says; on exam it comes with how it was elicited or where it is.
_PAIN = (
    r"pain (?:with|on|to|upon) (?:resisted |passive |active )?(?:palpation|flexion|extension|range of motion|"
    r"movement|motion|(?:internal |external )?rotation|(?:ulnar |radial )?deviation|squatting|weight bearing|"
    r"abduction|adduction|compression|percussion|straight leg rais(?:e|ing))"
    r"(?: (?:and|or) (?:resisted |passive )?(?:flexion|extension|rotation|abduction|adduction))?"
)
_FUNCTIONS = (
    # (British "range of movement")
    r"range of motion|range of movement|grip strength|strength|power|sensation|breath sounds|reflexes|pulses?|flexion|"
    r"extension|"
    r"rotation|capillary refill|bowel sounds|motor function|air movement|air entry|(?:forward )?bending(?: forward)?|"
    r"gait|cranial nerves(?: \d+ (?:through|to) \d+)?|coordination|extraocular (?:movements|muscles)|heart sounds|"
    r"eye movements|"
    # British "reduced movement in the shoulder" (not a bowel movement, nor air movement, which is above)
    r"(?<!bowel )(?<!air )movement|"
    # the reflex at one joint: "the ankle jerks are absent"
    r"(?:ankle|knee|patellar|achilles) (?:jerks|reflexes)|vibration(?: sense)?|vibratory sensation|proprioception|"
    r"position sense|"
    # coordination tested by name: "finger to nose is normal", "heel to shin fine", "heel to toe walking"
    r"finger(?: to)? nose(?: testing)?|heel(?: to)? (?:shin|toe)(?: walking)?"
)
FUNCTION = re.compile(rf"\b(?:{_FUNCTIONS})\b")
_GRADES = (
    r"decreased|diminished|reduced|limited|restricted|full|normal|good|intact|weak|weaker|altered|equal|"
    r"symmetric|absent|brisk|strong|palpable|increased|bounding|painful|hypoactive|hyperactive|normoactive"
)
# Grades said together of one function: "painful and limited internal rotation" is two findings.
_GRADED = rf"(?:{_GRADES})(?:(?:,| and| or|, and) (?:{_GRADES}))*"
GRADES = _GRADES
# A named test or sign: "positive straight leg raise", "negative Lachman test", "positive Tinel's sign".
# Tests known by their author's name need no "test": "Lachman's is negative".
NAMED_TESTS = (
    r"(?:lachman|mcmurray|phalen|tinel|hawkins|neer|spurling|finkelstein|thompson|murphy|homans?|mcburney|rovsing|"
    r"romberg|babinski|kernig|brudzinski|talar tilt|anterior drawer|posterior drawer|faber|fadir|patrick)(?:'s)?"
)
_TEST = rf"(?:(?:[a-z']+ ){{0,3}}?(?:test|sign|raise|maneuver|drawer)s?|{NAMED_TESTS})"

# "regular rate and rhythm", also dictated without "and" ("regular rate, rhythm")
_RRR = r"regular rate(?: ?,)? (?:and )?rhythm"
FINDING = re.compile(
    rf"\b(?P<neg>(?:no|without|not) )?(?:any |obvious |evidence of )?(?P<name>"
    rf"{_RRR}|regular rhythm|irregular(?:ly irregular)? (?:rate and )?rhythm|"
    rf"rhythm(?: is|'s) regular|"
    rf"clear to auscultation(?: bilaterally)?|"
    rf"(?:positive|negative) {_TEST}|"
    rf"{_MOD}(?:{_PAIN})|"
    rf"{_MOD}(?:{_SIGNS})(?: to (?:palpation|percussion))?|"
    rf"{_GRADED} (?:(?:dorsalis pedis|posterior tibial|radial|pedal|femoral|distal|peripheral|"
    rf"lower extremity|upper extremity|internal|external|active|passive) )?"
    rf"(?:{_FUNCTIONS})(?: (?:and|or) (?:{_FUNCTIONS}))?|"
    rf"\d out of \d strength|"
    # "a good two plus radial pulse": the grade said before the pulse
    rf"(?:(?:{_GRADED}) )?\d(?: plus|\+) (?:(?:dorsalis pedis|posterior tibial|radial|pedal|femoral|distal) )?pulses?|"
    # dictated without a verb: "strength five out of five in all four extremities", "reflexes symmetric",
    # "knee reflexes two plus" (only after a function: "knee 5 out of 10" is a pain score)
    rf"(?:grip )?strength \d out of \d|(?:(?:knee|ankle|patellar|achilles) )?(?:reflexes|jerks) (?:\d plus|symmetric)|"
    # a breathless patient's speech, watched: "he's talking in full sentences"
    rf"(?:speaking|talking) in (?:full|complete) sentences|(?<!not )breathing comfortably|"
    # "capillary refill less than two seconds": a child's circulation, timed
    rf"capillary refill (?:is |of )?(?:less than|under|below|<) \d seconds?|"
    rf"nontender|non-tender|nondistended|non-distended|well-healed|enlarged|within normal limits|"
    rf"unremarkable)\b"
)

# States that describe a normal exam.
NORMAL_STATE = frozenset(
    "clear soft supple normal good great fine regular nontender non-tender nondistended intact symmetric "
    "symmetrical equal brisk strong full healed unremarkable negative round reactive present active moist healthy "
    "perfect okay ok palpable felt pink alert oriented playful".split()
)

# Names that are normal findings in themselves (the rest are abnormal unless negated).
NORMAL_NAME = re.compile(
    r"^(?:regular rate and rhythm|regular rhythm|clear(?! discharge).*|soft|nontender|non-tender|nondistended|"
    r"non-distended|"
    r"supple|intact|normal.*|unremarkable|within normal limits|negative .*|"
    # a wound healing well is a normal finding; a healed scar is still a scar
    r"(?:well.)?healed(?: incisions?| wounds?)?|"
    r"(?:full|good|normal|normoactive|intact|equal|symmetric|brisk|strong|bounding) .*|palpable (?:\w+ )*pulses?|"
    r".* (?:intact|brisk|symmetric|equal|normal|strong|full)|reflexes 2 plus|.*\b5 out of 5\b.*|"
    r"5 out of 5 strength|strength 5 out of 5|.*\bsymmetric|.*\bequal|(?:stable|steady) .*|"
    r"(?:euthymic|appropriate|bright) .*|"
    r"warm and dry|able to bear weight|alert and (?:oriented|playful).*|(?:\w+ )?(?:reflexes|jerks|pulses?) 2 plus|"
    r"regular heart sounds|regular (?:pulses?|heart ?beats?|heart rate|rate)|sharp|"
    # a pulse graded 2+ is the normal grade ("2+ radial pulse", "dorsalis pedis pulses 2+")
    r"2 ?(?:\+|plus) (?:\w+ )*pulses?|(?:\w+ )*pulses? 2 ?(?:\+|plus)|"
    r"(?:speaking|talking) in (?:full|complete) sentences|breathing comfortably|"
    r"capillary refill (?:is |of )?(?:less than|under|below|<) .*|"
    r".* (?:present|active|reactive(?: to light)?)|"
    r"(?:present|active) .*)$"
)

# Body sites: anatomical modifiers, then the part. Longest alternatives first.
_SITE_WORD = (
    r"(?:lateral|medial|anterior|posterior|upper|lower|distal|proximal|dorsal|volar|plantar|palmar|inner|"
    r"outer|mid|middle|index|ring|little finger|little toe|big|great|bottom|top|lumbar|cervical|thoracic|paraspinal|"
    r"nasal|frontal|maxillary|dorsalis pedis|posterior tibial|radial|femoral|inguinal|tympanic|pedal|"
    r"first|second|third|fourth|fifth)"
)
_SITE_MOD = rf"(?:{_SITE_WORD} )*"
_SITE_CORE = (
    # a joint named by its bones ("the mtp joint", "the first toe joint") before the bare digit
    r"(?:mtp|mcp|pip|dip|metatarsophalangeal|metacarpophalangeal|interphalangeal|toe|finger|thumb) joints?|"
    r"epicondyle|malleolus|joint line|lower extremities|lower extremity|upper extremities|upper extremity|"
    # ("at the left base" is the lung's: heard through the chest, said without the lung)
    # "in all four limbs", "upper limbs" (British for the extremities)
    r"extremities|(?:(?:four|4|upper|lower) )?limbs|lung fields|lung bases|(?<=left )bases?(?! of)|"
    r"(?<=right )bases?(?! of)|lungs?|heart(?! rate)|"
    r"abdomen|belly|tummy|stomach|neck|thyroid|carotids?|"
    r"carotid arteries|"
    # the flexures a rash or a swelling is charted in: "the antecubital fossae", "behind the knee, the popliteal fossa"
    r"antecubital (?:fossae|fossa|areas?)|popliteal (?:fossae|fossa|areas?|space)|"
    # "back" is a part only after a word that makes it one: not "bend it back", "come back"
    r"chest wall|chest|(?:(?<=your )|(?<=the )|(?<=her )|(?<=his )|(?<=my )|(?<=low )|(?<=lower )|(?<=upper )|"
    r"(?<=mid ))back(?! of)|spine|liver|spleen|kidneys?|paraspinal muscles|muscles?|quadrant|epigastri(?:um|"
    r"c area)|knees?|patella|"
    r"kneecap|ankles?|foot|feet|midfoot|toes?|soles?|hips?|shoulders?|elbows?|wrists?|hands?|palms?|fingers?|thumbs?|forearms?|"
    r"arms?|legs?|calf|calves|thigh|shin|skin|throat|tonsils?|pharynx|oropharynx|ear ?drums?|ear canals?|ears?|"
    # the space beside the tonsil, where a quinsy swells (a note keeps it, not "throat")
    r"peritonsillar (?:space|area|region)|"
    r"tympanic membranes?|tms?|eyes?|pupils|nasal passages|nasal mucosa|canals?|nose|turbinates|"
    r"sinus(?:es)?|lymph nodes|mucous membranes|axillae|axilla|armpits?|"
    r"suprapubic(?: area| region)?|(?<=the )bladder|talofibular ligament|collateral ligament|atfl|scalp|head|"
    r"face|jaw|heel|"
    r"achilles(?: tendon)?|tendon(?! reflex)|"
    r"soft tissue|joint|flank|cva|costovertebral angle|groin|pelvis|prostate|rectum|cervix|adnexa|uterus|vagina|"
    r"vaginal vault|"
    r"(?:[tcls] ?\d{1,2} )?dermatomes?|thighs?|toenails?|fingernails?|nails?|fundi|fundus|optic discs?|retinas?|"
    r"labia|breasts?|incisions?|wound|cheeks?|forehead|eyelids?|lips?|chin|temples?|shins|joints|neck veins|"
    r"trapezius|buttocks?|hamstring|quadriceps|tibia|fibula|metatarsals?|"
    r"humerus|clavicle|sternum|ribs?|phalanx|knuckles?|sacroiliac joint|trochanter|bursa|uvula|gums?|teeth|tongue|"
    r"mouth|testicles?|testes|testis|scrotum|penis|conjunctivae?|sclerae?"
)
_SITE_MODS = rf"(?:{_SITE_WORD} (?:or|and) )?{_SITE_MOD}"  # "the frontal or maxillary sinuses"
# (the examiner's own hand is no finding's site: "follow my finger", "squeeze my hand")
SITE = re.compile(
    r"(?<!\bmy )(?<!\bmy right )(?<!\bmy left )"
    rf"\b(?:(?P<side>right|left|bilateral|both|either|each) )?(?P<site>{_SITE_MODS}(?:{_SITE_CORE}))\b(?! side)"
)
# the same body part with its groups unnamed, for patterns that use it more than once
SITE_UNNAMED = re.sub(r"\?P<\w+>", "?:", SITE.pattern)
SIDE = re.compile(r"\b(right|left|bilateral(?:ly)?|both)\b(?:[- ]hand)?(?:[- ]sided?)?")

# "your lungs are nice and clear", "the abdomen is soft", "heart sounds good", "sensation is intact to
# light touch", "strength is 5 out of 5", "her thyroid seems a bit enlarged", "tonsils aren't swollen": a part,
# then its state. Dictation drops the verb ("bowel sounds normal", "neck supple"): only the states a note
# writes that way may follow the part directly.
_VERBLESS = (
    # ("heart regular rate and rhythm": the whole finding, not a bare "regular")
    rf"{_RRR}|"
    r"clear|soft|supple|normal|regular|nontender|non-tender|nondistended|intact|unremarkable|moist|"
    # "pupils equal round reactive"; "pedal pulses good", "radial pulse strong", "range of motion full"
    r"equal|reactive|sharp|good|strong|palpable|full"
)
_STATES = (
    rf"{_RRR}|"
    r"clear(?: to auscultation)?(?: bilaterally)?|soft|supple|normal|good|great|fine|regular|irregularly irregular|"
    r"irregular|nontender|non-tender|nondistended|intact|symmetric(?:al)?|equal|brisk|strong|full|decreased|diminished|"
    r"reduced|limited|restricted|weaker|less(?! than)|weak|enlarged|swollen|tender|red|warm(?! and dry)|hot|"
    r"healing well|"
    r"healed|well healed|well-healed|unremarkable|negative|positive|\d out of \d|\d plus|"
    # ("healthy", "perfect", "okay": a part as a patient is told it is normal; "big" tonsils are enlarged)
    # ("okay to walk on" is advice, not a state)
    # ("those are big words", "a big deal" are no part's size)
    r"healthy|perfect|okay(?! to)|ok(?! to)|(?:big|large)(?! (?:words?|deal|thing|difference|step)\b)|"
    r"puffy|bruised|tight|stiff|coated|"
    r"stable|steady|bulging|congested|dry|moist|pale|cool|painful|inflamed|distended|dull|retracted|erythematous|elevated|"
    r"boggy|absent|sharp|thick|thickened|yellow|discolored|wide based|wide-based|shuffling|antalgic|unsteady|ataxic|"
    # "skin is warm and dry" is a normal skin, not warmth; the pupils "equal, round and reactive"
    r"warm and dry|round|reactive(?: to light)?|"
    # bowel sounds and pulses heard or not ("pulses are felt on both sides")
    r"present|active|hypoactive|hyperactive|palpable|felt|"
    # the colour of lips and skin: "his lips look pink"
    r"pink|blue|dusky|"
    # the heart's pace, and the mind's state, only of their own subjects (see exam_mentions)
    r"fast|quick|rapid|slow|down|low|depressed|sad|anxious|flat|blunted|appropriate|euthymic|bright|"
    # a measured range: "range of motion is 0 to about 110", "from about 10 degrees to 90"
    r"(?:from )?(?:about |around )?\d+(?: degrees)? (?:to|through) (?:about |around )?\d+(?: \d\d)?"
)
STATES = _STATES
# What a state is said of: a body part, a function, or the ligaments, mood and affect examined.
_SUBJECTS = rf"{_SITE_CORE}|ligaments|mood|affect|thought process|jvp|jugular venous pressure|{_FUNCTIONS}"
_MODWORDS = (
    r"nice and|very|pretty|a bit|a little|slightly|mildly|moderately|severely|quite|somewhat|really|all|"
    r"otherwise|also|fairly|generally|both|still|kind of|sort of|a little bit|real|awful|proper"
)
_STATE_MODS = rf"(?: (?:{_MODWORDS}))*"
# A sense or power graded without a verb, as a foot check is told: "vibration also reduced at the toes",
# "power reduced" (only after the function itself: "knee reduced" is no finding)
_GRADED_BARE = (
    r"(?:(?<=vibration)|(?<=sensation)|(?<=sense)|(?<=power)|(?<=strength)|(?<=reflexes))"
    r"(?=(?: also| still)? (?:reduced|decreased|diminished|absent)\b)"
)
STATE = re.compile(
    # ("left is normal": the other side of the part just named)
    rf"\b(?P<subj>those|these|they|that|it|(?:right|left)(?: one| 1| side)?|(?:[a-z]+ ){{0,2}}?(?:{_SUBJECTS}))"
    # the side said between the part and its state: "the muscles on the left side are tight"
    r"(?: on (?:the |your )?(?P<subjside>right|left)(?: side| hand side)?)?"
    r"(?:(?P<verb>'s|'re|(?: also| still| really| just)? (?:is|are|was|were|isn't|aren't|wasn't|weren't|looks?|looked|"
    r"sounds?|sounded|seems?|seemed|appears?|feels?|show|shows|(?:does|do)(?: not|n't) (?:look|seem|feel|appear)))"
    rf"(?: (?:to be|to me|not))?|(?= (?:{_VERBLESS})\b)|{_GRADED_BARE}){_STATE_MODS} (?P<state>{_STATES})\b"
)
# A further state of the same part: "swollen, red and warm", "a little fast but regular".
MORE_STATE = re.compile(
    rf"(?:\s*,\s*(?:and |but )?|\s+(?:and|but|or)\s+|\s+)(?P<neg>not )?(?:(?:{_MODWORDS}) )*(?P<state>{_STATES})\b"
)

# A state said after a comma or "but" that is one more state of the part before: ", warm and tender".
STATE_ITEM = re.compile(
    rf"(?:and |but |or )?(?:(?:{_MODWORDS}) )*(?:{_STATES})\b(?=\s*(?:[,.;!?]|$)|\s+(?:and|but|or)\b)"
)

# Where a finding's own site follows it: "tenderness over the lateral epicondyle", "edema in the lower
# extremities", "pain to palpation of the right lumbar spine".
SITE_AFTER = re.compile(
    r"(?:\s+(?:to|on|with) (?:palpation|percussion|(?:light )?touch|pinprick)|"
    # "tender when I press over both maxillary sinuses"
    r"\s+(?:when|where|as) i (?:press|push|touch|tap|palpate)\w*)?\s+"
    r"(?:(?:present|noted|seen|located|mostly|mainly|bilaterally|laterally|medially|just|right|directly|also|there|"
    r"up|down|over|here|extending|spreading|going) ){0,2}"
    r"(?:in|of|on|over|at|to|along|around|across|up|down|under|underneath|beneath|behind|below|above|between|"
    # ("in all the fingers", "in all of your toes", "all four limbs")
    r"about|into|involving|near|inside) (?:the |your |her |his |both |that |this |my |"
    r"all (?:of )?(?:the |your |her |his )?(?:4 |four |5 |five |ten |10 )?)?"
    # "on the bottom of your toe", "on the right side of your neck": the aspect, then the part
    r"(?:(?P<aspect>\w+)(?: (?P<aspect2>upper|lower))?(?: aspect| side| part| surface)? of (?:the |your |her |his )?)?"
    r"(?:um |uh |\w+- (?:of )?(?:the |your )?)*"
)

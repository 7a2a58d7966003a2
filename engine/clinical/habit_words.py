"""The words of the habits social history reads: tobacco, alcohol and drugs by every name the visits use
(Australian "the smokes" and "grog", Spanish "fumo" and "cerveza", Indian "pegs"), and the amounts each is
counted in ("a pack a day", "two or three beers on the weekend"). social_history.py reads them in context."""

from __future__ import annotations

import re

# ("chew" only as a habit: "I chew", "chewing tobacco"; "a calcium chew" is a tablet)
TOBACCO = re.compile(
    # ("my smoker's cough" tells no habit of its own; "no i chew fine" answers about the jaw)
    r"\b(smoke|smokes|smoking|smoked|smoker(?!'s)|cigarettes?|tobacco|vape|vaping|"
    r"(?<=i )chew(?!\s+(?:fine|okay|ok|well|normally|alright|all right|food|it|on|my|the|and|with|just)\b)"
    # "My Tums, I chew two after dinner": a count of tablets, not of pouches
    r"(?!\s+(?:one|two|three|four|five|\d+)\s+(?:tablets?|pills?|of them|after|before|with|at night|in the|when)\b)|"
    r"(?<=you )chew|chewing tobacco|"
    # Australian "the smokes", "ciggies", "durries"; the Spanish of a patient who answers in it ("no fumo")
    r"(?<=the )smokes|ciggies|durries|fags|fumo|fuma|fumar|fumaba|cigarros?|"
    # the water pipe of the Gulf, the Levant, Turkey and South Asia, and the hand-rolled bidi: tobacco, though
    # "shisha with friends, not cigarettes" names no cigarette ("hubbly" in South Africa)
    r"shisha|hookah|hooka|nargile|narghile|nargileh|argileh|arghileh|argila|water ?pipe|hubbly|bidis?|beedis?)\b"
)
# "Drinking" alone is as often water ("she's drinking fine"): alcohol needs an alcohol word or the question.
ALCOHOL = re.compile(
    # ("pegs": a measure of spirits in India)
    r"\b(alcohol|beers?|wine|liquor|whiskey|vodka|rum|pegs|ciders?(?! vinegar)|cocktails?|hard seltzers?|white claws?|"
    # Australian "grog" and "booze", the Spanish "cerveza", "toma" of drink, spirits of South Asia and West Africa
    r"grog|booze|cervezas?|arrack|toddy|palm wine|akpeteshie|"
    r"drinks? (?:socially|alcohol|beer|wine)|social drinker|"
    # "i drink like rarely a cider at a party": drinking told with how often is alcohol
    r"(?<=\bi )drink(?=,? (?:(?:like|maybe|about|probably|only|just) )?(?:rarely|occasionally|sometimes|socially)\b)|"
    # ("do you drink coffee", "does she drink enough water" ask of no alcohol)
    r"(?:do|does) (?:you|she|he) drink"
    r"(?! (?:\w+ )?(?:coffee|caffeine|water|soda|pop|milk|juice|tea|enough|fluids|energy))|"
    r"drink socially|drink(?:s|ing)? (?:on|a few|a couple|every|once|most)|"
    r"(?:don't|do not|doesn't|never|rarely) (?:really |usually |even )?drink|recovering alcoholic|sober|"
    # "Do you smoke or drink?", "I don't smoke or drink": drinking said beside smoking is alcohol
    r"(?<=smoke )(?:or|and) drink|(?<=smoking )(?:or|and) drinking|(?<=smoke, )(?:or |and )?drink|"
    # "No smoking, no drinking."
    r"(?<=smoking, )no drinking|(?<=smoking )no drinking)\b"
)
DRUGS = re.compile(
    r"\b(recreational drugs|illicit drugs|street drugs|drugs|drug use|marijuana|cannabis|weed|cocaine|heroin|meth|"
    r"edibles?|thc|smok\w* (?:a little |some )?pot)\b"
)
# ("one-two pegs", "two-three cigarettes": a range said with a hyphen)
_NUMBER = (
    r"(?:(?:\d+|one|two|three|four|five)-(?:\d+|two|three|four|five|six)|\d+|one|two|three|four|five|six|ten|"
    r"a couple|a few|couple|few|half|half a|a|one or two|1 or 2)"
)
_TIMES = (
    r"(?: (?:a|per|every) (?:day|week|night|month)| on (?:the )?weekends?| with dinner| most nights|"
    r" on (?:mon|tues|wednes|thurs|fri|satur|sun)days?)?"
)
# "a pack a day", "half a pack a day", "2 beers on the weekend", "a glass of wine with dinner": each habit
# counts in its own units ("never smoked, a glass of wine a month" gives tobacco no glass of wine).
QUANTITIES = {
    # a count alone answers the question asked: "Do you smoke?" "Ten a day." / "A few at the weekend."
    "tobacco": re.compile(
        rf"\b{_NUMBER}(?: or \w+)?(?: of)? (?:packs?|cigarettes|cigars|cigs|roll-ups|rollies){_TIMES}|"
        rf"\b{_NUMBER}(?: or \w+)? (?:a|per) day\b|\b{_NUMBER}(?: or \w+)? (?:at|on) (?:the )?weekends?\b"
    ),
    # UK alcohol is counted in units: "about fourteen units a week", "Probably twenty a week?"
    "alcohol": re.compile(
        rf"\b{_NUMBER}(?: or \w+)?(?: of)? (?:beers?|cervezas?|glass(?:es)?(?: of \w+)?|drinks|shots|cans|units|pegs?|"
        rf"(?:six|6)[- ]packs?|bottles?(?: of \w+)?|pints?|cocktails?){_TIMES}|\b\d+(?: or \d+)? (?:a|per) week\b"
    ),
}

"""Spoken numbers to digits, keeping a map back to the original characters.

"one fifty two over ninety six" -> "152 over 96"; "a hundred point four" -> "100.4";
"twice" stays a word. ``normalise`` returns the new text plus, for every character of it, the span
of original text it came from, so that evidence always quotes what was actually said.
"""

from __future__ import annotations

import re

from engine.clinical.word_rewrites import HALVES_AND_KIN, Normalised, rewrite

UNITS = {
    "zero": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*|\s+|.", re.S)


# Units after which a leading "point five" is a measurement (a bare "point" is usually not a number).
_DECIMAL_UNITS = frozenset(
    "centimeters centimeter cm millimeters millimeter mm milligrams milligram mg percent liters liter "
    "milliliters milliliter grams gram micrograms".split()
)


# what was just said before a value: "was point eight", "a creatinine of point nine"
_VALUE_VERB = re.compile(r"\b(?:is|was|were|of|at)\s+$")
_BARE_AT = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!\bare )(?<!\bbeen )(?<!'s )\bat\s+$")
_DOSE_WORDS = ("milligram", "microgram", "mg", "mcg", "unit", "milliliter", "ml")

# words after a spoken reading: "one twelve over seventy", "two fifteen pounds"
# (never a dose: "one ten milligram tablet" is one tablet of 10 mg)
_READING_NEXT = frozenset({"over", "pounds", "lbs", "percent"})

_ROUGHLY = frozenset("something|odd|ish|plus|once|of|or so|and something|and odd|or something".split("|"))
_PLURAL_SCALES = {"hundreds": 100, "thousands": 1000}  # "the five hundreds": the 500 mg tablets
# "two of the fifties", "the twenty fives": tablets named by their strength ("in his fifties" reads 50s too)
_PLURAL_TENS = {w[:-1] + "ies": v for w, v in TENS.items()}
_PLURAL_UNITS = {
    "ones": 1,
    "twos": 2,
    "threes": 3,
    "fours": 4,
    "fives": 5,
    "sixes": 6,
    "sevens": 7,
    "eights": 8,
    "nines": 9,
}


def _is_num_word(tok: str) -> bool:
    return (
        tok in UNITS or tok in TENS or tok in SCALES or tok in _PLURAL_SCALES or tok in _PLURAL_TENS or tok == "point"
    )


def _parse(
    words: list[str], valued: bool = False, reading: bool | None = None, lone_hundred: bool = True
) -> tuple[str, int]:
    """Parse the longest number at the start of ``words`` (lower-case, hyphens split).

    Returns (digits, words consumed); consumed == 0 when there is no number. Decimals keep the digits
    as spoken ("ninety eight point zero" -> "98.0"). ``valued``: the words follow "was", "is", "of" or
    "at", where a leading "point eight" is a value (0.8). ``reading`` (default ``valued``): a reading is
    said here, so a digit and a teen are the colloquial hundreds ("was one fifteen" is 115). ``lone_hundred``:
    a "hundred" that opens ``words`` may be read as 100 (not after a number cut off by a pause: "three...
    hundred" is not 100).
    """
    reading = valued if reading is None else reading
    total, current, i, seen_any, seen_scale = 0, 0, 0, False, False
    n = len(words)
    if n >= 2 and words[0] == "point" and words[1] in UNITS and UNITS[words[1]] < 10:
        # "point five centimeters" is 0.5 cm, "your free t4 was point eight" is 0.8; a bare "point" ("at
        # this point two weeks ago") stays a word
        j = 1
        while j < n and words[j] in UNITS and UNITS[words[j]] < 10:
            j += 1
        if (j < n and words[j] in _DECIMAL_UNITS) or valued:
            return "0." + "".join(str(UNITS[w]) for w in words[1:j]), j
        return "", 0
    last = None  # "unit", "ten", "scale"
    plural = False
    while i < n:
        w = words[i]
        if w in _PLURAL_SCALES and last == "unit" and not seen_scale:
            current, plural, i = current * _PLURAL_SCALES[w], True, i + 1
            break
        if w in _PLURAL_TENS and (last is None or last == "scale"):
            current, plural, seen_any, i = current + _PLURAL_TENS[w], True, True, i + 1
            break
        if w in _PLURAL_UNITS and last == "ten" and current % 10 == 0:
            current, plural, i = current + _PLURAL_UNITS[w], True, i + 1
            break
        if w == "hundred" and i == 0 and lone_hundred:
            # a lone "hundred" is 100: "the Aspirin Protect, hundred", "hundred and twenty over eighty", "hundred fifty"
            current, seen_any, seen_scale, last, i = 100, True, True, "scale", 1
            continue
        if w == "a" and i + 1 < n and words[i + 1] in SCALES and not seen_any:
            current, seen_any, i = 1, True, i + 1
            continue
        # "the thousand milligram one" (1000 mg); a lone "thousand" like "hundred" ("Glucophage thousand?") unless
        # said roughly ("thousand something", "thousand once")
        lone = w == "thousand" and i == 0 and lone_hundred and not _ROUGHLY & {" ".join(words[1:k]) for k in (2, 3)}
        if not seen_any and w in SCALES and (lone or i + 1 < n and words[i + 1].startswith(_DOSE_WORDS)):
            current, seen_any = 1, True
            continue
        if w == "and" and seen_scale and i + 1 < n and (words[i + 1] in UNITS or words[i + 1] in TENS):
            i += 1
            continue
        if w in UNITS and w != "oh":
            if (
                last == "unit"
                and 0 < current < 10
                and not seen_scale
                and 10 <= UNITS[w] <= 19
                and (reading or (i + 1 < n and words[i + 1] in _READING_NEXT))
            ):
                # "one twelve over seventy" is 112/70, "the b12 was four ten" is 410: the colloquial hundreds
                # with a teen, only where a reading is said ("two twelve-hour shifts" stays two shifts)
                current, last, seen_any, i = current * 100 + UNITS[w], "ten", True, i + 1
                continue
            if last == "unit" or (last == "ten" and UNITS[w] >= 10) or (last == "ten" and current % 10):
                break
            current += UNITS[w]
            last = "unit"
        elif w == "oh" and last == "unit" and 0 < current < 10 and i + 1 < n and words[i + 1] in UNITS:
            current = current * 100  # "one oh five" -> 105
            last = "ten"
        elif w in TENS:
            if last == "unit" and 0 < current < 10 and not seen_scale:
                current = current * 100  # "one fifty two" -> 152: the colloquial hundreds
            elif last == "ten" and current % 100 or last == "unit":
                break
            current += TENS[w]
            last = "ten"
        elif w in SCALES and seen_any:
            if w == "hundred":
                current = (current or 1) * 100
            else:
                total += (current or 1) * 1000
                current = 0
            seen_scale = True
            last = "scale"
        else:
            break
        seen_any = True
        i += 1
    if not seen_any:
        return "", 0
    if plural:
        return f"{total + current}s", i
    value = str(total + current)
    # decimals: "point four", "point two five"
    if i + 1 < n and words[i] == "point" and words[i + 1] in UNITS and UNITS[words[i + 1]] < 10:
        digits = ""
        j = i + 1
        while j < n and words[j] in UNITS and UNITS[words[j]] < 10:
            digits += str(UNITS[words[j]])
            j += 1
        value = f"{value}.{digits}"
        i = j
    return value, i


# Hesitations carry nothing and break the phrases every reader looks for ("I take, um, metformin",
# "any uh fever"). "uh-huh" and "mm-hmm" are answers and stay; "er" stays (it is also the ER).
_FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "erm", "hm", "hmm"})
# A word said twice in a row is a false start ("i i take", "the the left one"); these are said twice on purpose
_REPEATABLE = frozenset({"no", "very", "really", "bye", "so", "yeah", "yes", "okay", "ok", "that", "had", "do"})


def _without_hesitations(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``tokens`` less fillers (with the commas around them) and the first of a repeated word; the tokens
    kept keep their original offsets, so evidence still quotes what was said."""
    drop = [False] * len(tokens)
    low = [t[0].lower() for t in tokens]
    for j, w in enumerate(low):
        if w in _FILLERS:
            # the filler and the commas and spaces around it go ("take, um, metformin", tokenised
            # "um , no , nothing"); one space stays between the words on either side
            left, right = j, j + 1
            while left > 0 and (low[left - 1].isspace() or low[left - 1] == ","):
                left -= 1
            while right < len(low) and (low[right].isspace() or low[right] == ","):
                right += 1
            for k in range(left, right):
                drop[k] = True
            if left > 0 and right < len(low) and low[right][0].isalnum():
                keep = next((k for k in range(left, right) if low[k].isspace()), None)
                if keep is not None:
                    drop[keep] = False
        elif (
            w.isalpha()
            and w not in _REPEATABLE
            and not _is_num_word(w)  # "two fifty fifty" is 250/50, not a stutter
            and j + 2 < len(low)
            and low[j + 1] == " "
            and low[j + 2] == w
        ):
            drop[j] = drop[j + 1] = True
    return [t for t, d in zip(tokens, drop, strict=True) if not d]


def normalise(text: str) -> Normalised:
    """Replace spoken numbers with digits and drop hesitations; lower-cases nothing and keeps every other
    character."""
    tokens = _without_hesitations([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)])
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(s: str, a: int, b: int) -> None:
        out.append(s)
        starts.extend([a] * len(s))
        ends.extend([b] * len(s))

    i = 0
    while i < len(tokens):
        tok, a, b = tokens[i]
        low = tok.lower()
        # Whisper sometimes writes "98 .4": rejoin a decimal split by a space
        if (
            tok.isdigit()
            and i + 3 < len(tokens)
            and tokens[i + 1][0] == " "
            and tokens[i + 2][0] == "."
            and tokens[i + 3][0].isdigit()
        ):
            emit(f"{tok}.{tokens[i + 3][0]}", a, tokens[i + 3][2])
            i += 4
            continue
        # ... and tokenised text's "98 . 7"
        if (
            tok.isdigit()
            and i + 4 < len(tokens)
            and [t[0] for t in tokens[i + 1 : i + 4]] == [" ", ".", " "]
            and tokens[i + 4][0].isdigit()
            and len(tokens[i + 4][0]) <= 2
        ):
            emit(f"{tok}.{tokens[i + 4][0]}", a, tokens[i + 4][2])
            i += 5
            continue
        # ... and "1 ,000" (a thousands group split off as its own word)
        if (
            tok.isdigit()
            and i + 3 < len(tokens)
            and tokens[i + 1][0] == " "
            and tokens[i + 2][0] == ","
            and re.fullmatch(r"\d{3}", tokens[i + 3][0])
        ):
            emit(f"{tok}{tokens[i + 3][0]}", a, tokens[i + 3][2])
            i += 4
            continue
        # Tokenised transcripts (ACI-Bench, some ASR output) split contractions: "do n't", "i 've",
        # "gon na". Rejoined, negation and intent cues read as they were said.
        nxt = [t[0].lower() for t in tokens[i + 1 : i + 5]]
        if tok.isalpha() and nxt[:4] == [" ", "n", "'", "t"]:
            emit(f"{tok}n't", a, tokens[i + 4][2])
            i += 5
            continue
        if tok.isalpha() and len(nxt) >= 3 and nxt[:2] == [" ", "'"] and nxt[2] in {"ve", "m", "s", "re", "ll", "d"}:
            emit(f"{tok}'{tokens[i + 3][0]}", a, tokens[i + 3][2])
            i += 4
            continue
        if low in {"gon", "wan"} and nxt[:2] == [" ", "na"]:
            emit(f"{tok}na", a, tokens[i + 2][2])
            i += 3
            continue
        if digits := _digit_run(tokens, i):
            # "one-one-eight", "one-zero-zero point two": a reading said digit by digit (Indian, Singaporean
            # and Caribbean English) is the number those digits write
            emit(digits[0], a, tokens[digits[1] - 1][2])
            i = digits[1]
            continue
        if _is_num_word(low) or low == "a" or "-" in low:
            # gather the following word tokens (skipping single spaces) as candidates
            words: list[str] = []
            idx: list[int] = []
            j = i
            while j < len(tokens):
                t = tokens[j][0]
                if t.isspace():
                    j += 1
                    continue
                if not re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)*", t):
                    break
                for part in t.lower().split("-"):
                    words.append(part)
                    idx.append(j)
                j += 1
                if len(words) > 12:
                    break
            valued = bool(_VALUE_VERB.search("".join(out[-4:])))
            # "take it at one fifteen" is a time; "the sugar was at one fifteen" is a reading
            reading = valued and not (_BARE_AT.search("".join(out[-8:])))
            # a "hundred" right after a number cut off by a pause or a comma ("three... hundred", "five, hundred")
            # is that number's, not 100 on its own: left as a word, since which number was meant is not sure
            after_number = bool(_NUMBER_BEFORE.search("".join(out[-6:])))
            value, used = _parse(words, valued, reading, lone_hundred=not after_number)
            the_one = (
                used >= 2
                and words[used - 1] == "one"
                and (words[used - 2] in TENS or words[used - 2] == "hundred")  # "the four hundred one": the 400
                and idx[used - 1] != idx[used - 2]  # "fifty-one" written as one word is 51
                and tokens[idx[used - 1]][0].lower() == "one"  # not "one-time"
                and "".join(out[-2:]) == "the "
            )
            one_tok = idx[used - 1] if the_one else -1
            if the_one:
                # "the sertraline, the fifty one in the morning": the 50 one, a tablet, not 51
                value, used = _parse(words[: used - 1], valued, reading)
            if (
                used >= 3
                and used < len(words)
                and words[used] == "times"
                and words[used - 2] in SCALES
                and 1 <= UNITS.get(words[used - 1], 0) <= 9
            ):
                # "three hundred three times a day" is 300, three times a day: not 303 times
                value, used = _parse(words[: used - 1], valued, reading)
            # a lone "a" or "one" before a non-number word stays a word ("one of them", "a day")
            if used and not (used == 1 and words[0] in {"a", "oh"}):
                last_tok = idx[used - 1]
                # a hyphenated token partly consumed ("twenty-something") is left alone
                if used < len(idx) and idx[used] == last_tok:
                    emit(tok, a, b)
                    i += 1
                    continue
                if tail := _spoken_decimal(tokens, last_tok + 1):
                    # tokenised text's "twelve . five milligrams": the 12.5 mg said, not 12 mg and a sentence
                    value, last_tok = f"{value}.{tail[0]}", tail[1]
                emit(value, a, tokens[last_tok][2])
                i = last_tok + 1
                while i <= one_tok:  # the "one" after it stays a word
                    emit(*tokens[i])
                    i += 1
                continue
        # "1,000 milligrams" is read as 1000: grouping commas would stop every dose and value pattern
        emit(tok.replace(",", "") if _GROUPED.fullmatch(tok) else tok, a, b)
        i += 1
    return rewrite(Normalised("".join(out), starts, ends), HALVES_AND_KIN)


_DIGIT_WORDS = {w: v for w, v in UNITS.items() if v < 10}
# a number just said, then a pause or a comma: "3... ", "5, ", "5 — "
_NUMBER_BEFORE = re.compile(r"\d[\W_]*$")


def _spoken_decimal(tokens: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
    """A decimal's tail split off by a tokeniser (" . five" then a unit of measure): (its digit, the index of
    the digit's token). Only before a unit, since tokenised text ends every sentence with the same " . "."""
    nxt = [t[0].lower() for t in tokens[i : i + 8]]
    if len(nxt) < 6 or nxt[:3] != [" ", ".", " "] or nxt[3] not in _DIGIT_WORDS:
        return None
    # "six . two five milligrams" (6.25): a second digit word may follow the first
    k = 5 if len(nxt) >= 8 and nxt[5] in _DIGIT_WORDS and nxt[4] == nxt[6] == " " else 3
    unit = nxt[k + 2] if k + 2 < len(nxt) and nxt[k + 1] == " " else ""
    if unit not in _DECIMAL_UNITS and not unit.startswith(_DOSE_WORDS):
        return None
    return "".join(str(_DIGIT_WORDS[w]) for w in nxt[3 : k + 1 : 2]), i + k


def _digit_run(tokens: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
    """A hyphenated run of three or more digit words at ``tokens[i]`` ("one-six-two"), with a decimal said
    after it ("point two"): (digits, index of the first token after it). Two digits ("one-two") stay words."""
    parts = tokens[i][0].lower().split("-")
    if len(parts) < 3 or not all(p in _DIGIT_WORDS for p in parts):
        return None
    value, j = "".join(str(_DIGIT_WORDS[p]) for p in parts), i + 1
    nxt = [t[0].lower() for t in tokens[j : j + 4]]
    if nxt[:3] == [" ", "point", " "] and len(nxt) == 4 and nxt[3] in _DIGIT_WORDS:
        value, j = f"{value}.{_DIGIT_WORDS[nxt[3]]}", j + 4
    return value, j


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")

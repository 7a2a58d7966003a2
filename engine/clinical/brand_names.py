"""Brand, lay and national names of drugs that patients say, pinned to the generic they mean.

The drug dictionary package knows many brands, but maps some to the wrong product or a class, and lacks
supplements and British names; engine/clinical/drug_names.py lays this table over it.
"""

from engine.clinical.world_brands import WORLD_BRANDS

# Common brand and lay names -> generic. The package knows many brands; these are the ones patients say.
BRAND_TO_GENERIC = {
    # The package maps these multi-product brands to the wrong product (Maalox -> loperamide, from "Maalox
    # Anti-Diarrheal") or to a class; a wrong drug shown as certain is the worst output, so they are pinned
    # to the product a patient means by the bare brand name.
    "maalox": "aluminum hydroxide/magnesium hydroxide",
    "mylanta": "aluminum hydroxide/magnesium hydroxide",
    "rolaids": "calcium carbonate/magnesium hydroxide",
    "tums": "calcium carbonate",
    "pepto": "bismuth subsalicylate",
    "pepto-bismol": "bismuth subsalicylate",
    "pepto bismol": "bismuth subsalicylate",
    "kaopectate": "bismuth subsalicylate",
    "colace": "docusate",
    "bayer": "aspirin",
    # Bayer's low-dose aspirin outside North America: the product word kept the strength off the name
    # ("the Aspirin Protect, hundred")
    "aspirin protect": "aspirin",
    "aspirin cardio": "aspirin",
    "breo": "fluticasone furoate/vilanterol",
    "trelegy": "fluticasone furoate/umeclidinium/vilanterol",
    "sprintec": "norgestimate/ethinyl estradiol",
    # oral contraceptives by the brand a patient says (the package lacks these or names another product:
    # Noriday is the progestogen-only pill, Rigevidon levonorgestrel). Not Yasmin, Errin or Ella: people's
    # names, and a greeting would chart a drug.
    "tri-sprintec": "norgestimate/ethinyl estradiol",
    "ortho tri-cyclen": "norgestimate/ethinyl estradiol",
    "junel": "norethindrone/ethinyl estradiol",
    "seasonique": "levonorgestrel/ethinyl estradiol",
    "rigevidon": "levonorgestrel/ethinyl estradiol",
    "noriday": "norethisterone",
    "yaz": "drospirenone/ethinyl estradiol",
    # norethindrone progestin-only pills: the drug dictionary names Micronor by its class ("progestin-only
    # (norethindrone) oral contraceptives"), which no chart writes and no scorer matches to norethindrone
    # (its US generics Camila, Errin and Jolivette are also first names: left out)
    "micronor": "norethindrone",
    "z-pack": "azithromycin",
    "z pack": "azithromycin",
    "z-pak": "azithromycin",
    "zpack": "azithromycin",
    "norco": "hydrocodone-acetaminophen",
    "vicodin": "hydrocodone-acetaminophen",
    "percocet": "oxycodone-acetaminophen",
    # Generics the package lists only in salt forms ("estradiol valerate") or not at all, and supplements
    # patients name: without these "vaginal estradiol cream" or "CoQ10" is no medication at all.
    "estradiol": "estradiol",
    "estrace": "estradiol",
    # British HRT products by their form, as the chart names them: the dictionary has Vagifem as a class
    # ("estrogen vaginal") and lacks the gels; a gel and a vaginal tablet are two lines on the list
    "vagifem": "estradiol vaginal tablet",
    "oestrogel": "estradiol gel",
    "estrogel": "estradiol gel",
    "sandrena": "estradiol gel",
    "utrogestan": "progesterone",
    # the INN spelling the dictionary gives Fostair; the chart and the other beclomethasone products use USAN
    "fostair": "beclomethasone/formoterol",
    "beclometasone": "beclomethasone",
    "progesterone": "progesterone",
    "niacin": "niacin",
    "senna": "senna",
    "glucosamine": "glucosamine",
    "coq": "coenzyme q10",  # "CoQ10": the name's digits are not part of a word here
    "co q": "coenzyme q10",
    "coenzyme q": "coenzyme q10",
    "coenzyme q10": "coenzyme q10",
    "multivitamin": "multivitamin",
    "multivitamins": "multivitamin",
    "multi-vitamin": "multivitamin",
    "prenatal vitamin": "prenatal multivitamin",
    "prenatal vitamins": "prenatal multivitamin",
    # the pregnancy multivitamins said by brand in the UK and Ireland (Pregnacare) and Australia and New
    # Zealand (Elevit, Blackmores Pregnancy)
    "pregnacare": "prenatal multivitamin",
    "elevit": "prenatal multivitamin",
    "blackmores pregnancy": "prenatal multivitamin",
    "vaseline": "petrolatum",
    "petroleum jelly": "petrolatum",
    "aquaphor": "petrolatum",
    "probiotic": "probiotic",
    "turmeric": "turmeric",
    # "nicotine" alone is a social-history word (NOT_MEDICATION_WORDS); its replacement products are drugs
    # each product is its own line on the list: a patch and lozenges for cravings are two prescriptions
    "nicotine patch": "nicotine patch",
    "nicotine patches": "nicotine patch",
    "nicotine gum": "nicotine gum",
    "nicotine lozenge": "nicotine lozenge",
    "nicotine lozenges": "nicotine lozenge",
    # "a daily multi", "just a gummy vitamin": the everyday names of a multivitamin
    "multi": "multivitamin",
    "multi vitamin": "multivitamin",
    "gummy vitamin": "multivitamin",
    "gummy vitamins": "multivitamin",
    "daily vitamin": "multivitamin",
    # "St. John's wort": the full stop after "St" splits the name, so its last two words name it
    "john's wort": "st. john's wort",
    "johns wort": "st. john's wort",
    "john wort": "st. john's wort",
    "red yeast rice": "red yeast rice",
    "elderberry": "elderberry",
    "echinacea": "echinacea",
    "ashwagandha": "ashwagandha",
    "chondroitin": "chondroitin",
    "tylenol pm": "acetaminophen/diphenhydramine",  # the sedating antihistamine must not be lost
    "advil pm": "ibuprofen/diphenhydramine",
    "aleve pm": "naproxen/diphenhydramine",
    "medrol dose pack": "methylprednisolone",
    "medrol dosepak": "methylprednisolone",
    "tylenol": "acetaminophen",
    "paracetamol": "acetaminophen",
    "advil": "ibuprofen",
    "motrin": "ibuprofen",
    "aleve": "naproxen",
    "aspirin": "aspirin",
    "lipitor": "atorvastatin",
    "zocor": "simvastatin",
    "crestor": "rosuvastatin",
    "glucophage": "metformin",
    "zestril": "lisinopril",
    "prinivil": "lisinopril",
    "norvasc": "amlodipine",
    "lasix": "furosemide",
    "coumadin": "warfarin",
    "eliquis": "apixaban",
    "xarelto": "rivaroxaban",
    "synthroid": "levothyroxine",
    "ventolin": "albuterol",
    "proair": "albuterol",
    "salbutamol": "albuterol",
    "zyrtec": "cetirizine",
    "claritin": "loratadine",
    "prilosec": "omeprazole",
    "nexium": "esomeprazole",
    "zoloft": "sertraline",
    "prozac": "fluoxetine",
    "lexapro": "escitalopram",
    "augmentin": "amoxicillin-clavulanate",
    "sinemet": "levodopa and carbidopa",  # the dictionary's name for the pair, so both sayings are one drug
    "keflex": "cephalexin",
    "cipro": "ciprofloxacin",
    "flonase": "fluticasone",
    "singulair": "montelukast",
    "neurontin": "gabapentin",
    "ozempic": "semaglutide",
    "jardiance": "empagliflozin",
    "farxiga": "dapagliflozin",
    "plavix": "clopidogrel",
    "toprol": "metoprolol",
    "sulfa": "sulfonamide antibiotics",
    "sulfa drugs": "sulfonamide antibiotics",
    "sulpha": "sulfonamide antibiotics",
    "sulpha drugs": "sulfonamide antibiotics",
    "sulfur drugs": "sulfonamide antibiotics",
    "sulfonamides": "sulfonamide antibiotics",
    "lopressor": "metoprolol",
    "benadryl": "diphenhydramine",
    "orapred": "prednisolone",
    # British names a GP consultation uses. The "co-" names are combinations the dictionary lists only
    # under the British name, which no US chart, FHIR server or scorer knows.
    "co-codamol": "acetaminophen/codeine",
    "cocodamol": "acetaminophen/codeine",
    "co codamol": "acetaminophen/codeine",
    "solpadeine": "acetaminophen/codeine",
    "zapain": "acetaminophen/codeine",
    "co-dydramol": "acetaminophen/dihydrocodeine",
    "co-amoxiclav": "amoxicillin/clavulanate",
    "co amoxiclav": "amoxicillin/clavulanate",
    "co-careldopa": "levodopa/carbidopa",
    # British (INN) spellings the dictionary keeps as separate names or lacks: one drug, one chart name
    "cefalexin": "cephalexin",
    "colecalciferol": "cholecalciferol",
    "aciclovir": "acyclovir",
    "mesalazine": "mesalamine",
    "chlorphenamine": "chlorpheniramine",
    "oestradiol": "estradiol",
    "ferrous sulphate": "ferrous sulfate",
    "co-trimoxazole": "trimethoprim/sulfamethoxazole",
    "dioralyte": "oral rehydration salts",
    "clenil": "beclomethasone",
    "qvar": "beclomethasone",
    "microgynon": "levonorgestrel/ethinyl estradiol",
    "movicol": "polyethylene glycol",
    "laxido": "polyethylene glycol",
    "fybogel": "psyllium",
    "buscopan": "hyoscine butylbromide",
    # Benylin is a family of cough syrups with different drugs (diphenhydramine, dextromethorphan,
    # guaifenesin): the bare brand stays the brand the patient said, not one guessed ingredient
    "benylin": "benylin",
    # South Asian, West African, Caribbean and Singaporean brand names (general-practice staples there): a
    # patient in Bangalore says "Glycomet five hundred" and "Telma forty", never metformin or telmisartan.
    # Multi-product brands are left out, as above.
    "glycomet": "metformin",
    "telma": "telmisartan",
    "telmikind": "telmisartan",
    "dolo": "acetaminophen",
    "crocin": "acetaminophen",
    "ecosprin": "aspirin",
    "thyronorm": "levothyroxine",
    "montair": "montelukast",
    "cetzine": "cetirizine",
    "okacet": "cetirizine",
    "meftal": "mefenamic acid",
    "voveran": "diclofenac",
    "zerodol": "aceclofenac",
    "shelcal": "calcium carbonate/vitamin d",
    "becosules": "vitamin b complex",
    # a bare "vitamin B" is the complex, not B12 (the drug dictionary's reading): one letter misheard or left
    # unsaid must not become a specific vitamin shown as certain; B12 said with its number stays B12
    "vitamin b": "vitamin b complex",
    "vitamin b twelve": "cyanocobalamin",
    "vitamin b 12": "cyanocobalamin",
    "pantocid": "pantoprazole",
    "rantac": "ranitidine",
    "azee": "azithromycin",
    "amlong": "amlodipine",
    "stamlo": "amlodipine",
    "amlokind": "amlodipine",
    "istamet": "sitagliptin/metformin",
    "gemer": "glimepiride/metformin",
    "cilacar": "cilnidipine",
    "limcee": "ascorbic acid",
    "electral": "oral rehydration salts",
    "storvas": "atorvastatin",
    "atorva": "atorvastatin",
    "rosuvas": "rosuvastatin",
    "clopilet": "clopidogrel",
    "deplatt": "clopidogrel",
    "nebistar": "nebivolol",
    "losar": "losartan",
    "repace": "losartan",
    "cardace": "ramipril",
    "dytor": "torsemide",
    "cardivas": "carvedilol",
    "tramazac": "tramadol",
    "udiliv": "ursodiol",
    "norflox": "norfloxacin",
    "ciplox": "ciprofloxacin",
    "oflox": "ofloxacin",
    "zifi": "cefixime",
    "monocef": "ceftriaxone",
    "novamox": "amoxicillin",
    "clavam": "amoxicillin/clavulanate",
    "doxt": "doxycycline",
    "metrogyl": "metronidazole",
    "glucobay": "acarbose",
    # the contraceptive injection by its nickname ("the depo shot"), and salt water for the nose
    "depo": "medroxyprogesterone",
    "depo shot": "medroxyprogesterone",
    "saline nose drops": "sodium chloride",
    "saline nasal drops": "sodium chloride",
    "saline drops": "sodium chloride",
    "saline spray": "sodium chloride",
    "saline nasal spray": "sodium chloride",
    "nasal saline": "sodium chloride",
    # US Southern headache powders, sold by the brand (BC is aspirin with caffeine, Goody's adds
    # acetaminophen), and the urinary pain reliever patients call by its box ("I took some Azo")
    "bc powder": "aspirin/caffeine",
    "bc powders": "aspirin/caffeine",
    "goodys": "aspirin/acetaminophen/caffeine",
    "goody powder": "aspirin/acetaminophen/caffeine",
    "goody powders": "aspirin/acetaminophen/caffeine",
    "stanback": "aspirin/caffeine",
    "azo": "phenazopyridine",
    # the package reads this multi-product brand as simethicone; the tablet people mean is the aspirin one
    "alka-seltzer": "aspirin/sodium bicarbonate/citric acid",
    "alka seltzer": "aspirin/sodium bicarbonate/citric acid",
    # South African brand names of public-sector staples (single-product only)
    "pharmapress": "enalapril",
    "disprin": "aspirin",
    # Australian and New Zealand brand names (general knowledge of their PBS staples); single-product only
    "panadeine": "acetaminophen/codeine",
    "panadeine forte": "acetaminophen/codeine",
    "panamax": "acetaminophen",
    "somac": "pantoprazole",
    "coversyl": "perindopril",
    "seretide": "fluticasone/salmeterol",
    "karvea": "irbesartan",
    "noten": "atenolol",
    "avanza": "mirtazapine",
    "ostelin": "vitamin d",
    "caltrate": "calcium carbonate",
    "janumet": "sitagliptin/metformin",
    "targin": "oxycodone/naloxone",
    "norspan": "buprenorphine",
    "palexia": "tapentadol",
    "maxalon": "metoclopramide",
    "stemetil": "prochlorperazine",
    "advantan": "methylprednisolone aceponate",
    "daivobet": "calcipotriol/betamethasone",
    # the Australian combination (docusate with sennosides), said whole; "Coloxyl" alone is docusate
    "coloxyl with senna": "docusate/senna",
    "coloxyl": "docusate",
    "telfast": "fexofenadine",
    "avamys": "fluticasone furoate",
    "drixine": "oxymetazoline",
    "diabex": "metformin",
    "diaformin": "metformin",
    "lipex": "simvastatin",
    "levlen": "levonorgestrel/ethinyl estradiol",
    "asmol": "albuterol",
    "redipred": "prednisolone",
    "cipramil": "citalopram",
    "galvus": "vildagliptin",
    # "a GTN spray": the British, Irish, Australian and South Asian name of nitroglycerin; both named one way
    "gtn": "nitroglycerin",
    "glyceryl trinitrate": "nitroglycerin",
    # Indian over-the-counter staples a family brings from home: Omez (omeprazole), Eno (fruit salt)
    "omez": "omeprazole",
    "eno": "sodium bicarbonate/citric acid",
    # Spanish names of remedies the dictionary lacks (it knows amoxicilina, metformina, ibuprofeno)
    "insulina": "insulin",
    "valerian": "valerian",
    "valeriana": "valerian",
    # Canadian general-practice brands (and the Irish Difene): single-product names a patient says instead of
    # the generic; the drug dictionary lacks them ("Tylenol 3" is in BRAND_VARIANTS)
    "tempra": "acetaminophen",
    "atasol": "acetaminophen",
    "gravol": "dimenhydrinate",
    "tecta": "pantoprazole",
    "palafer": "ferrous fumarate",
    "feramax": "polysaccharide iron complex",
    "materna": "prenatal multivitamin",
    "diclectin": "doxylamine/pyridoxine",
    "diclegis": "doxylamine/pyridoxine",
    "restoralax": "polyethylene glycol 3350",
    "lax-a-day": "polyethylene glycol 3350",
    "clavulin": "amoxicillin-clavulanate",
    "robaxacet": "methocarbamol/acetaminophen",
    "tylenol with codeine": "acetaminophen/codeine",
    "difene": "diclofenac",
    "gaviscon": "sodium alginate/sodium bicarbonate/calcium carbonate",  # uncertain: see REGIONAL_BRANDS
    # Vicks is a family of products (VapoRub is camphor and menthol, Formula 44 dextromethorphan); the
    # dictionary's guaifenesin is one of them. The rub is named by its ingredients, the bare brand stays itself.
    "vicks": "vicks",
    "vaporub": "camphor/menthol",
    "vapor rub": "camphor/menthol",
    "vapo rub": "camphor/menthol",
    "vicks vaporub": "camphor/menthol",
    "vicks vapor rub": "camphor/menthol",
    "vicks vapo rub": "camphor/menthol",
    # "thyroxine" is what British, Irish, Australian and NZ patients and doctors call levothyroxine (the
    # dictionary's generic for Eltroxin and Oroxine); the note names the drug one way
    "thyroxine": "levothyroxine",
    "eltroxin": "levothyroxine",
    "oroxine": "levothyroxine",
    "eutroxsig": "levothyroxine",
}
BRAND_TO_GENERIC.update(WORLD_BRANDS)

# Brands that name different drugs in different countries: Cartia is low-dose aspirin in Australia and
# diltiazem (Cartia XT) in the US. Shown as either, it could be a plausible wrong drug, so the fact stays
# uncertain with both as candidates (engine/clinical/medication_mentions.py) until the clinician picks.
REGIONAL_BRANDS = {
    "cartia": ("aspirin", "diltiazem"),
    # Dolo-Neurobion is diclofenac with B vitamins in Mexico and much of Latin America; the drug dictionary
    # reads it as paracetamol with B vitamins (Dolo is a paracetamol brand in India): one of them is wrong
    **{
        name: ("diclofenac/vitamin b complex", "acetaminophen-vitamin b complex")
        for name in ("dolo-neurobion", "dolo-neurobión", "dolo neurobion", "dolo neurobión")
    },
    # Gaviscon is an alginate raft (sodium alginate with bicarbonate and calcium carbonate) in the UK, Ireland,
    # Canada and Australia, and an aluminium-magnesium antacid in the US
    "gaviscon": (
        "sodium alginate/sodium bicarbonate/calcium carbonate",
        "aluminum hydroxide/magnesium carbonate",
    ),
}

# Multi-product brands told apart by the words after the name: "Benylin, the dry cough one", "Benylin DM",
# "Benylin chesty cough". Within a few words of the brand; otherwise the brand stays itself.
BRAND_VARIANTS = {
    "benylin": (
        (r"\b(?:dm|dry|tickly|tickle|non-drowsy dry)\b", "dextromethorphan"),
        (r"\b(?:chesty|mucus|phlegm|e|expectorant)\b", "guaifenesin"),
    ),
    # "Tylenol #3", "Tylenol number 3", "the Tylenol 3s": acetaminophen with codeine (not "Tylenol 3 times a day")
    "tylenol": (
        (
            r"^\s*(?:(?:#|number|no\.?)\s*[34]\b|[34](?=\s*(?:[.,;?!]|$|with codeine\b|'s\b|s\b)))",
            "acetaminophen/codeine",
        ),
    ),
    "vicks": (
        (r"\b(?:vapou?r ?rub|rub|ointment)\b", "camphor/menthol"),
        (r"\b(?:formula 44|cough syrup|dm)\b", "dextromethorphan"),
    ),
}

"""Single-product brand names that families bring from home or buy abroad, pinned to their generic.

General knowledge of those markets' staples (Gulf, Central, Eastern and Western Europe, East and West
Africa, Latin America); multi-product cold remedies (Gripex, Coldrex, Theraflu) are left out, as a wrong
ingredient shown as certain is the worst output. engine/clinical/brand_names.py merges them into its table.
"""

WORLD_BRANDS = {
    # Gulf, Central and Eastern European and Western European single-product brands that families bring from
    # home or buy there (general knowledge of those markets' staples): "the Siofor" is metformin, "Algocalmin"
    # metamizole.
    "adol": "acetaminophen",
    "efferalgan": "acetaminophen",
    "doliprane": "acetaminophen",
    "dafalgan": "acetaminophen",
    "ibuprom": "ibuprofen",
    "siofor": "metformin",
    "polocard": "aspirin",
    "algocalmin": "dipyrone",
    "bisocard": "bisoprolol",
    "metocard": "metoprolol",
    "amlozek": "amlodipine",
    "prestarium": "perindopril",
    "ketonal": "ketoprofen",
    "no-spa": "drotaverine",
    "nospa": "drotaverine",
    "biseptol": "trimethoprim/sulfamethoxazole",
    "amoksiklav": "amoxicillin-clavulanate",
    "duomox": "amoxicillin",
    "klacid": "clarithromycin",
    "fromilid": "clarithromycin",
    "controloc": "pantoprazole",
    "nolpaza": "pantoprazole",
    "polprazol": "omeprazole",
    "clarityne": "loratadine",
    "ciproxin": "ciprofloxacin",
    "ciprobay": "ciprofloxacin",
    "daktarin": "miconazole",
    "epilim": "valproic acid",
    # East and West African staples (Kenya, Uganda, Ghana) and a Latin American antispasmodic, added after
    # batch 16 was scored (its writing brief named them)
    "coartem": "artemether and lumefantrine",  # the dictionary's name for the combination
    "septrin": "trimethoprim/sulfamethoxazole",
    "buscapina": "hyoscine butylbromide",
    # British topical steroids and HRT by brand, as NHS prescribers say them (general knowledge; added in
    # session 19 after batch 21 was scored: its writing brief named an NHS setting)
    "eumovate": "clobetasone",
    "dermovate": "clobetasol",
    "betnovate": "betamethasone",
    "elocon": "mometasone",
    "fucidin": "fusidic acid",
    "evorel": "estradiol",
}

# South African, Nigerian and Indian staples said by brand, nickname or acronym (batch 17's clinics): a
# fixed-dose combination is pinned to all of its drugs, never to one of them ("Glycomet GP" is metformin with
# glimepiride, so metformin alone would be a wrong drug), and the HIV regimen is said as "TLD". These are read
# only where said as written: heard_drugs leaves them out of its sound-alikes, as an unfamiliar word that
# merely sounds like a local brand is far likelier something else.
LOCAL_BRANDS = {
    "panado": "acetaminophen",
    # the headache powder (a single fixed formula), only with its form: "grand-pa" alone is a grandfather
    "grand-pa powder": "aspirin/acetaminophen/caffeine",
    "grand-pa powders": "aspirin/acetaminophen/caffeine",
    "grandpa powder": "aspirin/acetaminophen/caffeine",
    "grandpa powders": "aspirin/acetaminophen/caffeine",
    "myprodol": "ibuprofen/acetaminophen/codeine",
    "allergex": "chlorpheniramine",
    "tld": "tenofovir/lamivudine/dolutegravir",
    "lonart": "artemether and lumefantrine",
    "amatem": "artemether and lumefantrine",
    "p-alaxin": "dihydroartemisinin/piperaquine",
    "fansidar": "sulfadoxine/pyrimethamine",
    "ampiclox": "ampicillin/cloxacillin",
    "pan-d": "pantoprazole/domperidone",
    "pan d": "pantoprazole/domperidone",
    "glycomet gp": "metformin/glimepiride",
    "glycomet-gp": "metformin/glimepiride",
    "telma-h": "telmisartan/hydrochlorothiazide",
    "telma h": "telmisartan/hydrochlorothiazide",
    "telma-am": "telmisartan/amlodipine",
    "telma am": "telmisartan/amlodipine",
    # the contraceptive implant by its brand
    "nexplanon": "etonogestrel",
    "implanon": "etonogestrel",
}
WORLD_BRANDS.update(LOCAL_BRANDS)

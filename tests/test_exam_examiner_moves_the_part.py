"""The examiner moving the part ("when I lift them for you I can get them a bit higher") is examining, not
teaching: the findings said after it in the same breath are found. Teaching ("diabetics can get sores on
their feet") still ends what the sentence says."""

from tests.fact_readers import findings


def test_i_can_get_them_higher_goes_on_examining():
    got = findings(
        "Let me examine you. Raise your arms for me, when I lift them I can get them a bit higher, "
        "no swelling in the wrists, heart regular, lungs clear."
    )
    assert ("no swelling", "wrists", "bilateral", "yes") in got
    assert any(name == "clear" and site == "lungs" for name, site, *_ in got)


def test_teaching_what_can_happen_is_no_finding():
    got = findings("Let me look at your feet. People with diabetes can get ulcers on the feet.")
    assert not any("ulcer" in name for name, *_ in got)

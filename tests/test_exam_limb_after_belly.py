"""A limb named with its side after the belly was examined holds the findings said next in that breath
("on your abdominal exam ... your right knee does show an effusion and there's some pain to palpation");
pain brought on by pressing is tenderness, and a quadrant said with its side is named with it."""

from tests.fact_readers import findings


def test_findings_after_a_sided_limb_are_the_limbs():
    got = findings(
        "On your abdominal exam there is no rebound, and your left ankle does show some swelling and there's "
        "some decreased range of motion."
    )
    assert ("decreased range of motion", "ankle", "left", "no") in got
    assert ("no rebound", "abdomen", "", "yes") in got


def test_a_side_said_after_the_finding_still_wins():
    got = findings("On pelvic exam I feel a left adnexal mass and there are no masses on the right.")
    assert any(name == "no masses" and side == "right" for name, _site, side, _n in got)


def test_pain_when_pressed_is_tenderness_of_the_named_quadrant():
    got = findings(
        "On abdominal exam, you do have some pain to your right upper quadrant when I press on it, and there's no "
        "rebound."
    )
    assert ("tenderness", "right upper quadrant", "right", "no") in got

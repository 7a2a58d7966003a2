"""Signs said together share what is said with them: a side said before a list is each sign's ("bilateral
erythema and edema of the tonsils"), and a sign said "with" another and its part is on that part
("erythema of the tonsils with exudates present"), unless it is placed itself ("... with decreased breath
sounds on the left")."""

from tests.fact_readers import findings


def test_a_side_before_a_list_is_each_signs():
    got = findings("On throat exam there is bilateral redness and swelling of the tonsils.")
    assert ("swelling", "tonsils", "bilateral", "no") in got


def test_a_sign_with_another_is_on_its_part():
    got = findings("On throat exam there is erythema of the tonsils with exudates present.")
    assert any(name == "exudates" and site == "tonsils" for name, site, *_ in got)


def test_a_sign_placed_itself_keeps_its_place():
    got = findings("Let me listen. There are crackles at the right base with decreased breath sounds on the left.")
    assert any(name == "decreased breath sounds" and side == "left" for name, _site, side, _n in got)

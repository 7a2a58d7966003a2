"""A habit given up long since ("i have n't smoked anything in good number of years") is former, and how the
patient works ("you work from home", confirmed) is the occupation when no job is named."""

from tests.fact_readers import facts, social


def test_not_smoked_in_years_is_former():
    got = social(
        facts(
            "are you a smoker or did you smoke",
            "i did back you know years ago i did but yeah i have n't smoked anything in in good number of years",
        )
    )
    assert got == {"tobacco": "former"}
    assert social(facts("do you drink", "I haven't had a drink for years.")) == {"alcohol": "former"}


def test_still_smoking_stays_current():
    assert social(facts("do you smoke", "yeah about ten a day")).get("tobacco") not in ("former", "never")


def test_works_from_home_confirmed():
    assert social(facts("okay so you work from home", "yeah i do")) == {"occupation": "works from home"}


def test_work_style_denied_or_advised_is_none():
    assert "occupation" not in social(facts("so you work from home", "no, I go into the office"))
    assert "occupation" not in social(facts("you should try to work from home for a week", "okay"))

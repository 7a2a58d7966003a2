"""Occupation told by the place of work: "I work in the warehouse, packing", "you're working at the chicken
plant still?" "Yes, second shift." Only a workplace's noun makes it work: "I work in the garden" is none."""

from fact_readers import facts, social


def test_i_work_in_the_warehouse():
    fs = facts("When does it come on?", "In the evening after work. I work in the warehouse, packing, ten hours.")
    assert "warehouse" in social(fs).get("occupation", "")


def test_youre_working_at_the_plant_still_confirmed():
    fs = facts("And you're working at the chicken plant still?", "Yes, the poultry plant, second shift.")
    assert "chicken plant" in social(fs).get("occupation", "")


def test_youre_working_at_the_plant_denied():
    fs = facts("And you're working at the chicken plant still?", "No.")
    assert "occupation" not in social(fs)


def test_work_in_the_garden_is_no_job():
    fs = facts("How are the evenings?", "Quiet. I work in the garden most evenings.")
    assert "occupation" not in social(fs)

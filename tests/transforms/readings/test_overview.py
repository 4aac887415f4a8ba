from transforms import derive
from transforms.readings import overview as readings


def test_overview_reading_is_built_from_the_rows(tables):
    periods = derive.durations(tables["periods"])
    text = readings.reading(tables["figures"], periods, ["1988", "2021"])
    assert "the 1988 uprising lasted 190 days" in text
    assert "the 2021 movement lasted 218 days" in text
    assert "3 heads of state" in text
    assert text.count(".") >= 2


def test_overview_reading_follows_the_data(tables):
    periods = derive.durations(tables["periods"]).copy()
    periods.loc[periods["period_id"] == "p1988-spark-coup", "duration_days"] = 191
    assert "lasted 191 days" in readings.reading(tables["figures"], periods, ["1988"])
    assert "2021" not in readings.reading(tables["figures"], periods, ["1988"])

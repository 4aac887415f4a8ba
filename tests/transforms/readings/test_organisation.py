from transforms import derive
from transforms.readings import organisation as readings


def test_reading_counts_bodies_within_30_and_100_days(tables):
    organisations = tables["organisations"]
    text = readings.reading(organisations, ["1988", "2021"])
    by_30 = derive.bodies_founded_by(organisations, 30)
    assert by_30.loc["1988", "surely"] == 1
    assert "the 1988 uprising counts 20 bodies" in text
    assert (
        f"Within 30 days of day 0, the 1988 uprising had 1 body for certain, up to {by_30.loc['1988', 'possibly']}"
        in text
    )
    assert f"the 2021 movement had {by_30.loc['2021', 'surely']} bodies for certain" in text
    assert "Within 100 days of day 0" in text
    assert "political party in 1988 (5)" in text


def test_reading_follows_the_filtered_rows(tables):
    organisations = tables["organisations"]
    strike_bodies = organisations[organisations["org_type"] == "strike_committee"]
    text = readings.reading(strike_bodies, ["2021"])
    assert f"the 2021 movement counts {(strike_bodies['movement'] == '2021').sum()} bodies" in text
    assert "1988" not in text
    assert readings.reading(organisations.iloc[0:0], ["1988"]) == "No body matches these filters."


def test_strike_reading_names_counts_and_missing_figures(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    text = readings.strike_reading(counts, missing, ["1988", "2021"])
    assert "Township strike centres: 200 townships with strike centres (of 314)" in text
    assert "no civil-service strike figure (missing)" in text
    assert "no count of strike committees (missing)" not in text
    assert "3 counts of strike committees in 3 different units" in text
    civil = counts[(counts["movement"] == "2021") & (counts["kind"] == "civil_service_strike")]
    assert f"{len(civil)} civil-service strike figures in {civil['unit'].nunique()} different units" in text

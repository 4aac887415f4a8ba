from __future__ import annotations

from transforms import claims
from transforms.readings import claims as readings


def verdict_table(tables):
    return claims.verdict_table(tables, claims.check_all(tables))


def test_claims_reading_counts_the_verdicts_of_all_claims(tables):
    table = verdict_table(tables)
    text = readings.reading(table, len(table))
    counts = table["verdict"].value_counts()
    assert text.startswith("Of the 20 claims, ")
    assert f"{counts['supported']} are supported" in text
    assert f"{counts['partly_supported']} are partly supported" in text
    assert f"{counts['not_checkable']} are not checkable with our data" in text
    rule = (table["method"] == claims.METHOD_LABELS[claims.METHOD_RULE]).sum()
    assert f"{rule} are judged by a rule" in text


def test_claims_reading_follows_the_filter(tables):
    table = verdict_table(tables)
    economy = claims.filter_claims(table, ["economy"], list(claims.VERDICTS))
    text = readings.reading(economy, len(table))
    assert text.startswith("Of the 5 claims shown (20 in all)")
    assert "Every one of them is judged by a rule" in text
    outcomes = claims.filter_claims(table, ["outcomes"], list(claims.VERDICTS))
    assert "All of them are judged by reading" in readings.reading(outcomes, len(table))


def test_claims_reading_follows_the_data(tables):
    table = verdict_table(tables).copy()
    table.loc[table["claim_id"] == "C3", "verdict"] = "contradicted"
    assert "1 is contradicted" in readings.reading(table, len(table))


def test_claims_reading_of_nothing(tables):
    table = verdict_table(tables)
    assert readings.reading(table.iloc[0:0], len(table)) == "None of the 20 claims matches these filters."

"""The claims checked in Burmese: the same verdicts, their words from the catalogue and the Burmese data columns."""

from __future__ import annotations

import re

import pytest

from i18n import _, use_language
from transforms import claims
from transforms.claims.readings import WHOLE_CLAIM
from transforms.localise import UNTRANSLATED_MARKER
from transforms.readings import claims as readings

MYANMAR = re.compile("[\u1000-\u109f]")
LATIN_DIGIT = re.compile("[0-9]")


@pytest.fixture(scope="module")
def english(tables):
    return claims.check_all(tables)


@pytest.fixture(scope="module")
def burmese(tables):
    with use_language("my"):
        return claims.check_all(tables)


def test_every_verdict_and_status_is_the_same_in_burmese(english, burmese):
    assert {k: c.verdict for k, c in burmese.items()} == {k: c.verdict for k, c in english.items()}
    assert {k: [p.status for p in c.parts] for k, c in burmese.items()} == {
        k: [p.status for p in c.parts] for k, c in english.items()
    }


def test_rule_findings_are_in_myanmar_script_with_myanmar_digits(burmese):
    part = burmese["C1"].parts[0]
    assert MYANMAR.search(part.label) and "၁၉၆၂–၁၉၈၈" in part.label and "၁၀%" in part.label
    # Series names stay as their sources write them; every number around them is in Myanmar digits.
    assert all("၁၀%" in detail or "ချန်လှပ်ထား" in detail for detail in part.details)
    assert "၄၅ = ၅ × ၉" in burmese["C5"].parts[-1].finding


def test_the_burmese_findings_keep_the_rows_cited(english, burmese):
    assert {k: c.ids for k, c in burmese.items()} == {k: c.ids for k, c in english.items()}
    assert {k: c.economy for k, c in burmese.items()} == {k: c.economy for k, c in english.items()}


def test_readings_show_the_burmese_reason_and_part_columns(tables, burmese):
    rows = tables["claim_readings"].set_index("claim_id")
    assert burmese["C8"].parts[0].finding == rows.loc["C8", "reason_my"]
    c6_reading = burmese["C6"].parts[-1]
    assert c6_reading.label == rows.loc["C6", "part_my"]
    assert c6_reading.finding == rows.loc["C6", "reason_my"]


def test_a_whole_claim_reading_is_labelled_in_burmese(burmese):
    with use_language("my"):
        expected = _(WHOLE_CLAIM)
    assert MYANMAR.search(expected)
    assert burmese["C8"].parts[0].label == expected


def test_a_reading_without_burmese_shows_its_english_behind_the_marker(tables):
    copy = dict(tables)
    copy["claim_readings"] = tables["claim_readings"].assign(reason_my=None, part_my=None)
    with use_language("my"):
        checks = claims.check_all(copy)
        marker = _(UNTRANSLATED_MARKER)
    english = tables["claim_readings"].set_index("claim_id")
    assert checks["C8"].parts[0].finding == f"{marker} {english.loc['C8', 'reason']}"
    assert checks["C6"].parts[-1].label == f"{marker} {english.loc['C6', 'part']}"
    # The reading of a whole claim stays one (its English part is empty), with or without a translation.
    assert checks["C8"].method == claims.METHOD_READING


def test_the_page_reading_is_burmese_with_myanmar_digits(tables, english):
    table = claims.verdict_table(tables, english)
    with use_language("my"):
        text = readings.reading(table, len(table))
        economy = readings.reading(claims.filter_claims(table, ["economy"], list(claims.VERDICTS)), len(table))
        none = readings.reading(table.iloc[0:0], len(table))
    assert text.startswith("အဆို ၂၀ ခုအနက်")
    assert "ပြသထားသည့် အဆို ၅ ခု (စုစုပေါင်း ၂၀ ခု)" in economy
    assert "၂၀" in none and MYANMAR.search(none)
    # Only the claim ids (C1, C5 ...) keep Latin digits.
    assert not LATIN_DIGIT.search(re.sub(r"C\d+", "", text))


def test_the_rules_read_in_burmese_with_the_codes_constants(tables):
    with use_language("my"):
        rules = claims.rules_markdown()
    assert "**အထောက်အထားရှိ**" in rules and "၃ ရက်" in rules and "၃၁ ရက်" in rules and "၁၀%" in rules
    assert not LATIN_DIGIT.search(rules)


def test_english_is_back_after_a_burmese_run(tables, english, burmese):
    again = claims.check_all(tables)
    assert [p.finding for c in again.values() for p in c.parts] == [
        p.finding for c in english.values() for p in c.parts
    ]
    assert again["C1"].parts[0].label.startswith("Growth of 10% or more in some years of 1962–1988")

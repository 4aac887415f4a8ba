"""The claim checks on the real data, and on altered copies: a verdict must follow the data.

Each rule-checked claim is asserted twice: its verdict (and the numbers behind it) on the
curated tables, and a change of the data that must change the verdict.
"""

from __future__ import annotations

import pandas as pd
import pytest

from transforms import claims
from transforms.claims import Check, combine

WORLD_BANK = ("wdi_2017", "wdi_2025", "wdi_archive")


@pytest.fixture(scope="module")
def checks(tables) -> dict[str, Check]:
    return claims.check_all(tables)


def altered(tables: dict, name: str, change) -> dict:
    """A copy of the tables with one table changed by `change(frame) -> frame`."""
    return {**tables, name: change(tables[name].copy())}


def growth_value(economy: pd.DataFrame, series: str, year: int) -> float:
    rows = economy[(economy["indicator_id"] == "gdp_growth") & (economy["series_id"] == series) & (economy["year"] == year)]
    return float(rows["value"].iloc[0])


def event_date(events: pd.DataFrame, event_id: str) -> pd.Timestamp:
    return events.loc[events["event_id"] == event_id, "date"].iloc[0]


def with_event_date(event_id: str, new: str):
    def change(events: pd.DataFrame) -> pd.DataFrame:
        events.loc[events["event_id"] == event_id, "date"] = pd.Timestamp(new)
        return events

    return change


def statuses(check: Check) -> list[str]:
    return [part.status for part in check.parts]


# --- The rules themselves -------------------------------------------------------------


def test_every_claim_of_the_table_is_checked_in_order(tables, checks):
    assert list(checks) == [f"C{i}" for i in range(1, 21)]
    assert set(checks) == set(tables["claims"]["claim_id"])
    assert all(check.verdict in claims.VERDICTS for check in checks.values())


def test_combine_follows_the_documented_rule():
    assert combine(["holds", "holds"]) == "supported"
    assert combine(["holds", "missing"]) == "partly_supported"
    assert combine(["near"]) == "partly_supported"
    assert combine(["mixed"]) == "partly_supported"
    assert combine(["fails", "missing"]) == "contradicted"
    assert combine(["fails", "near"]) == "partly_supported"
    assert combine(["missing", "missing"]) == "not_checkable"
    assert combine([]) == "not_checkable"


def test_tolerance_is_one_point_or_ten_percent_whichever_is_wider():
    assert claims.tolerance(-11, percent=True) == pytest.approx(1.1)
    assert claims.tolerance(5, percent=True) == 1.0
    assert claims.tolerance(14, percent=False) == pytest.approx(1.4)
    assert claims.agrees(-11.352, -11, percent=True)
    assert not claims.agrees(-4.281, -11, percent=True)
    assert claims.agrees(15, 14, percent=False) and not claims.agrees(16, 14, percent=False)


def test_quantitative_claims_are_checked_by_rules_and_the_rest_by_reading(tables, checks):
    kinds = tables["claims"].set_index("claim_id")["check_kind"].astype(str)
    for claim_id, check in checks.items():
        expected = claims.METHOD_RULE if kinds[claim_id] == "quantitative" else claims.METHOD_READING
        assert check.method == expected, claim_id


# --- C1: years of 10%+ growth under the planned economy ------------------------------


def test_c1_finds_the_double_digit_years_of_each_series(tables, checks):
    economy = tables["economy"]
    check = checks["C1"]
    assert check.verdict == "supported"
    rows = claims.growth(economy, claims.C1_YEARS)
    fast = rows[rows["value"] >= 10]
    assert set(fast.loc[fast["series_id"] == "wdi_2017", "year"]) == {1963, 1965, 1968}
    assert set(fast.loc[fast["series_id"] == "mitchell", "year"]) == {1965, 1968}
    part = check.parts[0]
    assert part.finding == (
        "Agree: Mitchell, Intl Historical Statistics and World Bank WDI (2017 release, 2025 vintage, archived vintage). "
        "Left out: UN national accounts."
    )
    world_bank = next(line for line in part.details if line.startswith("World Bank WDI"))
    assert f"1963 (+{growth_value(economy, 'wdi_2017', 1963):.1f}%)" in world_bank
    # The UN series starts in 1971, shows no such year and is left out rather than counted against.
    un = next(line for line in part.details if line.startswith("UN national accounts"))
    assert "no year at 10%+" in un and "left out" in un
    assert ("wdi_2017", 1963) in check.economy


def test_c1_is_contradicted_when_no_series_reaches_ten_percent(tables):
    def cap(economy):
        growth = economy["indicator_id"] == "gdp_growth"
        economy.loc[growth, "value"] = economy.loc[growth, "value"].clip(upper=8)
        return economy

    assert claims.check_all(altered(tables, "economy", cap))["C1"].verdict == "contradicted"


def test_c1_peak_far_above_the_claimed_range_breaks_agreement(tables):
    def boom(economy):
        economy.loc[(economy["series_id"].isin(WORLD_BANK)) & (economy["year"] == 1963), "value"] = 25.0
        return economy

    check = claims.check_all(altered(tables, "economy", boom))["C1"]
    assert check.verdict == "partly_supported"  # Mitchell still agrees, the World Bank vintages no longer do
    assert statuses(check) == ["mixed"]


# --- C2: the fall over 1986-1988 --------------------------------------------------------


def test_c2_compounds_each_series_and_the_sources_disagree(tables, checks):
    economy = tables["economy"]
    check = checks["C2"]
    expected = claims.cumulative_change([growth_value(economy, "un_sna", y) for y in (1986, 1987, 1988)])
    assert check.numbers["changes"]["UN national accounts"] == pytest.approx(expected)
    assert expected < -claims.SHARP_FALL_PERCENT
    assert check.numbers["changes"]["Mitchell, Intl Historical Statistics"] > -claims.SHARP_FALL_PERCENT
    assert check.verdict == "partly_supported"


def test_c2_is_supported_once_every_series_falls_sharply(tables):
    def slump(economy):
        economy.loc[(economy["series_id"] == "mitchell") & (economy["year"] == 1988), "value"] = -8.0
        return economy

    assert claims.check_all(altered(tables, "economy", slump))["C2"].verdict == "supported"


def test_cumulative_change_compounds():
    assert claims.cumulative_change([-10, -10]) == pytest.approx(-19.0)


# --- C3: -11% in 1988 --------------------------------------------------------------------


def test_c3_world_bank_agrees_with_minus_eleven_and_the_others_do_not(tables, checks):
    economy = tables["economy"]
    assert growth_value(economy, "wdi_2017", 1988) == pytest.approx(-11.352)
    check = checks["C3"]
    assert check.verdict == "partly_supported"
    part = check.parts[0]
    assert part.finding == (
        "Agreeing means −12.1% to −9.9%. Agree: World Bank WDI (2017 release, 2025 vintage, archived vintage). "
        "Disagree: Mitchell, Intl Historical Statistics and UN national accounts."
    )
    assert "World Bank WDI (2017 release, 2025 vintage, archived vintage): −11.4%" in part.details
    assert "UN national accounts: −4.3%" in part.details


def test_c3_flips_to_contradicted_when_1988_is_minus_five(tables):
    def five(economy):
        economy.loc[(economy["indicator_id"] == "gdp_growth") & (economy["year"] == 1988), "value"] = -5.0
        return economy

    assert claims.check_all(altered(tables, "economy", five))["C3"].verdict == "contradicted"


def test_c3_is_supported_when_every_series_says_minus_eleven(tables):
    def eleven(economy):
        economy.loc[(economy["indicator_id"] == "gdp_growth") & (economy["year"] == 1988), "value"] = -10.5
        return economy

    assert claims.check_all(altered(tables, "economy", eleven))["C3"].verdict == "supported"


def test_c3_is_not_checkable_without_a_1988_value(tables):
    def drop(economy):
        return economy[~((economy["indicator_id"] == "gdp_growth") & (economy["year"] == 1988))]

    assert claims.check_all(altered(tables, "economy", drop))["C3"].verdict == "not_checkable"


# --- C4 and C5: the banknotes ------------------------------------------------------------


def test_c4_the_1985_issue_was_75_then_15_and_35_not_25(tables, checks):
    row = tables["demonetisations"].set_index("demonetisation_id").loc["demon-1985"]
    assert claims.issue_years(row["notes_issued"], row["notes_issued_date"]) == {75: 1985, 15: 1986, 35: 1986}
    check = checks["C4"]
    assert check.verdict == "partly_supported"
    by_label = {part.label: part for part in check.parts}
    assert by_label["A 25-kyat note issued in 1985"].status == "fails"
    assert "withdrawn on 5 Sep 1987" in by_label["A 25-kyat note issued in 1985"].finding
    assert by_label["A 35-kyat note issued in 1985"].status == "near"  # issued with it, but in 1986
    assert by_label["A 75-kyat note issued in 1985"].status == "holds"
    assert set(check.ids) == {"demon-1985", "demon-1987"}


def test_c4_is_contradicted_if_the_1985_issue_had_none_of_the_claimed_notes(tables):
    def other_notes(demonetisations):
        demonetisations.loc[demonetisations["demonetisation_id"] == "demon-1985", "notes_issued"] = "10;20"
        return demonetisations

    assert claims.check_all(altered(tables, "demonetisations", other_notes))["C4"].verdict == "contradicted"


def test_c5_45_and_90_about_two_years_later(tables, checks):
    check = checks["C5"]
    assert check.verdict == "supported"
    assert "22 months" in check.parts[2].finding


def test_c5_fails_if_the_1987_issue_had_other_notes(tables):
    def other_notes(demonetisations):
        demonetisations.loc[demonetisations["demonetisation_id"] == "demon-1987", "notes_issued"] = "50;100"
        return demonetisations

    check = claims.check_all(altered(tables, "demonetisations", other_notes))["C5"]
    assert check.verdict == "partly_supported"
    assert statuses(check)[:2] == ["fails", "fails"]


# --- Dates: C6, C7, C10, C12, C13 ------------------------------------------------------


def test_dated_claims_on_the_real_rows(checks):
    assert checks["C6"].verdict == "partly_supported"  # date holds; the official's son is not in our rows
    assert statuses(checks["C6"]) == ["holds", "missing"]
    assert statuses(checks["C7"]) == ["near", "holds", "fails"]  # the march is dated the 14th
    assert checks["C10"].verdict == "supported"
    assert statuses(checks["C12"]) == ["missing", "holds"]  # no row records the BBC broadcast
    assert "ev1988-028" in checks["C12"].ids
    assert checks["C13"].verdict == "supported"
    assert checks["C13"].ids == ("ev1988-001",)


def test_a_date_a_few_days_off_is_near_and_further_off_fails(tables):
    moved = claims.check_all(altered(tables, "events", with_event_date("ev1988-001", "1962-07-09")))["C13"]
    assert moved.verdict == "partly_supported" and "2 days after" in moved.parts[0].finding
    far = claims.check_all(altered(tables, "events", with_event_date("ev1988-001", "1962-08-07")))["C13"]
    assert far.verdict == "contradicted"


def test_a_dated_claim_with_no_row_is_not_checkable(tables):
    gone = altered(tables, "events", lambda events: events[events["event_id"] != "ev1988-001"])
    assert claims.check_all(gone)["C13"].verdict == "not_checkable"


def test_c10_changes_when_the_resignation_moves(tables):
    check = claims.check_all(altered(tables, "events", with_event_date("ev1988-023", "1988-07-30")))["C10"]
    assert check.verdict == "partly_supported"


# --- C11: Sein Lwin's days in office -----------------------------------------------------


def test_c11_counts_sixteen_days_from_the_two_dated_rows(tables, checks):
    events = tables["events"]
    days = (event_date(events, "ev1988-032") - event_date(events, "ev1988-025")).days
    assert days == 16
    check = checks["C11"]
    assert check.numbers["days"] == days
    assert statuses(check) == ["fails", "holds"]  # 16 is not 14 within 10%; he was forced out
    assert check.verdict == "partly_supported"


def test_c11_is_supported_when_the_resignation_is_fourteen_days_later(tables):
    check = claims.check_all(altered(tables, "events", with_event_date("ev1988-032", "1988-08-10")))["C11"]
    assert check.numbers["days"] == 14
    assert check.verdict == "supported"


def test_c11_tolerates_one_day_but_not_two(tables):
    one_off = claims.check_all(altered(tables, "events", with_event_date("ev1988-032", "1988-08-11")))["C11"]
    assert one_off.verdict == "supported"
    two_off = claims.check_all(altered(tables, "events", with_event_date("ev1988-032", "1988-08-08")))["C11"]
    assert two_off.numbers["days"] == 12 and two_off.verdict == "partly_supported"


# --- Readings ------------------------------------------------------------------------


def test_reading_verdicts_rest_on_rows_that_exist(tables, checks):
    known = {value for name, column in claims.ID_COLUMNS.items() for value in tables[name][column]}
    for reading in claims.readings(tables):
        assert reading.ids and set(reading.ids) <= known, reading.claim_id
        if reading.whole_claim:
            assert checks[reading.claim_id].verdict == reading.verdict
            assert checks[reading.claim_id].method == claims.METHOD_READING


def test_a_part_read_from_the_data_joins_the_rule_checked_parts(tables):
    def contradict_c10(readings):
        readings.loc[readings["claim_id"] == "C10", "verdict"] = "contradicted"
        return readings

    check = claims.check_all(altered(tables, "claim_readings", contradict_c10))["C10"]
    assert check.method == claims.METHOD_RULE
    assert [part.status for part in check.parts] == ["holds", "fails"]
    assert check.verdict == "partly_supported"


def test_conservative_readings(checks):
    assert checks["C19"].verdict == "not_checkable"  # a claim about causes
    assert checks["C20"].verdict == "not_checkable"  # no row covers the 1950s-1980s war


def test_a_reading_whose_rows_are_gone_is_not_checkable(tables):
    gone = altered(tables, "organisations", lambda orgs: orgs[orgs["org_id"] != "org1988-cpb-underground"])
    check = claims.check_all(gone)["C15"]
    assert check.verdict == "not_checkable"
    assert "org1988-cpb-underground" in check.parts[0].finding


# --- The claims table and the evidence ----------------------------------------------------


def test_claims_csv_lists_exactly_the_rows_each_check_cites(tables, checks):
    listed = tables["claims"].set_index("claim_id")["evidence_ids"]
    for claim_id, check in checks.items():
        written = [] if pd.isna(listed[claim_id]) else str(listed[claim_id]).split(";")
        assert written == list(check.ids), claim_id


def test_economy_claims_name_their_evidence_by_series_and_year(checks):
    for claim_id in ("C1", "C2", "C3"):
        assert checks[claim_id].economy and not checks[claim_id].ids


def test_evidence_rows_carry_a_source_for_every_cited_row(tables, checks):
    rows = claims.evidence_rows(tables, checks, claims.row_lookup(tables))
    assert rows["source_url"].str.startswith("http").all()
    c11 = rows[rows["claim_id"] == "C11"]
    assert list(c11["row"]) == ["ev1988-025", "ev1988-032", "out1988-imm-01"]
    c3 = rows[rows["claim_id"] == "C3"].set_index("row")
    assert "−11.4%" in c3.loc["wdi_2017 1988", "what"]


def test_sources_are_links_without_repeats(tables, checks):
    lookup = claims.row_lookup(tables)
    links = claims.sources(tables, lookup, checks["C14"])
    urls = [url for _, url in links]
    assert len(urls) == len(set(urls)) and all(url.startswith("http") for url in urls)
    assert claims.sources(tables, lookup, checks["C1"])  # economy series bring their own sources


def test_verdict_table_and_filters(tables, checks):
    table = claims.verdict_table(tables, checks)
    assert list(table["claim_id"]) == list(checks)
    economy = claims.filter_claims(table, ["economy"], list(claims.VERDICTS))
    assert list(economy["claim_id"]) == ["C1", "C2", "C3", "C4", "C5"]
    supported = claims.filter_claims(table, ["economy"], ["supported"])
    assert list(supported["claim_id"]) == [c for c in ("C1", "C2", "C3", "C4", "C5") if checks[c].verdict == "supported"]


def test_series_names_and_merging_of_identical_vintages(tables):
    assert claims.series_names(["World Bank WDI (2017 release)", "World Bank WDI (2025 vintage)", "UN national accounts"]) == (
        "World Bank WDI (2017 release, 2025 vintage) and UN national accounts"
    )
    rows = claims.growth(tables["economy"], (1985, 1989))
    merged = claims.merge_identical_series(rows)
    assert set(merged["series_id"]) == {"mitchell", "un_sna", "wdi_2017+wdi_2025+wdi_archive"}
    assert len(merged) == 15
    changed = rows.copy()
    changed.loc[(changed["series_id"] == "wdi_archive") & (changed["year"] == 1988), "value"] = -9.0
    assert "wdi_archive" in set(claims.merge_identical_series(changed)["series_id"])  # differs now, drawn apart


def test_issue_years_reads_the_sources_wording():
    assert claims.issue_years("45;90", "22 Sep 1987 per two pages") == {45: 1987, 90: 1987}
    assert claims.issue_years("75", None) == {75: None}


def test_rules_text_shows_the_constants_used():
    text = claims.rules_markdown()
    assert f"{claims.NEAR_DAYS} days" in text and "10%" in text and "percentage point" in text


def test_checks_do_not_change_the_tables(tables):
    before = tables["events"].copy()
    claims.check_all(tables)
    pd.testing.assert_frame_equal(tables["events"], before)


def test_a_row_known_only_to_the_month_is_close_not_exact(tables):
    def to_month(events):
        row = events["event_id"] == "ev1988-001"
        events.loc[row, "date"] = pd.Timestamp("1962-07-01")
        events.loc[row, "date_precision"] = "month"
        return events

    check = claims.check_all(altered(tables, "events", to_month))["C13"]
    assert statuses(check) == ["near"] and "known only to the month" in check.parts[0].finding

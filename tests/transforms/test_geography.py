"""Counts, shares and rates by state or region: the rules the Where page states."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from transforms import geography
from transforms.export import processed_tables
from transforms.load import load_all
from transforms.schema import EVENT_CATEGORIES

TABLES = processed_tables(load_all())
UNITS = geography.units(TABLES["states_regions"], TABLES["tile_grid"])


def events(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """Events from (id, movement, state_region); dated 1 Jan of their movement's year."""
    return pd.DataFrame({
        "event_id": [r[0] for r in rows],
        "movement": [r[1] for r in rows],
        "state_region": [r[2] for r in rows],
        "description": [f"row {r[0]}" for r in rows],
        "date": [pd.Timestamp(f"{r[1]}-01-01") for r in rows],
    })


def numbers(rows: pd.DataFrame, movements=("1988", "2021")) -> pd.DataFrame:
    return geography.by_unit(rows, "event_id", "description", UNITS, list(movements))


def unit(frame: pd.DataFrame, movement: str, code: str) -> pd.Series:
    return frame[(frame["movement"] == movement) & (frame["code"] == code)].iloc[0]


def test_every_state_region_has_a_tile_and_a_short_name():
    assert len(UNITS) == 15 and UNITS["code"].is_unique
    assert dict(zip(UNITS["code"], UNITS["short_name"]))["MM-18"] == "Naypyidaw"
    assert dict(zip(UNITS["code"], UNITS["short_name"]))["MM-06"] == "Yangon"


def test_all_fifteen_appear_for_each_movement_zeros_included():
    out = numbers(events(("a", "1988", "MM-06")))
    assert len(out) == 30
    assert unit(out, "1988", "MM-01")["count"] == 0
    assert unit(out, "2021", "MM-06")["count"] == 0


def test_a_row_with_several_codes_counts_once_in_each():
    out = numbers(events(("a", "1988", "MM-06~MM-04"), ("b", "1988", "MM-06")))
    assert unit(out, "1988", "MM-06")["count"] == 2
    assert unit(out, "1988", "MM-04")["count"] == 1
    assert unit(out, "1988", "MM-04")["row_ids"] == ("a",)


def test_share_is_of_the_placed_rows_so_multi_code_shares_can_pass_100():
    out = numbers(events(("a", "1988", "MM-06~MM-04"), ("b", "1988", "MM-06")))
    assert unit(out, "1988", "MM-06")["share"] == 100
    assert unit(out, "1988", "MM-04")["share"] == 50


def test_nationwide_and_abroad_rows_are_counted_beside_the_map_not_on_it():
    rows = events(("a", "2021", "nationwide"), ("b", "2021", "abroad"), ("c", "2021", "MM-01"), ("d", "2021", "nationwide"))
    out = numbers(rows)
    assert out.loc[out["movement"] == "2021", "count"].sum() == 1
    assert unit(out, "2021", "MM-01")["share"] == 100
    totals = geography.totals(rows, "event_id", ["2021"]).iloc[0]
    assert (totals["rows"], totals["placed"], totals["nationwide"], totals["abroad"]) == (4, 1, 2, 1)


def test_rates_use_the_census_before_each_movement():
    out = numbers(events(("a", "1988", "MM-06"), ("b", "2021", "MM-06")))
    yangon = TABLES["states_regions"].set_index("code").loc["MM-06"]
    assert unit(out, "1988", "MM-06")["rate"] == pytest.approx(1_000_000 / yangon["pop_1983"])
    assert unit(out, "2021", "MM-06")["rate"] == pytest.approx(1_000_000 / yangon["pop_2014"])
    assert unit(out, "1988", "MM-06")["census_year"] == 1983


def test_naypyidaw_has_no_1983_rate_but_a_2014_one():
    out = numbers(events(("a", "1988", "MM-18"), ("b", "2021", "MM-18")))
    assert math.isnan(unit(out, "1988", "MM-18")["rate"])
    assert unit(out, "1988", "MM-18")["count"] == 1
    assert unit(out, "2021", "MM-18")["rate"] > 0


def test_a_movement_with_nothing_placed_has_no_shares():
    out = numbers(events(("a", "2021", "nationwide")))
    assert out.loc[out["movement"] == "2021", "share"].isna().all()


def test_covering_names_the_fewest_units_holding_half_and_counts_a_shared_row_once():
    rows = events(("a", "2021", "MM-01~MM-03"), ("b", "2021", "MM-01"), ("c", "2021", "MM-03"), ("d", "2021", "MM-06"),
                  ("e", "2021", "MM-14"))
    out = numbers(rows, ["2021"])
    names, share = geography.covering(out, placed=5)
    assert names == ["Sagaing Region", "Magway Region"]
    assert share == 60  # a, b, c: the row in both counts once


def test_the_view_counts_only_the_chosen_kinds_inside_the_years():
    rows, out, totals = geography.view(TABLES, "events", ["1988"], ["strike"], (1988, 1988))
    assert set(rows["category"]) == {"strike"} and set(rows["date"].dt.year) == {1988}
    assert totals.iloc[0]["rows"] == len(rows)


def test_the_view_counts_organisations_by_founding_year():
    rows, _, totals = geography.view(TABLES, "organisations", ["2021"], list(EVENT_CATEGORIES), (2021, 2021))
    assert len(rows) and set(rows["founded"].dt.year) == {2021}


def test_default_years_leave_out_the_background_events_and_links_reach_them():
    bounds, default = geography.year_span(TABLES)
    assert bounds[0] == 1962 and default[0] == 1987
    assert bounds[1] == default[1] == int(max(TABLES["events"]["date"].max().year, TABLES["organisations"]["founded"].max().year))


def test_figures_without_places_are_said_to_have_none():
    assert not geography.has_places(TABLES["figures"])
    assert geography.has_places(TABLES["events"])

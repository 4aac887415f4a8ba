"""Where each movement happened: counts, shares and population rates by state or region.

Pure pandas. The rules, also shown on the Where page:
- a row whose `state_region` lists several codes (`MM-06~MM-04`) counts once in each state or
  region it lists, so a movement's counts can add up to more than its rows, and its shares to
  more than 100 %;
- a share is the part of a movement's *placed* rows (rows naming at least one state or region)
  that name this one;
- `nationwide` and `abroad` rows are not placed on the map: they are counted beside it;
- a rate is the count per million people of the census before the movement: 1983 for 1988,
  2014 for 2021. Where the census figure is missing (Naypyidaw did not exist in 1983) there is no rate.
"""

from __future__ import annotations

import pandas as pd

from i18n import current_language
from transforms import derive
from transforms.localise import text as localised_text

SEPARATOR = "~"
# Rows that name no state or region: counted beside the map, never on it.
NOT_ON_MAP = ("nationwide", "abroad")
# What the page can count: the table, its id column, its date column and its label column.
COUNTABLE = {
    "events": ("events", "event_id", "date", "description"),
    "organisations": ("organisations", "org_id", "founded", "name"),
}
MEASURES = ("share", "count", "rate")
# The census each movement's rates use: the last one before it.
CENSUS = {"1988": ("pop_1983", 1983), "2021": ("pop_2014", 2014)}
PER = 1_000_000
# Words stripped from a unit's name to label its tile: "Sagaing Region" -> "Sagaing".
_KIND_WORDS = (" Union Territory", " Region", " State")
# The same in Burmese: "စစ်ကိုင်းတိုင်းဒေသကြီး" -> "စစ်ကိုင်း".
_KIND_WORDS_MY = (" ပြည်ထောင်စုနယ်မြေ", "တိုင်းဒေသကြီး", "ပြည်နယ်")


def short_name(name: str, kind_words: tuple[str, ...] = _KIND_WORDS) -> str:
    for word in kind_words:
        if name.endswith(word):
            return name[: -len(word)]
    return name


def units(states_regions: pd.DataFrame, tile_grid: pd.DataFrame) -> pd.DataFrame:
    """The 15 states and regions with their tile and short name, in tile order (north to south, west to east)."""
    out = states_regions.merge(tile_grid, on="code", how="inner", validate="one_to_one")
    out["short_name"] = out["name"].astype(str).map(short_name)
    if "name_my" in out.columns:
        out["short_name_my"] = out["name_my"].astype(str).map(lambda name: short_name(name, _KIND_WORDS_MY))
    return out.sort_values(["row", "col"], kind="stable").reset_index(drop=True)


def in_years(rows: pd.DataFrame, date_column: str, years: tuple[int, int]) -> pd.DataFrame:
    """Rows whose date falls in the years `years` (both included)."""
    year = rows[date_column].dt.year
    return rows[(year >= years[0]) & (year <= years[1])]


def chosen_rows(tables: dict[str, pd.DataFrame], count: str, movements: list[str], categories: list[str], years: tuple[int, int]) -> pd.DataFrame:
    """The rows being counted: events of the chosen kinds, or self-organisation bodies, dated inside the years."""
    table, _, date_column, _ = COUNTABLE[count]
    rows = tables[table]
    if count == "events":
        rows = derive.events_of(rows, movements, categories)
    else:
        rows = rows[rows["movement"].isin(movements)]
    return in_years(rows, date_column, years)


def placements(rows: pd.DataFrame, id_column: str) -> pd.DataFrame:
    """One row per (row id, movement, place) with every code of a multi-code row on its own line."""
    places = rows["state_region"].astype(str).str.split(SEPARATOR)
    long = pd.DataFrame({"id": rows[id_column].astype(str), "movement": rows["movement"].astype(str), "code": places})
    return long.explode("code", ignore_index=True)


def totals(rows: pd.DataFrame, id_column: str, movements: list[str]) -> pd.DataFrame:
    """Per movement: its rows, those placed in a state or region, those nationwide, those abroad."""
    long = placements(rows, id_column)
    on_map = long[~long["code"].isin(NOT_ON_MAP)]
    out = []
    for movement in movements:
        mine = long[long["movement"] == movement]
        out.append({
            "movement": movement,
            "rows": int((rows["movement"] == movement).sum()),
            "placed": on_map.loc[on_map["movement"] == movement, "id"].nunique(),
            **{place: mine.loc[mine["code"] == place, "id"].nunique() for place in NOT_ON_MAP},
        })
    return pd.DataFrame(out, columns=["movement", "rows", "placed", *NOT_ON_MAP])


def by_unit(rows: pd.DataFrame, id_column: str, label_column: str, unit_table: pd.DataFrame, movements: list[str]) -> pd.DataFrame:
    """Per movement and state or region (all 15, zeros included): count, share of placed rows, rate per million.

    `row_ids` and `row_labels` list the rows behind each count, in date order, for hovers and tables; the labels
    are in the reader's language.
    """
    long = placements(rows, id_column)
    labels = dict(zip(rows[id_column].astype(str), localised_text(rows, label_column).astype(str)))
    placed = totals(rows, id_column, movements).set_index("movement")["placed"]
    frames = []
    for movement in movements:
        mine = long[long["movement"] == movement]
        ids = mine.groupby("code", sort=False)["id"].agg(list)
        column, year = CENSUS[movement]
        frame = unit_table.assign(movement=movement)
        frame["row_ids"] = [tuple(ids.get(code, [])) for code in frame["code"]]
        frame["row_labels"] = [tuple(labels[i] for i in found) for found in frame["row_ids"]]
        frame["count"] = frame["row_ids"].map(len).astype(int)
        total = int(placed.get(movement, 0))
        frame["share"] = frame["count"] / total * 100 if total else float("nan")
        frame["population"] = frame[column].astype("Float64")
        frame["census_year"] = year
        frame["rate"] = (frame["count"] / frame["population"] * PER).astype("float64")
        frames.append(frame)
    columns = ["movement", "code", "name", "short_name", "former_names", "row", "col", "count", "share", "rate",
               "population", "census_year", "row_ids", "row_labels"]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    return out[columns + [c for c in out.columns if c not in columns]]


def ordered_rows(rows: pd.DataFrame, count: str) -> pd.DataFrame:
    """The counted rows in date order, so each tile's first rows are its earliest."""
    _, id_column, date_column, _ = COUNTABLE[count]
    return rows.sort_values([date_column, id_column], kind="stable")


def view(tables: dict[str, pd.DataFrame], count: str, movements: list[str], categories: list[str], years: tuple[int, int]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(the rows counted, the numbers by state or region, the totals per movement) of one view of the Where page."""
    _, id_column, _, label_column = COUNTABLE[count]
    rows = ordered_rows(chosen_rows(tables, count, movements, categories, years), count)
    unit_table = units(tables["states_regions"], tables["tile_grid"])
    return rows, by_unit(rows, id_column, label_column, unit_table, movements), totals(rows, id_column, movements)


def place_name(unit, column: str = "name") -> str:
    """A state or region's `column` (`name`, `short_name`, `former_names`) in the reader's language."""
    own = getattr(unit, f"{column}_my", None) if current_language() == "my" else None
    value = own if isinstance(own, str) and own.strip() else getattr(unit, column)
    return "" if pd.isna(value) else str(value)


def covering(numbers: pd.DataFrame, placed: int, at_least: float = 50.0, most: int = 3) -> tuple[list[str], float]:
    """The fewest states or regions (at most `most`, largest counts first) that together hold `at_least` % of
    the placed rows, and the share of placed rows naming any of them (a row naming two counts once)."""
    ranked = numbers[numbers["count"] > 0].sort_values(["count", "code"], ascending=[False, True], kind="stable")
    names: list[str] = []
    ids: set[str] = set()
    share = 0.0
    for unit in ranked.itertuples():
        names.append(place_name(unit))
        ids.update(unit.row_ids)
        share = len(ids) / placed * 100
        if share >= at_least or len(names) == most:
            break
    return names, share


def year_span(tables: dict[str, pd.DataFrame]) -> tuple[tuple[int, int], tuple[int, int]]:
    """(the years a link may ask for: every dated event and body; the default years: from the first event of the
    movements proper, leaving out the background events back to 1962, to the last row)."""
    events, bodies = tables["events"], tables["organisations"]
    first, last = derive.span_without_background(events, "date")
    every = pd.concat([events["date"], bodies["founded"]])
    low, high = int(every.min().year), int(every.max().year)
    return (low, high), (int(first.year), max(int(last.year), int(bodies["founded"].max().year)))


def has_places(table: pd.DataFrame) -> bool:
    """Whether a table says where its rows happened (the figures table, for one, may not)."""
    return "state_region" in table.columns

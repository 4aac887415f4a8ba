"""The Where page's reading: where most of each movement's placed rows were, and what is not on the map.

Each sentence is one whole template with named slots, so it can be translated as a sentence.
"""

from __future__ import annotations

import pandas as pd

from i18n import N_, _, localise_digits, ngettext
from transforms import geography
from vocabulary.formatting import listing, number, percent, year_span
from vocabulary.movements import MOVEMENT_NAMES

# (one, many) for what is counted.
NOUNS = {"events": (N_("event"), N_("events")), "organisations": (N_("self-organisation body"), N_("self-organisation bodies"))}

WHERE_MOST = N_("Of {movement}'s {placed} placed {noun} of {years}, {share} were in {places}.")
WHERE_ALL = N_("All {placed} of {movement}'s placed {noun} of {years} were in {places}.")
NONE_PLACED = N_("{movement} has no {noun} placed in a state or region in this window.")
# Keyed by which of nationwide and abroad a movement has rows for.
NOT_ON_MAP = {
    (True, True): N_("Beside the map, not on it: {movement}'s {nationwide} nationwide and {abroad} abroad {noun}."),
    (True, False): N_("Beside the map, not on it: {movement}'s {nationwide} nationwide {noun}."),
    (False, True): N_("Beside the map, not on it: {movement}'s {abroad} abroad {noun}."),
}
# Keyed by whether one state or region lacks a rate or several do ("it" / "them").
NO_RATE = {
    True: N_("There is no {census} census figure in the data for {names}, so the map has no {movement} rate for it."),
    False: N_("There is no {census} census figure in the data for {names}, so the map has no {movement} rate for them."),
}
NAYPYIDAW_1983 = N_("Naypyidaw did not exist in 1983: its area was then part of Mandalay Division.")
NAYPYIDAW = "MM-18"


def where_most(rows: pd.DataFrame, numbers: pd.DataFrame, totals: pd.DataFrame, movements: list[str], count: str) -> list[str]:
    """One sentence per movement: the fewest states or regions holding half its placed rows, and that share."""
    noun = NOUNS[count]
    date_column = geography.COUNTABLE[count][2]
    sentences = []
    for movement in movements:
        placed = int(totals.loc[totals["movement"] == movement, "placed"].sum())
        if not placed:
            sentences.append(_(NONE_PLACED).format(movement=_(MOVEMENT_NAMES[movement]).capitalize(), noun=_(noun[1])))
            continue
        dates = rows.loc[rows["movement"] == movement, date_column].dt.year
        slots = {"years": year_span((int(dates.min()), int(dates.max()))), "movement": _(MOVEMENT_NAMES[movement])}
        names, share = geography.covering(numbers[numbers["movement"] == movement], placed)
        slots |= {"placed": number(placed), "places": listing(names), "noun": _(noun[0] if placed == 1 else noun[1])}
        template = WHERE_ALL if round(share) >= 100 else WHERE_MOST
        sentences.append(_(template).format(share=percent(share), **slots))
    return sentences


def not_on_map(totals: pd.DataFrame, count: str) -> list[str]:
    """Per movement with any: how many rows are nationwide or abroad."""
    out = []
    for row in totals.itertuples():
        if row.nationwide or row.abroad:
            noun = NOUNS[count][0 if row.nationwide + row.abroad == 1 else 1]
            out.append(_(NOT_ON_MAP[(row.nationwide > 0, row.abroad > 0)]).format(
                movement=_(MOVEMENT_NAMES[row.movement]), nationwide=number(row.nationwide), abroad=number(row.abroad), noun=_(noun)
            ))
    return out


def multi_code(rows: pd.DataFrame) -> str | None:
    several = int(rows["state_region"].astype(str).str.contains(geography.SEPARATOR, regex=False).sum())
    if not several:
        return None
    return ngettext(
        "One of these rows names several states or regions and counts once in each, so shares can add up to more than 100 %.",
        "{count} of these rows name several states or regions and count once in each, so shares can add up to more than 100 %.",
        several,
    ).format(count=number(several))


def missing_rates(numbers: pd.DataFrame, movements: list[str]) -> list[str]:
    """Which tiles have no rate for want of a census figure, and why Naypyidaw has none for 1983."""
    out = []
    for movement in movements:
        missing = numbers[(numbers["movement"] == movement) & numbers["population"].isna()]
        if missing.empty:
            continue
        sentence = _(NO_RATE[len(missing) == 1]).format(
            census=localise_digits(str(int(missing["census_year"].iloc[0]))),
            names=listing([geography.place_name(unit) for unit in missing.itertuples()]),
            movement=localise_digits(movement),
        )
        if movement == "1988" and NAYPYIDAW in set(missing["code"]):
            sentence += " " + _(NAYPYIDAW_1983)
        out.append(sentence)
    return out


def reading(rows: pd.DataFrame, numbers: pd.DataFrame, totals: pd.DataFrame, movements: list[str], count: str) -> str:
    """The page's reading: where most placed rows were for each movement, then what is not on the map."""
    parts = where_most(rows, numbers, totals, movements, count) + not_on_map(totals, count)
    several = multi_code(rows)
    if several:
        parts.append(several)
    return " ".join(parts)

"""The Self-organisation page's readings: how many bodies each movement had soon after day 0, and its strike counts."""

from __future__ import annotations

import pandas as pd

from transforms.derive import FOUNDING_HORIZONS, bodies_founded_by, comparability
from vocabulary.formatting import value_range
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_NAMES


def _bodies(count: int) -> str:
    return f"{count} bod{'y' if count == 1 else 'ies'}"


def _sure_and_possible(surely: int, possibly: int) -> str:
    if possibly == surely:
        return _bodies(surely)
    return f"{_bodies(surely)} for certain, up to {possibly} counting those dated only to a month or year"


def reading(organisations: pd.DataFrame, movements: list[str]) -> str:
    """Bodies per movement; how many were there within 30 and 100 days of day 0; the commonest kind."""
    rows = organisations[organisations["movement"].isin(movements)]
    if rows.empty:
        return "No body matches these filters."
    totals = rows["movement"].astype(str).value_counts()
    sentences = [
        "With these filters, " + " and ".join(f"{MOVEMENT_NAMES[m]} counts {_bodies(int(totals.get(m, 0)))}" for m in movements) + "."
    ]
    for horizon in FOUNDING_HORIZONS:
        by_then = bodies_founded_by(rows, horizon)
        parts = [
            f"{MOVEMENT_NAMES[m]} had {_sure_and_possible(int(by_then.loc[m, 'surely']), int(by_then.loc[m, 'possibly']))}"
            for m in movements
        ]
        sentences.append(f"Within {horizon} days of day 0, " + "; ".join(parts) + ".")
    commonest = []
    for movement in movements:
        kinds = rows.loc[rows["movement"] == movement, "org_type"].astype(str).value_counts()
        if len(kinds):
            top = kinds[kinds == kinds.iloc[0]].index
            commonest.append(f"{' and '.join(label(k).lower() for k in top)} in {movement} ({kinds.iloc[0]} each)"
                             if len(top) > 1 else f"{label(top[0]).lower()} in {movement} ({kinds.iloc[0]})")
    if commonest:
        sentences.append("The commonest kind of body: " + "; ".join(commonest) + ".")
    return " ".join(sentences)


def strike_reading(counts: pd.DataFrame, missing: dict[str, list[str]], movements: list[str]) -> str:
    """Per movement: strike bodies and how many carry a count, the civil-service strike figures, and what is missing."""
    sentences = []
    for movement in movements:
        mine = counts[counts["movement"] == movement]
        bodies = mine[mine["kind"] == "strike_committee"]
        counted = bodies[bodies["low"].notna()]
        parts = [f"{len(bodies)} strike bod{'y' if len(bodies) == 1 else 'ies'} recorded, {len(counted)} with a count"]
        if len(counted):
            parts[0] += " (" + "; ".join(f"{r.label}: {value_range(r.low, r.high)} {r.unit}" for r in counted.itertuples()) + ")"
        for metric, noun, nouns in (("strike_committees", "count of strike committees", "counts of strike committees"),
                                    ("civil_service_strike", "civil-service strike figure", "civil-service strike figures")):
            figures = mine[mine["kind"] == metric]
            if metric in missing.get(movement, []):
                parts.append(f"no {noun} (missing)")
            elif len(figures):
                units = figures["unit"].nunique()
                # Counts in different units cannot be added or ranked against each other: say so.
                spread = f" in {units} different units, so they are shown side by side, not added up" if units > 1 else ""
                parts.append(f"{len(figures)} {noun if len(figures) == 1 else nouns}{spread}")
        sentences.append(f"For {MOVEMENT_NAMES[movement]}: " + "; ".join(parts) + ".")
    return " ".join(sentences + _headline_comparison(counts, movements))


def _headline_comparison(counts: pd.DataFrame, movements: list[str]) -> list[str]:
    """The Overview's strike-committee measure of each movement side by side, and how far they compare."""
    # A body may stand for the headline figures row it repeats (derive.strike_counts keeps the body).
    headline = counts[counts["kind"].isin(["strike_committee", "strike_committees"]) & counts["headline"].fillna(False).astype(bool)]
    shown = [headline[headline["movement"] == m].iloc[0] for m in movements if (headline["movement"] == m).any()]
    if not shown:
        return []
    measures = "; ".join(
        f"for {MOVEMENT_NAMES[row['movement']]}, {value_range(row['low'], row['high'])} {row['unit']} ({row['label']})" for row in shown
    )
    notes = [note for note in (comparability(row["description"]) for row in shown) if note]
    return [f"The Overview's strike-committee measure{' is' if len(shown) == 1 else 's are'}: {measures}."] + notes

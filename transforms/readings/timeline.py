"""The Timeline's reading: how many events fall in the window, the commonest kind, and which came first after day 0."""

from __future__ import annotations

import pandas as pd

from vocabulary.formatting import date_text
from vocabulary.movements import MOVEMENT_NAMES

# The kinds of event the comparison is about (strikes, self-organisation, armed resistance):
# the reading says when the first of each came, for those chosen.
MILESTONES = ("strike", "organisation", "armed_resistance")
# (one, many) for each kind of event, as a sentence says them.
KIND_NAMES = {
    "trigger": ("trigger", "triggers"),
    "protest": ("protest", "protests"),
    "strike": ("strike", "strikes"),
    "crackdown": ("crackdown", "crackdowns"),
    "concession": ("concession", "concessions"),
    "regime_change": ("change at the top", "changes at the top"),
    "organisation": ("new organisation", "new organisations"),
    "election": ("election event", "election events"),
    "armed_resistance": ("armed resistance event", "armed resistance events"),
}


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def reading(shown: pd.DataFrame, chosen: pd.DataFrame, movements: list[str], categories: list[str]) -> str:
    """A few sentences computed from the events shown.

    `shown`: the events inside the time window; `chosen`: every event of the chosen
    movements and categories, so the reading can say how many the window leaves out.
    """
    if shown.empty:
        return (
            f"None of the {_plural(len(chosen), 'event')} of the movements and kinds chosen falls inside this window."
            if len(chosen)
            else "No events of the movements and kinds chosen."
        )
    sentences = []
    counts = []
    for movement in movements:
        mine = shown[shown["movement"] == movement]
        if mine.empty:
            counts.append(f"{MOVEMENT_NAMES[movement]} has none")
            continue
        by_kind = mine["category"].astype(str).value_counts()
        top = by_kind[by_kind == by_kind.max()].index
        kinds = _joined([KIND_NAMES[kind][1] for kind in sorted(top, key=categories.index)])
        counts.append(f"{MOVEMENT_NAMES[movement]} has {_plural(len(mine), 'event')}, {kinds} the commonest ({by_kind.max()})")
    sentences.append(f"In this window {'; '.join(counts)}.")
    left_out = len(chosen) - len(shown)
    if left_out:
        verb = "lies" if left_out == 1 else "lie"
        sentences.append(f"{_plural(left_out, 'more event')} of the movements and kinds chosen {verb} outside it.")

    milestones = [c for c in MILESTONES if c in categories] or categories[:1]
    firsts = []
    for category in milestones:
        when = []
        for movement in movements:
            after = shown[(shown["movement"] == movement) & (shown["category"] == category) & (shown["day"] >= 0)]
            if after.empty:
                continue
            first = after.sort_values(["day", "event_id"]).iloc[0]
            when.append(f"day {int(first['day']):,} in {movement} ({date_text(first['date'], str(first['date_precision']))})")
        if when:
            verb = "came on" if not firsts else "on"
            firsts.append(f"the first {KIND_NAMES[category][0]} {verb} {_joined(when)}")
    if firsts:
        sentences.append("Counting from day 0, " + "; ".join(firsts) + ".")
    return " ".join(sentences)

"""The Outcomes page's reading: how many outcomes of which kind each movement shows, and how long it lasted."""

from __future__ import annotations

import pandas as pd

from vocabulary.movements import MOVEMENT_NAMES

HORIZON_WORDS = {"immediate": "immediate", "within_year": "within a year", "long_term": "long-term"}


def _aspect(aspect: str) -> str:
    return aspect.replace("_", " ")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def reading(outcomes: pd.DataFrame, periods: pd.DataFrame, movements: list[str], horizons: list[str]) -> str:
    """Per movement: outcomes shown by horizon and the most frequent aspect; then durations by definition.

    `outcomes` are the rows shown (already filtered); `periods` carry `duration_days`.
    """
    sentences = []
    for movement in movements:
        mine = outcomes[outcomes["movement"] == movement]
        if mine.empty:
            sentences.append(f"No outcome of {MOVEMENT_NAMES[movement]} is recorded for the horizons chosen.")
            continue
        by_horizon = mine["horizon"].astype(str).value_counts()
        parts = [f"{by_horizon[h]} {HORIZON_WORDS[h]}" for h in HORIZON_WORDS if h in horizons and h in by_horizon]
        aspects = mine["aspect"].astype(str).value_counts()
        top = aspects.max()
        leaders = sorted(a for a, n in aspects.items() if n == top)
        if len(leaders) == 1:
            most = f"the most frequent aspect is {_aspect(leaders[0])} ({top})"
        else:
            names = ", ".join(_aspect(a) for a in leaders[:-1]) + f" and {_aspect(leaders[-1])}"
            most = f"the most frequent aspects are {names} ({top} each)"
        sentences.append(f"For {MOVEMENT_NAMES[movement]} the table shows {_plural(len(mine), 'outcome')} ({', '.join(parts)}); {most}.")
    shared = _shared_aspect_contrast(outcomes, movements)
    if shared:
        sentences.append(shared)
    spans = []
    for movement in movements:
        mine = periods[periods["movement"] == movement]
        if len(mine):
            longest = mine.loc[mine["duration_days"].idxmax()]
            ongoing = " (the longest still going on at its end date)" if longest["end_kind"] == "ongoing_as_of" else ""
            spans.append(
                f"{MOVEMENT_NAMES[movement]} lasted {mine['duration_days'].min():,} to {longest['duration_days']:,} days"
                f" across {_plural(len(mine), 'definition')}{ongoing}"
            )
    if spans:
        sentences.append("Depending on where one puts its start and end, " + "; ".join(spans) + ".")
    return " ".join(sentences) if sentences else "No data for the movements chosen."


def _shared_aspect_contrast(outcomes: pd.DataFrame, movements: list[str]) -> str:
    """The aspect whose counts differ most between the two movements, when both are shown."""
    if len(movements) < 2 or outcomes.empty:
        return ""
    counts = outcomes.groupby(["aspect", "movement"], observed=True).size().unstack(fill_value=0)
    counts = counts.reindex(columns=movements, fill_value=0)
    gap = (counts[movements[0]] - counts[movements[1]]).abs()
    if gap.max() == 0:
        return ""
    aspect = sorted(a for a, g in gap.items() if g == gap.max())[0]
    first, second = (int(counts.at[aspect, m]) for m in movements)
    return (
        f"The widest gap is in {_aspect(aspect)}: {first} for {MOVEMENT_NAMES[movements[0]]} "
        f"against {second} for {MOVEMENT_NAMES[movements[1]]}."
    )

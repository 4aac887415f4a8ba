"""The Outcomes page's reading: how many outcomes of which kind each movement shows, and how long it lasted."""

from __future__ import annotations

import pandas as pd

from i18n import N_, _, ngettext, pgettext
from vocabulary.formatting import listing, number
from vocabulary.movements import MOVEMENT_NAMES

# How many outcomes of one horizon, as the reading counts them: "2 immediate".
HORIZON_WORDS = {"immediate": N_("{count} immediate"), "within_year": N_("{count} within a year"),
                 "long_term": N_("{count} long-term")}
# The aspects as a sentence names them.
ASPECT_WORDS = {
    "leadership": N_("leadership"), "political_system": N_("political system"), "repression": N_("repression"),
    "organisation": N_("organisation"), "armed_conflict": N_("armed conflict"), "economy": N_("economy"),
    "international": N_("international"),
}


def _aspect(aspect: str) -> str:
    return _(ASPECT_WORDS[aspect]) if aspect in ASPECT_WORDS else aspect.replace("_", " ")


def reading(outcomes: pd.DataFrame, periods: pd.DataFrame, movements: list[str], horizons: list[str]) -> str:
    """Per movement: outcomes shown by horizon and the most frequent aspect; then durations by definition.

    `outcomes` are the rows shown (already filtered); `periods` carry `duration_days`.
    """
    sentences = []
    for movement in movements:
        name = _(MOVEMENT_NAMES[movement])
        mine = outcomes[outcomes["movement"] == movement]
        if mine.empty:
            sentences.append(_("No outcome of {movement} is recorded for the horizons chosen.").format(movement=name))
            continue
        by_horizon = mine["horizon"].astype(str).value_counts()
        parts = [_(HORIZON_WORDS[h]).format(count=number(by_horizon[h]))
                 for h in HORIZON_WORDS if h in horizons and h in by_horizon]
        aspects = mine["aspect"].astype(str).value_counts()
        top = int(aspects.max())
        leaders = sorted(a for a, n in aspects.items() if n == top)
        if len(leaders) == 1:
            most = _("the most frequent aspect is {aspect} ({count})").format(
                aspect=_aspect(leaders[0]), count=number(top))
        else:
            most = _("the most frequent aspects are {aspects} ({count} each)").format(
                aspects=listing([_aspect(a) for a in leaders]), count=number(top))
        sentences.append(ngettext(
            "For {movement} the table shows {count} outcome ({horizons}); {most}.",
            "For {movement} the table shows {count} outcomes ({horizons}); {most}.",
            len(mine),
        ).format(movement=name, count=number(len(mine)), horizons=pgettext("list separator", ", ").join(parts), most=most))
    shared = _shared_aspect_contrast(outcomes, movements)
    if shared:
        sentences.append(shared)
    spans = []
    for movement in movements:
        mine = periods[periods["movement"] == movement]
        if len(mine):
            longest = mine.loc[mine["duration_days"].idxmax()]
            ongoing = _(" (the longest still going on at its end date)") if longest["end_kind"] == "ongoing_as_of" else ""
            spans.append(ngettext(
                "{movement} lasted {shortest} to {longest} days across {count} definition{ongoing}",
                "{movement} lasted {shortest} to {longest} days across {count} definitions{ongoing}",
                len(mine),
            ).format(movement=_(MOVEMENT_NAMES[movement]), shortest=number(mine["duration_days"].min()),
                     longest=number(longest["duration_days"]), count=number(len(mine)), ongoing=ongoing))
    if spans:
        sentences.append(_("Depending on where one puts its start and end, {spans}.").format(spans=_("; ").join(spans)))
    return " ".join(sentences) if sentences else _("No data for the movements chosen.")


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
    return _("The widest gap is in {aspect}: {first} for {movement} against {second} for {other}.").format(
        aspect=_aspect(aspect), first=number(first), movement=_(MOVEMENT_NAMES[movements[0]]),
        second=number(second), other=_(MOVEMENT_NAMES[movements[1]]),
    )

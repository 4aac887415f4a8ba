"""The Timeline's reading: how many events fall in the window, the commonest kind, and which came first after day 0."""

from __future__ import annotations

import pandas as pd

from i18n import N_, _, localise_digits, ngettext
from vocabulary.formatting import date_text, listing, number
from vocabulary.movements import MOVEMENT_NAMES

# The kinds of event the comparison is about (strikes, self-organisation, armed resistance):
# the reading says when the first of each came, for those chosen.
MILESTONES = ("strike", "organisation", "armed_resistance")
# (one, many) for each kind of event, as a sentence says them.
KIND_NAMES = {
    "trigger": (N_("trigger"), N_("triggers")),
    "protest": (N_("protest"), N_("protests")),
    "strike": (N_("strike"), N_("strikes")),
    "crackdown": (N_("crackdown"), N_("crackdowns")),
    "concession": (N_("concession"), N_("concessions")),
    "regime_change": (N_("change at the top"), N_("changes at the top")),
    "organisation": (N_("new organisation"), N_("new organisations")),
    "election": (N_("election event"), N_("election events")),
    "armed_resistance": (N_("armed resistance event"), N_("armed resistance events")),
}


def _movement_counts(shown: pd.DataFrame, movement: str, categories: list[str]) -> str:
    name = _(MOVEMENT_NAMES[movement])
    mine = shown[shown["movement"] == movement]
    if mine.empty:
        return _("{movement} has none").format(movement=name)
    by_kind = mine["category"].astype(str).value_counts()
    top = by_kind[by_kind == by_kind.max()].index
    kinds = listing([_(KIND_NAMES[kind][1]) for kind in sorted(top, key=categories.index)])
    return ngettext(
        "{movement} has {count} event, {kinds} the commonest ({top})",
        "{movement} has {count} events, {kinds} the commonest ({top})",
        len(mine),
    ).format(movement=name, count=number(len(mine)), kinds=kinds, top=number(int(by_kind.max())))


def _firsts(shown: pd.DataFrame, movements: list[str], categories: list[str]) -> list[str]:
    """For each milestone kind chosen: the day (and date) of its first event after day 0 in each movement."""
    milestones = [c for c in MILESTONES if c in categories] or categories[:1]
    firsts = []
    for category in milestones:
        when = []
        for movement in movements:
            after = shown[(shown["movement"] == movement) & (shown["category"] == category) & (shown["day"] >= 0)]
            if after.empty:
                continue
            first = after.sort_values(["day", "event_id"]).iloc[0]
            when.append(_("day {day} in {movement} ({date})").format(
                day=number(int(first["day"])), movement=localise_digits(movement),
                date=date_text(first["date"], str(first["date_precision"])),
            ))
        if when:
            template = _("the first {kind} came on {days}") if not firsts else _("the first {kind} on {days}")
            firsts.append(template.format(kind=_(KIND_NAMES[category][0]), days=listing(when)))
    return firsts


def reading(shown: pd.DataFrame, chosen: pd.DataFrame, movements: list[str], categories: list[str]) -> str:
    """A few sentences computed from the events shown.

    `shown`: the events inside the time window; `chosen`: every event of the chosen
    movements and categories, so the reading can say how many the window leaves out.
    """
    if shown.empty:
        if not len(chosen):
            return _("No events of the movements and kinds chosen.")
        return ngettext(
            "None of the {count} event of the movements and kinds chosen falls inside this window.",
            "None of the {count} events of the movements and kinds chosen falls inside this window.",
            len(chosen),
        ).format(count=number(len(chosen)))
    counts = _("; ").join(_movement_counts(shown, movement, categories) for movement in movements)
    sentences = [_("In this window {counts}.").format(counts=counts)]
    left_out = len(chosen) - len(shown)
    if left_out:
        sentences.append(ngettext(
            "{count} more event of the movements and kinds chosen lies outside it.",
            "{count} more events of the movements and kinds chosen lie outside it.",
            left_out,
        ).format(count=number(left_out)))
    firsts = _firsts(shown, movements, categories)
    if firsts:
        sentences.append(_("Counting from day 0, {firsts}.").format(firsts=_("; ").join(firsts)))
    return " ".join(sentences)

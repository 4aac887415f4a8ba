"""The Self-organisation page's readings: how many bodies each movement had soon after day 0, and its strike counts."""

from __future__ import annotations

import pandas as pd

from i18n import N_, _, current_language, localise_digits, ngettext
from transforms.derive import FOUNDING_HORIZONS, bodies_founded_by, comparability
from transforms.localise import comparability_note, text
from vocabulary.formatting import listing, number, value_range
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_NAMES

# The strike figures a reading counts, and what it says when no source gives one.
STRIKE_FIGURES = {
    "strike_committees": N_("no count of strike committees (missing)"),
    "civil_service_strike": N_("no civil-service strike figure (missing)"),
}
# Where each text of `derive.strike_counts` comes from, by the table its row is from: (table's column, count column).
STRIKE_TEXTS = {
    "organisations": {"label": "name", "unit": "count_unit", "description": "description"},
    "figures": {"label": "label", "unit": "unit", "description": "definition"},
}


def _bodies(count: int) -> str:
    return ngettext("{count} body", "{count} bodies", count).format(count=number(count))


def quantity(value: str, unit: str) -> str:
    """A count with its unit: '200 townships'."""
    return _("{value} {unit}").format(value=value, unit=unit)


def _sure_and_possible(surely: int, possibly: int) -> str:
    if possibly == surely:
        return _bodies(surely)
    return _("{bodies} for certain, up to {possibly} counting those dated only to a month or year").format(
        bodies=_bodies(surely), possibly=number(possibly)
    )


def _commonest(rows: pd.DataFrame, movement: str) -> str | None:
    kinds = rows.loc[rows["movement"] == movement, "org_type"].astype(str).value_counts()
    if not len(kinds):
        return None
    top = kinds[kinds == kinds.iloc[0]].index
    year = localise_digits(movement)
    if len(top) > 1:
        return _("{kinds} in {movement} ({count} each)").format(
            kinds=_(" and ").join(_(label(k)).lower() for k in top), movement=year, count=number(int(kinds.iloc[0]))
        )
    return _("{kind} in {movement} ({count})").format(
        kind=_(label(top[0])).lower(), movement=year, count=number(int(kinds.iloc[0]))
    )


def reading(organisations: pd.DataFrame, movements: list[str]) -> str:
    """Bodies per movement; how many were there within 30 and 100 days of day 0; the commonest kind."""
    rows = organisations[organisations["movement"].isin(movements)]
    if rows.empty:
        return _("No body matches these filters.")
    totals = rows["movement"].astype(str).value_counts()
    counts = listing([
        _("{movement} counts {bodies}").format(movement=_(MOVEMENT_NAMES[m]), bodies=_bodies(int(totals.get(m, 0))))
        for m in movements
    ])
    sentences = [_("With these filters, {counts}.").format(counts=counts)]
    for horizon in FOUNDING_HORIZONS:
        by_then = bodies_founded_by(rows, horizon)
        parts = [
            _("{movement} had {bodies}").format(
                movement=_(MOVEMENT_NAMES[m]),
                bodies=_sure_and_possible(int(by_then.loc[m, "surely"]), int(by_then.loc[m, "possibly"])),
            )
            for m in movements
        ]
        sentences.append(_("Within {days} days of day 0, {parts}.").format(days=number(horizon), parts=_("; ").join(parts)))
    commonest = [kind for kind in (_commonest(rows, movement) for movement in movements) if kind]
    if commonest:
        sentences.append(_("The commonest kind of body: {kinds}.").format(kinds=_("; ").join(commonest)))
    return " ".join(sentences)


def localised_strike_counts(counts: pd.DataFrame, organisations: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """`derive.strike_counts` with its label, unit and description in the reader's language, each from the table its
    row comes from; `note`, the row's comparability note (the English one behind the marker when the row's
    translation has none); and `share`, whether the row is a percentage rather than a count."""
    # Whether a row is a share rather than a count, told by its English unit.
    counts = counts.assign(note=counts["description"].map(comparability),
                           share=counts["unit"].astype("string").str.startswith("percent").fillna(False))
    if current_language() == "en":
        return counts
    english_descriptions = counts["description"].copy()
    counts = counts.copy()
    for table, frame, key in (("organisations", organisations, "org_id"), ("figures", figures, "figure_id")):
        mine = counts["table"] == table
        rows = frame.set_index(frame[key].astype(str))
        for column, source in STRIKE_TEXTS[table].items():
            shown = text(rows, source).reindex(counts.loc[mine, "row_id"])
            # A count without a unit has none in any language.
            shown = shown.where(rows[source].reindex(counts.loc[mine, "row_id"]).notna())
            counts.loc[mine, column] = shown.to_numpy()
    counts["note"] = [
        comparability_note(english, shown) for english, shown in zip(english_descriptions, counts["description"])
    ]
    return counts


def _figures_part(metric: str, figures: pd.DataFrame) -> str:
    units = figures["unit"].nunique()
    if metric == "strike_committees":
        part = ngettext("{count} count of strike committees", "{count} counts of strike committees", len(figures))
    else:
        part = ngettext("{count} civil-service strike figure", "{count} civil-service strike figures", len(figures))
    part = part.format(count=number(len(figures)))
    if units > 1:
        # Counts in different units cannot be added or ranked against each other: say so.
        return _("{figures} in {units} different units, so they are shown side by side, not added up").format(
            figures=part, units=number(units)
        )
    return part


def strike_reading(counts: pd.DataFrame, missing: dict[str, list[str]], movements: list[str]) -> str:
    """Per movement: strike bodies and how many carry a count, the civil-service strike figures, and what is missing."""
    sentences = []
    for movement in movements:
        mine = counts[counts["movement"] == movement]
        bodies = mine[mine["kind"] == "strike_committee"]
        counted = bodies[bodies["low"].notna()]
        recorded = ngettext(
            "{count} strike body recorded, {counted} with a count",
            "{count} strike bodies recorded, {counted} with a count",
            len(bodies),
        ).format(count=number(len(bodies)), counted=number(len(counted)))
        if len(counted):
            listed = _("; ").join(
                _("{label}: {value}").format(label=r.label, value=quantity(value_range(r.low, r.high), r.unit))
                for r in counted.itertuples()
            )
            recorded = _("{recorded} ({counts})").format(recorded=recorded, counts=listed)
        parts = [recorded]
        for metric, none_given in STRIKE_FIGURES.items():
            figures = mine[mine["kind"] == metric]
            if metric in missing.get(movement, []):
                parts.append(_(none_given))
            elif len(figures):
                parts.append(_figures_part(metric, figures))
        sentences.append(_("For {movement}: {parts}.").format(movement=_(MOVEMENT_NAMES[movement]), parts=_("; ").join(parts)))
    return " ".join(sentences + _headline_comparison(counts, movements))


def _headline_comparison(counts: pd.DataFrame, movements: list[str]) -> list[str]:
    """The Overview's strike-committee measure of each movement side by side, and how far they compare."""
    # A body may stand for the headline figures row it repeats (derive.strike_counts keeps the body).
    headline = counts[counts["kind"].isin(["strike_committee", "strike_committees"]) & counts["headline"].fillna(False).astype(bool)]
    shown = [headline[headline["movement"] == m].iloc[0] for m in movements if (headline["movement"] == m).any()]
    if not shown:
        return []
    measures = _("; ").join(
        _("for {movement}, {value} ({label})").format(
            movement=_(MOVEMENT_NAMES[str(row.movement)]), value=quantity(value_range(row["low"], row["high"]), row["unit"]),
            label=row["label"],
        )
        for row in shown
    )
    notes = [note for note in (row["note"] if "note" in row.index else comparability(row["description"]) for row in shown) if note]
    summary = ngettext(
        "The Overview's strike-committee measure is: {measures}.",
        "The Overview's strike-committee measures are: {measures}.",
        len(shown),
    ).format(measures=measures)
    return [summary] + notes

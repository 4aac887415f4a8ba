"""Claims C1 to C3, checked by rules on the GDP growth series: each series is a source that agrees, disagrees or is left out."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from i18n import N_, _, pgettext
from transforms.claims.series import by_series, growth
from transforms.claims.text import amount, series_names, signed, year
from transforms.claims.verdicts import SHARP_FALL_PERCENT, Check, Part, agrees, from_sources, rule_check, tolerance
from vocabulary.formatting import listing

# The claims' own parameters, taken from the article's wording (not results).
C1_YEARS = (1962, 1988)  # the planned economy, from Ne Win's coup to the 1988 uprising
C1_THRESHOLD = 10.0
C1_PEAK = (10.0, 13.0)
C1_MIN_YEARS = 2  # "in some years": more than one
C2_YEARS = (1986, 1988)
C3_YEAR = 1988
C3_CLAIMED = -11.0
C3_CHART_YEARS = (1985, 1989)
# How a summary groups the series.
AGREE, DISAGREE, LEFT_OUT = N_("Agree"), N_("Disagree"), N_("Left out")


@dataclass
class _Sources:
    """What each economy series says about one part: agreeing, disagreeing or left out, and its line of detail."""

    agreeing: list[str] = field(default_factory=list)
    disagreeing: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)

    def add(self, series_label: str, verdict: bool | None, line: str) -> None:
        """verdict: True agrees, False disagrees, None left out."""
        {True: self.agreeing, False: self.disagreeing, None: self.left_out}[verdict].append(series_label)
        self.lines.append((series_label, line))

    @property
    def status(self) -> str:
        return from_sources(self.agreeing, self.disagreeing)

    def summary(self, empty: str) -> str:
        if not self.lines:
            return empty
        said = [
            _("{group}: {series}").format(group=_(name), series=series_names(labels))
            for name, labels in ((AGREE, self.agreeing), (DISAGREE, self.disagreeing), (LEFT_OUT, self.left_out))
            if labels
        ]
        return pgettext("sentence", "{text}.").format(text=pgettext("between sentences", ". ").join(said))

    def part(self, label: str, cited: list[tuple[str, int]]) -> Part:
        """The part these series decide, citing the (series_id, year) rows used."""
        return Part(
            label,
            self.status,
            self.summary(_("No growth series covers these years.")),
            economy=tuple(cited),
            details=self.details(),
        )

    def details(self) -> tuple[str, ...]:
        """One line per distinct finding; series that say the same (vintages of one source) share a line."""
        grouped: dict[str, list[str]] = {}
        for series_label, text in self.lines:
            grouped.setdefault(text, []).append(series_label)
        return tuple(
            _("{series}: {finding}").format(series=series_names(labels), finding=text) for text, labels in grouped.items()
        )



def check_c1(economy: pd.DataFrame) -> Check:
    """Years of 10%+ growth under the planned economy and the peak, per series."""
    rows = growth(economy, C1_YEARS)
    expected_years = C1_YEARS[1] - C1_YEARS[0] + 1
    low, high = C1_PEAK
    peak_window = (low - tolerance(low, percent=True), high + tolerance(high, percent=True))
    said, cited = _Sources(), []
    for series_id, series_label, mine in by_series(rows):
        fast = mine[mine["value"] >= C1_THRESHOLD]
        peak = mine.loc[mine["value"].idxmax()]
        holds = len(fast) >= C1_MIN_YEARS and peak_window[0] <= peak["value"] <= peak_window[1]
        years = listing([f"{year(r.year)} ({signed(r.value)})" for r in fast.itertuples()])
        threshold = amount(C1_THRESHOLD)
        line = (
            _("{threshold}%+ in {years}").format(threshold=threshold, years=years)
            if years
            else _("no year at {threshold}%+").format(threshold=threshold)
        )
        line += _("; peak {value} in {year}").format(value=signed(peak["value"]), year=year(peak["year"]))
        if not holds and len(mine) < expected_years:
            line += _("; covers only {count} of the {expected} years ({first}–{last}), so it is left out").format(
                count=amount(len(mine)),
                expected=amount(expected_years),
                first=year(mine["year"].min()),
                last=year(mine["year"].max()),
            )
        said.add(series_label, True if holds else (False if len(mine) == expected_years else None), line)
        cited += [(series_id, int(y)) for y in (fast["year"].tolist() or [peak["year"]])]
    part = said.part(
        _("Growth of {threshold}% or more in some years of {first}–{last}, peaking at {low}–{high}%").format(
            threshold=amount(C1_THRESHOLD), first=year(C1_YEARS[0]), last=year(C1_YEARS[1]), low=amount(low),
            high=amount(high),
        ),
        cited,
    )
    return rule_check("C1", [part], {"years": C1_YEARS, "threshold": C1_THRESHOLD})


def cumulative_change(values: list[float]) -> float:
    """Percent change of output over consecutive years of growth rates (compounded)."""
    level = 1.0
    for value in values:
        level *= 1 + value / 100
    return (level - 1) * 100


def check_c2(economy: pd.DataFrame) -> Check:
    """Output over 1986-1988, compounded per series, against a sharp fall."""
    rows = growth(economy, C2_YEARS)
    needed = list(range(C2_YEARS[0], C2_YEARS[1] + 1))
    said, cited, changes = _Sources(), [], {}
    for series_id, series_label, mine in by_series(rows):
        by_year = mine.set_index("year")["value"]
        if not all(year in by_year.index for year in needed):
            said.add(
                series_label,
                None,
                _("lacks some of {first}–{last}, so it is left out").format(
                    first=year(needed[0]), last=year(needed[-1])
                ),
            )
            continue
        change = cumulative_change([float(by_year[y]) for y in needed])
        changes[series_label] = change
        yearly = pgettext("list separator", ", ").join(signed(float(by_year[y])) for y in needed)
        said.add(
            series_label,
            change <= -SHARP_FALL_PERCENT,
            _("{yearly}, so {change} in all").format(yearly=yearly, change=signed(change)),
        )
        cited += [(series_id, y) for y in needed]
    part = said.part(
        _("Real output fell sharply (by {sharp}% or more) over {first}–{last}").format(
            sharp=amount(SHARP_FALL_PERCENT), first=year(C2_YEARS[0]), last=year(C2_YEARS[1])
        ),
        cited,
    )
    return rule_check("C2", [part], {"changes": changes, "sharp": -SHARP_FALL_PERCENT})


def check_c3(economy: pd.DataFrame) -> Check:
    """The 1988 growth figure of each series against the claimed -11%."""
    rows = growth(economy, (C3_YEAR, C3_YEAR))
    band = tolerance(C3_CLAIMED, percent=True)
    said = _Sources()
    for _series_id, series_label, mine in by_series(rows):
        value = float(mine["value"].iloc[0])
        said.add(series_label, agrees(value, C3_CLAIMED, percent=True), signed(value))
    summary = said.summary(_("No growth series has a value for {year}.").format(year=year(C3_YEAR)))
    if said.lines:
        summary = _("Agreeing means {low} to {high}. {summary}").format(
            low=signed(C3_CLAIMED - band), high=signed(C3_CLAIMED + band), summary=summary
        )
    part = Part(
        _("GDP fell by {claimed}% in {year}").format(claimed=amount(abs(C3_CLAIMED)), year=year(C3_YEAR)),
        said.status,
        summary,
        economy=tuple((s, C3_YEAR) for s in rows["series_id"]),
        details=said.details(),
    )
    return rule_check("C3", [part], {"claimed": C3_CLAIMED, "band": band, "years": C3_CHART_YEARS})


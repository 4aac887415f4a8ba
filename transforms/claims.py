"""The article's claims checked against the data: evidence and verdict rules.

Pure functions: the typed tables in, one `Check` per claim out. Nothing here is a
stored result; every verdict of a rule-checked claim is recomputed from the rows,
so it changes when the data does.

How a verdict is reached
------------------------
A claim is split into parts (what it says, in this project's words). Each part gets
a status from the data:

- ``holds``: the data agrees (a figure within the tolerance, a date on the day);
- ``near``: a date off by at most `NEAR_DAYS` days, or a row that gives only the month
  (a row more than `SAME_EVENT_DAYS` away is another event, so the part is missing);
- ``mixed``: several sources bear on the part and some agree while others do not;
- ``partly``: by reading, the cited rows bear out only some of what the part says;
- ``fails``: the data disagrees (every source that bears on it);
- ``missing``: no row bears on the part.

The parts are then combined (`combine`): every part holds -> supported; no part
holds, is near, mixed or partly, and at least one fails -> contradicted; no part has any
row -> not checkable; anything else -> partly supported.

Figures (`tolerance`): a value agrees with a claimed figure when it lies within
one percentage point (for percentages) or 10% of the claimed value, whichever is
wider. Each economy series is a separate source; a series that lacks some of the
years a part needs and does not show what the claim says is left out rather than
counted against it.

Qualitative claims have no rule: their verdicts are this project's reading of the
cited rows, kept in `READINGS` with the ids of those rows and a one-line reason.
A reading whose cited rows have disappeared from the data falls back to not checkable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

VERDICTS = ("supported", "partly_supported", "contradicted", "not_checkable")
VERDICT_LABELS = {
    "supported": "Supported",
    "partly_supported": "Partly supported",
    "contradicted": "Contradicted",
    "not_checkable": "Not checkable",
}
STATUSES = ("holds", "near", "mixed", "partly", "fails", "missing")
STATUS_LABELS = {
    "holds": "holds",
    "near": "close, not exact",
    "mixed": "sources disagree",
    "partly": "holds in part",
    "fails": "does not hold",
    "missing": "not in our data",
}
METHOD_RULE = "rule"
METHOD_READING = "reading"
METHOD_LABELS = {
    METHOD_RULE: "verdict computed by a rule on the data",
    METHOD_READING: "verdict by reading the cited rows",
}

# A figure agrees when within one percentage point or 10% of the claimed value, whichever is wider.
TOLERANCE_POINTS = 1.0
TOLERANCE_SHARE = 0.10
# "Within a few days": a dated row this close to the claimed date makes the part near, not failed.
NEAR_DAYS = 3
# A matching row further than this from the claimed date is taken to be another event, not a wrong date.
SAME_EVENT_DAYS = 31
# "About two years": the gap between two dated rows may be this many months either side of 24.
ABOUT_TWO_YEARS_MONTHS = (18, 30)
# A "sharp" fall over several years: real output down by at least this share in all
# (10%, the common rule of thumb for a depression rather than a recession).
SHARP_FALL_PERCENT = 10.0

# The claims' own parameters, taken from the article's wording (not results).
C1_YEARS = (1962, 1988)  # the planned economy, from Ne Win's coup to the 1988 uprising
C1_THRESHOLD = 10.0
C1_PEAK = (10.0, 13.0)
C1_MIN_YEARS = 2  # "in some years": more than one
C2_YEARS = (1986, 1988)
C3_YEAR = 1988
C3_CLAIMED = -11.0
C3_CHART_YEARS = (1985, 1989)
C4_YEAR = 1985
C4_NOTES = (25, 35, 75)
C5_NOTES = (45, 90)
C11_CLAIMED_DAYS = 14

@dataclass(frozen=True)
class Part:
    """One thing a claim says, and what the data says about it."""

    label: str
    status: str
    finding: str
    ids: tuple[str, ...] = ()
    economy: tuple[tuple[str, int], ...] = ()  # (series_id, year) of the economy rows used
    details: tuple[str, ...] = ()  # one line per source where several bear on the part

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")


@dataclass(frozen=True)
class Check:
    claim_id: str
    verdict: str
    method: str
    parts: tuple[Part, ...]
    numbers: dict = field(default_factory=dict)  # values the small charts draw

    @property
    def ids(self) -> tuple[str, ...]:
        """Ids of every row cited, in order of first mention."""
        return tuple(dict.fromkeys(i for part in self.parts for i in part.ids))

    @property
    def economy(self) -> tuple[tuple[str, int], ...]:
        return tuple(dict.fromkeys(e for part in self.parts for e in part.economy))


@dataclass(frozen=True)
class Reading:
    """A verdict by reading: the rows it rests on and why, in this project's words."""

    verdict: str
    ids: tuple[str, ...]
    reason: str


# --- Rules ---------------------------------------------------------------------------


def tolerance(claimed: float, *, percent: bool) -> float:
    """How far a value may lie from a claimed figure and still agree with it."""
    share = TOLERANCE_SHARE * abs(claimed)
    return max(TOLERANCE_POINTS, share) if percent else share


def agrees(value: float, claimed: float, *, percent: bool) -> bool:
    # A hair of slack so that a value exactly on the edge is not lost to float rounding.
    return abs(value - claimed) <= tolerance(claimed, percent=percent) + 1e-9


def from_sources(agreeing: list[str], disagreeing: list[str]) -> str:
    """The status of one part from the sources that bear on it."""
    if agreeing and disagreeing:
        return "mixed"
    if agreeing:
        return "holds"
    if disagreeing:
        return "fails"
    return "missing"


def combine(statuses: list[str]) -> str:
    """The verdict of a claim from the statuses of its parts (see the module docstring)."""
    if not statuses or all(s == "missing" for s in statuses):
        return "not_checkable"
    if all(s == "holds" for s in statuses):
        return "supported"
    if "fails" in statuses and not any(s in ("holds", "near", "mixed", "partly") for s in statuses):
        return "contradicted"
    return "partly_supported"


def rules_markdown() -> str:
    """The verdict rules as shown on the page, with the constants the code uses."""
    return "\n".join(
        [
            "Each claim is split into parts. A part **holds** when the data agrees, is **close** when a dated row is "
            f"at most {NEAR_DAYS} days off (or gives only the month), **sources disagree** when some sources agree "
            "and others do not, **does not hold** when every source that bears on it disagrees, and is "
            "**not in our data** when no row bears on it.",
            "",
            "- **Supported**: every part holds.",
            "- **Partly supported**: some parts hold (or are close, or the sources disagree) and others do not, "
            "or are not in our data.",
            "- **Contradicted**: no part holds and at least one does not hold.",
            "- **Not checkable**: no row bears on any part.",
            "",
            f"Figures agree when within {TOLERANCE_POINTS:g} percentage point (for percentages) or "
            f"{TOLERANCE_SHARE:.0%} of the claimed value, whichever is wider. Each economy series counts as a "
            "source; a series that lacks some of the years needed and does not show what the claim says is left "
            f"out. A \"sharp\" fall means real output down by at least {SHARP_FALL_PERCENT:g}% over the years named. "
            "Dates are matched against event rows of the right kind whose description names the same thing; "
            f"a row more than {SAME_EVENT_DAYS} days away is taken to be another event.",
            "",
            "Claims about causes, conduct or organisation have no numeric rule: their verdict is this project's "
            "reading of the cited rows, marked \"verdict by reading the cited rows\", with the reason given.",
        ]
    )


# --- Helpers ------------------------------------------------------------------------


def _day(value) -> str:
    return f"{pd.Timestamp(value):%-d %b %Y}"


def _signed(value: float) -> str:
    return f"{value:+.1f}%".replace("-", "−")


def _listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def series_names(labels: list[str]) -> str:
    """Series labels joined for reading; vintages of one source share its name once.

    ['World Bank WDI (2017 release)', 'World Bank WDI (2025 vintage)', 'UN national accounts'] ->
    'World Bank WDI (2017 release, 2025 vintage) and UN national accounts'.
    """
    groups: dict[str, list[str]] = {}
    for text in labels:
        match = re.match(r"^(.*?) \((.*)\)$", text)
        prefix, suffix = (match.group(1), match.group(2)) if match else (text, "")
        groups.setdefault(prefix, []).append(suffix)
    names = [
        f"{prefix} ({', '.join(s for s in suffixes if s)})" if any(suffixes) else prefix
        for prefix, suffixes in groups.items()
    ]
    return _listing(names)


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
            f"{name}: {series_names(labels)}"
            for name, labels in (("Agree", self.agreeing), ("Disagree", self.disagreeing), ("Left out", self.left_out))
            if labels
        ]
        return ". ".join(said) + "."

    def details(self) -> tuple[str, ...]:
        """One line per distinct finding; series that say the same (vintages of one source) share a line."""
        grouped: dict[str, list[str]] = {}
        for series_label, text in self.lines:
            grouped.setdefault(text, []).append(series_label)
        return tuple(f"{series_names(labels)}: {text}" for text, labels in grouped.items())


def merge_identical_series(rows: pd.DataFrame) -> pd.DataFrame:
    """Economy rows with series that give the very same values (to 0.01) in these years drawn as one.

    The three World Bank vintages agree on every year before 1990; drawing them once keeps a
    small chart readable, and the merged label names all of them.
    """
    if rows.empty:
        return rows
    signature = rows.groupby("series_id")[["year", "value"]].apply(
        lambda mine: tuple(zip(mine["year"].astype(int), mine["value"].round(2)))
    )
    labels = rows.groupby("series_id")["series_label"].first()
    merged = []
    for _, members in signature.groupby(signature, sort=False):
        ids = sorted(members.index)
        first = rows[rows["series_id"] == ids[0]].copy()
        first["series_id"] = "+".join(ids)
        first["series_label"] = series_names([str(labels[i]) for i in ids])
        merged.append(first)
    return pd.concat(merged).sort_values(["series_id", "year"], kind="stable").reset_index(drop=True)


def _notes(text) -> list[int]:
    """Denominations written '25;35;75' as numbers; an empty cell is none."""
    if pd.isna(text):
        return []
    return [int(part) for part in str(text).split(";") if part.strip()]


def growth(economy: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """GDP growth rows of every series within the years (both ends included), ordered for plotting."""
    rows = economy[
        (economy["indicator_id"] == "gdp_growth") & (economy["year"] >= years[0]) & (economy["year"] <= years[1])
    ]
    return rows.sort_values(["series_id", "year"], kind="stable").reset_index(drop=True)


def _series(rows: pd.DataFrame):
    """(series_id, series_label, that series' rows) in a stable order."""
    for series_id, mine in rows.groupby("series_id", sort=True):
        yield series_id, str(mine["series_label"].iloc[0]), mine


def _matching_events(events: pd.DataFrame, categories: tuple[str, ...], keywords: tuple[str, ...]) -> pd.DataFrame:
    """Event rows of the given kinds whose description names every keyword (whole words, any case)."""
    keep = events["category"].isin(categories) if categories else pd.Series(True, index=events.index)
    text = events["description"].astype(str)
    for keyword in keywords:
        keep &= text.str.contains(rf"\b{re.escape(keyword)}\b", case=False, regex=True)
    return events[keep]


# --- Rule checks -------------------------------------------------------------------


@dataclass(frozen=True)
class DatePart:
    """A dated part of a claim, looked for among event rows of the given kinds naming the keywords."""

    label: str
    claimed: date
    categories: tuple[str, ...]
    keywords: tuple[str, ...]


def date_part(events: pd.DataFrame, spec: DatePart) -> Part:
    """The nearest matching event to the claimed date decides: same day holds, a few days off is near."""
    matches = _matching_events(events, spec.categories, spec.keywords)
    kinds = f" ({_listing([c.replace('_', ' ') for c in spec.categories])})" if spec.categories else ""
    if matches.empty:
        return Part(spec.label, "missing", f"No event row{kinds} names {_listing(list(spec.keywords))}.")
    claimed = pd.Timestamp(spec.claimed)
    gaps = (matches["date"] - claimed).dt.days
    if gaps.abs().min() > SAME_EVENT_DAYS:
        return Part(
            spec.label,
            "missing",
            f"No event row{kinds} naming {_listing(list(spec.keywords))} "
            f"lies within {SAME_EVENT_DAYS} days of {_day(claimed)}.",
        )
    order = gaps.abs().sort_values(kind="stable").index
    row = matches.loc[order[0]]
    gap = int(gaps.loc[order[0]])
    precision = str(row["date_precision"])
    where = f"{row['event_id']} ({str(row['category']).replace('_', ' ')}) is dated {_day(row['date'])}"
    if precision != "day":
        # A month or year date holds the first day: the claimed day may be any day of it.
        period = "M" if precision == "month" else "Y"
        if claimed.to_period(period) == row["date"].to_period(period):
            return Part(spec.label, "near", f"{where}, known only to the {precision}.", (row["event_id"],))
    if gap == 0:
        return Part(spec.label, "holds", f"{where}, the claimed day.", (row["event_id"],))
    direction = "after" if gap > 0 else "before"
    distance = f"{abs(gap)} day{'s' if abs(gap) != 1 else ''} {direction} the claimed {_day(claimed)}"
    status = "near" if abs(gap) <= NEAR_DAYS else "fails"
    return Part(spec.label, status, f"{where}, {distance}.", (row["event_id"],))


def rule_check(claim_id: str, parts: list[Part], numbers: dict | None = None) -> Check:
    """A claim checked by rules: its verdict is the combination of its parts."""
    return Check(claim_id, combine([p.status for p in parts]), METHOD_RULE, tuple(parts), numbers or {})


def check_c1(economy: pd.DataFrame) -> Check:
    """Years of 10%+ growth under the planned economy and the peak, per series."""
    rows = growth(economy, C1_YEARS)
    expected_years = C1_YEARS[1] - C1_YEARS[0] + 1
    low, high = C1_PEAK
    peak_window = (low - tolerance(low, percent=True), high + tolerance(high, percent=True))
    said, cited = _Sources(), []
    for series_id, series_label, mine in _series(rows):
        fast = mine[mine["value"] >= C1_THRESHOLD]
        peak = mine.loc[mine["value"].idxmax()]
        holds = len(fast) >= C1_MIN_YEARS and peak_window[0] <= peak["value"] <= peak_window[1]
        years = _listing([f"{int(r.year)} ({_signed(r.value)})" for r in fast.itertuples()])
        line = f"{C1_THRESHOLD:g}%+ in {years}" if years else f"no year at {C1_THRESHOLD:g}%+"
        line += f"; peak {_signed(peak['value'])} in {int(peak['year'])}"
        if not holds and len(mine) < expected_years:
            line += (
                f"; covers only {len(mine)} of the {expected_years} years "
                f"({int(mine['year'].min())}–{int(mine['year'].max())}), so it is left out"
            )
        said.add(series_label, True if holds else (False if len(mine) == expected_years else None), line)
        cited += [(series_id, int(y)) for y in (fast["year"].tolist() or [peak["year"]])]
    part = Part(
        f"Growth of {C1_THRESHOLD:g}% or more in some years of {C1_YEARS[0]}–{C1_YEARS[1]}, peaking at {low:g}–{high:g}%",
        said.status,
        said.summary("No growth series covers these years."),
        economy=tuple(cited),
        details=said.details(),
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
    for series_id, series_label, mine in _series(rows):
        by_year = mine.set_index("year")["value"]
        if not all(year in by_year.index for year in needed):
            said.add(series_label, None, f"lacks some of {needed[0]}–{needed[-1]}, so it is left out")
            continue
        change = cumulative_change([float(by_year[y]) for y in needed])
        changes[series_label] = change
        yearly = ", ".join(_signed(float(by_year[y])) for y in needed)
        said.add(series_label, change <= -SHARP_FALL_PERCENT, f"{yearly}, so {_signed(change)} in all")
        cited += [(series_id, y) for y in needed]
    part = Part(
        f"Real output fell sharply (by {SHARP_FALL_PERCENT:g}% or more) over {C2_YEARS[0]}–{C2_YEARS[1]}",
        said.status,
        said.summary("No growth series covers these years."),
        economy=tuple(cited),
        details=said.details(),
    )
    return rule_check("C2", [part], {"changes": changes, "sharp": -SHARP_FALL_PERCENT})


def check_c3(economy: pd.DataFrame) -> Check:
    """The 1988 growth figure of each series against the claimed -11%."""
    rows = growth(economy, (C3_YEAR, C3_YEAR))
    band = tolerance(C3_CLAIMED, percent=True)
    said = _Sources()
    for _, series_label, mine in _series(rows):
        value = float(mine["value"].iloc[0])
        said.add(series_label, agrees(value, C3_CLAIMED, percent=True), _signed(value))
    summary = said.summary(f"No growth series has a value for {C3_YEAR}.")
    if said.lines:
        summary = f"Agreeing means {_signed(C3_CLAIMED - band)} to {_signed(C3_CLAIMED + band)}. " + summary
    part = Part(
        f"GDP fell by {abs(C3_CLAIMED):g}% in {C3_YEAR}",
        said.status,
        summary,
        economy=tuple((s, C3_YEAR) for s in rows["series_id"]),
        details=said.details(),
    )
    return rule_check("C3", [part], {"claimed": C3_CLAIMED, "band": band, "years": C3_CHART_YEARS})


def issue_years(notes_issued, notes_issued_date) -> dict[int, int | None]:
    """The year each issued note came, read from the sources' wording.

    '75 kyat in Nov 1985; 15 and 35 kyat in 1986' gives {75: 1985, 15: 1986, 35: 1986};
    a date without denominations ('22 Sep 1987 per two pages') applies to every note;
    a note the wording does not date gets None.
    """
    notes = _notes(notes_issued)
    years: dict[int, int | None] = dict.fromkeys(notes)
    text = "" if pd.isna(notes_issued_date) else str(notes_issued_date)
    for segment in text.split(";"):
        year = re.search(r"\b(19\d\d|20\d\d)\b", segment)
        if not year:
            continue
        named = re.match(r"\s*([\d\s,and]+?)\s*kyat\b", segment)
        targets = [int(n) for n in re.findall(r"\d+", named.group(1))] if named else notes
        for note in targets:
            if note in years and years[note] is None:
                years[note] = int(year.group(1))
    return years


def _note_part(label: str, note: int, row: pd.Series, claimed_year: int | None) -> Part:
    """One claimed denomination against the notes a withdrawal row says were issued with it."""
    row_id = row["demonetisation_id"]
    years = issue_years(row["notes_issued"], row["notes_issued_date"])
    if note not in years:
        listed = _listing([str(n) for n in years]) or "no notes"
        return Part(label, "fails", f"{row_id} lists {listed} kyat as issued, not {note}.", (row_id,))
    came = years[note]
    when = f" in {came}" if came else ""
    finding = f"{row_id} lists a {note}-kyat note among those issued with it{when}."
    if claimed_year is not None and came is not None and came != claimed_year:
        return Part(label, "near", finding + f" The claim says {claimed_year}.", (row_id,))
    return Part(label, "holds", finding, (row_id,))


def check_c4(demonetisations: pd.DataFrame) -> Check:
    """The notes claimed for 1985 against those issued with that year's note withdrawal."""
    rows = demonetisations[demonetisations["date"].dt.year == C4_YEAR]
    parts = []
    for note in C4_NOTES:
        label = f"A {note}-kyat note issued in {C4_YEAR}"
        if rows.empty:
            parts.append(Part(label, "missing", f"No note withdrawal is dated {C4_YEAR}."))
            continue
        row = rows.iloc[0]
        part = _note_part(label, note, row, C4_YEAR)
        if part.status == "fails":
            # Where the note does appear: withdrawn later, which may be what the claim mixes up.
            later = demonetisations[
                (demonetisations["date"] > row["date"]) & demonetisations["notes_withdrawn"].map(lambda t: note in _notes(t))
            ]
            if not later.empty:
                hit = later.iloc[0]
                part = replace(
                    part,
                    finding=part.finding
                    + f" A {note}-kyat note was among those withdrawn on {_day(hit['date'])} "
                    f"({hit['demonetisation_id']}: {_listing([str(n) for n in _notes(hit['notes_withdrawn'])])} kyat).",
                    ids=part.ids + (hit["demonetisation_id"],),
                )
        parts.append(part)
    parts.append(
        Part(
            f"The {max(C4_NOTES)}-kyat note marked Ne Win's {max(C4_NOTES)}th birthday",
            "missing",
            "No row records why that denomination was chosen.",
        )
    )
    return rule_check("C4", parts)


def check_c5(demonetisations: pd.DataFrame) -> Check:
    """The notes of the next withdrawal after 1985, its distance in time, and the arithmetic."""
    ordered = demonetisations.sort_values("date", kind="stable")
    earlier = ordered[ordered["date"].dt.year == C4_YEAR]
    later = ordered[ordered["date"] > earlier["date"].iloc[0]] if not earlier.empty else ordered.iloc[0:0]
    parts = []
    if earlier.empty or later.empty:
        parts += [
            Part(f"A {n}-kyat note about two years later", "missing", "No later note withdrawal in the data.")
            for n in C5_NOTES
        ]
        parts.append(Part("About two years after the 1985 notes", "missing", "No pair of withdrawals to measure."))
    else:
        first, row = earlier.iloc[0], later.iloc[0]
        parts += [_note_part(f"A {note}-kyat note about two years later", note, row, None) for note in C5_NOTES]
        months = (row["date"].year - first["date"].year) * 12 + row["date"].month - first["date"].month
        ok = ABOUT_TWO_YEARS_MONTHS[0] <= months <= ABOUT_TWO_YEARS_MONTHS[1]
        parts.append(
            Part(
                "About two years after the 1985 notes",
                "holds" if ok else "fails",
                f"{first['demonetisation_id']} ({_day(first['date'])}) to {row['demonetisation_id']} "
                f"({_day(row['date'])}): {months} months.",
                (first["demonetisation_id"], row["demonetisation_id"]),
            )
        )
    parts.append(
        Part(
            "Both are multiples of nine",
            "holds" if all(n % 9 == 0 for n in C5_NOTES) else "fails",
            "; ".join(f"{n} = {n // 9} × 9" if n % 9 == 0 else f"{n} is not a multiple of 9" for n in C5_NOTES) + ".",
        )
    )
    return rule_check("C5", parts)


def check_c11(events: pd.DataFrame, outcomes: pd.DataFrame) -> Check:
    """Sein Lwin's days in office from the two dated regime-change rows, against 14."""
    start = _matching_events(events, ("regime_change",), ("Sein Lwin", "becomes")).sort_values("date")
    end = _matching_events(events, ("regime_change",), ("Sein Lwin", "resigns")).sort_values("date")
    numbers: dict = {"claimed": C11_CLAIMED_DAYS, "band": tolerance(C11_CLAIMED_DAYS, percent=False)}
    if start.empty or end.empty:
        days_part = Part(
            f"In office for {C11_CLAIMED_DAYS} days",
            "missing",
            "No pair of regime-change rows dates Sein Lwin's taking office and his resignation.",
        )
    else:
        first, last = start.iloc[0], end.iloc[0]
        days = int((last["date"] - first["date"]).days)
        numbers.update(
            days=days, start=first["date"], end=last["date"], start_id=first["event_id"], end_id=last["event_id"]
        )
        ok = agrees(days, C11_CLAIMED_DAYS, percent=False)
        days_part = Part(
            f"In office for {C11_CLAIMED_DAYS} days",
            "holds" if ok else "fails",
            f"From {first['event_id']} ({_day(first['date'])}) to {last['event_id']} ({_day(last['date'])}): "
            f"{days} days (end minus start; {days + 1} counting both days). Agreeing means "
            f"{C11_CLAIMED_DAYS - numbers['band']:g} to {C11_CLAIMED_DAYS + numbers['band']:g} days.",
            (first["event_id"], last["event_id"]),
        )
    forced = _reading_part(
        "Forced out by the movement",
        Reading(
            "supported",
            ("out1988-imm-01",),
            "The outcome row counts his resignation among the leaders the uprising pushed out.",
        ),
        {"outcomes": outcomes},
    )
    return rule_check("C11", [days_part, forced], numbers)


def _date_checks(events: pd.DataFrame, present: dict[str, pd.DataFrame]) -> list[Check]:
    """C6, C7, C10, C12 and C13: dates against event rows of the right kind."""
    c7_reading = _reading_part(
        "A second student died the next day",
        Reading(
            "contradicted",
            ("ev1988-013",),
            "The row says a wounded student died weeks later, not the following day.",
        ),
        present,
    )
    c10_reading = _reading_part(
        "Power passed to Sein Lwin",
        Reading(
            "supported",
            ("ev1988-024", "ev1988-025"),
            "The next regime-change rows show the congress accepting the resignation and Sein Lwin taking over.",
        ),
        present,
    )
    c6_reading = _reading_part(
        "The other side included a party official's son",
        Reading(
            "not_checkable",
            ("ev1988-012",),
            "The row names the other side only as young men from a local ward; no row mentions an official's son.",
        ),
        present,
    )
    strike_call = DatePart("The strike was called on BBC Burmese on 6 August", date(1988, 8, 6), (), ("BBC",))
    called = date_part(events, strike_call)
    if called.status == "missing":
        # Say where our rows do put the first call, without letting it stand in for the broadcast.
        calls = _matching_events(events, (), ("call", "general strike")).sort_values("date")
        if not calls.empty:
            row = calls.iloc[0]
            called = replace(
                called,
                finding=called.finding
                + f" The earliest call for the general strike in our rows is {row['event_id']} ({_day(row['date'])}).",
                ids=(row["event_id"],),
            )

    def dated(*specs: DatePart) -> list[Part]:
        return [date_part(events, spec) for spec in specs]

    return [
        rule_check(
            "C6",
            dated(
                DatePart(
                    "A brawl involving RIT students sparked it on 12 March 1988",
                    date(1988, 3, 12),
                    ("trigger",),
                    ("Rangoon Institute of Technology",),
                )
            )
            + [c6_reading],
        ),
        rule_check(
            "C7",
            dated(
                DatePart("RIT students marched on 13 March 1988", date(1988, 3, 13), ("protest",), ("RIT", "march")),
                DatePart("A student was shot dead on 13 March 1988", date(1988, 3, 13), ("crackdown",), ("RIT", "dead")),
            )
            + [c7_reading],
        ),
        rule_check(
            "C10",
            dated(
                DatePart(
                    "Ne Win resigned as party chairman on 23 July 1988",
                    date(1988, 7, 23),
                    ("concession", "regime_change"),
                    ("Ne Win", "chairman"),
                )
            )
            + [c10_reading],
        ),
        rule_check(
            "C12",
            [called]
            + dated(
                DatePart("The general strike began on 8 August 1988", date(1988, 8, 8), ("strike",), ("general strike",))
            ),
        ),
        rule_check(
            "C13",
            dated(DatePart("The regime killed students on 7 July 1962", date(1962, 7, 7), ("crackdown",), ("student",))),
        ),
    ]


# --- Readings ----------------------------------------------------------------------

READING_STATUS = {
    "supported": "holds",
    "partly_supported": "partly",
    "contradicted": "fails",
    "not_checkable": "missing",
}

# Qualitative claims: verdict, the rows it rests on, and why. Conservative: a claim the
# rows do not bear on is not checkable, however plausible.
READINGS: dict[str, Reading] = {
    "C8": Reading(
        "partly_supported",
        (
            "ev1988-017",
            "ev1988-016",
            "ev1988-022",
            "fig1988-deaths-van-official",
            "fig1988-deaths-van-inquiry",
            "fig1988-arrests-students-june",
        ),
        "The rows put the White Bridge attack a few days after the RIT shooting and record dozens of detainees "
        "suffocating in a police van and hundreds held after the RIT raid, but none gives a toll at the bridge itself.",
    ),
    "C9": Reading(
        "partly_supported",
        ("ev1988-016", "ev1988-019", "ev1988-020", "ev1988-021"),
        "The rows record the universities ordered shut in March and students boycotting classes and marching again "
        "in June, which implies teaching had resumed; no row dates the reopening.",
    ),
    "C14": Reading(
        "supported",
        ("ev1988-003", "ev1988-004", "ev1988-005", "ev1988-006", "ev1988-007", "ev1988-008"),
        "The rows record the 1974 workers' strike and its crackdown, the student protests over U Thant's funeral, "
        "and student protests in 1975 and 1976.",
    ),
    "C15": Reading(
        "partly_supported",
        ("org1988-cpb-underground",),
        "One row reports the party's own later account that its 1985 congress made a multi-party system its demand; "
        "no independent row confirms it or says it was the third congress.",
    ),
    "C16": Reading(
        "partly_supported",
        (
            "org1988-township-strike-centres",
            "fig1988-strike-committees-townships",
            "org1988-local-strike-committees",
            "ev1988-040",
            "org2021-gsc",
            "org2021-gscn",
            "org2021-peoples-administration-teams",
            "org2021-local-defence-forces",
            "out2021-lt-03",
        ),
        "The 1988 half holds: strike centres ran local affairs in most townships. For 2021 the strike committees in "
        "our rows coordinated protests rather than ran townships, but local administrations and defence forces did, "
        "so 'weaker' is not clear-cut.",
    ),
    "C17": Reading(
        "partly_supported",
        (
            "org1988-monks-mandalay",
            "org1988-abfsu-security",
            "ev1988-040",
            "org1988-barricade-groups",
            "ev1988-037",
            "ev1988-020",
        ),
        "Monks and student marshals kept order and ran many towns, but the rows also record public order breaking "
        "down, crowds set on lynching suspected informers, a deadly prison riot and students fighting police.",
    ),
    "C18": Reading(
        "supported",
        ("ev1988-023", "ev1988-043", "out1988-imm-02", "out1988-imm-04", "ev1988-046", "ev1988-052", "ev1988-054"),
        "Ne Win left, the ruling party gave up its monopoly and accepted multi-party elections, and the army that "
        "replaced the party state issued an election law and held a multi-party vote (whose result it then ignored).",
    ),
    "C19": Reading(
        "not_checkable",
        ("fig1988-heads-of-state-left-office", "fig2021-heads-of-state-toppled", "fig1988-strike-committees-townships"),
        "The rows let the outcomes be compared (heads of state out of office in 1988, none removed in 2021), but no "
        "row can test why one movement achieved more than the other.",
    ),
    "C20": Reading(
        "not_checkable",
        ("org1988-dab", "out1988-imm-06"),
        "Our rows begin the armed story in 1988, with students fighting beside ethnic armies; none covers the "
        "insurgencies of the 1950s to the 1980s.",
    ),
}

ID_COLUMNS = {
    "events": "event_id",
    "figures": "figure_id",
    "organisations": "org_id",
    "outcomes": "outcome_id",
    "periods": "period_id",
    "demonetisations": "demonetisation_id",
    "exchange_rate_quotes": "quote_id",
}


def _known_ids(present: dict[str, pd.DataFrame]) -> set[str]:
    return {value for name, frame in present.items() if name in ID_COLUMNS for value in frame[ID_COLUMNS[name]]}


def _reading_part(label: str, reading: Reading, present: dict[str, pd.DataFrame]) -> Part:
    """A part decided by reading; it cannot stand on rows that are gone."""
    known = _known_ids(present)
    gone = [i for i in reading.ids if i not in known]
    if gone:
        return Part(label, "missing", f"The rows this reading cited are no longer in the data: {', '.join(gone)}.")
    return Part(label, READING_STATUS[reading.verdict], reading.reason, reading.ids)


def check_reading(claim_id: str, present: dict[str, pd.DataFrame]) -> Check:
    reading = READINGS[claim_id]
    part = _reading_part("Verdict by reading the cited rows", reading, present)
    verdict = "not_checkable" if part.status == "missing" else reading.verdict
    return Check(claim_id, verdict, METHOD_READING, (part,))


# --- All claims --------------------------------------------------------------------


def check_all(tables: dict[str, pd.DataFrame]) -> dict[str, Check]:
    """Every claim of the claims table, checked; keyed and ordered by claim id (C1, C2, ... C20)."""
    events = tables["events"]
    present = {name: tables[name] for name in ID_COLUMNS if name in tables}
    checks = {
        "C1": check_c1(tables["economy"]),
        "C2": check_c2(tables["economy"]),
        "C3": check_c3(tables["economy"]),
        "C4": check_c4(tables["demonetisations"]),
        "C5": check_c5(tables["demonetisations"]),
        "C11": check_c11(events, tables["outcomes"]),
    }
    for check in _date_checks(events, present):
        checks[check.claim_id] = check
    for claim_id in READINGS:
        checks[claim_id] = check_reading(claim_id, present)
    ordered = sorted(tables["claims"]["claim_id"], key=claim_order)
    missing = [claim_id for claim_id in ordered if claim_id not in checks]
    if missing:
        raise KeyError(f"no check for {', '.join(missing)}")
    return {claim_id: checks[claim_id] for claim_id in ordered}


def claim_order(claim_id: str) -> int:
    return int(str(claim_id).lstrip("C"))


def verdict_table(tables: dict[str, pd.DataFrame], checks: dict[str, Check]) -> pd.DataFrame:
    """One row per claim: the claim in our words, its dimension, verdict, method and cited rows."""
    claims = tables["claims"].set_index("claim_id")
    rows = []
    for claim_id, check in checks.items():
        claim = claims.loc[claim_id]
        rows.append(
            {
                "claim_id": claim_id,
                "claim": claim["claim"],
                "dimension": str(claim["dimension"]),
                "check_kind": str(claim["check_kind"]),
                "verdict": check.verdict,
                "method": METHOD_LABELS[check.method],
                "evidence_ids": ";".join(check.ids),
                "economy_series": ";".join(dict.fromkeys(series for series, _ in check.economy)),
                "source_url": claim["source_url"],
            }
        )
    return pd.DataFrame(rows)


def filter_claims(table: pd.DataFrame, dimensions: list[str], verdicts: list[str]) -> pd.DataFrame:
    return table[table["dimension"].isin(dimensions) & table["verdict"].isin(verdicts)].reset_index(drop=True)


def evidence_rows(tables: dict[str, pd.DataFrame], checks: dict[str, Check], lookup: dict[str, dict]) -> pd.DataFrame:
    """Every row the claims cite, one line per claim and row, with its source; `lookup` is `row_lookup(tables)`.

    Economy rows have no id; they are named by series and year.
    """
    economy = tables["economy"]
    economy = economy[economy["indicator_id"] == "gdp_growth"].set_index(["series_id", "year"])
    out = []
    for claim_id, check in checks.items():
        for row_id in check.ids:
            if row_id in lookup:
                out.append({"claim_id": claim_id, "verdict": check.verdict, **lookup[row_id]})
        for series_id, year in check.economy:
            if (series_id, year) not in economy.index:
                continue
            row = economy.loc[(series_id, year)]
            out.append(
                {
                    "claim_id": claim_id,
                    "verdict": check.verdict,
                    "row": f"{series_id} {year}",
                    "table": "economy",
                    "date": str(year),
                    "what": f"{row['series_label']}: real GDP growth {year}, {_signed(float(row['value']))}",
                    "source_url": row["source_url"],
                }
            )
    columns = ["claim_id", "verdict", "row", "table", "date", "what", "source_url"]
    return pd.DataFrame(out, columns=columns)


def _figure_text(row) -> str:
    value = f"{row.low:,.0f}" if pd.isna(row.high) else f"{row.low:,.0f}–{row.high:,.0f}"
    return f"{row.label}: {value} {row.unit}"


def _demonetisation_text(row) -> str:
    issued = f"; issued {row.notes_issued.replace(';', ', ')} kyat" if pd.notna(row.notes_issued) else ""
    return f"Withdrew {row.notes_withdrawn.replace(';', ', ')} kyat{issued}"


# Per table with ids: the column that dates a row (None: undated) and its short text.
ROW_TEXT = {
    "events": ("date", lambda row: row.description),
    "figures": ("as_of", _figure_text),
    "organisations": ("founded", lambda row: f"{row.name}: {row.description}"),
    "outcomes": (None, lambda row: row.outcome),
    "periods": ("start_date", lambda row: row.definition),
    "demonetisations": ("date", _demonetisation_text),
    "exchange_rate_quotes": ("date", lambda row: row.description),
}


def row_lookup(tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """Row id -> row id, table, date, a short text and the source, for every table with ids."""
    out: dict[str, dict] = {}
    for name, (date_column, text) in ROW_TEXT.items():
        id_column = ID_COLUMNS[name]
        for row in tables[name].itertuples():
            when = getattr(row, date_column) if date_column else None
            row_id = getattr(row, id_column)
            out[row_id] = {
                "row": row_id,
                "table": name,
                "date": "" if when is None or pd.isna(when) else f"{pd.Timestamp(when):%Y-%m-%d}",
                "what": text(row),
                "source_url": row.source_url,
            }
    return out


def sources(tables: dict[str, pd.DataFrame], lookup: dict[str, dict], check: Check) -> list[tuple[str, str]]:
    """(what it backs, url) for every source behind a claim's evidence, one entry per url.

    `lookup` is `row_lookup(tables)`. Several rows or series read from one page share its entry.
    """
    rows_by_url: dict[str, list[str]] = {}
    for row_id in check.ids:
        if row_id in lookup:
            rows_by_url.setdefault(lookup[row_id]["source_url"], []).append(row_id)
    series_by_url: dict[str, list[str]] = {}
    economy = tables["economy"]
    growth_rows = economy[economy["indicator_id"] == "gdp_growth"]
    for series_id in dict.fromkeys(series for series, _ in check.economy):
        rows = growth_rows[growth_rows["series_id"] == series_id]
        if not rows.empty:
            series_by_url.setdefault(str(rows["source_url"].iloc[0]), []).append(str(rows["series_label"].iloc[0]))
    return [(", ".join(ids), url) for url, ids in rows_by_url.items()] + [
        (series_names(labels), url) for url, labels in series_by_url.items()
    ]

"""The data dictionary: every curated table, its columns and the rules they obey.

This is the single source of truth for the shape of `data/*.csv`. The loader, the
validator, `data/README.md` and the Data page all read it, so a column is described
once, here, beside the code that enforces it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MOVEMENTS = ("1988", "2021")

# Day 0 of each movement: the spark in 1988, the coup in 2021.
DAY_ZERO = {"1988": date(1988, 3, 12), "2021": date(2021, 2, 1)}

DATE_PRECISIONS = ("day", "month", "year")

EVENT_CATEGORIES = (
    "trigger",
    "protest",
    "strike",
    "crackdown",
    "concession",
    "regime_change",
    "organisation",
    "election",
    "armed_resistance",
)

FIGURE_METRICS = (
    "participation",
    "deaths",
    "arrests",
    "displaced",
    "civil_service_strike",
    "heads_of_state",
    "strike_committees",
    "armed_formations",
    "territory",
    "election",
)

COUNTED_BY = ("official", "monitor", "press", "academic", "claim", "compiled")

ORGANISATION_TYPES = (
    "student_union",
    "trade_union",
    "strike_committee",
    "professional_body",
    "monastic",
    "parallel_government",
    "armed_group",
    "political_party",
    "network",
)

ORGANISATION_LEVELS = ("local", "township", "regional", "national", "exile")

OUTCOME_HORIZONS = ("immediate", "within_year", "long_term")

OUTCOME_ASPECTS = (
    "leadership",
    "political_system",
    "repression",
    "organisation",
    "armed_conflict",
    "economy",
    "international",
)

ECONOMY_INDICATORS = ("gdp_growth", "inflation", "exchange_rate", "gdp_per_capita", "population")

QUOTE_RATE_TYPES = ("official", "reference", "market")

CLAIM_DIMENSIONS = (
    "economy",
    "timeline",
    "duration",
    "strike_committees",
    "organisation",
    "self_organisation",
    "outcomes",
)

CLAIM_CHECK_KINDS = ("quantitative", "qualitative")

# Dates outside this window are typing errors, not history this dashboard covers.
EARLIEST_DATE = date(1940, 1, 1)
LATEST_DATE = date(2026, 12, 31)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # id | text | category | date | int | float | bool | url | id_list
    description: str
    required: bool = True
    allowed: tuple[str, ...] = ()
    unit: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    row: str  # what one row is
    columns: tuple[Column, ...]
    id_column: str | None = None
    # (low, high) column pairs where low must not exceed high.
    ranges: tuple[tuple[str, str], ...] = ()
    notes: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _movement() -> Column:
    return Column("movement", "category", "Which movement the row belongs to.", allowed=MOVEMENTS)


def _precision(name: str, of: str) -> Column:
    return Column(
        name,
        "category",
        f"How exactly {of} is known. For month or year precision the date holds the first day of the month or year.",
        allowed=DATE_PRECISIONS,
    )


def _sources() -> tuple[Column, Column]:
    return (
        Column("source_url", "url", "An http(s) address of a page that states what the row says."),
        Column("source_url_2", "url", "A second page that states it, where one was read.", required=False),
    )


def _geography() -> tuple[Column, ...]:
    return (
        Column(
            "state_region",
            "text",
            "Where, as ISO 3166-2:MM codes (MM-01 Sagaing ... MM-18 Naypyidaw), several joined with '~', "
            "or nationwide, or abroad.",
            required=False,
        ),
        Column("township", "text", "The township, where the source names one place.", required=False),
        Column("lat", "float", "Latitude of an approximate point (WGS84), where the source names one place.", required=False, unit="degrees"),
        Column("lon", "float", "Longitude of that point (WGS84).", required=False, unit="degrees"),
    )


EVENTS = Table(
    name="events",
    row="One dated event of either movement.",
    id_column="event_id",
    columns=(
        Column("event_id", "id", "Stable identifier, e.g. ev1988-012."),
        _movement(),
        Column("date", "date", "When it happened (ISO 8601)."),
        _precision("date_precision", "the date"),
        Column("category", "category", "What kind of event it was.", allowed=EVENT_CATEGORIES),
        Column("place", "text", "Where, in the place names of the time (Rangoon in 1988, Yangon in 2021)."),
        Column("description", "text", "What happened, in this project's own words."),
        *_sources(),
        *_geography(),
    ),
)

PERIODS = Table(
    name="periods",
    row="One definition of a movement's start and end; durations are derived from it.",
    id_column="period_id",
    columns=(
        Column("period_id", "id", "Stable identifier, e.g. p1988-spark-coup."),
        _movement(),
        Column("definition", "text", "Which start and which end this definition uses."),
        Column("start_date", "date", "First day under this definition."),
        Column("end_date", "date", "Last day under this definition, or the date it was last checked when still going on."),
        Column(
            "end_kind",
            "category",
            "ended: the end date closes the period; ongoing_as_of: the period had not ended on end_date.",
            allowed=("ended", "ongoing_as_of"),
        ),
        Column("start_event_id", "id", "The event row that dates the start, where there is one.", required=False),
        Column("end_event_id", "id", "The event row that dates the end, where there is one.", required=False),
        Column("headline", "bool", "true for the definition shown first on the Overview."),
        *_sources(),
    ),
    notes="Durations count calendar days from start to end (end minus start).",
)

FIGURES = Table(
    name="figures",
    row="One headline number (or range) for one movement, under one stated definition and source.",
    id_column="figure_id",
    ranges=(("low", "high"),),
    columns=(
        Column("figure_id", "id", "Stable identifier, e.g. fig1988-deaths-estimated."),
        _movement(),
        Column("metric", "category", "What family of number this is.", allowed=FIGURE_METRICS),
        Column("label", "text", "Short label shown on cards and charts."),
        Column("definition", "text", "Exactly what was counted, by whom, over which period."),
        Column("low", "float", "The lower value (or the only value) the source gives."),
        Column("high", "float", "The higher value where the source gives a range or sources disagree.", required=False),
        Column("unit", "text", "Unit of low and high (people, townships, percent, ...)."),
        Column("as_of", "date", "The date the count refers to, where the source gives one.", required=False),
        Column("counted_by", "category", "Who produced the number.", allowed=COUNTED_BY),
        Column("headline", "bool", "true for the row the Overview shows for this metric and movement."),
        *_sources(),
    ),
    notes="A metric that no source quantifies has no row: pages say it is missing rather than invent it.",
)

ORGANISATIONS = Table(
    name="organisations",
    row="One body through which a movement organised itself.",
    id_column="org_id",
    ranges=(("count_low", "count_high"),),
    columns=(
        Column("org_id", "id", "Stable identifier, e.g. org1988-abfsu."),
        _movement(),
        Column("name", "text", "Name of the body."),
        Column("org_type", "category", "Kind of body.", allowed=ORGANISATION_TYPES),
        Column("level", "category", "The scale it worked at.", allowed=ORGANISATION_LEVELS),
        Column("founded", "date", "When it was founded or first reported (ISO 8601)."),
        _precision("founded_precision", "the founding date"),
        Column("count_low", "float", "A size or count the source gives (members, units, townships).", required=False),
        Column("count_high", "float", "Upper end where the source gives a range.", required=False),
        Column("count_unit", "text", "What count_low and count_high count.", required=False),
        Column("description", "text", "What it did, in this project's own words."),
        *_sources(),
        *_geography(),
    ),
)

OUTCOMES = Table(
    name="outcomes",
    row="One outcome of one movement within one time horizon.",
    id_column="outcome_id",
    columns=(
        Column("outcome_id", "id", "Stable identifier, e.g. out1988-imm-01."),
        _movement(),
        Column(
            "horizon",
            "category",
            "immediate: during the movement's street phase; within_year: the following twelve months; long_term: later.",
            allowed=OUTCOME_HORIZONS,
        ),
        Column("aspect", "category", "What the outcome concerns.", allowed=OUTCOME_ASPECTS),
        Column("outcome", "text", "The outcome, in this project's own words."),
        *_sources(),
    ),
)

ECONOMY = Table(
    name="economy",
    row="One annual value of one indicator from one source series.",
    columns=(
        Column("year", "int", "Calendar year label the source gives (see the fiscal-year note)."),
        Column("indicator_id", "category", "Indicator.", allowed=ECONOMY_INDICATORS),
        Column("series_id", "id", "The source series, e.g. wdi_2025, imf_weo_2024, market_pwt."),
        Column("series_label", "text", "Readable name of the series shown in legends."),
        Column(
            "variant",
            "text",
            "Which measure within the indicator: official or market for exchange_rate; cpi, gdp_deflator for inflation.",
            required=False,
        ),
        Column("value", "float", "The value."),
        Column("unit", "text", "Unit of value."),
        Column("is_estimate", "bool", "true where the publisher marks the value as an estimate or projection."),
        Column("computed_here", "bool", "true where the value was computed from published levels rather than copied."),
        Column("source_name", "text", "Publisher and product."),
        Column("source_url", "url", "Publisher's page, or the public repository file the value was read from."),
        Column("vintage", "text", "Release or download date of the source."),
    ),
    notes=(
        "Myanmar's fiscal year ran April-March from 1974 to 2018 and October-September from FY2018/19; "
        "annual national-accounts figures labelled 1988 most likely cover April 1988 to March 1989. "
        "Sources label the fiscal years after 2018 differently, so 2020 and 2021 values are compared only with their source shown."
    ),
)

EXCHANGE_RATE_QUOTES = Table(
    name="exchange_rate_quotes",
    row="One dated quote of the kyat against the US dollar from a news or reference page.",
    id_column="quote_id",
    ranges=(("rate_low", "rate_high"),),
    columns=(
        Column("quote_id", "id", "Stable identifier, e.g. fx-1987-09."),
        Column("date", "date", "When the quote applied."),
        _precision("date_precision", "the date"),
        Column("rate_low", "float", "Kyat per US dollar (or the lower end of a range).", unit="kyat per US$"),
        Column("rate_high", "float", "Upper end of a range.", required=False, unit="kyat per US$"),
        Column("rate_type", "category", "official, central-bank reference, or a market (black, grey, open) rate.", allowed=QUOTE_RATE_TYPES),
        Column("description", "text", "What the quote is, in this project's own words."),
        *_sources(),
    ),
)

DEMONETISATIONS = Table(
    name="demonetisations",
    row="One withdrawal of kyat banknotes from legal tender.",
    id_column="demonetisation_id",
    ranges=(("share_invalidated_low", "share_invalidated_high"),),
    columns=(
        Column("demonetisation_id", "id", "Stable identifier, e.g. demon-1987."),
        Column("date", "date", "Announcement date."),
        _precision("date_precision", "the date"),
        Column("notes_withdrawn", "text", "Denominations withdrawn, in kyat, separated by ';'."),
        Column("notes_issued", "text", "Denominations issued in connection with it, in kyat, separated by ';'.", required=False),
        Column("notes_issued_date", "text", "When the new notes came, as the sources give it.", required=False),
        Column("compensation", "text", "What holders of the old notes got."),
        Column("share_invalidated_low", "float", "Share of currency in circulation made worthless, low estimate.", required=False, unit="percent"),
        Column("share_invalidated_high", "float", "High estimate.", required=False, unit="percent"),
        Column("description", "text", "Context, in this project's own words, including where sources disagree."),
        *_sources(),
    ),
)

REGIMES = Table(
    name="regimes",
    row="One period of government, from the dated change of power that opened it until the next row's start.",
    id_column="regime_id",
    columns=(
        Column("regime_id", "id", "Stable identifier, e.g. reg-1988-slorc."),
        Column("name", "text", "Short name shown on charts."),
        Column("start_date", "date", "The day the period began."),
        Column(
            "start_event_id",
            "id",
            "The events row that dates the start, where there is one; its date must equal start_date.",
            required=False,
        ),
        Column("description", "text", "Who governed and how the period began, in this project's own words."),
        *_sources(),
    ),
    notes="Each period ends where the next row starts; the last one has not ended. Used to shade the economy charts.",
)

CLAIMS = Table(
    name="claims",
    row="One checkable claim of the source article.",
    id_column="claim_id",
    columns=(
        Column("claim_id", "id", "C1 to C20, as numbered in the research notes."),
        Column("claim", "text", "The claim, paraphrased in this project's own words."),
        Column("dimension", "category", "What the claim is about.", allowed=CLAIM_DIMENSIONS),
        Column("check_kind", "category", "quantitative: checked by a rule on numbers; qualitative: rests on cited rows.", allowed=CLAIM_CHECK_KINDS),
        Column("evidence_ids", "id_list", "Ids of rows in other tables that bear on the claim, separated by ';'.", required=False),
        Column("source_url", "url", "Where the claim is made (the article)."),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        EVENTS,
        PERIODS,
        FIGURES,
        ORGANISATIONS,
        OUTCOMES,
        ECONOMY,
        EXCHANGE_RATE_QUOTES,
        DEMONETISATIONS,
        REGIMES,
        CLAIMS,
    )
}

ARTICLE = {
    "title": "Myanmar: a balance sheet of the 1988 uprising",
    "publisher": "In Defence of Marxism (International Marxist Tendency)",
    "year": 2021,
    "url": "https://www.marxist.com/myanmar-a-balance-sheet-of-the-1988-uprising.htm",
}

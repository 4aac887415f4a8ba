"""The article's claims (`/claims`): each claim with its verdict, the evidence computed from the data, and sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from charts import claims as claims_charts
from i18n import DEFAULT_LANGUAGE, N_, _, current_language, localise_digits, pgettext, use_language
from transforms import claims, localise
from transforms.readings import claims as claims_reading
from transforms.schema import ARTICLE, ECONOMY, TABLES
from ui import data, html, layout, pages, url_state
from vocabulary.labels import label, source_site

PAGE = pages.page_id(__file__)

VERDICT_COLOURS = {"supported": "green", "partly_supported": "orange", "contradicted": "red", "not_checkable": "gray"}
STATUS_COLOURS = {
    "holds": "green",
    "near": "orange",
    "mixed": "orange",
    "partly": "orange",
    "fails": "red",
    "missing": "gray",
}
CHARTS = {"summary": N_("Verdicts by subject"), "c1": "C1", "c2": "C2", "c3": "C3", "c11": "C11"}
# The tables each claim chart draws on: the claims table and the rows its check reads.
CLAIM_TABLES = {"C1": ("claims", "economy"), "C2": ("claims", "economy"), "C3": ("claims", "economy"), "C11": ("claims", "events", "outcomes")}
VERDICT_COLUMNS = [
    "claim_id", "claim", "dimension", "verdict", "method", "evidence_ids", "economy_series", "source_url",
]
EVIDENCE_COLUMNS = ["claim_id", "verdict", "row", "table", "date", "what", "source_url"]


def _in_words(table: pd.DataFrame) -> pd.DataFrame:
    """A verdicts or evidence table with its ids (verdict, subject, table) as words in the reader's language."""
    words = {"verdict": lambda v: _(claims.VERDICT_LABELS[v]), "dimension": lambda d: _(label(d)),
             "table": lambda name: _(TABLES[name].title), "method": _}
    return table.assign(**{name: table[name].map(word) for name, word in words.items() if name in table.columns})


# Resources, not data: the page only reads these objects, so the same ones are handed back, never copies.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def checked(data_dir: str, language: str) -> tuple[dict, pd.DataFrame, pd.DataFrame, dict, dict]:
    """Every claim checked once per data load and language: the checks (their words in `language`), the verdict
    table, the cited rows and source links, and each claim's text in `language`."""
    tables = data.tables()
    shown = localise.tables_in(tables, language)
    checks = claims.check_all(shown)
    lookup = claims.row_lookup(tables)
    shown_lookup = lookup if shown is tables else claims.row_lookup(shown)
    links = {claim_id: claims.sources(shown, shown_lookup, check) for claim_id, check in checks.items()}
    # The tables are also the CSV downloads, which keep their English text; a Burmese reader sees the Burmese beside.
    with use_language(DEFAULT_LANGUAGE):
        verdicts = claims.verdict_table(tables, checks)
        evidence = claims.evidence_rows(tables, checks, lookup)
    if language != DEFAULT_LANGUAGE:
        verdicts = localise.beside(verdicts, _in_words(claims.verdict_table(shown, checks)))
        evidence = localise.beside(evidence, _in_words(claims.evidence_rows(shown, checks, shown_lookup)))
    claim_text = dict(zip(tables["claims"]["claim_id"], localise.text(tables["claims"], "claim", language)))
    return checks, verdicts, evidence, links, claim_text


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def claim_chart(data_dir: str, claim_id: str, language: str):
    """The figure of a claim checked on numbers (None when the data give it nothing to draw); data only, no filters."""
    tables = data.tables()
    numbers = checked(data_dir, language)[0][claim_id].numbers
    economy = localise.table_in(tables["economy"], language)
    if claim_id == "C1":
        figure = claims_charts.growth_with_threshold(claims.growth(economy, numbers["years"]), numbers["years"], numbers["threshold"])
    elif claim_id == "C2":
        figure = claims_charts.fall_by_series(numbers["changes"], numbers["sharp"], claims.C2_YEARS)
    elif claim_id == "C3":
        figure = claims_charts.growth_against_claim(
            claims.growth(economy, numbers["years"]), numbers["years"], numbers["claimed"], numbers["band"]
        )
    elif claim_id == "C11" and "days" in numbers:
        figure = claims_charts.days_in_office(numbers)
    else:
        return None
    return figure if figure.data else None


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def summary_chart(data_dir: str, dimensions: tuple[str, ...], verdicts: tuple[str, ...], language: str):
    """The verdicts-by-subject chart for one choice of filters."""
    shown = claims.filter_claims(checked(data_dir, language)[1], list(dimensions), list(verdicts))
    return claims_charts.verdict_summary(shown, list(dimensions))


# The claim cards are one HTML block (ui.html), not Markdown: the browser draws it far faster (docs/decisions.md).
VERDICT_MARKS = {"supported": "\u2713", "partly_supported": "\u25d0", "contradicted": "\u2715", "not_checkable": "?"}


def verdict_badge(verdict: str) -> str:
    return html.badge(f"{VERDICT_MARKS[verdict]} {_(claims.VERDICT_LABELS[verdict])}", VERDICT_COLOURS[verdict])


def evidence_html(check: claims.Check) -> str:
    if check.method == claims.METHOD_READING:
        return "<ul>" + "".join(f"<li>{html.text(part.finding)}</li>" for part in check.parts) + "</ul>"
    items = []
    for part in check.parts:
        details = "".join(f"<li>{html.text(detail)}</li>" for detail in part.details)
        said = _("{part}: {status}. {finding}").format(
            part=f"<strong>{html.text(part.label)}</strong>",
            status=html.coloured(_(claims.STATUS_LABELS[part.status]), STATUS_COLOURS[part.status]),
            finding=html.text(part.finding),
        )
        items.append(f"<li>{said}" + (f"<ul>{details}</ul>" if details else "") + "</li>")
    return "<ul>" + "".join(items) + "</ul>"


def sources_html(links: list[tuple[str, str]]) -> str:
    cited = pgettext("list separator", ", ").join(
        f"{html.link(source_site(url), url)} ({html.text(backs)})" for backs, url in links
    )
    claim = _("Claim: {article}.").format(article=html.link(_("the article"), ARTICLE["url"]))
    evidence = _("Evidence: {sources}.").format(sources=cited) if cited else html.text(_("No row bears on it."))
    return pgettext("between sentences", " ").join([claim, evidence])


def claim_card(row, claim: str, check: claims.Check, links: list[tuple[str, str]]) -> str:
    """One claim (`claim`, its text in the reader's language) as an HTML card: title, verdict and subject badges,
    method, evidence, sources."""
    parts = [
        f'<h2 class="heading small">{html.text(row.claim_id)}. {html.text(claim)}</h2>',
        f"<p>{verdict_badge(check.verdict)} {html.badge(_(label(row.dimension)), 'gray')} "
        f"<em>{html.text(_(claims.METHOD_LABELS[check.method]))}</em></p>",
        evidence_html(check),
        f'<p class="last">{sources_html(links)}</p>',
    ]
    if row.claim_id.lower() in CHARTS:
        where = _("Chart: choose “{claim}” under {chart} above.").format(
            claim=html.text(row.claim_id), chart=f"<em>{html.text(_('Chart'))}</em>"
        )
        parts.append(f'<p class="after ink-gray">{where}</p>')
    return html.card("".join(parts), claim=row.claim_id)


layout.tables_or_stop()
language = current_language()
checks, verdicts, evidence, links, claim_text = checked(data.folder(), language)

st.title(_("The article's claims, checked against the data"))
st.markdown(
    _(
        "{article} ({publisher}, {year}) makes factual claims alongside its Marxist argument. Each claim below is in "
        "our own words, with a verdict computed from this dashboard's data, the evidence behind it and its sources. "
        "The verdicts judge the facts, not the argument."
    ).format(
        article=f"[*{ARTICLE['title']}*]({ARTICLE['url']})",
        publisher=ARTICLE["publisher"],
        year=localise_digits(str(ARTICLE["year"])),
    )
)

with layout.filters(PAGE, ["dimension", "verdict"], [
    layout.chosen_count(PAGE, "dimension", "subjects"),
    layout.chosen_count(PAGE, "verdict", "verdicts"),
]):
    dimensions = layout.choose_several(PAGE, "dimension", _("What the claims are about"), lambda d: _(label(d)))
    chosen_verdicts = layout.choose_several(PAGE, "verdict", _("Verdict"), lambda v: _(claims.VERDICT_LABELS[v]))
chart = layout.chart_choice(PAGE, {option: _(words) for option, words in CHARTS.items()})
query = url_state.commit(PAGE, {"dimension": dimensions, "verdict": chosen_verdicts, "chart": chart})

drawn = None
if chart != "summary":
    claim_id = chart.upper()
    row = verdicts.set_index("claim_id").loc[claim_id]
    heading = f"{html.text(claim_id)}. {html.text(claim_text[claim_id])}"
    st.html(f"<p><strong>{heading}</strong> {verdict_badge(checks[claim_id].verdict)}</p>")
    figure = claim_chart(data.folder(), claim_id, language)
    if figure is None:
        nothing = _("The data give nothing to draw for {claim}; its evidence is in its block below.")
        st.info(nothing.format(claim=claim_id))
    else:
        description = _("{claim}. {text} Verdict: {verdict}.").format(
            claim=claim_id, text=claim_text[claim_id], verdict=_(claims.VERDICT_LABELS[checks[claim_id].verdict]))
        drawn = layout.chart(figure, key=f"claims-chart-{chart}", tables=CLAIM_TABLES[claim_id], description=description)
    st.caption(_("This chart does not follow the filters; the claims below do."))

if not dimensions or not chosen_verdicts:
    st.info(_("Choose at least one subject and one verdict under Filters."))
    layout.share_link(query, drawn)
    st.stop()

shown = claims.filter_claims(verdicts, dimensions, chosen_verdicts)
if shown.empty:
    st.info(_("No claim matches these filters. Add a subject or a verdict under Filters."))
    st.markdown(claims_reading.reading(shown, len(verdicts)))
    layout.share_link(query, drawn)
    st.stop()

reading = claims_reading.reading(shown, len(verdicts))
if chart == "summary":
    summary = summary_chart(data.folder(), tuple(dimensions), tuple(chosen_verdicts), language)
    # The verdicts are checked against every table.
    drawn = layout.chart(summary, key="claims-summary", tables=tuple(TABLES), description=reading)
st.markdown(reading)
with st.expander(_("How verdicts are decided")):
    st.markdown(claims.rules_markdown())
    st.caption(_("Economy years are the sources' labels. {notes}").format(notes=_(ECONOMY.notes)))

st.html("".join(
    claim_card(row, claim_text[row.claim_id], checks[row.claim_id], links[row.claim_id]) for row in shown.itertuples()
))

layout.rows_with_sources(
    shown, VERDICT_COLUMNS, key="claims-verdicts", file_name="claims_verdicts.csv",
    title=_("The verdicts as a table"),
)
cited = evidence[evidence["claim_id"].isin(shown["claim_id"])]
layout.rows_with_sources(
    cited, EVIDENCE_COLUMNS, key="claims-evidence", file_name="claims_evidence.csv",
    title=_("The rows the verdicts cite, with their sources"),
)
layout.share_link(query, drawn)

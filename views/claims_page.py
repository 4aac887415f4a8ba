"""The article's claims (`/claims`): each claim with its verdict, the evidence computed from the data, and sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from charts import claims as claims_charts
from charts.theme import label, source_site
from transforms import claims
from transforms.readings import claims as claims_reading
from transforms.schema import ARTICLE, CLAIM_DIMENSIONS, ECONOMY
from ui import data, layout, url_state

PAGE = "claims"

BADGES = {
    "supported": ("green", ":material/check_circle:"),
    "partly_supported": ("orange", ":material/contrast:"),
    "contradicted": ("red", ":material/cancel:"),
    "not_checkable": ("gray", ":material/help:"),
}
STATUS_COLOURS = {
    "holds": "green",
    "near": "orange",
    "mixed": "orange",
    "partly": "orange",
    "fails": "red",
    "missing": "gray",
}
# Charts with many bars get the block's full width, below the evidence; the others sit beside it.
WIDE_CHARTS = ("C1",)
VERDICT_COLUMNS = [
    "claim_id", "claim", "dimension", "verdict", "method", "evidence_ids", "economy_series", "source_url",
]
EVIDENCE_COLUMNS = ["claim_id", "verdict", "row", "table", "date", "what", "source_url"]


# Resources, not data: the page only reads these objects, and handing back the same ones
# (instead of unpickled copies) keeps a rerun cheap. Plotly figures are slow to build and to copy.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def checked(data_dir: str) -> tuple[dict, pd.DataFrame, pd.DataFrame, dict]:
    """Every claim checked once per data load: the checks, the verdict table, the cited rows and source links."""
    tables = data.tables()
    checks = claims.check_all(tables)
    lookup = claims.row_lookup(tables)
    links = {claim_id: claims.sources(tables, lookup, check) for claim_id, check in checks.items()}
    return checks, claims.verdict_table(tables, checks), claims.evidence_rows(tables, checks, lookup), links


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def small_charts(data_dir: str) -> dict:
    """The small figures beside the claims checked on numbers; they depend on the data only, not on the filters."""
    tables = data.tables()
    checks = checked(data_dir)[0]
    economy = tables["economy"]
    c1, c2, c3, c11 = (checks[c].numbers for c in ("C1", "C2", "C3", "C11"))
    figures = {
        "C1": claims_charts.growth_with_threshold(claims.growth(economy, c1["years"]), c1["years"], c1["threshold"]),
        "C2": claims_charts.fall_by_series(c2["changes"], c2["sharp"], claims.C2_YEARS),
        "C3": claims_charts.growth_against_claim(
            claims.growth(economy, c3["years"]), c3["years"], c3["claimed"], c3["band"]
        ),
    }
    if "days" in c11:
        figures["C11"] = claims_charts.days_in_office(c11)
    return {claim_id: fig for claim_id, fig in figures.items() if fig.data}


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def summary_chart(data_dir: str, dimensions: tuple[str, ...], verdicts: tuple[str, ...]):
    """The verdicts-by-subject chart for one choice of filters."""
    shown = claims.filter_claims(checked(data_dir)[1], list(dimensions), list(verdicts))
    return claims_charts.verdict_summary(shown, list(dimensions))


def text(value: str) -> str:
    """Data text for st.markdown: a '$' would otherwise open a formula."""
    return str(value).replace("$", "\\$")


def badge(verdict: str) -> str:
    colour, icon = BADGES[verdict]
    return f":{colour}-badge[{icon} {claims.VERDICT_LABELS[verdict]}]"


def evidence_markdown(check: claims.Check) -> str:
    if check.method == claims.METHOD_READING:
        return "\n".join(f"- {text(part.finding)}" for part in check.parts)
    lines = []
    for part in check.parts:
        status = f":{STATUS_COLOURS[part.status]}[{claims.STATUS_LABELS[part.status]}]"
        lines.append(f"- **{text(part.label)}**: {status}. {text(part.finding)}")
        lines += [f"    - {text(detail)}" for detail in part.details]
    return "\n".join(lines)


def sources_markdown(links: list[tuple[str, str]]) -> str:
    cited = ", ".join(f"[{source_site(url)}]({url}) ({text(backs)})" for backs, url in links)
    article = f"[the article]({ARTICLE['url']})"
    return f"Claim: {article}." + (f" Evidence: {cited}." if cited else " No row bears on it.")


layout.tables_or_stop()
checks, verdicts, evidence, links = checked(data.folder())

st.title("The article's claims, checked against the data")
st.markdown(
    f"[*{ARTICLE['title']}*]({ARTICLE['url']}) ({ARTICLE['publisher']}, {ARTICLE['year']}) makes factual claims "
    "alongside its Marxist argument. Each claim below is in our own words, with a verdict computed from this "
    "dashboard's data, the evidence behind it and its sources. The verdicts judge the facts, not the argument."
)

filters = st.columns(2)
dimensions = filters[0].multiselect(
    "What the claims are about",
    options=list(CLAIM_DIMENSIONS),
    format_func=label,
    key=url_state.widget_key(PAGE, "dimension"),
)
chosen_verdicts = filters[1].multiselect(
    "Verdict",
    options=list(url_state.VERDICTS),
    format_func=lambda verdict: claims.VERDICT_LABELS[verdict],
    key=url_state.widget_key(PAGE, "verdict"),
)
query = url_state.commit(PAGE, {"dimension": dimensions, "verdict": chosen_verdicts}, data.url_extents(PAGE))

if not dimensions or not chosen_verdicts:
    st.info("Choose at least one subject and one verdict.")
    layout.share_link(query)
    st.stop()

shown = claims.filter_claims(verdicts, dimensions, chosen_verdicts)
if shown.empty:
    st.info("No claim matches these filters. Add a subject or a verdict.")
    st.markdown(claims_reading.reading(shown, len(verdicts)))
    layout.share_link(query)
    st.stop()

layout.chart(summary_chart(data.folder(), tuple(dimensions), tuple(chosen_verdicts)), key="claims-summary")
st.markdown(claims_reading.reading(shown, len(verdicts)))
with st.expander("How verdicts are decided", icon=":material/gavel:"):
    st.markdown(claims.rules_markdown())
    st.caption(f"Economy years are the sources' labels. {ECONOMY.notes}")

figures = small_charts(data.folder())
for row in shown.itertuples():
    check = checks[row.claim_id]
    with st.container(border=True, key=f"claim-{row.claim_id}"):
        st.markdown(f"##### {row.claim_id}. {text(row.claim)}")
        method = claims.METHOD_LABELS[check.method]
        st.markdown(f"{badge(check.verdict)} :gray-badge[{label(row.dimension)}] *{method}*")
        beside = row.claim_id in figures and row.claim_id not in WIDE_CHARTS
        evidence_column, figure = st.columns([3, 2], gap="medium") if beside else (st.container(), None)
        with evidence_column:
            st.markdown(evidence_markdown(check))
            st.caption(sources_markdown(links[row.claim_id]))
        if row.claim_id in figures:
            with figure or st.container():
                layout.chart(figures[row.claim_id], key=f"claims-chart-{row.claim_id}")

st.subheader("The verdicts and the rows behind them")
verdict_tab, evidence_tab = st.tabs(["Verdicts", "Cited rows"])
with verdict_tab:
    layout.rows_with_sources(shown, VERDICT_COLUMNS, key="claims-verdicts", file_name="claims_verdicts.csv")
with evidence_tab:
    cited = evidence[evidence["claim_id"].isin(shown["claim_id"])]
    layout.rows_with_sources(cited, EVIDENCE_COLUMNS, key="claims-evidence", file_name="claims_evidence.csv")
layout.share_link(query)

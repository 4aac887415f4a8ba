"""Build data/economy.csv from the economy research folder.

Usage (from the repository root):

    python -m etl.economy [RESEARCH_DIR]

RESEARCH_DIR defaults to ../shared/research/economy next to the repository. Every
input file there is described in its economy.md. This script only selects, labels
and reshapes: it never fills a missing year, and it keeps each source as its own
series so that disagreements stay visible.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pandas as pd

from transforms.schema import ECONOMY, ECONOMY_INDICATORS

DEFAULT_RESEARCH_DIR = Path(__file__).resolve().parents[2] / "shared" / "research" / "economy"
OUTPUT = Path(__file__).resolve().parents[1] / "data" / "economy.csv"

FIRST_YEAR = 1960
LAST_YEAR = 2024  # IMF WEO rows after 2024 are projections and are left out.

# Decimals kept per indicator: rates to 3-4 places, levels as whole or tenths.
DECIMALS = {"gdp_growth": 3, "inflation": 3, "exchange_rate": 4, "gdp_per_capita": 1, "population": 0}

GMD = "Global Macro Database 2025_06"
VIA_GMD_MY = f"{GMD} မှတစ်ဆင့်"  # "via GMD" in the Burmese source names


@dataclass(frozen=True)
class Series:
    series_id: str
    indicator_id: str
    file: str
    label: str
    source_name: str
    vintage: str
    unit: str
    variant: str = ""
    computed_here: bool = False
    estimates_from: int | None = None  # first year the publisher marks as estimate
    first_year: int = FIRST_YEAR
    # Burmese label and source name: publishers' and products' names stay as published, the words around them
    # are translated.
    label_my: str = ""
    source_name_my: str = ""


SERIES = (
    # GDP growth, percent year on year.
    Series("wdi_2017", "gdp_growth", "wdi_gdp_growth.csv", "World Bank WDI (2017 release)",
           "World Bank, World Development Indicators (NY.GDP.MKTP.KD.ZG bulk CSV)", "2017-03-23", "percent",
           label_my="World Bank WDI (၂၀၁၇ ထုတ်ပြန်မှု)",
           source_name_my="World Bank, World Development Indicators (NY.GDP.MKTP.KD.ZG အစုလိုက် CSV)"),
    Series("wdi_2025", "gdp_growth", "wdi_gdp_growth_2025_computed.csv", "World Bank WDI (2025 vintage)",
           f"World Bank, World Development Indicators (constant-price GDP, via {GMD})", "GMD 2025_06", "percent",
           computed_here=True,
           label_my="World Bank WDI (၂၀၂၅ ထုတ်ပြန်မှု)",
           source_name_my=f"World Bank, World Development Indicators (ပုံသေဈေးနှုန်းဖြင့် GDP၊ {VIA_GMD_MY})"),
    Series("imf_weo_2024", "gdp_growth", "imf_weo_gdp_growth_computed.csv", "IMF WEO Oct 2024",
           f"IMF, World Economic Outlook October 2024 (real GDP, via {GMD})", "WEO 2024-10", "percent",
           computed_here=True, estimates_from=2021,
           label_my="IMF WEO ၂၀၂၄ အောက်တိုဘာ",
           source_name_my=f"IMF, World Economic Outlook October 2024 (အသားတင် GDP၊ {VIA_GMD_MY})"),
    Series("un_sna", "gdp_growth", "un_gdp_growth_computed.csv", "UN national accounts",
           f"UN Statistics Division, National Accounts Main Aggregates (real GDP, via {GMD})", "GMD 2025_06",
           "percent", computed_here=True,
           label_my="UN အမျိုးသားစာရင်းများ",
           source_name_my=f"UN Statistics Division, National Accounts Main Aggregates (အသားတင် GDP၊ {VIA_GMD_MY})"),
    Series("mitchell", "gdp_growth", "mitchell_gdp_growth_computed.csv", "Mitchell, Intl Historical Statistics",
           f"B.R. Mitchell, International Historical Statistics (real GDP, via {GMD})", "GMD 2025_06", "percent",
           computed_here=True,
           label_my="Mitchell, Intl Historical Statistics",
           source_name_my=f"B.R. Mitchell, International Historical Statistics (အသားတင် GDP၊ {VIA_GMD_MY})"),
    Series("wdi_archive", "gdp_growth", "wdi_archive_gdp_growth_computed.csv", "World Bank WDI (archived vintage)",
           f"World Bank, World Development Indicators archive (constant-price GDP, via {GMD})", "GMD 2025_06",
           "percent", computed_here=True,
           label_my="World Bank WDI (မော်ကွန်းတင် ထုတ်ပြန်မှု)",
           source_name_my=f"World Bank, World Development Indicators archive (ပုံသေဈေးနှုန်းဖြင့် GDP၊ {VIA_GMD_MY})"),
    # Inflation, percent year on year.
    Series("wdi_cpi", "inflation", "wdi_cpi_inflation.csv", "World Bank WDI, CPI",
           "World Bank, World Development Indicators (FP.CPI.TOTL.ZG, datahub archive)", "2025-07-01", "percent",
           variant="cpi",
           label_my="World Bank WDI၊ CPI",
           source_name_my="World Bank, World Development Indicators (FP.CPI.TOTL.ZG၊ datahub မော်ကွန်း)"),
    Series("wb_gid_headline", "inflation", "wb_gid_headline_cpi_inflation.csv",
           "World Bank Global Inflation Database, headline CPI",
           "World Bank Prospects Group, A Global Database of Inflation (headline CPI, annual)", "2024-04", "percent",
           variant="cpi",
           label_my="World Bank Global Inflation Database၊ အထွေထွေ CPI",
           source_name_my="World Bank Prospects Group, A Global Database of Inflation (အထွေထွေ CPI၊ နှစ်စဉ်)"),
    Series("imf_weo_cpi", "inflation", "imf_weo_cpi_inflation.csv", "IMF WEO Oct 2024, CPI",
           f"IMF, World Economic Outlook October 2024 (CPI, via {GMD})", "WEO 2024-10", "percent",
           variant="cpi", estimates_from=2021,
           label_my="IMF WEO ၂၀၂၄ အောက်တိုဘာ၊ CPI",
           source_name_my=f"IMF, World Economic Outlook October 2024 (CPI၊ {VIA_GMD_MY})"),
    Series("wdi_deflator", "inflation", "wdi_gdp_deflator_inflation.csv", "World Bank WDI, GDP deflator",
           "World Bank, World Development Indicators (NY.GDP.DEFL.KD.ZG, datahub archive)", "2025-07-01", "percent",
           variant="gdp_deflator",
           label_my="World Bank WDI၊ GDP ဈေးနှုန်းညှိကိန်း",
           source_name_my="World Bank, World Development Indicators (NY.GDP.DEFL.KD.ZG၊ datahub မော်ကွန်း)"),
    # Exchange rate, kyat per US dollar, annual.
    Series("official_wdi", "exchange_rate", "wdi_exchange_rate.csv", "Official rate (World Bank WDI)",
           f"World Bank, World Development Indicators (PA.NUS.FCRF, via {GMD})", "GMD 2025_06", "kyat per US dollar",
           variant="official",
           label_my="တရားဝင်နှုန်း (World Bank WDI)",
           source_name_my=f"World Bank, World Development Indicators (PA.NUS.FCRF၊ {VIA_GMD_MY})"),
    Series("official_ifs", "exchange_rate", "imf_ifs_exchange_rate.csv", "Official rate (IMF IFS)",
           f"IMF, International Financial Statistics (via {GMD})", "GMD 2025_06", "kyat per US dollar",
           variant="official",
           label_my="တရားဝင်နှုန်း (IMF IFS)",
           source_name_my=f"IMF, International Financial Statistics ({VIA_GMD_MY})"),
    # PWT's xr equals the official rate until 1985; it is a market-based estimate only from 1986
    # (economy.md), so earlier years would pass the official peg off as a market rate.
    Series("market_pwt", "exchange_rate", "pwt_exchange_rate.csv", "Penn World Table (market-based from 1986)",
           f"Groningen Growth and Development Centre, Penn World Table xr (via {GMD})", "GMD 2025_06",
           "kyat per US dollar", variant="market", first_year=1986,
           label_my="Penn World Table (၁၉၈၆ မှစ၍ ပြင်ပဈေးကွက်အခြေပြု)",
           source_name_my=f"Groningen Growth and Development Centre, Penn World Table xr ({VIA_GMD_MY})"),
    Series("market_imf_implied", "exchange_rate", "imf_weo_implied_exchange_rate.csv",
           "IMF WEO implied rate (GDP in kyat / GDP in US$)",
           f"IMF, World Economic Outlook October 2024 (nominal GDP ratio, derived by {GMD})", "WEO 2024-10",
           "kyat per US dollar", variant="market", estimates_from=2021,
           label_my="IMF WEO မှ တွက်ယူသော နှုန်း (ကျပ်ဖြင့် GDP / US$ ဖြင့် GDP)",
           source_name_my=f"IMF, World Economic Outlook October 2024 (လက်ရှိဈေးနှုန်းဖြင့် GDP အချိုး၊ {GMD} က တွက်ယူ)"),
    # GDP per capita.
    Series("maddison_2023", "gdp_per_capita", "maddison_gdp_pc.csv", "Maddison Project 2023",
           "Maddison Project Database 2023 (Bolt & van Zanden), R package MaddisonData", "MPD 2023",
           "2011 international dollars (PPP)",
           label_my="Maddison Project ၂၀၂၃",
           source_name_my="Maddison Project Database 2023 (Bolt & van Zanden)၊ R ပက်ကေ့ချ် MaddisonData"),
    Series("wdi_kyat_computed", "gdp_per_capita", "wdi_gdp_per_capita_computed.csv",
           "World Bank WDI, kyat per person",
           f"World Bank, World Development Indicators (constant-price GDP via {GMD} / SP.POP.TOTL)",
           "GMD 2025_06; population 2026-03-06", "kyat per person at constant prices", computed_here=True,
           label_my="World Bank WDI၊ တစ်ဦးလျှင် ကျပ်",
           source_name_my=f"World Bank, World Development Indicators ({GMD} မှ ပုံသေဈေးနှုန်းဖြင့် GDP / SP.POP.TOTL)"),
    # Population.
    Series("wdi_population", "population", "population.csv", "World Bank WDI",
           "World Bank, World Development Indicators (SP.POP.TOTL, datahub download)", "2026-03-06", "people",
           label_my="World Bank WDI",
           source_name_my="World Bank, World Development Indicators (SP.POP.TOTL၊ datahub မှ ဒေါင်းလုဒ်)"),
)

# economy.md lists breaks in GMD's inflation columns (RR 1971, Mitchell 1994 and 2001, IMF WEO 2001)
# and says they were left out of the exported files. The IMF WEO 2001 value (-19.8) is still in
# imf_weo_cpi_inflation.csv, so it is dropped here; the others are in columns not used.
KNOWN_BREAKS = {("imf_weo_cpi", 2001): -19.79}

SOURCE_PATTERN = re.compile(r"^(?P<repo>[^\s/]+/\S+) (?P<path>.+?) @ (?P<commit>[0-9a-f]{40})\b")


def github_url(source: str) -> str:
    """'owner/name path @ commit' (first file if several) -> https://github.com/owner/name/blob/commit/path."""
    match = SOURCE_PATTERN.match(source.split(" ; ")[0].strip())
    if match is None:
        raise ValueError(f"not a 'owner/name path @ commit' source: {source!r}")
    path = quote(match["path"], safe="/,")
    return f"https://github.com/{match['repo']}/blob/{match['commit']}/{path}"


def format_value(value: float, decimals: int) -> str:
    """Round and print without float noise or a trailing '.0' (population stays int-like)."""
    return np.format_float_positional(round(value, decimals) + 0.0, trim="-")


# --- load -------------------------------------------------------------------------------------


def load(research_dir: Path) -> dict[str, pd.DataFrame]:
    """Read each series' research CSV, values as numbers (empty cells become NaN)."""
    frames = {}
    for series in SERIES:
        frame = pd.read_csv(research_dir / series.file, dtype=str, keep_default_na=False)
        frame["year"] = frame["year"].astype(int)
        frame["value"] = pd.to_numeric(frame["value"].str.strip().replace("", np.nan))
        frames[series.series_id] = frame
    return frames


# --- process ----------------------------------------------------------------------------------


def process(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One long table in the ECONOMY schema: years in range, no empty values, no known breaks."""
    parts = []
    for series in SERIES:
        frame = frames[series.series_id]
        frame = frame[frame["year"].between(series.first_year, LAST_YEAR) & frame["value"].notna()]
        frame = frame.sort_values("year")
        frame = drop_known_breaks(series.series_id, frame)

        sources = frame["source_url_or_repo_path_with_commit"].unique()
        if len(sources) != 1:
            raise ValueError(f"{series.file}: expected one source, found {list(sources)}")

        is_estimate = frame["year"] >= (series.estimates_from or LAST_YEAR + 1)
        if series.estimates_from:  # the research file flags estimate years in its indicator text
            flagged = frame["indicator"].str.contains("estimate", case=False)
            if not (flagged == is_estimate).all():
                raise ValueError(f"{series.file}: estimate flags do not start in {series.estimates_from}")

        parts.append(pd.DataFrame({
            "year": frame["year"],
            "indicator_id": series.indicator_id,
            "series_id": series.series_id,
            "series_label": series.label,
            "series_label_my": series.label_my,
            "variant": series.variant,
            "value": [format_value(v, DECIMALS[series.indicator_id]) for v in frame["value"]],
            "unit": series.unit,
            "is_estimate": np.where(is_estimate, "true", "false"),
            "computed_here": "true" if series.computed_here else "false",
            "source_name": series.source_name,
            "source_name_my": series.source_name_my,
            "source_url": github_url(sources[0]),
            "vintage": series.vintage,
        }))

    table = pd.concat(parts, ignore_index=True)  # SERIES order: grouped by indicator, then series
    if set(table["indicator_id"]) - set(ECONOMY_INDICATORS):
        raise ValueError("indicator outside the schema")
    return table[[c.name for c in ECONOMY.columns]]


def drop_known_breaks(series_id: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Remove values economy.md calls breaks; fail loudly if the file no longer holds that value."""
    for (break_series, year), expected in KNOWN_BREAKS.items():
        if break_series != series_id:
            continue
        hit = frame["year"] == year
        if hit.any() and abs(frame.loc[hit, "value"].iloc[0] - expected) > 0.05:
            raise ValueError(f"{series_id} {year}: expected the break value {expected}, file has another value")
        frame = frame[~hit]
    return frame


# --- save -------------------------------------------------------------------------------------


def save(table: pd.DataFrame, output: Path = OUTPUT) -> None:
    """Write the table as CSV, columns in schema order."""
    output.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(output, index=False, lineterminator="\n")
    print(f"wrote {len(table)} rows to {output}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("research_dir", nargs="?", type=Path, default=DEFAULT_RESEARCH_DIR)
    args = parser.parse_args(argv)
    save(process(load(args.research_dir)))


if __name__ == "__main__":
    main()

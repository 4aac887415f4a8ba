"""Cached access to the validated and derived tables, shared by every page.

One cached loader (data paths come from `transforms.load`, built from this
repository's own location); everything else is derived from its result and
cached separately, so a filter change never reloads or re-derives anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from transforms import derive, geography
from transforms.export import processed_tables
from transforms.load import active_data_dir, load_all
from ui.url_params import RangeExtent
from vocabulary.economy import INDICATOR_CHOICES

# How many built views (figures, filtered tables) each page keeps per data folder. Bounded, so
# readers trying many filter combinations cannot grow the server's memory without limit.
VIEW_CACHE_ENTRIES = 16


def folder() -> str:
    """The data folder in use, as the first key of every page's cached views."""
    return str(active_data_dir())


def tables() -> dict[str, pd.DataFrame]:
    """Every curated table, validated and typed, plus its derived tables. Raises DataError."""
    return _tables(str(active_data_dir()))


# A resource, shared by every session as it is, not copied on every call as st.cache_data would
# (docs/decisions.md). Nothing changes them in place; pandas' copy-on-write keeps derived frames apart.
@st.cache_resource(show_spinner=False, max_entries=2)
def _tables(data_dir: str) -> dict[str, pd.DataFrame]:
    # Keyed by folder so a different data folder never gets another folder's cached tables.
    return processed_tables(load_all(Path(data_dir)))


def economy_extents() -> dict[str, Any]:
    """The Economy page's range parameter: the years of its indicators' data."""
    return {"time": _economy_years(folder())}


def timeline_extents() -> dict[str, Any]:
    """The Timeline's range parameter, in days or dates depending on the view's `align`."""
    return {"time": _timeline_extent}


def map_extents() -> dict[str, Any]:
    """The Where page's range parameter: years, from every dated event and body; by default from 1987."""
    return {"time": _map_years(folder())}


# Extents depend on the data alone, but every run of a page reads them (several times on the
# timeline): kept rather than scanned again.
@st.cache_resource(show_spinner=False, max_entries=2)
def _economy_years(data_dir: str) -> tuple[int, int]:
    # One window for every indicator (all the page's series, 1960-2024): switching indicator
    # keeps the reader's window, and the default shows everything; a series simply ends where its data do.
    economy = tables()["economy"]
    years = economy.loc[economy["indicator_id"].isin(INDICATOR_CHOICES), "year"]
    return int(years.min()), int(years.max())


@st.cache_resource(show_spinner=False, max_entries=2)
def _map_years(data_dir: str) -> RangeExtent:
    bounds, default = geography.year_span(tables())
    return RangeExtent(bounds=bounds, default=default)


def _timeline_extent(values: dict[str, Any]) -> RangeExtent:
    """A link may ask for any window inside the data; without one the window starts where the
    movements do, leaving out the background events that reach back to 1962.

    Calendar dates get the same rule as days since day 0: one window of dates filters both
    panels and each panel zooms to its own events inside it, so a window spanning both
    movements is the natural default; a link narrowed to 1988 simply leaves the 2021 panel empty.
    """
    return _timeline_span(folder(), "date" if values.get("align") == "date" else "day")


@st.cache_resource(show_spinner=False, max_entries=4)
def _timeline_span(data_dir: str, align: str) -> RangeExtent:
    events = tables()["events"]
    if align == "date":
        first, last = derive.span_without_background(events, "date")
        return RangeExtent(
            bounds=(events["date"].min().date(), events["date"].max().date()), default=(first.date(), last.date())
        )
    first, last = derive.span_without_background(events, "day")
    return RangeExtent(bounds=(int(events["day"].min()), int(events["day"].max())), default=(int(first), int(last)))
